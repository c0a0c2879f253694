"""At 16 pt, Add card's "This looks like … copied from a spreadsheet" line beside its button had
a third of the width and was cut ("⚠ This looks / like 3 rows / copied from"), and with a name in
the row the held-back warning ran under Save: the dialog never grew for the line (W1 R1). The
words now stand over the button at the height they need, and the dialog grows for the line."""

from __future__ import annotations

from test_card_dialog_rows_pasted import ROWS, paste

from tests.ui.renders import save_render
from wtfc.ui.card_dialog import CardDialog

ROW = "P13\tMy neighbour Bill Hargreaves takes me to church on Sundays\tWorking\r\n"


def _top(widget, dialog) -> int:
    return widget.mapTo(dialog, widget.rect().topLeft()).y()


def _whole(dialog) -> None:
    words, verdict, buttons = dialog.rows_offer.words, dialog.verdict, dialog.buttons
    assert words.height() >= words.heightForWidth(words.width())  # every line of the offer
    assert verdict.height() >= verdict.heightForWidth(verdict.width())
    assert _top(verdict, dialog) + verdict.height() <= _top(buttons, dialog)  # not under Save
    button = dialog.rows_offer.button
    assert _top(words, dialog) + words.height() <= _top(button, dialog)  # over its button
    screen = dialog.screen().availableGeometry()
    assert screen.contains(dialog.frameGeometry()), (screen, dialog.frameGeometry())


def test_a_row_with_a_name_and_three_rows_read_whole_at_16_pt(show, qtbot, font_points):
    font_points(16)
    dialog = show(CardDialog(names=["Bill Hargreaves"]))
    opened = dialog.height()
    paste(dialog, ROW)
    qtbot.waitUntil(dialog.rows_offer.isVisible)
    assert dialog.verdict.text().startswith("⚠ Possible personal details: Bill Hargreaves")
    _whole(dialog)
    save_render(dialog, "card_dialog_row_offer_16pt")
    dialog.words.undo()  # the row gone: the line and the room it took go with it
    assert not dialog.rows_offer.isVisible()
    assert dialog.height() <= opened + 2
    paste(dialog, ROWS)
    qtbot.waitUntil(dialog.rows_offer.isVisible)
    assert "3 rows copied from a spreadsheet" in dialog.rows_offer.words.text()
    _whole(dialog)
    save_render(dialog, "card_dialog_rows_offer_16pt")
    dialog.words.setPlainText("")
    dialog.reject()
