"""The import dialog: the mapping step end to end, the template with no mapping step, paste,
bad files in plain English, one undo step per import, and the File-menu actions."""

from __future__ import annotations

import pytest
from collect_fixtures import LONG_CSV, collect_document, save_render, wide_workbook
from import_fixtures import fill_template, wait_for
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from tests.ui.settled import settle
from wtfc.importing.mapping import Field
from wtfc.importing.template import template_bytes
from wtfc.model.document import Document
from wtfc.model.workshop import Kind
from wtfc.ui.import_dialog import ImportDialog


@pytest.fixture
def doc():
    return collect_document()


@pytest.fixture
def dialog(qtbot, doc, undo):
    widget = ImportDialog(doc, undo)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def texts(doc: Document) -> list[str]:
    return [c.text for c in doc.workshop.cards]


def test_long_csv_mapping_step_change_a_column_map_a_kind_then_one_undo(qtbot, dialog, doc,
                                                                        undo, tmp_path):
    path = tmp_path / "reviews.csv"
    path.write_text(LONG_CSV, encoding="utf-8")
    dialog.load_file(path)
    assert dialog.stage == "reading"  # read in the background, the window stays live
    wait_for(qtbot, dialog, "mapping")
    step = dialog.mapping_step
    # Locality is the person's (People), not each card's
    assert step.preview.fields[:4] == (Field.PERSON, Field.KIND, Field.TEXT,
                                       Field.PERSON_LOCALITY)
    # a facilitator's words: not "Layout: one row per statement (long)"
    assert step.layout_label.text() == "Each row is <b>one statement</b>"
    locality_box = step.field_box(3)
    assert locality_box.currentText() == "Person's locality"
    assert "People, not on each card" in locality_box.itemData(locality_box.currentIndex(),
                                                               Qt.ItemDataRole.ToolTipRole)
    tag_box = step.field_box(4)
    tag = tag_box.findData(Field.TAG.value)
    assert tag_box.itemText(tag) == "Extra detail (kept with the card)"  # not "Tag"
    assert "Tags column" in tag_box.itemData(tag, Qt.ItemDataRole.ToolTipRole)
    # "amber" is not a kind yet: asked about, its row skipped in the live preview
    assert step.preview.unknown_kind_values == ["amber"]
    amber_row = step.grid.item(3, 0).text()
    assert "skipped" in amber_row and "unknown kind" in amber_row
    assert dialog.import_button.isEnabled()
    save_render(dialog, "import_mapping_long")

    # The user makes the reviewer's notes tags too, then says amber means "not working".
    box = step.field_box(4)
    box.setCurrentIndex(box.findData(Field.TAG.value))
    box.activated.emit(box.currentIndex())
    assert step.mapping.fields[4] == Field.TAG
    kind_box = step.kind_box("amber")
    kind_box.setCurrentIndex(kind_box.findData(Kind.NOT_WORKING.value))
    kind_box.activated.emit(kind_box.currentIndex())
    assert step.kind_box("amber") is not None  # stays on show once mapped, to be changed back
    assert "✗ Not working: I wait in all morning" in step.grid.item(3, 0).text()

    before = texts(doc)
    dialog.import_now()
    wait_for(qtbot, dialog, "report")
    added = texts(doc)[len(before):]
    assert added == ["A new carer every week", "My neighbour pops in",
                     "I wait in all morning", "Staying in my own home"]
    wait = next(c for c in doc.workshop.cards if c.text == "I wait in all morning")
    assert wait.kind == Kind.NOT_WORKING and wait.tags == ["phone review"]
    assert doc.get("people", "P02").locality == "South"
    assert "4 cards added from 4 rows" in dialog.report_heading.text()
    report = dialog.report_text.toPlainText()
    assert report.startswith("Imported from reviews.csv.")
    assert "encoding" not in report and "separated by" not in report  # nothing to act on
    assert "Skipped" not in report  # amber was mapped: no row dropped
    save_render(dialog, "import_report")

    assert undo.stack.count() == 1  # the whole import is one step
    undo.stack.undo()
    assert texts(doc) == before
    undo.stack.redo()
    assert texts(doc)[len(before):] == added


def test_mapping_problems_disable_import_in_plain_english(qtbot, dialog, tmp_path):
    path = tmp_path / "reviews.csv"
    path.write_text(LONG_CSV, encoding="utf-8")
    dialog.load_file(path)
    wait_for(qtbot, dialog, "mapping")
    dialog.mapping_step.set_field(1, Field.IGNORE)  # no kind column any more
    assert not dialog.import_button.isEnabled()
    assert "working, not working or for the future" in dialog.mapping_step.problems.text()
    dialog.mapping_step.set_field(1, Field.KIND)
    assert dialog.import_button.isEnabled()


def test_wide_workbook_pick_the_sheet_and_leave_a_column_out(qtbot, dialog, doc, undo,
                                                             tmp_path):
    path = wide_workbook(tmp_path / "reviews.xlsx")
    dialog.load_file(path)
    wait_for(qtbot, dialog, "mapping")
    step = dialog.mapping_step
    assert not step.sheet_box.isHidden()  # two sheets: the picker shows
    assert [step.sheet_box.itemText(i) for i in range(step.sheet_box.count())] == [
        "Cover", "Reviews"]
    step.sheet_box.setCurrentText("Reviews")
    step.sheet_box.activated.emit(1)
    qtbot.waitUntil(lambda: dialog.stage == "mapping" and dialog.source.sheet == "Reviews",
                    timeout=10_000)
    assert step.layout_label.text() == "Each row is <b>one person</b>, a column per kind"
    assert step.preview.fields[:5] == (Field.PERSON, Field.WORKING, Field.WORKING,
                                       Field.NOT_WORKING, Field.FUTURE)
    save_render(dialog, "import_mapping_wide")
    step.set_field(2, Field.IGNORE)  # "Working 2" left out
    before = len(doc.workshop.cards)
    dialog.import_now()
    wait_for(qtbot, dialog, "report")
    added = doc.workshop.cards[before:]
    assert [(c.person, c.kind, c.text) for c in added] == [
        ("P10", Kind.WORKING, "My day centre"),
        ("P10", Kind.NOT_WORKING, "Nobody rings back"),
        ("P10", Kind.FUTURE, "A garden"),
        ("P11", Kind.WORKING, "The bus driver waits for me"),
        ("P11", Kind.NOT_WORKING, "Meals arrive cold"),
        ("P12", Kind.FUTURE, "To see my grandson more"),
    ]
    assert "sheet 'Reviews'" in dialog.report_text.toPlainText()
    undo.stack.undo()
    assert len(doc.workshop.cards) == before
    assert doc.get("people", "P10") is None
    undo.stack.redo()
    assert len(doc.workshop.cards) == before + 6


@pytest.mark.parametrize("suffix", ["xlsx", "csv"])
def test_the_collection_template_imports_with_no_mapping_step(qtbot, dialog, doc, undo,
                                                              tmp_path, suffix):
    path = tmp_path / f"template.{suffix}"
    path.write_bytes(template_bytes(path.suffix))
    fill_template(path, suffix)
    dialog.load_file(path)
    wait_for(qtbot, dialog, "confirm")
    assert "wtfc knows every column heading in <b>template." in dialog.confirm_label.text()
    assert "read as" not in dialog.confirm_label.text()  # the template's own kind words
    assert dialog.import_button.isEnabled()
    if suffix == "xlsx":
        save_render(dialog, "import_confirm_template")
    before = len(doc.workshop.cards)
    dialog.import_now()
    wait_for(qtbot, dialog, "report")
    added = doc.workshop.cards[before:]
    assert [(c.kind, c.text, c.tags) for c in added] == [
        (Kind.WORKING, "My carer knows how I like my tea", []),
        (Kind.NOT_WORKING, "I feel like a package, not a person", []),
        (Kind.FUTURE, "To get out to the shops", []),
    ]  # the role and tags went to the person, on People
    person = doc.get("people", "P20")
    assert (person.voice.label, person.locality, person.service_type, person.age_band) == \
        ("Family carer", "North", "Home care", "75-84")
    undo.stack.undo()
    assert len(doc.workshop.cards) == before


def test_the_confirm_page_says_how_it_read_kind_words_that_are_not_the_kinds_own(
        qtbot, dialog, tmp_path):
    """"Good" became ✓ Working with no word said: a guess is never quiet."""
    path = tmp_path / "reviews.csv"
    path.write_text("Person,Kind,Statement\nP1,Good,The day centre\nP1,NWW,Late carers\n"
                    "P2,Working,My garden\nP2,good,The bus\n", encoding="utf-8")
    dialog.load_file(path)
    wait_for(qtbot, dialog, "confirm")
    text = dialog.confirm_label.text()
    assert ("Kinds are read as: “Good” → ✓ Working · “NWW” → ✗ Not working."
            in text.replace("\u00a0", " "))
    assert "“Working”" not in text  # a kind's own name needs no word


def test_pasted_cells_from_excel(qtbot, dialog, doc):
    dialog.start_paste("Person\tKind\tStatement\nP30\tNW\tThey rush me at breakfast\n"
                       "P30\t✓\tMy garden\n")
    assert dialog.stage == "paste"
    save_render(dialog, "import_paste")
    dialog.read_pasted()
    wait_for(qtbot, dialog, "confirm")
    dialog.import_now()
    wait_for(qtbot, dialog, "report")
    assert [(c.kind, c.text) for c in doc.workshop.cards[-2:]] == [
        (Kind.NOT_WORKING, "They rush me at breakfast"), (Kind.WORKING, "My garden")]


def test_empty_paste_says_so_and_offers_to_paste_again(qtbot, dialog, doc):
    dialog.start_paste("")
    dialog.read_pasted()
    wait_for(qtbot, dialog, "failed")
    assert dialog.failure.text() == "There is nothing to import: the pasted text is empty."
    assert "Paste again" in dialog.retry_button.text()
    dialog.retry_button.click()
    assert dialog.stage == "paste"


@pytest.mark.parametrize("content, words", [
    (b"%PDF-1.4 a report", "is a PDF, not a spreadsheet"),
    (b"PK\x03\x04 not really a workbook at all", "could not be read"),
    (b"", "is empty"),
])
def test_a_broken_file_is_explained_and_changes_nothing(qtbot, dialog, doc, undo, tmp_path,
                                                         content, words):
    path = tmp_path / "reviews.xlsx"
    path.write_bytes(content)
    before = doc.workshop.model_copy(deep=True)
    dialog.load_file(path)
    wait_for(qtbot, dialog, "failed")
    assert words in dialog.failure.text()
    assert "Traceback" not in dialog.failure.text()
    assert doc.workshop == before and undo.stack.count() == 0
    if content.startswith(b"%PDF"):
        save_render(dialog, "import_failed")


def test_statements_already_there_import_nothing_and_say_why(qtbot, dialog, doc, undo,
                                                             tmp_path):
    path = tmp_path / "again.csv"
    path.write_text("Person,Kind,Statement\nP01,NW,Different carers every week\n",
                    encoding="utf-8")
    dialog.load_file(path)
    wait_for(qtbot, dialog, "confirm")
    dialog.import_now()
    wait_for(qtbot, dialog, "confirm")
    assert "already in the workshop" in dialog.confirm_label.text()
    assert undo.stack.count() == 0


def test_choose_file_uses_the_file_dialog_and_cancel_does_nothing(qtbot, dialog, monkeypatch,
                                                                  tmp_path):
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: ("", ""))
    assert dialog.choose_file() is False
    path = tmp_path / "reviews.csv"
    path.write_text(LONG_CSV, encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    assert dialog.choose_file() is True
    wait_for(qtbot, dialog, "mapping")


def test_a_read_only_workshop_imports_nothing(qtbot, dialog, doc, undo, tmp_path):
    undo.read_only = True
    path = tmp_path / "reviews.csv"
    path.write_text(LONG_CSV, encoding="utf-8")
    dialog.load_file(path)
    wait_for(qtbot, dialog, "mapping")
    dialog.import_now()
    assert dialog.stage == "failed" and "read-only" in dialog.failure.text()
    assert undo.stack.count() == 0


def test_export_template_writes_xlsx_or_csv_by_suffix(qtbot, monkeypatch, tmp_path):
    from PySide6.QtWidgets import QWidget

    from wtfc.importing.sources import read_source
    from wtfc.ui.import_actions import export_template

    parent = QWidget()
    qtbot.addWidget(parent)
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: told.append(a[2]))
    for name, chosen in (("t.xlsx", "Excel workbook (*.xlsx)"), ("t.csv", "CSV file (*.csv)"),
                         ("plain", "CSV file (*.csv)")):
        monkeypatch.setattr(QFileDialog, "getSaveFileName",
                            lambda *a, n=name, c=chosen, **k: (str(tmp_path / n), c))
        path = export_template(parent)
        assert path is not None and path.exists()
        assert read_source(path).rows[-1][0] == "Person"  # the heading row comes last
    assert (tmp_path / "plain.csv").exists()
    assert "Send it to the care managers" in told[0]


def test_export_template_failure_is_plain_english(qtbot, monkeypatch, tmp_path):
    from PySide6.QtWidgets import QWidget

    from wtfc.ui.import_actions import export_template

    parent = QWidget()
    qtbot.addWidget(parent)
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warned.append(a[2]))
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(tmp_path / "no such folder" / "t.xlsx"), ""))
    assert export_template(parent) is None
    assert warned == [f"The folder '{tmp_path / 'no such folder'}' does not exist, so "
                      f"'t.xlsx' could not be saved there."]


def test_file_menu_actions_open_the_import_on_the_collect_page(qtbot, monkeypatch, tmp_path):
    from PySide6.QtCore import QSettings

    from wtfc.model.workshop import Stage
    from wtfc.ui.import_actions import file_menu_actions
    from wtfc.ui.main_window import MainWindow

    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path))
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Discard)
    window = MainWindow()
    qtbot.addWidget(window)
    actions = file_menu_actions(window)
    assert [a.text() for a in actions] == ["&Import statements…",
                                           "&Paste statements from Excel…",
                                           "Export collection &template…"]
    assert actions[0].shortcut().toString() == "Ctrl+I"
    path = tmp_path / "reviews.csv"
    path.write_text(LONG_CSV, encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    stage_before = window.doc.workshop.stage
    actions[0].trigger()
    dialog = window.page(Stage.COLLECT).import_dialog
    wait_for(qtbot, dialog, "mapping")
    assert window.doc.workshop.stage == stage_before  # importing does not move the workshop on
    dialog.reject()
    actions[1].trigger()
    assert window.page(Stage.COLLECT).import_dialog.stage == "paste"
    window.page(Stage.COLLECT).import_dialog.reject()


def test_a_newer_read_wins_over_one_still_running(qtbot, dialog, tmp_path):
    big = tmp_path / "big.csv"
    big.write_text("Person,Kind,Statement\n" + "".join(
        f"P{i % 500},NW,Statement number {i}\n" for i in range(20_000)), encoding="utf-8")
    small = tmp_path / "small.csv"
    small.write_text(LONG_CSV, encoding="utf-8")
    dialog.load_file(big)
    assert dialog.stage == "reading" and "Reading big.csv" in dialog.busy_label.text()
    dialog.load_file(small)
    qtbot.waitUntil(lambda: dialog.stage != "reading", timeout=10_000)
    dialog.job.wait()
    settle()
    assert dialog.source.source_name == "small.csv" and dialog.stage == "mapping"
