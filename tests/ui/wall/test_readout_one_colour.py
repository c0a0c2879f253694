"""Read-out mode reads one colour at a time, as the method does: with the wall on All kinds
the wall shows the read-out card's kind, so the wall's headers, the outline and the read-out
list number that kind's themes 1, 2, 3… alike, and Alt+1…9 reach every theme of the second
and third colours too (on the demo a future card was offered Alt+8, Alt+9, then no key:
review 24 method F5). Esc shows the kinds chosen again."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from wtfc.model.demo import demo_path
from wtfc.model.document import Document
from wtfc.model.storage import load_workshop
from wtfc.model.workshop import Kind
from wtfc.ui.wall.layout import KIND_ORDER


@pytest.fixture
def doc():
    return Document(load_workshop(demo_path()).workshop)


def _unsorted(doc, kind):
    placed = doc.themes_of_card()
    return [c.id for c in doc.workshop.cards
            if c.kind == kind and c.id not in placed and not c.held_back]


def _wall_numbers(panel):
    return {b.theme_id: int(b.title.split(".")[0]) for b in panel.scene.blocks.values()
            if b.theme_id and b.isVisible() and b.title[:1].isdigit()}


def _listed(readout):
    items = [readout.matches.item(r) for r in range(readout.matches.count())]
    return {i.data(Qt.ItemDataRole.UserRole): i.text() for i in items
            if i.data(Qt.ItemDataRole.UserRole)}


def test_the_third_colour_has_a_key_for_every_theme(panel, doc, undo, qtbot):
    assert set(panel.kinds) == set(Kind)
    panel.toggle_readout(True)
    readout = panel.readout
    assert doc.card(readout.card_id).kind == Kind.WORKING  # green first
    assert panel.kinds == (Kind.WORKING,)
    card = _unsorted(doc, Kind.FUTURE)[0]
    readout.show_card(card)
    assert panel.kinds == (Kind.FUTURE,)  # the wall moved on with the colour
    future = [t.id for t in doc.workshop.themes if t.kind == Kind.FUTURE]
    assert _wall_numbers(panel) == {t: n for n, t in enumerate(future, start=1)}
    listed = _listed(readout)
    for theme_id, number in _wall_numbers(panel).items():  # the list says the wall's numbers
        assert listed[theme_id].startswith(f"Alt+{number}  {doc.theme(theme_id).name}")
    qtbot.keyClick(readout.theme_box, Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)
    assert doc.themes_of_card()[card] == [future[2]]  # the third future theme: "3." on the wall
    undo.stack.undo()
    assert card not in doc.themes_of_card()
    undo.stack.redo()
    assert doc.themes_of_card()[card] == [future[2]]
    readout.leave_requested.emit()  # Esc
    assert not panel.readout_active()
    assert panel.kinds == KIND_ORDER and panel.wall_actions.filter_actions["all"].isChecked()
    assert _wall_numbers(panel)[future[0]] == 8  # the wall's own numbering again


def test_the_filter_chosen_while_reading_says_which_cards_are_read_out(panel, doc):
    panel.toggle_readout(True)
    panel.wall_actions.filter_actions["not_working"].trigger()  # F7
    readout = panel.readout
    assert doc.card(readout.card_id).kind == Kind.NOT_WORKING
    assert {c.kind for c in readout.sequence()} == {Kind.NOT_WORKING}
    panel.wall_actions.filter_actions["all"].trigger()  # F5: every card, the card's kind shown
    assert panel.kinds == (Kind.NOT_WORKING,)
    assert panel.wall_actions.filter_actions["not_working"].isChecked()  # the wall's truth
    assert {c.kind for c in readout.sequence()} == set(Kind)
    panel.toggle_readout(False)
    assert panel.kinds == KIND_ORDER


def test_the_room_sees_the_colour_being_read_out(panel, doc):
    """The room view follows the wall's kinds: the groups the card could join."""
    seen = []
    panel.room_state_changed.connect(lambda: seen.append(panel.kinds))
    panel.toggle_readout(True)
    panel.readout.show_card(_unsorted(doc, Kind.NOT_WORKING)[0])
    assert seen[-1] == (Kind.NOT_WORKING,)


def test_an_undo_in_read_out_leaves_the_wall_on_the_card_s_kind(panel, doc, undo):
    """Undo widens a filter that hides its change (5eff674); in read-out mode the wall shows
    the card's kind, not the filter, and said "shows all kinds again" wrongly."""
    panel.toggle_readout(True)
    readout = panel.readout
    last_green = _unsorted(doc, Kind.WORKING)[-1]
    readout.show_card(last_green)
    assert readout.put_in_numbered(1)  # on to the next unsorted card: not working
    assert panel.kinds == (Kind.NOT_WORKING,)
    said = []
    undo.said = said.append
    undo._step(panel, lambda: True, back=True)  # Ctrl+Z, as the Edit menu's Undo steps
    assert last_green not in doc.themes_of_card()
    assert panel.kinds == (Kind.NOT_WORKING,)
    assert said and "all kinds again" not in said[0]
