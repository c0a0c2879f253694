"""A priority with no why-tree and no success statements: its report chapter says so in the
words its poster uses, rather than going from its cards straight to "What we will do"."""

from __future__ import annotations

import datetime as dt

from export_checks import reader, squash

from wtfc.export.content import NO_CAUSE_MARKED, NO_SUCCESS_WRITTEN, SUCCESS_HEADING
from wtfc.export.report import report_pdf
from wtfc.export.theme_poster import theme_posters_pdf

TODAY = dt.date(2025, 1, 1)


def _chapter(text: str, name: str, next_name: str) -> str:
    start = text.index(squash(name), text.index(squash("Every theme, in people's own words")))
    return text[start : text.index(squash(next_name), start)]


def test_a_priority_with_no_causes_or_success_says_so_as_its_poster_does(workshop):
    """t2 is a priority with cards and an action only; t3 is no priority."""
    pdf = reader(report_pdf(workshop, today=TODAY))
    text = squash("".join(page.extract_text() for page in pdf.pages))
    t2 = _chapter(text, "I want to stay in my own home", "I have people who know me")
    expected = (  # t2 is a hope: its causes are what stands in the way (R3 R1)
        f"What stands in the way {NO_CAUSE_MARKED} {SUCCESS_HEADING} {NO_SUCCESS_WRITTEN} "
        "What we will do"
    )
    assert squash(expected) in t2
    poster = squash(reader(theme_posters_pdf(workshop, theme_ids=["t2"])).pages[0].extract_text())
    assert squash(NO_CAUSE_MARKED) in poster and squash(NO_SUCCESS_WRITTEN) in poster
    assert squash("What stands in the way") in poster and squash("Why it happens") not in poster
    # t1 has both, and t3 is no priority: neither says it
    assert text.count(squash(NO_CAUSE_MARKED)) == text.count(squash(NO_SUCCESS_WRITTEN)) == 1
