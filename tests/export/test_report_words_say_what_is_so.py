"""The report's words say only what is so: one held-back card is "It is not in this report"
(it read "They are" for one card, review agree F5), and "How to read this report" speaks of
each priority's why-tree, success and actions only when there are priorities (it did with
none, F7)."""

from __future__ import annotations

import datetime as dt

from export_checks import all_text, reader, squash
from export_workshop import make_workshop

from wtfc.export.report import report_pdf
from wtfc.model.workshop import PersonalDetail, Priority

TODAY = dt.date(2026, 11, 28)
EACH_PRIORITY = squash("Each priority then has what success would look like")
ACTIONS_LISTED = squash("The actions agreed are listed by who will do them")


def _text(ws) -> str:
    return all_text(reader(report_pdf(ws, today=TODAY)))


def test_one_card_held_back_is_it_two_are_they():
    ws = make_workshop()  # one card held back
    assert sum(c.held_back for c in ws.cards) == 1
    text = _text(ws)
    assert squash("1 card is left out because it may contain personal details that the "
                  "facilitator has not yet cleared. It is not in this report.") in text
    second = ws.cards[0]
    second.personal_details = [PersonalDetail(start=0, end=3, category="name", text="The")]
    text = _text(ws)
    assert squash("2 cards are left out because they may contain personal details that the "
                  "facilitator has not yet cleared. They are not in this report.") in text


def test_how_to_read_speaks_of_each_priority_only_when_there_are_some():
    ws = make_workshop()
    text = _text(ws)
    assert EACH_PRIORITY in text and ACTIONS_LISTED not in text
    assert squash("For each priority, the room asked “why?”") in text
    for theme in ws.themes:
        theme.priority = Priority(votes=theme.priority.votes)
    text = _text(ws)  # no priorities, but actions on other themes: those are described
    assert EACH_PRIORITY not in text
    assert ACTIONS_LISTED in text
    assert squash("For some themes, the room asked “why?”") in text
    ws.actions = []
    ws.success = []
    text = _text(ws)
    assert EACH_PRIORITY not in text and ACTIONS_LISTED not in text
