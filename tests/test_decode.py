import pytest

from accordwatch.errors import BinaryInput, EmptyInput, EncodingProblem
from accordwatch.ingest.decode import decode


def test_utf8_text_is_kept_exactly():
    text = "Mediator Ana Ruiz said: “talks resume Monday” — in Geneva.\r\nSecond line.\n"
    assert decode(text.encode("utf-8")) == (text, "utf-8")


def test_bom_is_honoured():
    assert decode("\ufeffhello world".encode("utf-8"))[0] == "hello world"
    assert decode("hello world".encode("utf-16"))[0] == "hello world"


def test_declared_charset_is_used():
    html = '<html><head><meta charset="windows-1252"></head><body>caf\xe9</body></html>'
    text, used = decode(html.encode("cp1252"))
    assert "café" in text and used == "cp1252"


def test_forced_encoding():
    assert decode("café au lait".encode("latin-1"), forced="latin-1")[0] == "café au lait"


@pytest.mark.parametrize("data", [b"", b"   \n\t  "])
def test_empty(data):
    with pytest.raises(EmptyInput):
        decode(data)


@pytest.mark.parametrize("data", [b"%PDF-1.7 stuff", b"\x89PNG\r\n\x1a\n....", b"abc\x00\x01\x02def"])
def test_binary(data):
    with pytest.raises(BinaryInput):
        decode(data)


def test_latin1_without_declaration_is_refused_with_a_hint():
    with pytest.raises(EncodingProblem, match="--encoding"):
        decode("The envoy met in Montr\xe9al.".encode("latin-1"))


def test_mixed_encodings_are_refused():
    data = "First part in UTF-8: “quoted”. ".encode() + "then Latin-1: Montr\xe9al".encode("latin-1")
    with pytest.raises(EncodingProblem, match="mixes encodings"):
        decode(data)


def test_declared_charset_that_does_not_fit():
    data = b'<html><head><meta charset="utf-8"></head><body>Montr\xe9al and \xe2\x80\x9cmore\xe2\x80\x9d</body></html>'
    with pytest.raises(EncodingProblem):
        decode(data)
