"""The room wall is laid out once per burst of edits: a click far back in Edit → History undoes
a hundred steps at once, and laying the projector's wall out after each froze the laptop."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication
from wall_helpers import shown_room_view

from wtfc.model.demo import demo_path
from wtfc.model.document import Document
from wtfc.model.operations.themes import delete_theme
from wtfc.model.storage import load_workshop
from wtfc.ui.undo import UndoAdapter
from wtfc.ui.wall import RoomController
from wtfc.ui.wall.room_wall import RoomWallView


@pytest.fixture
def room(qtbot, panel, doc):
    controller = RoomController(doc, panel)
    qtbot.addWidget(controller.window)
    controller.act_show.setChecked(True)
    yield controller
    controller.close()


def _room_wall(room) -> RoomWallView:
    view = room.window.content
    assert isinstance(view, RoomWallView)
    return view


def _count_layouts(view: RoomWallView) -> list[int]:
    count = [0]
    view.wall.laid_out.connect(lambda: count.__setitem__(0, count[0] + 1))
    return count


def _shown(view: RoomWallView) -> tuple[set, dict[str, str]]:
    """The card placements on the room wall and each theme panel's title."""
    return set(view.wall.cards), {key: item.title for key, item in view.wall.blocks.items()}


def _as_laid_out_afresh(doc, view: RoomWallView) -> tuple[set, dict[str, str]]:
    size = view.viewport().size()
    fresh = RoomWallView(doc, viewport=(float(size.width()), float(size.height())))
    try:
        return _shown(fresh)
    finally:
        fresh.wall.detach()
        fresh.deleteLater()


def test_several_edits_lay_the_room_wall_out_once_and_it_shows_the_last(room, panel, doc):
    view = _room_wall(room)
    layouts = _count_layouts(view)
    panel.gestures.drop([("n1", "package")], "staff")
    panel.gestures.drop([("n5", None)], "package")
    panel.gestures.rename("good", "I love my day centre")
    panel.gestures.new_theme([("w2", None)], "My neighbours help")
    QApplication.processEvents()
    assert layouts[0] == 1
    cards, titles = _shown(view)
    assert ("n1", "staff") in cards and ("n1", "package") not in cards
    assert ("n5", "package") in cards
    assert "I love my day centre" in titles.values() and "My neighbours help" in titles.values()
    assert (cards, titles) == _as_laid_out_afresh(doc, view)


def test_a_history_jump_of_100_steps_lays_the_room_wall_out_once(room, panel, doc, undo):
    view = _room_wall(room)
    before = _shown(view)
    for step in range(100):  # n1 back and forth between two themes
        source, target = ("package", "staff") if step % 2 == 0 else ("staff", "package")
        assert panel.gestures.drop([("n1", source)], target)
        QApplication.processEvents()
    assert undo.stack.index() == 100
    layouts = _count_layouts(view)
    undo.stack.setIndex(0)  # what clicking the first row of History does
    QApplication.processEvents()
    assert layouts[0] == 1
    assert _shown(view) == before


def test_a_blanked_room_lays_out_when_shown_again(room, panel, doc):
    view = _room_wall(room)
    layouts = _count_layouts(view)
    room.window.act_blank.trigger()
    panel.gestures.drop([("n1", "package")], "staff")
    panel.gestures.delete_theme("good")
    QApplication.processEvents()
    assert room.window.is_blank() and layouts[0] == 0  # no one sees it: no layout
    room.window.act_blank.trigger()
    QApplication.processEvents()
    assert not room.window.is_blank() and layouts[0] == 1
    assert _shown(view) == _as_laid_out_afresh(doc, view)
    assert "good" not in view.wall.blocks


def test_painting_or_turning_the_page_before_the_layout_reads_no_removed_theme(qtbot):
    doc = Document(load_workshop(demo_path()).workshop)
    undo = UndoAdapter(doc)
    view = shown_room_view(qtbot, doc, (1280, 720))
    assert view.page_count() > 1
    left, _top, width, _height = view.wall.layout.pages[1]
    on_second = list(
        dict.fromkeys(
            b.theme_id
            for b in view.wall.layout.blocks
            if b.theme_id and left <= b.rect[0] < left + width
        )
    )
    for theme_id in on_second:
        undo.push(delete_theme(doc, theme_id=theme_id))
    view.grab()  # painted with the items of the wall before: drawn, not an error
    view.show_page(1)  # made from the layout before, this page's panels read deleted themes
    view.grab()
    QApplication.processEvents()
    assert on_second and not {item.theme_id for item in view.wall.blocks.values()} & set(on_second)
    assert (
        view.page_label.text() == f"Page {view.page + 1} of {view.page_count()}"
        or view.page_count() == 1
    )
    undo.stack.setIndex(0)
    QApplication.processEvents()
    assert set(on_second) <= {b.theme_id for b in view.wall.layout.blocks}
