"""`accordwatch extract`: claims printed for files, offsets into what `accordwatch text` prints."""

import json

import pytest
from pages import make_page

REPORT = (
    "Envoys agree to extend truce, officials say\n\n"
    "Council spokesperson Elena Varga said on Monday that the truce would be extended by thirty days.\n"
    "“We expect the first exchange of detainees next week,” she told reporters.\n"
)


def _check_offsets(claims, text):
    assert claims
    for claim in claims:
        for part in ("source", "cue", "content"):
            span = claim[part]
            if span["start"] is not None:
                assert text[span["start"]:span["end"]] == span["text"]


def test_extract_jsonl_from_text_and_html(tmp_path, run_cli):
    txt = tmp_path / "report.txt"
    txt.write_text(REPORT, encoding="utf-8")
    page = tmp_path / "page.html"
    page.write_text(make_page(), encoding="utf-8")
    result = run_cli("extract", txt, page)
    assert result.exit_code == 0, result.stderr
    claims = [json.loads(line) for line in result.stdout.splitlines()]
    by_doc = {}
    for claim in claims:
        by_doc.setdefault(claim["doc"], []).append(claim)
    assert set(by_doc) == {"report.txt", "page.html"}
    _check_offsets(by_doc["report.txt"], REPORT)
    _check_offsets(by_doc["page.html"], run_cli("text", page).stdout)
    varga = [c for c in by_doc["report.txt"] if c["source"].get("name") == "Elena Varga"]
    assert varga and {c["kind"] for c in varga} >= {"indirect", "direct"}


def test_extract_formats(tmp_path, run_cli):
    txt = tmp_path / "report.txt"
    txt.write_text(REPORT, encoding="utf-8")
    table = run_cli("extract", "--format", "table", txt)
    assert table.exit_code == 0 and "Elena Varga" in table.stdout
    csv_lines = run_cli("extract", "--format", "csv", txt).stdout.splitlines()
    assert csv_lines[0].startswith("doc,article_id,source,source_text,source_type")
    assert len(json.loads(run_cli("extract", "--format", "json", txt).stdout)) == len(csv_lines) - 1


def test_extract_bad_file_is_one_line_and_others_still_print(tmp_path, run_cli):
    txt = tmp_path / "report.txt"
    txt.write_text(REPORT, encoding="utf-8")
    result = run_cli("extract", tmp_path / "missing.txt", txt)
    assert result.exit_code == 1
    assert result.stderr.strip().startswith("error:") and len(result.stderr.strip().splitlines()) == 1
    assert "Elena Varga" in result.stdout


def test_extract_of_only_missing_files_prints_no_empty_table(tmp_path, run_cli):
    result = run_cli("extract", "--format", "table", tmp_path / "missing.txt")
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr.strip().startswith("error:") and len(result.stderr.strip().splitlines()) == 1


def test_stored_claims_listed(tmp_path, run_cli, db):
    txt = tmp_path / "report.txt"
    txt.write_text(REPORT, encoding="utf-8")
    assert run_cli("ingest", "--db", db, txt).exit_code == 0
    stored = [json.loads(line) for line in run_cli("claims", "--db", db, "--format", "jsonl").stdout.splitlines()]
    printed = [json.loads(line) for line in run_cli("extract", txt).stdout.splitlines()]
    assert [dict(c, article_id=None) for c in stored] == [dict(c, article_id=None) for c in printed]


def test_a_sentence_the_rules_cannot_read_costs_only_its_own_claims(tmp_path, run_cli,
                                                                     monkeypatch):
    from accordwatch.attribution import extract

    real = extract.find_cues

    def fragile(sent, closer_ends):
        if "thirty days" in sent.text:
            raise ValueError("a rule broke")
        return real(sent, closer_ends)

    monkeypatch.setattr(extract, "RAISE_ERRORS", False)
    monkeypatch.setattr(extract, "find_cues", fragile)
    txt = tmp_path / "report.txt"
    txt.write_text(REPORT, encoding="utf-8")
    result = run_cli("extract", txt)
    assert result.exit_code == 0, result.stderr
    claims = [json.loads(line) for line in result.stdout.splitlines()]
    assert [c["cue"]["text"] for c in claims] == ["say", "told"]
    _check_offsets(claims, REPORT)
    warning, = result.stderr.splitlines()
    assert warning.startswith("warning: could not read the sentence at characters 45-")
    assert "report.txt" in warning and "ValueError: a rule broke" in warning

    monkeypatch.setenv("ACCORDWATCH_DEBUG", "1")  # asked for: the exception itself
    with pytest.raises(ValueError, match="a rule broke"):
        run_cli("extract", txt)
