"""Paste from Excel with a clipboard too long to lay out: the window stays live (300,000
characters on one line froze it for half a minute), the page says what was copied, and Read
reads it all the same. And a workbook's hidden rows, said in the dialog's report."""

from __future__ import annotations

import pytest
from collect_fixtures import collect_document, save_render
from import_fixtures import shown_dialog, wait_for
from openpyxl import Workbook
from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QGuiApplication

from tests.ui.settled import settle

HEADINGS = "Person\tKind\tStatement\n"


@pytest.fixture
def doc():
    return collect_document()


def test_a_long_unbroken_paste_is_held_aside_said_and_read(qtbot, doc, undo):
    dialog = shown_dialog(qtbot, doc, undo)
    long = "x" * 300_000
    text = f"{HEADINGS}P30\tWorking\t{long}\nP30\tFuture\tMy garden\n"
    taken_in: list[int] = []  # what the box was given to lay out, as it was given
    dialog.paste_box.document().contentsChange.connect(
        lambda _at, _removed, added: taken_in.append(added))
    dialog.start_paste(text)
    settle()  # laid out and painted
    # never the long line (counted, not timed: a loaded machine stretches seconds): laying out
    # 300,000 characters with no break froze the window for 30 s
    assert max(taken_in, default=0) <= 10_000
    page = dialog.paste_page
    assert dialog.paste_box.toPlainText() == ""
    assert page.held_label.isVisible()
    assert page.held_label.text() == (
        "<b>3 rows copied</b> (too long to show here: 300,056 characters). Click <b>Read the "
        "pasted cells</b> to go on, or paste other cells in the box."
    )
    save_render(dialog, "import_paste_too_long")
    dialog.read_pasted()
    wait_for(qtbot, dialog, "confirm")
    dialog.import_now()
    wait_for(qtbot, dialog, "report")
    assert dialog.report_heading.text() == "1 card added from 2 rows; 1 skipped."
    assert doc.workshop.cards[-1].text == "My garden"


def test_a_short_paste_is_shown_in_the_box_as_before(qtbot, doc, undo):
    dialog = shown_dialog(qtbot, doc, undo)
    dialog.start_paste(f"{HEADINGS}P30\tWorking\tMy garden\n")
    assert dialog.paste_box.toPlainText() == f"{HEADINGS}P30\tWorking\tMy garden\n"
    assert not dialog.paste_page.held_label.isVisible()


def test_a_long_ctrl_v_into_the_box_is_held_aside_too(qtbot, doc, undo):
    dialog = shown_dialog(qtbot, doc, undo)
    dialog.start_paste("")
    data = QMimeData()
    data.setText(f"{HEADINGS}P30\tWorking\t" + "y" * 20_000 + "\n")  # one line over 10,000
    dialog.paste_box.insertFromMimeData(data)
    assert dialog.paste_box.toPlainText() == ""
    assert dialog.paste_page.held_label.text().startswith("<b>2 rows copied</b>")
    assert dialog.paste_page.text() == data.text()


def test_pasting_other_cells_lets_go_of_the_held_ones(qtbot, doc, undo):
    dialog = shown_dialog(qtbot, doc, undo)
    dialog.start_paste("z" * 60_000)
    assert dialog.paste_page.held_label.isVisible()
    QGuiApplication.clipboard().setText(f"{HEADINGS}P30\tWorking\tMy garden\n")
    qtbot.keyClick(dialog.paste_box, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert dialog.paste_box.toPlainText() == f"{HEADINGS}P30\tWorking\tMy garden\n"
    assert not dialog.paste_page.held_label.isVisible()
    dialog.read_pasted()
    wait_for(qtbot, dialog, "confirm")
    dialog.import_now()
    wait_for(qtbot, dialog, "report")
    assert doc.workshop.cards[-1].text == "My garden"


def test_the_report_says_rows_hidden_in_excel_were_left_out(qtbot, doc, undo, tmp_path):
    book = Workbook()
    sheet = book.active
    for row in [
        ["Person", "Kind", "Statement"],
        ["P30", "Working", "Withdrawn: do not use"],
        ["P31", "Working", "My garden"],
    ]:
        sheet.append(row)
    sheet.row_dimensions[2].hidden = True
    book.save(tmp_path / "reviews.xlsx")
    dialog = shown_dialog(qtbot, doc, undo)
    dialog.load_file(tmp_path / "reviews.xlsx")
    wait_for(qtbot, dialog, "confirm")
    dialog.import_now()
    wait_for(qtbot, dialog, "report")
    assert dialog.report_heading.text() == "1 card added from 1 row."
    assert (
        "1 row was hidden in Excel (row 2), so it was left out: rows are often hidden on "
        "purpose. To import it, unhide it in Excel (or clear its filter), save, and "
        "import the file again."
    ) in dialog.report_text.toPlainText()
    assert "Withdrawn" not in " ".join(c.text for c in doc.workshop.cards)
    save_render(dialog, "import_report_hidden_rows")
