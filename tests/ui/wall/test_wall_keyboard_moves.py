"""M (move to theme…) and N (new theme…) by keyboard: the result is on screen afterwards, and
the keyboard is back on the wall, on the moved card, so the next arrow or key goes on from it.

The dialogs are the real ones, answered as a facilitator would (typed, then Enter), on a
demo-sized wall at a laptop's size: it opens readable from the top left, not whole, so a
theme lower down is off screen until the wall scrolls to it.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit
from wall_fixtures import demo_sized_document

from wtfc.model.workshop import Kind
from wtfc.ui.undo import UndoAdapter
from wtfc.ui.wall import WallPanel


@pytest.fixture
def laptop(show, qtbot):
    doc = demo_sized_document()
    panel = show(WallPanel(doc, UndoAdapter(doc)), 1000, 620)
    panel.activateWindow()
    qtbot.waitActive(panel)
    qtbot.wait(20)  # the opening view: readable, from the top left
    assert not panel.view._fitted
    return panel


def _on_screen(view, rect) -> bool:
    return view.viewport().rect().contains(view.mapFromScene(rect).boundingRect())


def _answer(qtbot, words: str) -> list[str]:
    """Type into the dialog that opens next and press Enter, as the facilitator does. The list
    returned gets the dialog's title (a dialog never answered is closed, not left to hang)."""
    seen: list[str] = []

    def answer():
        dialog = next((w for w in QApplication.topLevelWidgets()
                       if isinstance(w, QDialog) and w.isVisible()), None)
        if dialog is None:
            return
        seen.append(dialog.windowTitle())
        try:
            box = dialog.findChild(QLineEdit)
            box.selectAll()
            qtbot.keyClicks(box, words)
            qtbot.keyClick(box, Qt.Key.Key_Return)
        finally:
            if dialog.isVisible():
                dialog.reject()
    QTimer.singleShot(50, answer)
    return seen


def _first_unsorted(panel, kind):
    return next(item for (card_id, theme), item in panel.scene.cards.items()
                if theme is None and item.card.kind == kind and not item.card.held_back)


def test_m_brings_the_moved_card_into_view_with_the_keyboard_on_it(laptop, qtbot):
    panel, view = laptop, laptop.view
    doc = panel.doc
    card = _first_unsorted(panel, Kind.FUTURE)
    view.setFocus()
    view.focus_card(card)
    target = [t for t in doc.workshop.themes if t.kind == Kind.FUTURE][-1]
    assert not _on_screen(view, panel.scene.theme_rect(target.id))  # lower down the wall
    assert _answer(qtbot, target.name) is not None
    qtbot.keyClick(view, Qt.Key.Key_M)
    assert doc.themes_of_card()[card.card.id] == [target.id]
    moved = panel.scene.cards[(card.card.id, target.id)]
    assert _on_screen(view, moved.sceneBoundingRect())
    assert panel.scene.focusItem() is moved and view.selected_cards() == [moved]
    assert panel.focusWidget() is view  # the window's keys go to the wall (offscreen, the
    # dialog's window stays the active one, so the focus widget itself says nothing)


def test_n_brings_the_new_theme_into_view_with_the_keyboard_on_its_card(laptop, qtbot):
    panel, view = laptop, laptop.view
    card = _first_unsorted(panel, Kind.FUTURE)
    view.setFocus()
    view.focus_card(card)
    _answer(qtbot, "I want my own front door key")
    qtbot.keyClick(view, Qt.Key.Key_N)
    (theme,) = [t for t in panel.doc.workshop.themes if t.name == "I want my own front door key"]
    block = panel.scene.blocks[theme.id]
    header = block.mapRectToScene(block.header_rect())
    moved = panel.scene.cards[(card.card.id, theme.id)]
    assert _on_screen(view, header) and _on_screen(view, moved.sceneBoundingRect())
    assert panel.scene.focusItem() is moved and view.selected_cards() == [moved]
    assert panel.focusWidget() is view  # the window's keys go to the wall (offscreen, the
    # dialog's window stays the active one, so the focus widget itself says nothing)


def test_after_fit_all_a_move_leaves_the_whole_wall_in_view(laptop, qtbot):
    panel, view = laptop, laptop.view
    view.fit_all()
    scale = view.scale_factor()
    card = _first_unsorted(panel, Kind.WORKING)
    view.setFocus()
    view.focus_card(card)
    target = [t for t in panel.doc.workshop.themes if t.kind == Kind.WORKING][-1]
    _answer(qtbot, target.name)
    qtbot.keyClick(view, Qt.Key.Key_M)
    assert panel.doc.themes_of_card()[card.card.id] == [target.id]
    assert view._fitted and abs(view.scale_factor() - scale) < scale * 0.2


def test_n_on_several_cards_keeps_the_new_themes_name_in_sight(show, qtbot):
    """The keys were on the last of the chosen cards: the wall scrolled to it and left the new
    theme's name half above the top edge."""
    doc = demo_sized_document(unsorted_each=8)
    panel = show(WallPanel(doc, UndoAdapter(doc)), 1000, 620)
    qtbot.wait(20)
    view = panel.view
    chosen = [item for (card_id, theme), item in panel.scene.cards.items()
              if theme is None and item.card.kind == Kind.WORKING and not item.card.held_back]
    assert len(chosen) == 8  # a column taller than the wall's window
    view.setFocus()
    for number, item in enumerate(chosen):
        view.focus_card(item, extend=number > 0)  # Shift+arrows: the keys end on the last
    _answer(qtbot, "I know who is coming")
    qtbot.keyClick(view, Qt.Key.Key_N)
    (theme,) = [t for t in panel.doc.workshop.themes if t.name == "I know who is coming"]
    block = panel.scene.blocks[theme.id]
    header = block.mapRectToScene(block.header_rect())
    assert _on_screen(view, header.adjusted(0, -8, 0, 0))  # the whole name, not at the edge
    focused = panel.scene.focusItem()
    assert focused.theme_id == theme.id and _on_screen(view, focused.sceneBoundingRect())
    assert len(view.selected_cards()) == len(chosen)  # still all chosen, for the next key
