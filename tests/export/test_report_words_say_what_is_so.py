"""The report's words say only what is so: one held-back card is "It is not in this report"
(it read "They are" for one card, review agree F5), and "How to read this report" speaks of
each priority's why-tree, success and actions only when there are priorities (it did with
none, F7), and of each priority only when every one has them: a room that re-ranked, or ran
out of time, has priorities with none (review 23 code B F1)."""

from __future__ import annotations

import datetime as dt

from export_checks import all_text, reader, squash
from export_workshop import make_workshop

from wtfc.export.report import report_pdf
from wtfc.model.workshop import Cause, PersonalDetail, Perspective, Priority, SuccessStatement

TODAY = dt.date(2026, 11, 28)
EACH_PRIORITY = squash("Each priority then has what success would look like")
ACTIONS_LISTED = squash("The actions agreed are listed by who will do them")
WHERE_GOT = squash("Where the room got that far, a priority then has")


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
    _every_priority_has_all(ws)
    text = _text(ws)
    assert EACH_PRIORITY in text and ACTIONS_LISTED not in text and WHERE_GOT not in text
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


def _every_priority_has_all(ws) -> None:
    """Give Priority 2 (t2: an action, no why-tree, no success) a cause and a statement."""
    ws.causes.append(Cause(id="k9", theme_id="t2", text="No one asks what I need."))
    ws.success.append(SuccessStatement(id="s9", theme_id="t2", perspective=Perspective.OLDER_PEOPLE,
                                       text="I can stay in my own home."))


def test_how_to_read_says_each_priority_only_when_every_one_has_it():
    ws = make_workshop()  # Priority 1 has all; Priority 2 an action only
    text = _text(ws)
    assert squash("For some priorities, the room asked “why?”") in text
    assert squash("For each priority") not in text and EACH_PRIORITY not in text
    assert WHERE_GOT + squash(" what success would look like, in the words of the people it "
                              "matters to, and the actions agreed, by who will do them") in text
    # re-ranked so the only priority is the one with neither tree nor success
    ws.themes[0].priority = Priority(votes=ws.themes[0].priority.votes)
    ws.themes[1].priority = Priority(chosen=True, rank=1, votes=5)
    text = _text(ws)
    assert squash("For some themes, the room asked “why?”") in text
    assert WHERE_GOT + squash(" the actions agreed, by who will do them") in text
    how_to_read = text.split(squash("How to read this report"))[1].split(squash("Themes at"))[0]
    assert squash("what success would look like") not in how_to_read
    ws.actions = [a for a in ws.actions if a.theme_id != "t2"]
    text = _text(ws)  # the priority has nothing; the other theme's actions are described
    assert WHERE_GOT not in text and EACH_PRIORITY not in text
    assert ACTIONS_LISTED in text
