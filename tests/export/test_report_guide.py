"""The report explains its own words to a reader who was not in the room: what a card, a
theme, a priority and its votes, a why-tree's team, "root cause" and "we will act on this", and
the actions by role are ("How to read this report")."""

from __future__ import annotations

import datetime as dt

from export_checks import demo_report_pdf, demo_workshop, page_texts

from wtfc.export.content import ExportContent
from wtfc.export.report_how_to_read import how_to_read
from wtfc.export.report_sections import Styles
from wtfc.model.workshop import Card, Kind, Theme, Workshop

TODAY = dt.date(2026, 11, 29)


def _text(workshop: Workshop) -> str:
    blocks = how_to_read(ExportContent(workshop, today=TODAY), Styles())
    flat = [x for block in blocks for x in getattr(block, "_content", [block])]
    return " ".join(x.getPlainText() for x in flat if hasattr(x, "getPlainText"))


def test_the_guide_explains_the_words_the_demo_report_uses():
    text = _text(demo_workshop())
    assert text.startswith("How to read this report")
    for words in (
        "Each card is one thing a person said in their review",
        "themes",
        "priorities",
        "the votes are how many",
        "“— Team A”",
        "“Root cause”",
        "“we will act on this”",
        "by who will do them",
    ):
        assert words in text


def test_the_guide_says_only_what_the_report_has():
    """No priorities, votes or causes yet: no sentences about them."""
    ws = Workshop(
        title="Early",
        cards=[Card(id="c1", kind=Kind.WORKING, text="My cat.")],
        themes=[Theme(id="t1", kind=Kind.WORKING, name="I have company", card_ids=["c1"])],
    )
    text = _text(ws)
    assert "Each card is one thing" in text
    assert "votes" not in text and "Root cause" not in text and "Team" not in text


def test_the_demo_report_has_the_guide_before_its_first_chapter():
    pages = list(page_texts(demo_report_pdf(TODAY)))
    text = " ".join(pages)
    assert "How to read this report" in text
    assert text.index("How to read this report") < text.index("Themes at a glance")
