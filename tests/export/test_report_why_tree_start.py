"""A why-tree's heading keeps at least its first two lines on its page: page 10 of the demo
ended with "Why it happens" over one "• Why? …", the rest of the tree overleaf. The pages stay
as full as test_report_page_fill pins them (the demo has 18 pages, its tables at 12 pt)."""

from __future__ import annotations

import datetime as dt

import pytest
from export_checks import demo_report_pdf, demo_workshop, page_texts, reader

from wtfc.export.report import report_pdf
from wtfc.model.workshop import Card, Workshop

TODAY = dt.date(2026, 11, 28)
HEADING = "Why it happens"


def _with_cards(extra: int) -> Workshop:
    """The demo with ``extra`` short cards more in its first theme, moving every later tree."""
    ws = demo_workshop()
    first = ws.themes[0]
    ids = [f"more{i}" for i in range(extra)]
    cards = [Card(id=x, kind=first.kind, text=f"One more card, {x}.") for x in ids]
    themes = [first.model_copy(update={"card_ids": [*first.card_ids, *ids]}), *ws.themes[1:]]
    return ws.model_copy(update={"cards": [*ws.cards, *cards], "themes": themes})


def _lines_under_a_last_heading(pdf: bytes) -> list[tuple[int, list[str]]]:
    """For each page whose last lines include the tree's heading: the lines under it."""
    found = []
    for number, text in enumerate(page_texts(pdf), start=1):  # read once for the same bytes
        lines = [x.strip() for x in text.splitlines() if x.strip()]
        body = [x for x in lines if not x.startswith("Page ")][-5:]  # the foot of the page
        if HEADING in body:
            found.append((number, body[body.index(HEADING) + 1:]))
    return found


@pytest.mark.parametrize("extra", [0, 4, 11])
def test_a_trees_heading_is_never_left_with_one_line_at_a_page_foot(extra):
    # no extra card: the demo's own report, made and read once for the modules that read it
    pdf = report_pdf(_with_cards(extra), today=TODAY) if extra else demo_report_pdf(TODAY)
    for number, under in _lines_under_a_last_heading(pdf):
        assert len(under) >= 2, (number, under)
    if extra == 0:
        # 20 with "What was agreed" (18 before it; 16 with the tables at 10.5 pt)
        assert len(reader(pdf).pages) <= 20
