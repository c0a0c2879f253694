"""Review notes are often saved under the person's name, and the import dialog may be on a
mirrored projector: a file, folder or sheet named after someone is said as "[name]" on screen and
in every message."""

from __future__ import annotations

import pytest
from collect_fixtures import collect_document, wide_workbook
from import_fixtures import fill_template, shown_dialog, wait_for

from wtfc.importing.template import template_bytes
from wtfc.ui.import_dialog import ImportDialog


@pytest.fixture
def doc():
    return collect_document()


@pytest.fixture
def dialog(qtbot, doc, undo):
    return shown_dialog(qtbot, doc, undo)


def test_a_file_named_after_a_person_is_not_named_on_screen(qtbot, dialog, tmp_path):
    """Review notes are often saved under the person's name, and the dialog may be on a
    mirrored projector: the title, the busy line, the confirm page and the report say the
    name as "[name]"."""
    path = tmp_path / "Review notes - Mrs Patricia Jones.csv"
    path.write_bytes(template_bytes(".csv"))
    fill_template(path, "csv")
    dialog.load_file(path)
    shown = [dialog.windowTitle(), dialog.busy_label.text()]
    wait_for(qtbot, dialog, "confirm")
    shown.append(dialog.confirm_label.text())
    dialog.import_now()
    wait_for(qtbot, dialog, "report")
    shown += [dialog.report_heading.text(), dialog.report_text.toPlainText()]
    assert "Review notes - [name].csv" in dialog.windowTitle()
    assert "Review notes - [name].csv" in dialog.report_text.toPlainText()
    assert not any("Patricia" in text or "Jones" in text for text in shown), shown


def test_an_unreadable_file_named_after_a_person_is_not_named_in_the_message(tmp_path):
    from wtfc.importing.errors import ImportFailed
    from wtfc.importing.sources import read_source

    path = tmp_path / "Dennis Hartley notes.csv"
    path.write_bytes(b"")
    with pytest.raises(ImportFailed) as caught:
        read_source(path)
    assert str(caught.value).startswith("[name] notes.csv is empty")


def test_the_names_to_watch_for_keep_a_file_name_off_the_confirm_page_and_report(
        qtbot, doc, undo, tmp_path):
    """A name the guard does not know, pasted on Collect: kept out of the title and of what
    the reader says too (the report's "Imported from …", the confirm page)."""
    dialog = ImportDialog(doc, undo, names=["Olamide Adeyemi"])
    qtbot.addWidget(dialog)
    dialog.show()
    path = tmp_path / "Review - Olamide Adeyemi.csv"
    path.write_bytes(template_bytes(".csv"))
    fill_template(path, "csv")
    dialog.load_file(path)
    wait_for(qtbot, dialog, "confirm")
    assert "Review - [name].csv" in dialog.confirm_label.text()
    dialog.import_now()
    wait_for(qtbot, dialog, "report")
    assert "Olamide" not in dialog.report_text.toPlainText()


def test_a_sheet_named_after_someone_is_named_by_kind_and_still_chosen(qtbot, dialog, tmp_path):
    """A workbook with a sheet per person: the picker shows "[name]", and choosing it reads
    that sheet (the report names it by kind too)."""
    path = wide_workbook(tmp_path / "reviews.xlsx")
    from openpyxl import load_workbook

    book = load_workbook(path)
    book["Reviews"].title = "Mrs Patricia Jones"
    book.save(path)
    dialog.load_file(path)
    wait_for(qtbot, dialog, "mapping")
    step = dialog.mapping_step
    assert [step.sheet_box.itemText(i) for i in range(step.sheet_box.count())] == [
        "Cover", "[name]"]
    step.sheet_box.setCurrentIndex(1)
    step.sheet_box.activated.emit(1)
    qtbot.waitUntil(lambda: dialog.source.sheet == "Mrs Patricia Jones", timeout=10_000)
    dialog.import_now()
    wait_for(qtbot, dialog, "report")
    assert "sheet '[name]'" in dialog.report_text.toPlainText()
    assert "Patricia" not in dialog.report_text.toPlainText()


def test_a_missing_file_is_not_named_by_its_folder(tmp_path):
    from wtfc.importing.errors import ImportFailed
    from wtfc.importing.sources import read_source

    path = tmp_path / "Mrs Patricia Jones" / "review.csv"
    with pytest.raises(ImportFailed) as caught:
        read_source(path)
    assert "Patricia" not in str(caught.value) and "review.csv" in str(caught.value)
