"""HTML pages in an outlet's clothes, written for the tests (fictional outlet and people)."""

from __future__ import annotations

PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<title>{title} | Northgate Courier</title>
<meta property="og:site_name" content="Northgate Courier">
<meta name="author" content="Mira Calloway">
<meta property="article:published_time" content="2026-01-21T08:30:00Z">
<link rel="canonical" href="https://northgate.example/news/{slug}">
</head><body>
<nav class="top"><a href="/">Home</a> <a href="/world">World</a> <a href="/subscribe">Subscribe</a></nav>
<div class="share"><a href="#">Share on social</a> <a href="#">Email this</a></div>
<article><h1>{title}</h1>
<p class="byline">By Mira Calloway</p>
{paragraphs}
</article>
<aside class="related"><h3>Related stories</h3><ul><li><a href="/x">Harbour strike enters third week</a></li></ul></aside>
<section class="comments"><h3>Comments</h3><p>Reader42: I have been following this closely for months.</p></section>
<footer>Copyright Northgate Courier. All rights reserved.</footer>
</body></html>
"""

PARAGRAPHS = [
    "The mediators' committee met in the coastal city of Port Aldine on Tuesday to review the second phase of the truce, officials said.",
    "According to two diplomats familiar with the talks, the committee expects to publish a timetable for the withdrawal of heavy weapons before the end of the month.",
    "Council spokesperson Elena Varga said the parties had agreed to exchange lists of detainees, but she declined to say when the exchange would take place.",
    "“We are closer than we have been at any point this year,” Varga told reporters after the session.",
]


def make_page(title: str = "Truce committee reviews second phase", slug: str = "truce-committee",
              paragraphs: list[str] | None = None) -> str:
    body = "\n".join(f"<p>{p}</p>" for p in (paragraphs or PARAGRAPHS))
    return PAGE.format(title=title, slug=slug, paragraphs=body)
