# ruff: noqa: F811  (pytest fixtures imported from clock_fixtures are parameters here)
"""A board's room view edited while the blank page hides it (or Show room view is off) shows
its right page and "Page N of M" when it comes back: "Page 5 of 5" stayed over the two pages
left after actions were dropped behind the blank page (code review A7 #1, session 29)."""

from __future__ import annotations

from clock_fixtures import MIN, later, now, plan  # noqa: F401

from tests.ui.settled import settle
from wtfc.model.operations.actions import delete_action
from wtfc.model.workshop import Stage
from wtfc.ui.boards.room_paint import page_label_text


def test_actions_dropped_behind_the_blank_page_leave_a_true_page_label(now, demo_window):
    w = demo_window
    w.go_to_stage(Stage.THEME)
    plan(w, Stage.THEME, 30)
    w.room.act_show.setChecked(True)
    room = w.room.window
    room.act_full_screen.setChecked(True)
    w.room_timer.action.setChecked(True)
    w.stage_side.start_action.trigger()
    later(w, now, MIN)
    w.go_to_stage(Stage.PLAN)
    settle()
    view = room.content
    before = view.page_count()
    assert before > 2  # the demo's Plan goes over pages on the projector
    view.show_page(before - 1)
    settle()
    room.act_blank.setChecked(True)
    settle()
    ids = [a.id for a in w.doc.workshop.actions]
    for action_id in ids[: len(ids) * 3 // 4]:
        w.undo.push(delete_action(w.doc, action_id=action_id))
    settle()
    w.room.act_show.setChecked(False)
    settle()
    w.room.act_show.setChecked(True)
    settle()
    room.act_blank.setChecked(False)
    settle()
    view = room.content
    count = view.page_count()
    assert count < before and view.page == count - 1  # the last page there is now
    if count > 1:
        assert view.page_label.isVisible()
        assert view.page_label.text() == page_label_text(view.page, count)
    else:
        assert not view.page_label.isVisible()
