# ruff: noqa: F811  (the fixture ``now`` imported from clock_fixtures is a parameter here)
"""With the room timer chosen, moving on a stage lays the next board's room view out once, at
the projector's size and clear of the timer's corner: it was laid out at the default 640x480
as it was put in (the timer asked it for its corner), then again at its size, and again as it
heard the edit that moved the stage; and the view it replaced was laid out once more by that
edit, for nobody."""

from __future__ import annotations

from clock_fixtures import MIN, later, now, plan  # noqa: F401  (the fixture ``now``)
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication

from wtfc.model.workshop import Stage
from wtfc.ui.boards.room_paint import RoomCanvas


def settle() -> None:
    for _ in range(4):
        QApplication.processEvents()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_each_stage_s_view_is_laid_out_once_at_its_size(now, demo_window, monkeypatch):
    window = demo_window
    window.go_to_stage(Stage.THEME)
    plan(window, Stage.THEME, 30)
    window.room.act_show.setChecked(True)
    window.room.window.act_full_screen.setChecked(False)
    window.room.window.resize(1366, 768)
    window.room_timer.action.setChecked(True)
    window.stage_side.start_action.trigger()
    later(window, now, MIN)
    settle()
    laid: list[tuple[str, tuple[int, int], bool, bool]] = []
    page_count = RoomCanvas.page_count

    def counted(view: RoomCanvas) -> int:
        if view._count is None:  # laid out now
            shown = view is window.room.window.content
            laid.append((type(view).__name__, view.size().toTuple(), view.timer_kept, shown))
        return page_count(view)

    monkeypatch.setattr(RoomCanvas, "page_count", counted)
    room = window.room.window
    for stage in (Stage.PREPARE, Stage.IDENTIFY_SUCCESS, Stage.PLAN, Stage.ACT, Stage.REVIEW):
        laid.clear()
        window.go_to_stage(stage)
        settle()
        view = room.content
        assert isinstance(view, RoomCanvas) and view.timer_kept
        # once, at the projector's size, the corner kept; none for the view it replaced
        assert laid == [(type(view).__name__, (1366, 768), True, True)], stage
        label = window.room_timer.label
        assert label.isVisibleTo(room) and room.rect().contains(label.geometry())
        assert label.geometry().bottom() >= view.timer_corner().top()  # in its corner
