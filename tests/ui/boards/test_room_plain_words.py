"""What the room reads under the Plan and Priorities headings and on a late action's card, in
plain words (review 22 words F5): the date says what it is, the groups with nothing planned are
not read as a heading, no zero counts, and a late action is "⚠ Late: …", not "⚠ Overdue · …"."""

from __future__ import annotations

import datetime as dt

from tests.ui.renders import save_render
from wtfc.model.demo import demo_path
from wtfc.model.document import Document
from wtfc.model.storage import load_workshop
from wtfc.model.workshop import Workshop
from wtfc.ui.boards.plan_room import PlanRoomView
from wtfc.ui.boards.priorities_room import PrioritiesRoomView

TODAY = dt.date(2026, 11, 29)


def _words(qtbot, view, size=(1920, 1080)) -> list[str]:
    qtbot.addWidget(view)
    view.resize(*size)
    view.show()
    qtbot.waitExposed(view)
    view.grab()
    return [words for _px, words, _cut in view.drawn_text]


def test_the_plan_says_late_and_as_of_and_what_has_nothing_planned(qtbot):
    doc = Document(load_workshop(demo_path()).workshop)
    view = PlanRoomView(doc, today=lambda: TODAY)
    words = _words(qtbot, view)
    save_render(view, "room_plan_plain_words")
    assert words[1] == "13 actions · 1 late · as of 29 November 2026 · Nothing planned for: Other"
    assert "⚠ Late: started, due 20 Nov 2026" in words  # the demo's late action, in progress
    assert not any("Overdue" in w or "Tackles" in w or "Aims at" in w for w in words)
    assert any(w.startswith("Priority 1: ") for w in words)  # the theme it answers, not "#1"


def test_an_empty_plan_and_priorities_show_the_room_no_zero_counts(qtbot):
    doc = Document(Workshop(title="Spring review"))
    plan = _words(qtbot, PlanRoomView(doc, today=lambda: TODAY), (1024, 768))
    assert plan[1] == "As of 29 November 2026" and "Nothing planned yet" in plan
    themes = _words(qtbot, PrioritiesRoomView(doc), (1024, 768))
    assert themes[1] == "Spring review"
    assert not any(w.startswith("0 ") or " 0 " in w for w in [*plan, *themes])
