"""Words a facilitator typed are shown exactly as typed in the Edit menu, message boxes, the
Collect table's tooltips and the import's fill-down offer. The Undo item read "Undo Rename theme
to 'Tom J̲erry _<b>friends</b>'" (a menu takes "&" as its key), and "I get <b>no</b> help" showed
a bold "no" in a refusal box, a card's tip, and an export question; a sheet's heading
"Ref no. <b>R&D</b>" showed as a bold "R&D" on the import's pages."""

from __future__ import annotations

import csv
import datetime as dt

import pytest
from collect_fixtures import collect_document
from import_fixtures import shown_dialog, wait_for
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QComboBox, QMenu, QMessageBox

from tests.ui.renders import save_render
from tests.ui.shown_words import as_shown
from wtfc.model.document import Document
from wtfc.model.operations.cards import edit_card
from wtfc.model.operations.themes import rename_theme
from wtfc.model.workshop import Card, Kind, Workshop

BOLD = "I get <b>no</b> help"
TOM = "Tom &Jerry & <b>friends</b>"




def test_the_undo_and_redo_items_name_a_step_with_its_and_as_typed(qtbot, demo_window):
    w = demo_window
    theme = w.doc.workshop.themes[0]
    w.undo.push(rename_theme(w.doc, theme_id=theme.id, name=TOM))
    step = w.undo.stack.undoText()
    assert TOM in step
    # the menu shows "&&" as "&"; the item's key stays Alt+U (U underlined), no other letter
    assert w.undo_action.text() == f"&Undo {step.replace('&', '&&')}"
    assert w.undo_action.iconText() == f"Undo {step}"  # the words as the menu draws them
    assert QKeySequence.mnemonic(w.undo_action.text()).matches(QKeySequence("Alt+U")) == \
        QKeySequence.SequenceMatch.ExactMatch
    menu = next(m for m in w.menuBar().findChildren(QMenu) if m.title().replace("&", "") == "Edit")
    menu.popup(w.mapToGlobal(w.rect().center()))
    qtbot.waitUntil(menu.isVisible)
    save_render(menu, "undo_menu_and_as_typed")
    menu.hide()
    w.undo.stack.undo()
    assert w.redo_action.iconText() == f"Redo {step}"
    w.undo.stack.redo()
    assert w.doc.get("themes", theme.id).name == TOM


def test_a_refused_edit_box_quotes_the_words_as_typed(qtbot, monkeypatch):
    doc = Document(Workshop(cards=[Card(id="c1", kind=Kind.WORKING, text="A")]))
    from wtfc.model.operations.themes import create_theme
    from wtfc.ui.undo import UndoAdapter

    undo = UndoAdapter(doc)
    undo.push(create_theme(doc, kind=Kind.WORKING, name=BOLD))
    undo.push(create_theme(doc, kind=Kind.WORKING, name="Tom & Jerry"))
    second = doc.workshop.themes[1]
    said: list[str] = []

    def information(parent, title, text, *args, **kwargs):
        said.append(text)  # drawn as the static function draws it, and kept to look at
        box = QMessageBox(QMessageBox.Icon.Information, title, text)
        qtbot.addWidget(box)
        box.show()
        save_render(box, "refused_box_as_typed")
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "information", information)
    assert not undo.try_push(lambda: rename_theme(doc, theme_id=second.id, name=BOLD))
    assert len(said) == 1 and f"'{BOLD}'" in as_shown(said[0])
    assert "\n" not in as_shown(said[0]).strip()  # one paragraph, as before


def test_a_cards_tooltip_in_collect_shows_its_words_as_typed(qapp):
    from wtfc.ui.cards_table import CardsModel, Column

    words = f"Tom & Jerry: {BOLD}\nsecond line"
    doc = Document(Workshop(cards=[Card(id="c1", kind=Kind.WORKING, text="x"),
                                   Card(id="c2", kind=Kind.FUTURE, text="Tom & Jerry")]))
    edit = edit_card(doc, card_id="c1", text=words)
    edit.do(doc)
    model = CardsModel(doc)
    tip = model.index(0, Column.WORDS).data(Qt.ItemDataRole.ToolTipRole)
    assert as_shown(tip) == words  # its line break kept too
    assert model.index(1, Column.WORDS).data(Qt.ItemDataRole.ToolTipRole) == "Tom & Jerry"
    edit.undo(doc)
    model = CardsModel(doc)
    assert model.index(0, Column.WORDS).data(Qt.ItemDataRole.ToolTipRole) == "x"


def test_an_export_question_quotes_the_words_as_typed(qapp, monkeypatch):
    from wtfc.ui.export_questions import confirm_same_as_last_time

    scope = f"Bed & Breakfast: {BOLD}"
    now = Workshop(scope=scope, date=dt.date(2026, 11, 30))
    then = Workshop(scope=scope, date=dt.date(2026, 3, 1))
    asked: list[str] = []

    def question(_parent, _title, text, *args, **kwargs):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    assert confirm_same_as_last_time(None, key="report", workshop=now, names=(), previous=then)
    shown = as_shown(asked[0])
    assert f"(“{scope}”)" in shown and shown.endswith("\n\nExport the report as it is?")


def test_a_kind_value_is_named_as_written_in_its_boxs_tip(qtbot):
    from wtfc.model.kind_values import KindValues
    from wtfc.ui.import_kind_values import KindValuesBox
    from wtfc.ui.import_screen_words import ScreenWords

    box = KindValuesBox()
    qtbot.addWidget(box)
    box.fill([f"<b>Good</b> & {BOLD}"], KindValues({}), ScreenWords())
    [value_box] = [w for w in box.findChildren(QComboBox) if w.property("kind_value")]
    assert as_shown(value_box.toolTip()) == f"What cards marked '<b>Good</b> & {BOLD}' are"
    # and the label before its box: plain text, its "&" shown and no Alt key taken
    from PySide6.QtWidgets import QLabel

    [label] = [w for w in box.findChildren(QLabel) if w.buddy() is value_box]
    assert label.textFormat() == Qt.TextFormat.PlainText
    assert label.text().replace("&&", "&") == f"“<b>Good</b> & {BOLD}” means:"
    assert "&&" in label.text()


@pytest.fixture
def doc():
    return collect_document()


HEAD = "Ref no. <b>R&D</b>"


def test_a_sheets_heading_is_shown_as_typed_on_the_fill_down_offer(qtbot, doc, undo, tmp_path):
    from wtfc.importing.mapping import Field
    from wtfc.ui.import_fill_offer import fill_note

    rows = [[HEAD, "Kind", "Statement"]]
    for person in range(1, 5):
        for k, kind in enumerate(("Working", "Not working", "Future")):
            rows.append([f"R{person:02d}" if k == 0 else "", kind,
                         f"Person {person} says thing {k + 1}"])
    rows[1][2] = BOLD  # a cell as written, in the preview's tip too
    path = tmp_path / "reviews.csv"
    with path.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows(rows)
    dialog = shown_dialog(qtbot, doc, undo)
    dialog.fit_to_screen(QRect(0, 0, 1366, 728))
    dialog.load_file(path)
    wait_for(qtbot, dialog, "mapping")  # the heading is not known: the columns are asked
    step = dialog.mapping_step
    assert f"Row 1: {HEAD}" in as_shown(step.heading_box.toolTip())  # the headings row, whole
    cell = next(step.grid.item(r, c) for r in range(step.grid.rowCount())
                for c in range(step.grid.columnCount())
                if step.grid.item(r, c) and step.grid.item(r, c).text() == BOLD)
    assert as_shown(cell.toolTip()) == BOLD
    offer = step.person_offer  # the column of codes is offered as the person, by its heading
    assert offer.isVisible() and offer.label.textFormat() == Qt.TextFormat.PlainText
    assert f"“{HEAD}” looks like person codes" in offer.label.text()
    step.set_field(0, Field.PERSON)
    offer = step.fill_offer
    qtbot.waitUntil(offer.isVisible)
    save_render(dialog, "fill_offer_heading_as_typed")
    assert offer.label.textFormat() == Qt.TextFormat.PlainText
    assert offer.text().startswith(f"“{HEAD}” is blank on 8 rows")
    # the confirm page's rich words: the heading escaped, the page's own bold kept
    note = fill_note(dialog.source, step.mapping, step.words)
    shown = as_shown(f"Found{note}")
    assert f"“{HEAD}” is blank on 8 rows" in shown and "<b>Check" not in shown
    step.set_field(0, Field.KIND)  # two kind columns: what stops the import names both
    assert step.problems.isVisible() and step.problems.textFormat() == Qt.TextFormat.PlainText
    assert f"'{HEAD}' and 'Kind'" in step.problems.text()
    save_render(dialog, "import_problems_heading_as_typed")
