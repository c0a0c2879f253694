"""Rows copied from a spreadsheet and pasted into Add card's words (review 32 R2 R2): they
became one card holding all three statements, their codes and kinds. The paste still goes in,
and a line under the box offers Paste them as cards…, which opens Paste statements from Excel
with those rows."""

from __future__ import annotations

from PySide6.QtCore import QMimeData
from PySide6.QtGui import QGuiApplication
from settled import settle

from wtfc.ui import discard

ROWS = ("P01\tMy carer is kind\tWorking\r\nP02\tThe bus is always late\tNot working\r\n"
        "P03\tI\u00a0miss the lunch club\tNot working\r\n")


def paste(dialog, text: str) -> None:
    data = QMimeData()
    data.setText(text)
    data.setHtml("<table><tr><td>P01</td></tr></table>")  # as Excel copies: ignored
    QGuiApplication.clipboard().setMimeData(data)
    dialog.words.setFocus()
    dialog.words.paste()


def test_rows_pasted_are_offered_as_cards(page):
    cards = len(page.doc.workshop.cards)
    page.add_card()
    dialog = page.card_dialog
    offer = dialog.rows_offer
    assert not offer.isVisible()
    paste(dialog, ROWS)
    assert "P02\tThe bus is always late" in dialog.words.toPlainText()  # the paste went in
    assert offer.isVisible()
    assert offer.words.text() == ("⚠ This looks like 3 rows copied from a spreadsheet. Each "
                                  "should be a card of its own:")
    offer.button.click()
    settle()
    assert page.card_dialog is None  # closed, and freed
    importing = page.import_dialog
    assert importing is not None and importing.isVisible()
    assert importing.stage == "paste"
    assert importing.paste_box.toPlainText().splitlines() == [
        "P01\tMy carer is kind\tWorking", "P02\tThe bus is always late\tNot working",
        "P03\tI miss the lunch club\tNot working"]  # (a box shows a no-break space as one)
    assert len(page.doc.workshop.cards) == cards  # no card of all three
    importing.close()


def test_words_typed_besides_the_rows_are_asked_about(page, monkeypatch):
    asked: list[str] = []
    monkeypatch.setattr(discard, "ask_discard",
                        lambda _parent, what, *, new: asked.append(what) or False)
    page.add_card()
    dialog = page.card_dialog
    dialog.words.setPlainText("My own note: ")
    dialog.words.moveCursor(dialog.words.textCursor().MoveOperation.End)
    paste(dialog, ROWS)
    dialog.rows_offer.button.click()
    assert asked == ["card"]
    assert dialog.isVisible() and page.import_dialog is None  # Keep editing: nothing lost
    dialog.words.setPlainText("")
    dialog.reject()


def test_the_offer_goes_with_the_rows(page):
    page.add_card()
    dialog = page.card_dialog
    paste(dialog, ROWS)
    assert dialog.rows_offer.isVisible()
    dialog.words.undo()
    assert dialog.words.toPlainText() == ""
    assert not dialog.rows_offer.isVisible()
    dialog.reject()


def test_words_from_word_are_one_card(page):
    """Two paragraphs from Word, one with a tab in it: a card's words, nothing offered."""
    page.add_card()
    dialog = page.card_dialog
    paste(dialog, "\u201cMy carer is kind\u201d \u2013 she\u2019s great\r\n"
                  "Second\u000bline\tafter tab\r\n")
    assert not dialog.rows_offer.isVisible()
    dialog.words.setPlainText("")
    dialog.reject()


def test_an_edited_card_is_not_offered(page):
    page.select_cards(["c4"])
    page.edit_selected()
    dialog = page.card_dialog
    paste(dialog, ROWS)
    assert not dialog.rows_offer.isVisible()  # its close would leave the card as it was
    dialog.words.setPlainText(page.doc.card("c4").text)
    dialog.reject()


def test_one_row_pasted_is_offered_as_a_card(page, qtbot):
    """One late row copied from the sheet: its code and kind were in the card's words, the
    kind box left as it was. Offered too, it becomes one card, its code and kind in place."""
    cards = len(page.doc.workshop.cards)
    page.add_card()
    dialog = page.card_dialog
    paste(dialog, "P07\tMy daughter does my shopping\tNot working\r\n")
    offer = dialog.rows_offer
    assert offer.isVisible()
    assert offer.words.text() == ("⚠ This looks like a row copied from a spreadsheet: all its "
                                  "cells would be this card's words.")
    assert offer.button.text() == "Paste it as a ca&rd…"
    offer.button.click()
    settle()
    importing = page.import_dialog
    assert importing.paste_box.toPlainText().splitlines() == [
        "P07\tMy daughter does my shopping\tNot working"]
    importing.read_pasted()
    # no heading row: its columns are shown to check, as for rows pasted without one
    qtbot.waitUntil(lambda: importing.stage == "mapping", timeout=10_000)
    importing.import_now()
    qtbot.waitUntil(lambda: importing.stage == "report", timeout=10_000)
    made = page.doc.workshop.cards[cards:]
    assert [(c.kind.value, c.text, c.person) for c in made] == [
        ("not_working", "My daughter does my shopping", "P07")]
    importing.close()


def test_a_words_paragraph_with_a_tab_is_not_a_row(page):
    """Word's one paragraph with a tab (two cells, a line's end): a card's words."""
    page.add_card()
    dialog = page.card_dialog
    paste(dialog, "Things I like:\tgardening\r\n")
    assert not dialog.rows_offer.isVisible()
    dialog.words.setPlainText("")
    dialog.reject()
