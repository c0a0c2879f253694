"""The dialogs grey Save/Add for words that are only a zero-width space (review R4 F5), as
they do for nothing typed: Word and web pages carry one along in a copy."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox

from wtfc.ui.card_dialog import CardDialog
from wtfc.ui.wall.theme_comments import ThemeCommentsDialog


def test_the_card_dialog_greys_save_for_a_zero_width_space(show):
    dialog = show(CardDialog())
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    dialog.words.setPlainText("\u200b \u2060")
    assert not save.isEnabled()
    assert dialog.problem() == "Write the words on the card."
    dialog.words.setPlainText("\u200bLunch club")
    assert save.isEnabled()


def test_the_comments_dialog_greys_add_for_a_zero_width_space(show, doc, undo):
    dialog = show(ThemeCommentsDialog(doc, undo, doc.workshop.themes[0].id))
    dialog.words.setPlainText("\ufeff\u200b")
    assert not dialog.add.isEnabled()
    dialog.words.setPlainText("Said twice over")
    assert dialog.add.isEnabled()
