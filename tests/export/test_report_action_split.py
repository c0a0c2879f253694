"""An action row split over a page keeps its owner, date and status whole, and says them again
on the page it carries on to. The big workshop's report cut "Strategic Commissioning Manager
for Older People's Community / Services" over two pages, and the carried part of a row (its
"How we will know" or "So far") had no owner, date or status: a provider who opened at that
page saw an action that was nobody's."""

from __future__ import annotations

import datetime as dt

import pytest
from export_checks import demo_report_pdf, demo_workshop, page_texts, reader, squash

from wtfc.export.report import report_pdf

TODAY = dt.date(2026, 11, 29)
OWNER = "Strategic Commissioning Manager for Older People's Community Services"
MONEY = "Zebra money from the Better Care Fund and the carers' centre. " * 30


@pytest.mark.parametrize("length", [300, 900, 1300])
def test_every_page_of_an_action_names_its_owner_and_date_whole(length):
    ws = demo_workshop()
    action = ws.actions[0]
    action.owner, action.resources = OWNER, MONEY[:length]
    pages = [squash(page.extract_text()) for page in reader(report_pdf(ws, today=TODAY)).pages]
    its = [text for text in pages if "Zebra" in text or squash(action.what[:40]) in text]
    assert its
    for text in its:
        assert squash(OWNER) in text and squash("31 March 2027") in text
    for text in pages:  # never half the owner's title at a page's foot or top
        if "Strategic" in text or "CommunityServices" in text:
            assert squash(OWNER) in text


def test_the_demos_carried_action_repeats_who_owns_it():
    """The demo's older people's organisations' action goes over pages 7 and 8 (with 12 pt
    tables; it was the diary action, over pages 9 and 10, at 10.5 pt; the one over 13 and 14
    is whole on 13 since "I feel lonely and cut off" starts at the foot of page 11): the page
    it carries on to says whose it is again."""
    pages = [squash(text) for text in page_texts(demo_report_pdf(TODAY))]
    carried = [text for text in pages if squash("organisations (continued)") in text]
    assert len(carried) == 1
    owners = {"Chair, Older People's Association": "31 January 2027"}
    for text, (owner, date) in zip(carried, owners.items(), strict=True):
        assert squash(owner) in text and squash(date) in text
