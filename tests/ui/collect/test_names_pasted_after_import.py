"""Names pasted after the import, the README's own order (review 36 W1 S1): pasting held no card
and said nothing, the room's read-out showed "Zebulon Quarrie from the agency never stays long"
full screen, an undo of Check all cards again put it back with the name still pasted, and Edit →
Undo quoted "Zebulon's table". The room views now read each card with the names in force as
they draw it; editing the box with names added offers the check (its line, the page's row); the
Undo item hides a pasted name from the paste on."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize, Qt

from tests.ui.settled import settle
from wtfc.model.document import Document
from wtfc.model.operations.themes import rename_theme
from wtfc.model.workshop import Card, Kind, Theme, Workshop
from wtfc.ui.boards.common import push_edit
from wtfc.ui.wall.room_readout import RoomReadOut
from wtfc.ui.wall.room_wall import RoomWallView

NW = Kind.NOT_WORKING
NAMED = "Zebulon Quarrie from the agency never stays long"


@pytest.fixture
def doc():
    cards = [Card(id="c1", kind=NW, text=NAMED),
             Card(id="c2", kind=NW, text="Different carers every week")]
    themes = [Theme(id="t1", kind=NW, name="Carers come and go", card_ids=["c1", "c2"])]
    return Document(Workshop(title="Spring reviews", cards=cards, themes=themes))


def _up(qtbot, widget):
    """A room view as on the projector: shown (off screen here) and drawn."""
    qtbot.addWidget(widget)
    widget.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
    widget.resize(QSize(1280, 720))
    widget.show()
    settle()
    return widget


def _room(qtbot, doc):
    readout = _up(qtbot, RoomReadOut(doc, (NW,)))
    readout.set_card(doc.card("c1"))  # the facilitator's read-out is on this card
    return readout, _up(qtbot, RoomWallView(doc, viewport=(1280.0, 720.0)))


def _seen(readout: RoomReadOut, wall: RoomWallView) -> str:
    """What the room is shown: the read-out as drawn (and told a screen reader), the wall's
    cards' words."""
    readout.grab()
    settle()
    on_wall = [item.card.text for item in wall.wall.cards.values()]
    return "\n".join([readout.drawn_words, readout.accessibleDescription(), *on_wall])


def _paste(page, names: str) -> None:
    page.names_box.setPlainText(names)
    page.watch_names.end_editing()  # Tab away
    settle()


def test_the_room_never_sees_a_card_naming_someone_pasted_after_the_import(page, doc, qtbot):
    readout, wall = _room(qtbot, doc)
    assert not doc.card("c1").held_back and "Zebulon" in _seen(readout, wall)
    _paste(page, "Zebulon Quarrie\nDorothy Pennyworth")
    assert not doc.card("c1").held_back  # no check was run
    seen = _seen(readout, wall)
    assert "Zebulon" not in seen and "Quarrie" not in seen
    assert "Different carers every week" in seen  # the other card stays on the wall
    assert "1 not shown" in " ".join(readout.rows_drawn) or not readout.rows_drawn


def test_an_undone_check_keeps_the_card_from_the_room_while_the_name_is_pasted(
        page, doc, undo, qtbot):
    readout, wall = _room(qtbot, doc)
    _paste(page, "Zebulon Quarrie")
    page.check_button.click()
    settle()
    assert doc.card("c1").held_back
    undo.stack.undo()  # Ctrl+Z: the check undone, the name still pasted
    settle()
    assert not doc.card("c1").held_back
    assert "Zebulon" not in _seen(readout, wall)
    assert page.watch_names.offer.button.isVisibleTo(page)  # the check offered again


def test_names_added_offer_the_check_and_say_how_many_cards_name_someone(page, doc, undo):
    offer = page.watch_names.offer.button
    assert not offer.isVisibleTo(page)
    _paste(page, "Zebulon Quarrie")
    assert offer.isVisibleTo(page) and offer.text() == "⚠ 1 card to check again"
    assert page.check_result.text().startswith("1 card names someone pasted")
    steps = undo.stack.count()
    offer.click()  # the existing step: one to undo
    settle()
    assert doc.card("c1").held_back and undo.stack.count() == steps + 1
    assert not offer.isVisibleTo(page)


def test_the_undo_item_hides_a_name_pasted_without_a_check(page, doc, undo):
    push_edit(undo, page.notice, lambda: rename_theme(doc, theme_id="t1", name="Zebulon's group"))
    _paste(page, "Zebulon Quarrie")
    assert "Zebulon" not in undo.stack.undoText()  # a step from before the paste
    push_edit(undo, page.notice, lambda: rename_theme(doc, theme_id="t1", name="Zebulon's table"))
    settle()
    assert "Zebulon" not in undo.stack.undoText() and "[name]" in undo.stack.undoText()


def test_the_facilitators_read_out_says_the_room_is_not_shown_the_card(page, doc, undo, show):
    """The room's read-out says only "Next card coming": the facilitator's says why."""
    from wtfc.ui.wall import WallPanel
    from wtfc.ui.wall.readout import NOT_IN_ROOM

    panel = show(WallPanel(doc, undo), 1200, 700)
    panel.readout.show_card("c1")
    panel.toggle_readout(True)
    assert NOT_IN_ROOM not in panel.readout.card.note
    _paste(page, "Zebulon Quarrie")
    assert panel.readout.card.note.endswith(NOT_IN_ROOM)  # at once: the names were told
    page.watch_names.offer.button.click()  # checked: held back, read-out moves on
    settle()
    assert NOT_IN_ROOM not in panel.readout.card.note



def test_tab_from_names_to_watch_for_reaches_the_check_offer(demo_window, qtbot):
    """The offer sits beside "Names to watch for…" and Tab goes there next in the window
    (review 36 R8 R1: it was left at the window's chain end, 18 presses away, with no Alt key
    of its own)."""
    from PySide6.QtWidgets import QApplication

    from wtfc.model.operations.cards import add_card
    from wtfc.model.workshop import Stage

    window = demo_window
    window.go_to_stage(Stage.COLLECT)
    page = window.page(Stage.COLLECT)
    window.undo.push(add_card(window.doc, kind=NW, text=NAMED))
    _paste(page, "Zebulon Quarrie")
    settle()
    page.names_fold.button.setFocus(Qt.FocusReason.TabFocusReason)
    settle()
    qtbot.keyClick(page.names_fold.button, Qt.Key.Key_Tab)
    settle()
    assert QApplication.focusWidget() is page.watch_names.offer.button
