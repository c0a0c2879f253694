"""Names pasted to watch for ("kept only while wtfc is open") and cells pasted through Paste
from Excel… stayed on the system clipboard after wtfc closed: the next Ctrl+V into an e-mail
pasted the list (review 36 R3 R1). As wtfc quits the clipboard is cleared if it still holds
what was pasted in; what was copied since, from anywhere, is left alone."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication

from tests.ui.settled import settle


def quit_now() -> None:
    """What wtfc's last window closing does: the application says it is about to quit."""
    QCoreApplication.instance().aboutToQuit.emit()


def test_names_pasted_into_the_box_go_from_the_clipboard_as_wtfc_quits(page):
    names = "Zebulon Quarrie - wheelchair user\r\nAnn Lee - husband died last year\r\n"
    QGuiApplication.clipboard().setText(names)
    page.names_fold.open()
    page.names_box.paste()  # Ctrl+V
    assert "Ann Lee" in page.names_box.toPlainText()
    assert QGuiApplication.clipboard().text() == names  # still there while wtfc is open
    quit_now()
    assert QGuiApplication.clipboard().text() == ""


def test_text_copied_afterwards_from_elsewhere_is_left_alone(page):
    QGuiApplication.clipboard().setText("Bertha Okonkwo\nCyril Adeyemi")
    page.names_fold.open()
    page.names_box.paste()
    QGuiApplication.clipboard().setText("Minutes of the March meeting")  # copied from an e-mail
    quit_now()
    assert QGuiApplication.clipboard().text() == "Minutes of the March meeting"


def test_names_typed_are_no_paste(page):
    QGuiApplication.clipboard().setText("Q")
    page.names_fold.open()
    page.names_box.setFocus()
    page.names_box.insertPlainText("Q")  # one letter typed, as the clipboard happens to hold
    quit_now()
    assert QGuiApplication.clipboard().text() == "Q"


def test_cells_pasted_from_excel_go_from_the_clipboard_as_wtfc_quits(page):
    cells = "Statement\tPerson\r\nMrs Okafor rings me every week\tP7\r\n"
    QGuiApplication.clipboard().setText(cells)
    page.open_paste()  # Paste from Excel…, the cells in at once
    dialog = page.import_dialog
    assert "Mrs Okafor" in dialog.paste_box.toPlainText()
    dialog.reject()  # cancelled: the cells stay on the clipboard all the same
    settle()
    quit_now()
    assert QGuiApplication.clipboard().text() == ""


def test_cells_pasted_into_the_excel_box_later_go_too(page):
    QGuiApplication.clipboard().setText("")
    page.open_paste()
    dialog = page.import_dialog
    cells = "Statement\r\nMr Dlamini from the agency was late\r\n"
    QGuiApplication.clipboard().setText(cells)
    dialog.paste_box.paste()
    dialog.reject()
    settle()
    quit_now()
    assert QGuiApplication.clipboard().text() == ""
