"""The room view's words, for a screen reader (a facilitator may Tab into the room window):
its "Page 1 of 3" was named "Room wall page" and the empty wall's "No themes yet…" "Room wall",
so the words were never heard. Each reads its own words, with what it is as its description."""

from __future__ import annotations

from PySide6.QtGui import QAccessible
from wall_helpers import shown_room_view

from tests.ui.wall.test_room_pages import SMALL_SCREEN, _demo
from wtfc.model.document import Document
from wtfc.model.workshop import Card, Kind, Workshop
from wtfc.ui.wall.room_wall import EMPTY_WALL


def _heard(label) -> tuple[str, str]:
    face = QAccessible.queryAccessibleInterface(label)
    return face.text(QAccessible.Text.Name), face.text(QAccessible.Text.Description)


def test_the_page_label_and_the_empty_wall_read_their_words(qtbot):
    view = shown_room_view(qtbot, _demo(), SMALL_SCREEN)
    assert view.page_count() > 1
    assert _heard(view.page_label) == (f"Page 1 of {view.page_count()}", "Room wall page")
    empty = shown_room_view(qtbot, Document(Workshop(cards=[
        Card(id="c1", kind=Kind.NOT_WORKING, text="Different carers every week")])), SMALL_SCREEN)
    assert empty.empty_label.isVisible()
    assert _heard(empty.empty_label) == (EMPTY_WALL, "Room wall")
