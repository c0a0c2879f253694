"""Helpers the wall tests import (never from a conftest: which ``conftest`` Python finds by that
name depends on which folders a run collects)."""

from __future__ import annotations


def undo_redo(undo, check_done, check_undone):
    """One push was one undo step: undo shows the old wall, redo the new one."""
    undo.stack.undo()
    check_undone()
    undo.stack.redo()
    check_done()


def shown_room_view(qtbot, doc, size: tuple[int, int], **kwargs):
    """A room-view wall of ``doc`` shown at ``size`` and laid out as for a render
    (``kwargs`` to ``RoomWallView``: the viewport, the kinds…)."""
    from wtfc.ui.wall.room_wall import RoomWallView

    view = RoomWallView(doc, **kwargs)
    qtbot.addWidget(view)
    view.resize(*size)
    view.show()
    qtbot.waitExposed(view)
    view.prepare_for_render()
    return view
