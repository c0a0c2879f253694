"""Adding, editing and deleting cards on the Collect page (each undone), with the guard's
findings, and statements brought in from a file or pasted."""

from __future__ import annotations

from collect_fixtures import save_render
from collect_helpers import import_from_the_page, shown_ids
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from wtfc.model.workshop import Kind


def test_add_a_card_runs_the_guard(page, doc, undo):
    page.add_card()
    dialog = page.card_dialog
    dialog.kind_box.setCurrentIndex(dialog.kind_box.findData(Kind.NOT_WORKING.value))
    dialog.words.setPlainText("My carer Betty is always late")
    dialog.person.setText("Smith")  # a name, not a code
    save_button = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    assert not save_button.isEnabled()
    assert "never a name" in dialog.verdict.text()
    dialog.person.setText("P09")
    assert save_button.isEnabled()
    assert "Betty" in dialog.verdict.text()
    save_render(dialog, "collect_add_card")
    dialog.accept()
    card = doc.workshop.cards[-1]
    assert (card.kind, card.text, card.person) == (
        Kind.NOT_WORKING,
        "My carer Betty is always late",
        "P09",
    )
    assert [d.text for d in card.personal_details] == ["Betty"] and card.held_back
    assert page.selected_ids() == [card.id]
    undo.stack.undo()
    assert len(doc.workshop.cards) == 6 and doc.get("people", "P09") is None


def test_edit_gives_fresh_findings(page, doc, undo):
    page.select_cards(["c4"])
    page.edit_selected()
    dialog = page.card_dialog
    assert dialog.person.isReadOnly()  # read, not changed: who said it
    dialog.words.setPlainText("The lunch club, ring 07700 900456")
    dialog.accept()
    assert doc.card("c4").text == "The lunch club, ring 07700 900456"
    assert doc.card("c4").held_back
    undo.stack.undo()
    assert doc.card("c4").text == "The lunch club on Tuesdays" and not doc.card("c4").held_back


def test_edit_needs_one_card_and_cancel_changes_nothing(page, doc, undo):
    page.select_cards(["c1", "c3"])
    assert not page.edit_button.isEnabled()
    page.edit_selected()
    assert "Select one card" in page.notice.text() and page.card_dialog is None
    page.select_cards(["c1"])
    page.edit_selected()
    page.card_dialog.reject()
    assert undo.stack.count() == 0


def test_delete_with_the_key_and_undo(qtbot, page, doc, undo):
    page.select_cards(["c1", "c4"])
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert [c.id for c in doc.workshop.cards] == ["c2", "c3", "c5", "c6"]
    assert doc.theme("t1").card_ids == ["c2"]
    undo.stack.undo()
    assert shown_ids(page) == ["c1", "c2", "c3", "c4", "c5", "c6"]


def test_import_from_the_page_and_paste(qtbot, page, doc, monkeypatch, tmp_path):
    from PySide6.QtWidgets import QApplication

    path = tmp_path / "more.csv"
    path.write_text("Person,Kind,Statement\nP40,W,My new walking frame\n", encoding="utf-8")
    dialog = import_from_the_page(qtbot, page, monkeypatch, path)
    assert "My new walking frame" in [c.text for c in doc.workshop.cards]
    assert page.proxy.rowCount() == 7
    dialog.accept()
    assert page.import_dialog is None
    QApplication.clipboard().setText("Person\tKind\tStatement\nP41\tNW\tNo bus on Sundays\n")
    page.open_paste()
    assert "No bus on Sundays" in page.import_dialog.paste_box.toPlainText()
    page.import_dialog.reject()


def test_enter_on_the_table_edits_the_card(qtbot, page):
    page.select_cards(["c4"])
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert page.card_dialog is not None and page.card_dialog.text() == "The lunch club on Tuesdays"
    page.card_dialog.reject()


def test_esc_on_a_typed_card_asks_before_throwing_the_words_away(qtbot, message_boxes):
    """Collect's Add card (and the wall's Edit card, the same dialog): Esc lost the words."""
    from wtfc.ui.card_dialog import CardDialog

    dialog = CardDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.reject()  # nothing typed: closes, no question
    assert not dialog.isVisible() and message_boxes == []
    dialog.show()
    dialog.words.setPlainText("The minibus is always late")
    dialog.reject()  # the question closes with nothing clicked: keep editing
    assert message_boxes == [("asked", "Discard this new card?")]
    assert dialog.isVisible() and dialog.text() == "The minibus is always late"


def test_editing_a_held_back_card_while_its_details_are_hidden_asks_first(page, monkeypatch):
    """Editing shows the card's words, details and all: on a screen that may be projected,
    only when the facilitator says so; shown details need no question."""
    from PySide6.QtWidgets import QMessageBox

    asked = []
    answer = QMessageBox.StandardButton.Cancel
    monkeypatch.setattr(
        QMessageBox, "question", lambda _p, title, text, *a: asked.append(text) or answer
    )
    page.select_cards(["c2"])  # held back: a name
    page.edit_selected()
    assert page.card_dialog is None or not page.card_dialog.isVisible()
    assert "([name])" in asked[0]
    answer = QMessageBox.StandardButton.Yes
    page.edit_selected()
    assert page.card_dialog.isVisible()
    page.card_dialog.done(0)
    page.held_back.set_shown(True)
    page.edit_selected()
    assert len(asked) == 2  # shown on this screen already: no question
