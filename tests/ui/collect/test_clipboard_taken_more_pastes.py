"""Names and cells pasted in leave the system clipboard as wtfc quits (3181ebea), in the two
ways its tests leave unguarded: a second list pasted under names already in the box, and a
whole sheet copied from Excel too long for the paste box to show (held aside, not put in).
Place: tests/ui/collect/ (uses that folder's ``page`` fixture)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication

from tests.ui.settled import settle


def quit_now() -> None:
    QCoreApplication.instance().aboutToQuit.emit()


def test_a_second_list_pasted_under_the_first_goes_from_the_clipboard_as_wtfc_quits(page):
    page.names_fold.open()
    page.names_box.setPlainText("Ann Lee - husband died last year\n")  # the morning's list
    cursor = page.names_box.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    page.names_box.setTextCursor(cursor)
    more = "Zebulon Quarrie - wheelchair user\r\nBertha Okonkwo - lives alone\r\n"
    QGuiApplication.clipboard().setText(more)  # the afternoon's, copied from an e-mail
    page.names_box.paste()
    assert "Zebulon Quarrie" in page.names_box.toPlainText()
    assert "Ann Lee" in page.names_box.toPlainText()
    quit_now()
    assert QGuiApplication.clipboard().text() == ""


def test_a_whole_sheet_too_long_to_show_goes_from_the_clipboard_as_wtfc_quits(page):
    QGuiApplication.clipboard().setText("")
    page.open_paste()
    dialog = page.import_dialog
    rows = "".join(f"Mrs Okafor from number {n} rings me every week about my care\tP{n}\r\n"
                   for n in range(1, 1200))  # ~70,000 characters: held aside, not shown
    QGuiApplication.clipboard().setText("Statement\tPerson\r\n" + rows)
    dialog.paste_box.paste()
    assert "Mrs Okafor" not in dialog.paste_box.toPlainText()  # held, too long to show
    dialog.reject()
    settle()
    quit_now()
    assert QGuiApplication.clipboard().text() == ""
