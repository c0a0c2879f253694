"""The Collect page: the table of cards, the filters, adding and editing cards with the guard,
the held-back decisions (redact, mark as fine) and checking again with names to watch for."""

from __future__ import annotations

import pytest
from collect_fixtures import collect_document, collect_workshop, save_render
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDialogButtonBox,
    QLineEdit,
    QPlainTextEdit,
    QTableView,
)

from wtfc.model.workshop import Kind, Workshop
from wtfc.ui.cards_page import CardsPage
from wtfc.ui.cards_table import CARD_ID_ROLE, Column
from wtfc.ui.undo import UndoAdapter


@pytest.fixture
def doc():
    return collect_document()



@pytest.fixture
def page(show, doc, undo):
    return show(CardsPage(doc, undo), 1500, 720)


def shown_ids(page) -> list[str]:
    return [page.proxy.index(r, 0).data(CARD_ID_ROLE) for r in range(page.proxy.rowCount())]


def filter_by(qtbot, page, words: str) -> None:
    """Type-like: the words go in, and the table filters after the pause in typing."""
    page.filter_box.setText(words)
    qtbot.waitUntil(lambda: not page.filters.waiting, timeout=2000)


def cell(page, card_id: str, column: Column) -> str:
    row = shown_ids(page).index(card_id)
    return page.proxy.index(row, column).data()


def test_every_card_shows_kind_words_person_and_flagged_words(page):
    save_render(page, "collect_page")
    assert shown_ids(page) == ["c1", "c2", "c3", "c4", "c5", "c6"]
    assert cell(page, "c1", Column.KIND) == "✗ Not working"
    assert cell(page, "c3", Column.KIND) == "✓ Working"
    assert cell(page, "c6", Column.KIND) == "★ Future"
    assert cell(page, "c3", Column.TAGS) == "South, Home care"
    assert cell(page, "c1", Column.THEMES) == "1" and cell(page, "c4", Column.THEMES) == "0"
    assert cell(page, "c2", Column.DETAILS) == "⚠ [name]"
    assert cell(page, "c5", Column.DETAILS) == "⚠ [phone]"
    assert cell(page, "c1", Column.DETAILS) == ""
    # each count stays whole when the heading wraps on a small screen ("⚠ 2 held / back")
    assert "⚠\u00a02\u00a0held\u00a0back" in page.summary.text()
    assert "✗\u00a0Not\u00a0working\u00a0" in page.summary.text()
    assert page.held_back_only.text() == "Only cards held bac&k (2)"


def test_held_back_details_are_hidden_until_the_facilitator_shows_them(qtbot, page):
    """The laptop's screen may be mirrored on the projector: a held-back card's found words
    are placeholders in its row until "Show held-back details" is ticked."""
    assert cell(page, "c2", Column.WORDS) == "[name] never comes on time"
    assert "Mrs Jones" not in cell(page, "c2", Column.DETAILS)
    tip = page.proxy.index(shown_ids(page).index("c2"), Column.DETAILS).data(
        Qt.ItemDataRole.ToolTipRole)
    assert "Mrs Jones" not in tip and "hidden on this screen" in tip
    filter_by(qtbot, page, "jones")  # the filter finds only what is shown
    assert shown_ids(page) == []
    filter_by(qtbot, page, "")

    page.show_held_back.setChecked(True)
    assert page.held_back.shown
    assert cell(page, "c2", Column.WORDS) == "Mrs Jones never comes on time"
    assert cell(page, "c2", Column.DETAILS) == "⚠ Mrs Jones"
    assert cell(page, "c5", Column.DETAILS) == "⚠ 07700 900123"
    filter_by(qtbot, page, "jones")
    assert shown_ids(page) == ["c2"]
    filter_by(qtbot, page, "")

    page.held_back.set_shown(False)  # hidden again from the window's menu: the box follows
    assert not page.show_held_back.isChecked()
    assert cell(page, "c2", Column.WORDS) == "[name] never comes on time"
    assert cell(page, "c3", Column.WORDS) == next(
        c.text for c in page.doc.workshop.cards if c.id == "c3")  # others never change


def test_a_sorted_table_keeps_the_chosen_card_and_follows_edits(page, doc, undo):
    from wtfc.model.operations.cards import edit_card

    page.table.sortByColumn(Column.WORDS, Qt.SortOrder.AscendingOrder)
    words = [cell(page, c, Column.WORDS) for c in shown_ids(page)]
    assert words == sorted(words, key=str.casefold)
    assert shown_ids(page)[0] == "c2"  # "[name] never comes…": what is shown is sorted
    page.select_cards(["c4"])
    page.table.sortByColumn(Column.WORDS, Qt.SortOrder.DescendingOrder)
    assert shown_ids(page)[0] == "c4" and page.selected_ids() == ["c4"]  # "The lunch club…"
    undo.push(edit_card(doc, card_id="c1", text="Zero carers came"))  # now first, descending
    assert shown_ids(page)[0] == "c1"
    undo.stack.undo()
    assert shown_ids(page)[0] == "c4" and shown_ids(page)[-1] == "c2"
    undo.stack.redo()
    assert shown_ids(page)[0] == "c1" and page.selected_ids() == ["c4"]
    page.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the workshop's own order
    assert shown_ids(page) == ["c1", "c2", "c3", "c4", "c5", "c6"]


def test_sort_by_a_heading_and_filter(qtbot, page):
    page.table.sortByColumn(Column.KIND, Qt.SortOrder.AscendingOrder)
    assert shown_ids(page)[:2] == ["c1", "c2"] and set(shown_ids(page)[2:4]) == {"c3", "c4"}
    page.table.sortByColumn(Column.DETAILS, Qt.SortOrder.AscendingOrder)
    assert set(shown_ids(page)[:2]) == {"c2", "c5"}
    page.held_back_only.setChecked(True)
    assert sorted(shown_ids(page)) == ["c2", "c5"]
    page.held_back_only.setChecked(False)
    filter_by(qtbot, page, "home")  # words or tags
    assert sorted(shown_ids(page)) == ["c3", "c6"]
    filter_by(qtbot, page, "")
    page.kind_filter.setCurrentIndex(page.kind_filter.findData(Kind.FUTURE.value))
    assert shown_ids(page) == ["c5", "c6"]


def test_redact_in_one_click_then_undo_and_redo(page, doc, undo):
    page.select_cards(["c2"])
    assert page.redact_button.isEnabled() and page.fine_button.isEnabled()
    page.redact_button.click()
    assert doc.card("c2").text == "[name] never comes on time"
    assert not doc.card("c2").held_back
    assert cell(page, "c2", Column.DETAILS) == ""
    assert page.held_back_only.text() == "Only cards held bac&k (1)"
    undo.stack.undo()
    assert doc.card("c2").text == "Mrs Jones never comes on time" and doc.card("c2").held_back
    undo.stack.redo()
    assert doc.card("c2").text == "[name] never comes on time"


def test_redact_several_cards_is_one_step(page, doc, undo):
    page.select_cards(["c2", "c5", "c1"])
    page.redact_button.click()
    assert doc.card("c5").text == "Ring me on [phone] before you come"
    assert undo.stack.count() == 1
    undo.stack.undo()
    assert doc.card("c2").held_back and doc.card("c5").held_back


def test_mark_as_fine_keeps_the_words_and_shows_it(page, doc, undo):
    page.held_back_only.setChecked(True)
    page.select_cards(["c5"])
    page.fine_button.click()
    assert doc.card("c5").details_cleared and not doc.card("c5").held_back
    assert shown_ids(page) == ["c2"]  # no longer held back: out of the filtered list
    page.held_back_only.setChecked(False)
    assert cell(page, "c5", Column.DETAILS) == "Marked fine: 07700 900123"
    undo.stack.undo()
    assert doc.card("c5").held_back


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
    assert (card.kind, card.text, card.person) == (Kind.NOT_WORKING,
                                                   "My carer Betty is always late", "P09")
    assert [d.text for d in card.personal_details] == ["Betty"] and card.held_back
    assert page.selected_ids() == [card.id]
    undo.stack.undo()
    assert len(doc.workshop.cards) == 6 and doc.get("people", "P09") is None


def test_edit_gives_fresh_findings(page, doc, undo):
    page.select_cards(["c4"])
    page.edit_selected()
    dialog = page.card_dialog
    assert not dialog.person.isEnabled()
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


def test_names_to_watch_for_check_all_cards_again(page, doc, undo):
    assert not doc.card("c3").held_back
    page.names_box.setPlainText("Grimshaw\nMrs Jones, Dennis")
    assert page.names() == ["Grimshaw", "Mrs Jones", "Dennis"]
    page.check_button.click()
    assert doc.card("c3").held_back
    assert cell(page, "c3", Column.DETAILS) == "⚠ [name]"  # hidden until shown
    assert "Grimshaw" not in cell(page, "c3", Column.WORDS)
    page.show_held_back.setChecked(True)
    assert cell(page, "c3", Column.DETAILS) == "⚠ Grimshaw"
    assert "3 held back now (was 2)" in page.check_result.text()
    assert undo.stack.count() == 1
    undo.stack.undo()
    assert not doc.card("c3").held_back
    undo.stack.redo()
    assert doc.card("c3").held_back
    page.check_button.click()  # nothing new: no second step
    assert undo.stack.count() == 1 and "no change" in page.check_result.text()


def test_names_are_not_in_the_workshop_file(page, doc):
    page.names_box.setPlaceholderText("")
    page.names_box.setPlainText("Grimshaw")
    page.check_button.click()
    saved = doc.workshop.model_dump_json()
    # only the flag on the card that holds it: the list itself is nowhere
    assert saved.count("Grimshaw") == 2  # the card's words and its finding


def test_opening_another_workshop_rebuilds(page, doc):
    page.select_cards(["c1"])
    doc.replace_workshop(Workshop(title="Empty"))
    assert page.proxy.rowCount() == 0
    assert "No cards yet" in page.summary.text()
    doc.replace_workshop(collect_workshop())
    assert page.proxy.rowCount() == 6


def test_read_only_hides_every_edit(qtbot, doc):
    undo = UndoAdapter(doc)
    undo.read_only = True
    page = CardsPage(doc, undo)
    qtbot.addWidget(page)
    page.select_cards(["c2"])
    for button in (page.import_button, page.paste_button, page.add_button, page.edit_button,
                   page.delete_button, page.redact_button, page.fine_button,
                   page.check_button):
        assert not button.isEnabled()


def test_import_from_the_page_and_paste(qtbot, page, doc, monkeypatch, tmp_path):
    from PySide6.QtWidgets import QApplication, QFileDialog

    path = tmp_path / "more.csv"
    path.write_text("Person,Kind,Statement\nP40,W,My new walking frame\n", encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    page.open_import()
    dialog = page.import_dialog
    qtbot.waitUntil(lambda: dialog.stage == "confirm", timeout=10_000)
    dialog.import_now()
    qtbot.waitUntil(lambda: dialog.stage == "report", timeout=10_000)
    assert "My new walking frame" in [c.text for c in doc.workshop.cards]
    assert page.proxy.rowCount() == 7
    dialog.accept()
    assert page.import_dialog is None
    QApplication.clipboard().setText("Person\tKind\tStatement\nP41\tNW\tNo bus on Sundays\n")
    page.open_paste()
    assert "No bus on Sundays" in page.import_dialog.paste_box.toPlainText()
    page.import_dialog.reject()


def test_every_control_has_an_accessible_name(page):
    kinds = (QAbstractButton, QComboBox, QLineEdit, QPlainTextEdit, QTableView)
    # Qt's own parts (a line edit's clear button, the table's corner) are named by Qt.
    unnamed = [w for kind in kinds for w in page.findChildren(kind)
               if not w.accessibleName() and not isinstance(w.parent(), QLineEdit | QTableView)]
    assert [type(w).__name__ for w in unnamed] == []


def test_names_to_watch_for_reach_the_import(qtbot, page, doc, monkeypatch, tmp_path):
    from PySide6.QtWidgets import QFileDialog

    page.names_box.setPlainText("Grimshaw")
    path = tmp_path / "more.csv"
    path.write_text("Person,Kind,Statement\nP40,W,Young Grimshaw cuts my grass\n",
                    encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    page.open_import()
    dialog = page.import_dialog
    qtbot.waitUntil(lambda: dialog.stage == "confirm", timeout=10_000)
    dialog.import_now()
    qtbot.waitUntil(lambda: dialog.stage == "report", timeout=10_000)
    card = doc.workshop.cards[-1]
    assert card.held_back and [d.text for d in card.personal_details] == ["Grimshaw"]
    assert "1 held back to check" in dialog.report_heading.text()
    dialog.reject()


def test_enter_on_the_table_edits_the_card(qtbot, page):
    page.select_cards(["c4"])
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert page.card_dialog is not None and page.card_dialog.text() == "The lunch club on Tuesdays"
    page.card_dialog.reject()


def test_the_words_column_stays_readable_on_a_small_screen(page):
    """On a 1366-wide laptop the other columns left the words 34 px: now the words keep room
    to be read and the table scrolls sideways to the rest."""
    from wtfc.ui.cards_table import Column

    page.resize(1100, 700)
    assert page.table.columnWidth(Column.WORDS) >= 380
    page.resize(2400, 900)
    others = sum(page.table.columnWidth(c) for c in Column if c != Column.WORDS)
    assert page.table.columnWidth(Column.WORDS) == page.table.viewport().width() - others


def test_why_a_card_is_held_back_shows_without_scrolling_on_a_laptop(show, doc, undo):
    """At 1366×768 the Collect page is about 1130 wide: the flagged words used to be the
    seventh column, past Source, and the row only tinted."""
    page = show(CardsPage(doc, undo), 1130, 690)
    viewport = page.table.viewport().rect()
    for card_id in ("c2", "c5"):
        row = shown_ids(page).index(card_id)
        for column in (Column.KIND, Column.WORDS, Column.PERSON, Column.DETAILS):
            assert viewport.contains(page.table.visualRect(page.proxy.index(row, column)))
    # read right after the words they are about, who said them first (test_cards_narrow)
    assert (Column.PERSON, Column.DETAILS) == (Column.WORDS + 1, Column.WORDS + 2)
    # not by colour alone: a held-back card's first cell says so too
    assert cell(page, "c2", Column.KIND) == "⚠ ✗ Not working"
    assert cell(page, "c5", Column.KIND) == "⚠ ★ Future"
    assert cell(page, "c1", Column.KIND) == "✗ Not working"
    row = shown_ids(page).index("c2")
    spoken = page.proxy.index(row, Column.KIND).data(Qt.ItemDataRole.AccessibleTextRole)
    assert spoken == "Kind: Not working, held back"
    save_render(page, "collect_page_laptop")


def test_the_names_box_hint_does_not_look_like_names_already_entered(page):
    """Three names on three lines, greyed, read as a list someone had pasted already."""
    hint = page.names_box.placeholderText()
    assert hint == "One a line, e.g. Mrs Jones"
    assert page.names_box.fontMetrics().horizontalAdvance(hint) < 225  # one line at 1366
    assert page.names_box.toPlainText() == "" and page.names() == []


def test_the_filter_follows_edits_to_words_and_kinds(qtbot, page, doc, undo):
    """The filter keeps each card's words to search (asking every cell on every keystroke took
    seconds at 10,000 cards): an edit must still show at once, and its undo."""
    from wtfc.model.operations.cards import edit_card

    filter_by(qtbot, page, "Allotment")
    assert shown_ids(page) == []
    undo.push(edit_card(doc, card_id="c4", text="My allotment keeps me going"))
    assert shown_ids(page) == ["c4"]
    filter_by(qtbot, page, "future")  # the Kind column's words count too
    future = set(shown_ids(page))
    assert "c4" not in future
    undo.push(edit_card(doc, card_id="c4", kind=Kind.FUTURE))
    assert set(shown_ids(page)) == future | {"c4"}
    undo.stack.undo()
    assert set(shown_ids(page)) == future


def test_a_sorted_table_scrolls_to_the_chosen_card_when_an_edit_moves_it(show, undo):
    from wtfc.model.document import Document
    from wtfc.model.operations.cards import edit_card
    from wtfc.model.workshop import Card

    doc = Document(Workshop(cards=[Card(id=f"k{i:03}", kind=Kind.WORKING,
                                        text=f"Card {i:03} about the day centre")
                                   for i in range(200)]))
    page = show(CardsPage(doc, UndoAdapter(doc)), 1200, 600)
    page.table.sortByColumn(Column.WORDS, Qt.SortOrder.AscendingOrder)
    page.select_cards(["k000"])
    page.undo.push(edit_card(doc, card_id="k000", text="Zzz, my carer never comes"))
    current = page.table.currentIndex()
    assert current.data(CARD_ID_ROLE) == "k000" and current.row() == 199
    assert page.table.viewport().rect().intersects(page.table.visualRect(current))


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
    monkeypatch.setattr(QMessageBox, "question",
                        lambda _p, title, text, *a: asked.append(text) or answer)
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


@pytest.mark.parametrize("width", [675, 727])
def test_on_a_laptop_at_150_percent_the_buttons_and_filter_are_whole(qtbot, doc, undo, width):
    """A 1366×768 laptop at 150% (911 logical pixels wide) leaves the page ~675-727 px: the
    seven buttons in one row read "ort statemer", "te from Exc", "Mark as fin" and the filter
    box "Fil…". The groups now go onto a second row."""
    from PySide6.QtWidgets import QPushButton, QWidget

    window = QWidget()  # as the main window's stage page: squeezed below its own wish
    qtbot.addWidget(window)
    page = CardsPage(doc, undo, window)
    page.setGeometry(0, 0, width, 493)
    window.resize(width, 493)
    window.show()
    qtbot.waitExposed(window)
    shown = [b for b in page.findChildren(QPushButton) if b.isVisible() and b.text()]
    assert {page.import_button, page.paste_button, page.fine_button} <= set(shown)
    for widget in (*shown, page.filter_box, page.kind_filter, page.held_back_only,
                   page.show_held_back):
        place = widget.mapTo(page, widget.rect().topRight())
        assert widget.width() >= widget.sizeHint().width(), widget.accessibleName()
        assert 0 <= place.x() < width, widget.accessibleName()
    hint = page.filter_box.placeholderText()
    assert page.filter_box.width() > page.filter_box.fontMetrics().horizontalAdvance(hint)
    # the rows below the buttons start below them, not over them
    assert page.filter_box.mapTo(page, page.filter_box.rect().topLeft()).y() > \
        page.fine_button.mapTo(page, page.fine_button.rect().bottomLeft()).y()
    assert page.table.mapTo(page, page.table.rect().topLeft()).y() > \
        page.show_held_back.mapTo(page, page.show_held_back.rect().bottomLeft()).y()


def test_the_count_wraps_after_the_comma_of_cards_with_no_person(show, undo):
    """"96 cards from 16 people, 10 with no person recorded" was one unbreakable run, cut at
    150% scaling on a 1366×768 laptop."""
    ws = collect_workshop()
    doc = type(collect_document())(ws.model_copy(update={"cards": [
        c.model_copy(update={"person": ""}) if i % 2 else c for i, c in enumerate(ws.cards)]}))
    page = show(CardsPage(doc, undo), 1500, 720)
    text = page.summary.text()
    assert "with\u00a0no\u00a0person\u00a0recorded" in text
    assert ", " in text  # a place to wrap after the comma


def test_a_wrapped_count_line_never_starts_with_its_separator(page):
    """At 150% on a 1366×768 laptop the count beside the heading takes two or three lines;
    a line began "· ✗ Not working 32". Each "·" keeps to the count before it, at any width."""
    from PySide6.QtGui import QTextDocument

    layout = QTextDocument()
    layout.setDefaultFont(page.summary.font())
    layout.setHtml(page.summary.text())
    for width in range(240, 700, 4):  # (narrower, a count alone is wider than the line)
        layout.setTextWidth(width)
        layout.size()  # laid out now
        block = layout.begin()
        text, lines = block.text(), block.layout()
        for n in range(lines.lineCount()):
            assert not text[lines.lineAt(n).textStart():].lstrip().startswith("·"), width
