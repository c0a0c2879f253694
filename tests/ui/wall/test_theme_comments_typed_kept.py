"""Comment on theme… never throws away words typed and not yet added without asking: Esc,
Close, the close box, or a comment chosen over them ask "Discard this new comment?" (or "…your
changes…") with Keep editing the default, as the card and action dialogs do (review 31 R2 #5).
The ``message_boxes`` fixture answers Keep editing."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from wtfc.model.operations.themes import add_theme_comment
from wtfc.ui import discard
from wtfc.ui.wall.theme_comments import ThemeCommentsDialog

SAID = "Mr Jones said the bus never comes on Sundays"
NEW = ("asked", "Discard this new comment?")


@pytest.fixture
def dialog(panel, qtbot):
    add_theme_comment(panel.doc, theme_id="package", comment="Spread this practice").do(panel.doc)
    made = ThemeCommentsDialog(panel.doc, panel.undo, "package", parent=panel)
    qtbot.addWidget(made)
    made.show()
    return made


def close_button(dialog):
    return dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Close)


@pytest.mark.parametrize("how", ["Esc", "Close", "close box"])
def test_typed_words_stay_with_keep_editing(dialog, panel, qtbot, message_boxes, how):
    qtbot.keyClicks(dialog.words, SAID)
    steps = panel.undo.stack.count()
    if how == "Esc":
        qtbot.keyClick(dialog.words, Qt.Key.Key_Escape)
    elif how == "Close":
        close_button(dialog).click()
    else:
        dialog.close()
    assert message_boxes == [NEW]
    assert dialog.isVisible() and dialog.words.toPlainText() == SAID
    assert panel.doc.theme("package").comments == ["Spread this practice"]
    assert panel.undo.stack.count() == steps
    dialog.add.click()  # then Add, as meant
    assert panel.doc.theme("package").comments == ["Spread this practice", SAID]


def test_discard_closes_and_adds_nothing(dialog, panel, qtbot, monkeypatch):
    asked = []
    monkeypatch.setattr(discard, "ask_discard",
                        lambda _parent, what, *, new: asked.append((what, new)) or True)
    qtbot.keyClicks(dialog.words, SAID)
    qtbot.keyClick(dialog.words, Qt.Key.Key_Escape)
    assert asked == [("comment", True)] and not dialog.isVisible()
    assert panel.doc.theme("package").comments == ["Spread this practice"]


def test_changes_to_a_chosen_comment_are_asked_about_as_changes(dialog, qtbot, message_boxes):
    dialog.comments.setCurrentRow(0)
    qtbot.keyClick(dialog.words, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(dialog.words, " and tell others")
    close_button(dialog).click()
    assert message_boxes == [("asked", "Discard your changes to this comment?")]
    assert dialog.isVisible()
    assert dialog.words.toPlainText() == "Spread this practice and tell others"


def test_a_comment_chosen_over_typed_words_asks_and_keeps_them(dialog, qtbot, message_boxes):
    qtbot.keyClicks(dialog.words, SAID)
    rect = dialog.comments.visualItemRect(dialog.comments.item(0))
    qtbot.mouseClick(dialog.comments.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert message_boxes == [NEW]
    assert dialog.words.toPlainText() == SAID and dialog.comments.currentRow() == -1
    assert not dialog.save.isEnabled() and dialog.add.isEnabled()  # still a new comment


def test_nothing_lost_closes_without_a_question(dialog, qtbot, message_boxes):
    dialog.comments.setCurrentRow(0)  # a comment's own words, unchanged
    qtbot.keyClick(dialog.words, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and message_boxes == []
    dialog.show()
    dialog.comments.setCurrentRow(-1)
    dialog.words.setPlainText("   ")  # only spaces: nothing to add
    close_button(dialog).click()
    assert not dialog.isVisible() and message_boxes == []
