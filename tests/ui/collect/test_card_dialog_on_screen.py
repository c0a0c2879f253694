"""The card dialog grows for a long held-back warning (bigger text): its top stayed where it
opened, so at 16 pt its foot went past the screen's and OK and Cancel were out of reach."""

from __future__ import annotations

from tests.ui.renders import save_render
from wtfc.ui.card_dialog import CardDialog

MANY = ("Mrs Patel and Margaret Smith from Brook Lane ring 07700 900123 or 01632 960001 and Dr "
        "Khan at 12 High Street, Riverside RS1 2AB; email margaret.smith@example.com")


def test_the_grown_card_dialog_keeps_its_buttons_on_screen(show, qtbot, font_points):
    font_points(16)
    dialog = show(CardDialog(names=["Patel", "Margaret", "Smith", "Khan"]))
    opened = dialog.frameGeometry()
    dialog.words.setPlainText(MANY)
    verdict = dialog.verdict
    qtbot.waitUntil(lambda: verdict.heightForWidth(verdict.width()) <= verdict.height())
    assert dialog.frameGeometry().height() > opened.height()  # it grew for the warning
    screen = dialog.screen().availableGeometry()
    assert screen.contains(dialog.frameGeometry()), (screen, dialog.frameGeometry())
    buttons = dialog.buttons  # OK and Cancel within reach
    assert screen.contains(buttons.mapToGlobal(buttons.rect().bottomRight()))
    save_render(dialog, "card_dialog_on_screen_16pt")
