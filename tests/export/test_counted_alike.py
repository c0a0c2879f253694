"""One counting rule in every output: a theme's people first, then its cards.

The report's "Themes at a glance" charted cards only, biggest first, so it put "I enjoy getting
out and seeing people at the day centre" (5 cards, 4 people) above "I am supported by people
who know me…" (5 cards, 5 people); the feedback sheet, which ranks by people, listed them the
other way round. The report's Priorities table did not count either."""

from __future__ import annotations

import datetime as dt

from every_pdf import demo_pdf
from export_checks import all_text_of, demo_report_pdf, demo_workshop, reader, squash

from wtfc.export.feedback_sheet_words import HEADINGS
from wtfc.model.workshop import Kind

TODAY = dt.date(2026, 11, 29)


def _order(text: str, start: str, end: str, names: list[str]) -> list[str]:
    """``names`` in the order they first appear between ``start`` and ``end``."""
    part = text[text.index(squash(start)):]
    part = part[:part.index(squash(end))]
    return sorted((n for n in names if squash(n) in part), key=lambda n: part.index(squash(n)))


def test_the_report_and_the_feedback_sheet_rank_the_working_themes_alike():
    demo = demo_workshop()
    working = [t.name for t in demo.themes if t.kind == Kind.WORKING and t.name]
    report = all_text_of(demo_report_pdf(TODAY))
    sheet = all_text_of(demo_pdf("feedback sheet"))
    charted = _order(report, "Working (3 themes)", "Important for the future", working)
    listed = _order(sheet, HEADINGS[Kind.WORKING], HEADINGS[Kind.FUTURE], working)
    assert charted == listed == [
        "I have family, friends and neighbours who look out for me",  # 6 people, 7 cards
        "I am supported by people who know me and how I like things",  # 5 people, 5 cards
        "I enjoy getting out and seeing people at the day centre",  # 4 people, 5 cards
    ]
    # each bar says its people, then its cards
    assert squash("I am supported by people who know me and how I like things"
                  "5 people (5 cards)") in report
    assert squash("I enjoy getting out and seeing people at the day centre"
                  "4 people (5 cards)") in report


def test_the_priorities_table_counts_people_then_cards():
    report = all_text_of(demo_report_pdf(TODAY))
    assert squash("Rank Theme People Votes Why it was chosen Actions") in report
    assert squash("“I feel lonely and cut off” Not working 4 9 Fewer cards") in report


def test_a_theme_poster_counts_people_first():
    """Its count block read "10 cards" over "7 people"."""

    first = reader(demo_pdf("posters")).pages[0]
    text = squash(first.extract_text())
    assert text.index("7people") < text.index("10cards")
