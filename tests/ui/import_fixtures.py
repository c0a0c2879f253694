"""Shared by the import dialog's tests: a shown dialog on the Collect test workshop, waiting for
a page, and small spreadsheets made in tmp_path."""

from __future__ import annotations

from pathlib import Path

from wtfc.ui.import_dialog import ImportDialog


def shown_dialog(qtbot, doc, undo, **options) -> ImportDialog:
    """An import dialog, shown and active, so the keys go where a facilitator's would."""
    dialog = ImportDialog(doc, undo, **options)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    return dialog


def wait_for(qtbot, dialog: ImportDialog, stage: str) -> None:
    qtbot.waitUntil(lambda: dialog.stage == stage, timeout=10_000)


def import_through(qtbot, doc, undo, path: Path) -> None:
    """``path`` imported through a shown dialog to its report, and the dialog closed: the
    earlier import a later one is weighed against."""
    dialog = shown_dialog(qtbot, doc, undo)
    dialog.load_file(path)
    wait_for(qtbot, dialog, "confirm")
    dialog.import_now()
    wait_for(qtbot, dialog, "report")
    dialog.close()


def workbook(path: Path, sheets: dict[str, list[list[str]]]) -> Path:
    """An .xlsx with these sheets, in this order, each given as its rows."""
    from openpyxl import Workbook

    book = Workbook()
    book.remove(book.active)
    for title, rows in sheets.items():
        sheet = book.create_sheet(title)
        for row in rows:
            sheet.append(row)
    book.save(path)
    return path


def fill_template(path, suffix: str) -> None:
    """One person's row added to a collection template written at ``path``."""
    row = ["P20", "Family carer", "North", "Home care", "75-84",
           "My carer knows how I like my tea", "",
           "I feel like a package, not a person", "", "To get out to the shops", ""]
    if suffix == "csv":
        with path.open("a", encoding="utf-8", newline="") as handle:
            import csv

            csv.writer(handle).writerow(row)
        return
    from openpyxl import load_workbook

    book = load_workbook(path)
    book.active.append(row)
    book.save(path)
