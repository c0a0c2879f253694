"""Review room view page turns with quotes inside statements, and continued names.

1. A statement quoting someone ("My carer said “I will be back tomorrow” and then nobody
   came") once was taken to end at the inner ”: the page turned mid-statement.
2. A continued card's name that is one long word, or Chinese (no spaces), was cut at the
   space after the kind's symbol: "Priority 1 · ✗…, continued", no name at all; an Urdu one
   was cut inside a word ("…مج‍…")."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.ui.boards.test_review_room_goes_on import _big_yardsticks
from wtfc.model.demo import demo_path, demo_previous_path
from wtfc.model.document import Document
from wtfc.model.storage import load_workshop
from wtfc.model.workshop import Perspective, SuccessStatement
from wtfc.ui.boards.review_room import ReviewRoomView
from wtfc.ui.boards.review_room_pieces import continued_name

TODAY = dt.date(2026, 11, 29)
NESTED = ["My carer said “I will be back tomorrow” and then nobody came for three days in a row",
          "When I ring the office they say “we will call you back” but they never do call me back",
          "I want staff to stop saying “it is not my job” when I ask for a small bit of help"]


def _view(qtbot, current, last, size):
    view = ReviewRoomView(Document(current), Document(last), today=lambda: TODAY)
    qtbot.addWidget(view)
    view.resize(*size)
    view.show()
    view.page_count()
    return view


@pytest.mark.parametrize("size", [(800, 600), (1366, 768)], ids=["800x600", "1366x768"])
def test_a_quote_inside_a_statement_is_not_its_end(qtbot, size):
    last = load_workshop(demo_previous_path()).workshop
    last = last.model_copy(update={"reflection": last.reflection.model_copy(
        update={"do_differently": ""})})
    success = [SuccessStatement(theme_id=t.id, perspective=p, text=f"{NESTED[k % 3]} ({n}{k})")
               for n, t in enumerate(t for t in last.themes if t.priority.chosen)
               for p in Perspective for k in range(10)]
    view = _view(qtbot, load_workshop(demo_path()).workshop,
                 last.model_copy(update={"success": success}), size)
    breaks = 0
    for pieces in view._layout.pieces:
        for k in range(len(pieces) - 1):
            upto = "".join(pieces[: k + 1])
            assert upto.count("“") == upto.count("”"), pieces[k][-50:]  # not inside one
            breaks += 1
    assert breaks >= 3


NAMES = {"one-word": "Rhwystredigaethaugofalcymdeithasolanghyfforddedigionacanwybodus" * 2,
         "chinese": "我的护理人员不尊重我，也不把我当作一个独立的人来对待，从来不听我说话",
         "urdu": "میرے دیکھ بھال کرنے والے مجھ سے عزت سے پیش نہیں آتے اور میری بات نہیں سنتے ہیں"}


@pytest.mark.parametrize("name", list(NAMES))
def test_a_continued_name_keeps_some_of_the_name(qtbot, name):
    current = load_workshop(demo_path()).workshop
    p1 = next(t for t in current.themes if t.priority.chosen and t.priority.rank == 1)
    current = current.model_copy(update={"themes": [
        t.model_copy(update={"name": NAMES[name]}) if t.id == p1.id else t
        for t in current.themes]})
    view = _view(qtbot, current, _big_yardsticks(), (800, 600))
    layout = view._layout
    t = next(t for t in layout.themes if t.current_id == p1.id)
    said = continued_name(t, layout.ranks.get(t.current_id), layout.columns.theme_text)
    shown = said.removeprefix("Priority 1 · ✗ ").removesuffix("…, continued").strip("\u200d")
    assert len(shown) >= 8, said  # some of the name, not "Priority 1 · ✗…, continued"
    assert NAMES[name].startswith(shown), said
    if " " in NAMES[name]:  # cut at a whole word
        assert NAMES[name][len(shown):][:1] == " ", said
