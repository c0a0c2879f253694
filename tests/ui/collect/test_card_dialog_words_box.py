"""The card dialog's Words box keeps its height while a long held-back warning grows under it
(the dialog grows for the warning) and the dialog gives that height back once the warning goes.
At 9 pt the box shrank in steps as one typed (192 -> 146 px) and stayed so, with 94 px of blank
round "No personal details found." (code review A3 #5)."""

from __future__ import annotations

import pytest

from tests.ui.renders import save_render
from tests.ui.settled import settle
from wtfc.ui.card_dialog import CardDialog

DETAILS = ("Mrs Patel and Margaret Smith from Brook Lane ring 07700 900123 and email "
           "margaret.smith@example.com ok")


def _whole(dialog: CardDialog) -> bool:
    verdict = dialog.verdict
    return verdict.sizeHint().height() <= verdict.height() or \
        verdict.heightForWidth(verdict.width()) <= verdict.height()


@pytest.mark.parametrize("size", [9, 16])
def test_the_words_box_keeps_its_height_and_the_dialog_gives_back_the_warnings(
        qtbot, show, font_points, size):
    font_points(size)
    dialog = show(CardDialog(names=["Patel", "Margaret", "Smith", "Khan"]))
    words, opened = dialog.words.height(), dialog.height()
    heights = set()
    for letter in DETAILS:
        qtbot.keyClicks(dialog.words, letter)
        heights.add(dialog.words.height())
    assert "held back" in dialog.verdict.text()
    assert dialog.verdict.height() >= dialog.verdict.heightForWidth(dialog.verdict.width())
    if size == 9:  # room on the screen: the dialog grows, the words box keeps its height
        assert heights == {words}
        assert dialog.height() > opened
    save_render(dialog, f"card_dialog_words_box_warning_{size}pt")
    dialog.words.setPlainText("The lunch club")
    settle()  # laid out again without the warning
    assert dialog.verdict.text() == "No personal details found."
    assert dialog.words.height() == words  # its height back
    assert dialog.height() == opened  # and no band of blank round the one line
    save_render(dialog, f"card_dialog_words_box_after_{size}pt")


@pytest.mark.parametrize("size", [9, 16])
def test_a_height_the_user_gave_the_dialog_is_kept_when_the_warning_goes(
        qtbot, show, font_points, size):
    font_points(size)
    dialog = show(CardDialog(names=["Patel", "Margaret", "Smith", "Khan"]))
    qtbot.keyClicks(dialog.words, DETAILS)
    assert "held back" in dialog.verdict.text()
    # dragged taller by hand after the dialog grew for the warning
    dialog.resize(dialog.width(), dialog.height() + 150)
    settle()  # the resize and its layout done
    tall, words = dialog.height(), dialog.words.height()
    dialog.words.setPlainText("The lunch club")
    settle()  # laid out again without the warning
    assert dialog.verdict.text() == "No personal details found."
    # it shrank back by what it had grown for the warning (596 -> 550 px at 9 pt)
    assert dialog.height() == tall
    assert dialog.words.height() > words  # what the warning leaves goes to the words box
    save_render(dialog, f"card_dialog_user_height_kept_{size}pt")
