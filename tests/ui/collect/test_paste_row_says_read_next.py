""""Paste it as a card…" opened Paste statements from Excel with the row in a big box, no
default button and nothing to say the next click is Read the pasted cells (W1 M1). A line under
the cells now says so, and Read is the default with the keyboard on it: Enter reads them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from settled import settle
from test_card_dialog_rows_pasted import paste

from tests.ui.renders import save_render

ROW = "P13\tMy neighbour takes me to church on Sundays\tWorking\r\n"


def test_the_row_opened_from_add_card_says_read_and_enter_reads_it(page, qtbot):
    page.add_card()
    dialog = page.card_dialog
    paste(dialog, ROW)
    dialog.rows_offer.button.click()
    settle()
    importing = page.import_dialog
    assert importing.stage == "paste"
    qtbot.waitExposed(importing)
    read = importing.paste_page.read_button
    note = importing.paste_page.next_note
    assert note.isVisible() and "Read the pasted cells" in note.text()
    assert read.isDefault() and not importing.import_button.isDefault()
    qtbot.waitUntil(read.hasFocus)
    save_render(importing, "paste_row_says_read_next")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: importing.stage not in ("paste", "reading"), timeout=10_000)
    importing.close()


def test_an_empty_paste_page_waits_for_cells_in_the_box(page, qtbot, monkeypatch):
    from PySide6.QtGui import QGuiApplication

    QGuiApplication.clipboard().setText("")
    page.open_paste()
    importing = page.import_dialog
    qtbot.waitExposed(importing)
    box, note = importing.paste_box, importing.paste_page.next_note
    qtbot.waitUntil(box.hasFocus)  # to paste into
    assert not note.isVisible()
    box.setPlainText("P01\tMy carer is kind\tWorking")
    assert note.isVisible()
    importing.close()
