"""With the why-tree on the projector, an edit re-plans the tree's pages once (a big tree's plan
costs about half a second), on the next turn of the event loop, and a view being replaced (the
stage moved on) is not planned at all; until the plan the room never paints words just deleted."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication

from tests.ui.boards.test_causes_room_pages import _wide_doc
from wtfc.model.operations.causes import add_cause, delete_cause
from wtfc.model.workshop import Stage
from wtfc.ui.boards import views
from wtfc.ui.boards.success_room import SuccessRoomView
from wtfc.ui.boards.why_tree_items import CauseItem


@pytest.fixture
def plans(monkeypatch) -> list[str]:
    """The theme of each why-tree plan made (a list cleared by the test as it likes)."""
    made: list[str] = []
    plan = views.CausesRoomView._plan

    def counted(self, *args):
        made.append(self._theme_id)
        return plan(self, *args)

    monkeypatch.setattr(views.CausesRoomView, "_plan", counted)
    return made


def _settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def _words(widget) -> set[str]:
    return {item.cause.text for item in widget.scene.nodes.values() if isinstance(item, CauseItem)}


def test_several_edits_in_one_gesture_are_planned_once(causes_room, plans):
    doc, theme_id = _wide_doc(30)
    widget = causes_room(doc, theme_id, QSize(1024, 768))
    assert widget.page_count() > 1  # a paged tree: the costly plan
    plans.clear()
    edits = [add_cause(doc, theme_id=theme_id, text=f"New reason {i}") for i in range(3)]
    for edit in edits:
        edit.do(doc)
    assert plans == []  # not yet: each edit would have cost a whole plan
    _settle()
    assert plans == [theme_id]
    for edit in reversed(edits):
        edit.undo(doc)
    _settle()
    assert plans == [theme_id, theme_id]


def test_a_deleted_cause_is_never_painted_again(causes_room, plans):
    doc, theme_id = _wide_doc(4)
    widget = causes_room(doc, theme_id, QSize(1920, 1080))
    gone = doc.get("causes", "k0").text
    assert gone in _words(widget)
    plans.clear()
    delete_cause(doc, cause_id="k0").do(doc)
    # before the event loop turns the view paints nothing (the screen keeps its last picture,
    # as it did while the plan ran), and asked for its pages it plans them at once
    assert not widget.view.updatesEnabled()
    assert widget.page_count() == 1 and gone not in _words(widget)
    assert widget.view.updatesEnabled()
    _settle()
    assert gone not in _words(widget) and len(plans) == 1


def test_a_hidden_view_is_planned_when_shown(causes_room, plans):
    doc, theme_id = _wide_doc(4)
    widget = causes_room(doc, theme_id, QSize(1920, 1080))
    widget.hide()
    plans.clear()
    add_cause(doc, theme_id=theme_id, text="Said while the room was blank").do(doc)
    _settle()
    assert plans == []
    widget.show()
    _settle()
    assert plans == [theme_id] and "Said while the room was blank" in _words(widget)


def test_room_following_the_why_tree(demo_window, plans):
    window = demo_window
    window.room.act_show.setChecked(True)
    window.room.window.act_full_screen.setChecked(False)
    window.room.window.resize(1366, 768)
    window.go_to_stage(Stage.UNDERSTAND)
    tabs = window.page(Stage.UNDERSTAND)
    tabs.setCurrentIndex(1)
    _settle()
    room = window.room.window
    assert isinstance(room.content, views.CausesRoomView)
    board = tabs.causes
    plans.clear()
    assert board.add_why("Nobody answers the phone after five o'clock on a Friday.")
    _settle()
    assert len(plans) == 1
    assert "Nobody answers the phone after five o'clock on a Friday." in {
        text for page in range(room.content.page_count())
        for text in (room.content.show_page(page), _words(room.content))[1]}
    window.undo.stack.undo()
    _settle()
    assert len(plans) == 2
    # moving on to Identify success replaces the why-tree: the tree left is not planned again
    plans.clear()
    window.go_to_stage(Stage.IDENTIFY_SUCCESS)
    _settle()
    assert isinstance(room.content, SuccessRoomView)
    assert plans == []
