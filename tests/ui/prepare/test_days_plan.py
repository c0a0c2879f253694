"""Prepare's "The day's plan": a minutes box per stage, the total in words and "Use the usual
timings". Each change is one undo step, recorded on leaving its box or when the window saves
while the box still has the keyboard; the block follows undo and file open, the wheel passes
over it, and Alt+L brings it into sight on a small screen."""

from __future__ import annotations

from pathlib import Path

import pytest
from prepare_helpers import shown_in, type_number
from PySide6.QtCore import Qt

from tests.ui.input_events import turn_wheel
from tests.ui.settled import settle
from wtfc.model.agenda import USUAL_MINUTES, plan_for
from wtfc.model.workshop import Stage, StagePlan, Workshop
from wtfc.ui.left_field import typed_edits

KEY = Qt.Key
RENDERS = Path("/tmp/agenda")


def _save(widget, name: str) -> None:
    RENDERS.mkdir(parents=True, exist_ok=True)
    assert widget.grab().save(str(RENDERS / f"{name}.png"))


def test_a_new_workshop_plans_nothing(page):
    plan = page.plan
    assert [box.text() for box in plan.boxes.values()] == ["No plan"] * len(Stage)
    assert plan.total.text() == (
        "Nothing planned yet. The usual one-day workshop is 6 h 15 min, plus breaks."
    )
    assert plan.boxes[Stage.THEME].accessibleName() == "Minutes planned for Theme"
    assert plan.boxes[Stage.THEME].toolTip() == "Usually 2 h 30 min."
    assert plan.boxes[Stage.COLLECT].toolTip() == "Not usually part of the day itself."
    assert plan.usual.isEnabled()


def test_typing_minutes_and_leaving_is_one_undo_step(qtbot, page, doc, undo):
    plan = page.plan
    type_number(qtbot, plan.boxes[Stage.THEME], 150)
    type_number(qtbot, plan.boxes[Stage.PLAN], 45)
    assert {p.stage: p.minutes for p in doc.workshop.agenda} == {Stage.THEME: 150, Stage.PLAN: 45}
    assert undo.stack.count() == 2
    assert undo.stack.undoText() == "Plan 45 min for Plan"
    assert plan.total.text() == "3 h 15 min planned, plus breaks."
    assert plan.boxes[Stage.THEME].text() == "150 min"
    undo.stack.undo()
    assert plan.boxes[Stage.PLAN].text() == "No plan"
    assert plan.total.text() == "2 h 30 min planned, plus breaks."
    undo.stack.redo()
    assert plan.boxes[Stage.PLAN].value() == 45
    # leaving a box without changing it records nothing; 0 clears a plan
    plan.boxes[Stage.THEME].setFocus()
    qtbot.keyClick(plan.boxes[Stage.THEME], KEY.Key_Tab)
    assert undo.stack.count() == 2
    type_number(qtbot, plan.boxes[Stage.PLAN], 0)
    assert undo.stack.undoText() == "Clear the planned time for Plan"
    assert plan_for(doc.workshop, Stage.PLAN).minutes is None


def test_minutes_still_in_their_box_are_recorded_when_the_window_saves(qtbot, page, doc, undo):
    box = page.plan.boxes[Stage.REVIEW]
    type_number(qtbot, box, 20, leave=False)
    assert doc.workshop.agenda == []
    assert [c.label for c in typed_edits(page)] == ["Plan 20 min for Review"]
    assert page.commit_pending()  # what Ctrl+S and closing call first
    assert doc.workshop.agenda == [StagePlan(stage=Stage.REVIEW, minutes=20)]
    assert undo.stack.count() == 1


def test_use_the_usual_timings_is_one_step_keeping_the_facilitators_own(qtbot, page, doc, undo):
    plan = page.plan
    type_number(qtbot, plan.boxes[Stage.THEME], 120, leave=False)  # typed, not yet left
    qtbot.mouseClick(plan.usual, Qt.MouseButton.LeftButton)
    assert {p.stage: p.minutes for p in doc.workshop.agenda} == {**USUAL_MINUTES, Stage.THEME: 120}
    assert undo.stack.count() == 2  # the typed 120, then the usual timings
    assert undo.stack.undoText() == "Use the usual timings"
    assert plan.total.text() == "5 h 45 min planned, plus breaks."
    assert plan.boxes[Stage.PREPARE].text() == "30 min"
    assert plan.boxes[Stage.COLLECT].text() == "No plan"
    assert not plan.usual.isEnabled()  # every usual stage has its minutes: nothing to fill
    _save(page, "prepare_days_plan_usual")
    undo.stack.undo()
    assert doc.workshop.agenda == [StagePlan(stage=Stage.THEME, minutes=120)]
    assert plan.usual.isEnabled()


def test_opening_another_workshop_shows_its_plan(page, doc):
    doc.replace_workshop(
        Workshop(
            agenda=[StagePlan(stage=Stage.UNDERSTAND, minutes=90, notes="One priority per table")]
        )
    )
    assert page.plan.boxes[Stage.UNDERSTAND].value() == 90
    assert page.plan.total.text() == "1 h 30 min planned, plus breaks."


def test_a_read_only_workshop_cannot_be_planned(page, doc, undo):
    undo.read_only = True
    doc.replace_workshop(Workshop(agenda=[StagePlan(stage=Stage.THEME, minutes=150)]))
    assert not any(box.isEnabled() for box in page.plan.boxes.values())
    assert not page.plan.usual.isEnabled()


def test_the_wheel_scrolls_past_minutes_it_does_not_change(page, doc):
    box = page.plan.boxes[Stage.THEME]
    page.title.setFocus()
    turn_wheel(box)
    assert box.value() == 0 and not box.hasFocus()
    box.setFocus()
    turn_wheel(box)
    assert box.value() == 5  # in the box, the wheel counts in fives


@pytest.mark.parametrize(("width", "height"), [(911, 512), (1366, 768)])
def test_alt_l_brings_the_plan_into_sight(qtbot, demo_window, width, height):
    """At 150% on a 1366×768 laptop (911×512) and at 100%, Alt+L reaches the first box and
    the total above the boxes is in sight with it."""
    demo_window.resize(width, height)
    demo_window.go_to_stage(Stage.PREPARE)
    page = demo_window.page(Stage.PREPARE)
    settle()
    page.title.setFocus()
    qtbot.waitUntil(page.title.hasFocus)
    qtbot.keyClick(page.title, KEY.Key_L, Qt.KeyboardModifier.AltModifier)
    box = page.plan.boxes[Stage.PREPARE]
    assert box.hasFocus()
    settle()
    assert page.plan.total.text() == "6 h 15 min planned, plus breaks."  # the demo's day
    for widget in (page.plan.total, box, page.plan.boxes[Stage.REVIEW]):
        assert shown_in(widget, page), widget
    _save(demo_window, f"prepare_days_plan_{width}")
