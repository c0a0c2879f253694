"""A theme whose second card is a long paragraph went over the page whole, title and all, from
under the 'Every theme' chapter's opening: that page was 31% full. Its title and first card now
stay, with as much of the long card as fits (three lines at least), the rest overleaf under the
"(continued)" heading."""

from __future__ import annotations

import datetime as dt

from test_report_page_fill import _fills, _pages

from wtfc.export.report import report_pdf
from wtfc.model.demo import demo_path
from wtfc.model.storage import load_workshop

SAY = ("The carers come at different times every day and I never know who it will be, so I sit "
       "waiting in my chair from seven in the morning, and when they do come they are in a rush "
       "and do not have time to talk to me or help me with the things that matter to me. ")


def test_a_long_second_card_does_not_take_its_title_over_the_page():
    ws = load_workshop(demo_path()).workshop
    ws = ws.model_copy(update={"cards": [
        c.model_copy(update={"text": (SAY * (5 + i % 5))[:1990]}) if i % 3 == 0 else c
        for i, c in enumerate(ws.cards)]})
    pdf = report_pdf(ws, today=dt.date(2026, 11, 29))
    pages, fills = _pages(pdf), _fills(pdf)
    opening = next(i for i, text in enumerate(pages) if "Everytheme,inpeople" in text
                   and "Lookingback" in text)
    assert fills[opening] >= 0.8, (opening + 1, round(fills[opening], 2))
