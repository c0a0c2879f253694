"""Read-out mode: one card large, next/previous, one keystroke to put it in a theme."""

from __future__ import annotations

from PySide6.QtCore import Qt

from wtfc.model.workshop import Kind


def _readout(panel, kind=Kind.NOT_WORKING):
    if kind is not None:
        panel.set_kinds([kind])  # the room works through one kind at a time
    panel.toggle_readout(True)
    assert panel.readout_active()
    return panel.readout


def test_read_out_starts_at_the_first_unsorted_card_and_skips_held_back(panel):
    readout = _readout(panel, None)
    panel.set_kinds(list(Kind))
    assert readout.card_id == "w2"  # green first, as the method does
    readout.set_kinds([Kind.NOT_WORKING])
    assert readout.card_id == "n5"  # n6 is held back: never read out
    assert "n6" not in [c.id for c in readout.sequence()]
    assert "held back" in readout.held_note.text()


def test_typing_a_theme_name_and_enter_puts_the_card_there(panel, doc, undo, qtbot):
    readout = _readout(panel)
    qtbot.keyClicks(readout.theme_box, "never know")
    assert readout.matches.currentItem().text().endswith("I never know who is coming  (2)")
    qtbot.keyClick(readout.theme_box, Qt.Key.Key_Return)
    assert "n5" in doc.theme("staff").card_ids
    assert readout.card_id != "n5"  # on to the next unsorted card
    undo.stack.undo()
    assert "n5" not in doc.theme("staff").card_ids


def test_typing_a_new_name_makes_a_new_theme(panel, doc, qtbot):
    readout = _readout(panel)
    qtbot.keyClicks(readout.theme_box, "I feel alone at night")
    qtbot.keyClick(readout.theme_box, Qt.Key.Key_Return)
    theme = next(t for t in doc.workshop.themes if t.name == "I feel alone at night")
    assert theme.card_ids == ["n5"]


def test_alt_number_is_one_keystroke(panel, doc, qtbot):
    readout = _readout(panel)
    qtbot.keyClick(readout.theme_box, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)
    assert "n5" in doc.theme("package").card_ids


def test_next_and_previous(panel, qtbot):
    readout = _readout(panel)
    assert readout.card_id == "n5"  # the last not-working card that may be read out
    readout.step(1)
    assert readout.card_id == "n5"  # stays at the end
    readout.step(-1)
    assert readout.card_id == "n4"
    readout.step(1)
    assert readout.card_id == "n5"


def test_enter_on_a_wall_card_opens_it_large(panel, qtbot):
    panel.view.setFocus()
    panel.view.focus_card(panel.scene.cards[("n1", "package")])
    qtbot.keyClick(panel.view, Qt.Key.Key_Return)
    assert panel.readout_active() and panel.readout.card_id == "n1"
    assert panel.readout.card.card.text == "Different carers every week"


def test_alt_number_in_read_out_is_the_theme_with_that_number_on_the_wall(panel, doc, qtbot):
    """The wall, the outline and the read-out list say the same numbers: while reading out, the
    wall shows the card's kind (the method reads one colour at a time), so its themes are 1, 2…
    there and in the list (on All kinds the second and third colours ran out of Alt+1…9)."""
    readout = _readout(panel, None)  # all kinds chosen
    readout.show_card("n5")
    assert panel.kinds == (Kind.NOT_WORKING,)
    wall_number = {theme_id: int(block.title.split(".")[0])
                   for theme_id, block in panel.scene.blocks.items()
                   if block.theme_id and block.title[:1].isdigit() and block.isVisible()}
    listed = [readout.matches.item(r) for r in range(readout.matches.count())]
    labels = {item.data(Qt.ItemDataRole.UserRole): item.text() for item in listed}
    assert labels["package"].startswith(f"Alt+{wall_number['package']}  I feel like a package")
    assert labels["staff"].startswith(f"Alt+{wall_number['staff']}  I never know")
    assert wall_number == {"package": 1, "staff": 2}
    readout.theme_box.setFocus()
    qtbot.keyClick(readout.theme_box, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    assert doc.themes_of_card()["n5"] == ["staff"]  # Alt+2: the theme headed "2." on the wall


def test_read_out_with_no_card_says_why(qtbot, show, panel, doc, undo):
    """It said "All cards are in themes" on a workshop with no cards, and when the wall's
    filter showed a kind with none."""
    from wtfc.model.document import Document
    from wtfc.model.workshop import Card, Workshop
    from wtfc.ui.undo import UndoAdapter
    from wtfc.ui.wall import WallPanel

    def said(readout):
        readout.card.grab()  # paints the words it says
        return readout.card.accessibleDescription()

    empty = Document(Workshop())
    empty_panel = show(WallPanel(empty, UndoAdapter(empty)), 1200, 800)
    empty_panel.toggle_readout(True)
    assert said(empty_panel.readout) == "No cards yet: bring them in on 2 Collect (Ctrl+2)."

    working_only = Document(Workshop(cards=[Card(id="w", kind=Kind.WORKING, text="Lunch club")]))
    filtered = show(WallPanel(working_only, UndoAdapter(working_only)), 1200, 800)
    filtered.set_kinds([Kind.FUTURE])
    filtered.toggle_readout(True)
    assert filtered.readout.card.empty_text == "No ★ Future cards: F5 shows every kind."
    assert said(filtered.readout) == "No Future cards: F5 shows every kind."  # not "black star"
    filtered.set_kinds(list(Kind))
    assert filtered.readout.card.card.text == "Lunch club"

    readout = _readout(panel)  # not working: n5 unsorted, n6 held back and unsorted
    assert readout.put_in_theme("staff")
    assert readout.card_id is None
    assert said(readout) == ("The cards not yet in a theme are held back for personal "
                             "details: check them on the wall.")
    panel.gestures.mark_fine(["n6"])
    assert readout.card_id == "n6"  # let through while nothing was shown: shown now
    assert readout.put_in_theme("package")
    assert said(readout) == "All Not working cards are in themes"
    assert readout.card.empty_text == "All ✗ Not working cards are in themes"


def test_the_held_back_note_wraps_rather_than_lose_its_end_on_a_narrow_screen(show, doc, undo):
    """At 150% scaling on a 1366×768 laptop the page is ~700 px wide: "…: check them" lost
    "on the wall"."""
    from wtfc.ui.wall import WallPanel

    panel = show(WallPanel(doc, undo), 700, 600)
    readout = _readout(panel)
    note = readout.held_note
    assert "on the wall" in note.text()
    assert note.wordWrap() and note.heightForWidth(note.width()) <= note.height()


def test_the_card_shown_deleted_elsewhere_moves_read_out_on_to_the_next(panel, doc, undo):
    """Deleted on Collect while read-out showed it: read-out gave a reason for having no card
    ("…held back…" or "All cards are in themes") with unsorted cards still to read."""
    from wtfc.model.operations.cards import delete_cards

    readout = _readout(panel, None)
    panel.set_kinds(list(Kind))
    shown = readout.card_id
    undo.push(delete_cards(doc, card_ids=[shown]))
    assert readout.card_id not in (None, shown)
    assert readout.current_card() is not None
