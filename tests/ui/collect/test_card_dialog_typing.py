"""The card dialog for a run of cards typed in: it starts with the last kind and person, Ctrl+Enter
saves, "Save and add another" says to open the next, and a code like one in use is pointed out."""

from __future__ import annotations

from collections import Counter

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from wtfc.model.workshop import Card, Kind
from wtfc.ui.card_dialog import CardDialog


@pytest.fixture
def dialog(show):
    def made(**given):
        return show(CardDialog(**given))

    return made


def test_a_new_card_starts_with_the_kind_and_person_given(dialog):
    d = dialog(kind=Kind.FUTURE, person="P07")
    assert (d.kind(), d.person_code()) == (Kind.FUTURE, "P07")
    assert d.focusWidget() is d.words  # the kind is chosen: the words come next
    d.reject()  # nothing typed since it opened: no question
    assert not d.isVisible()


def test_ctrl_enter_in_the_words_saves(dialog, qtbot):
    d = dialog()
    qtbot.keyClicks(d.words, "The lunch club")
    qtbot.keyClick(d.words, Qt.Key.Key_Return)  # Enter alone: a new line, as before
    qtbot.keyClicks(d.words, "is great")
    with qtbot.waitSignal(d.accepted, timeout=1000):
        qtbot.keyClick(d.words, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert d.text() == "The lunch club\nis great" and not d.add_another


def test_ctrl_enter_with_nothing_to_save_adds_no_line(dialog, qtbot):
    d = dialog()
    d.person.setText("Mrs Jones")
    qtbot.keyClicks(d.words, "Late")
    qtbot.keyClick(d.words, Qt.Key.Key_Enter, Qt.KeyboardModifier.ControlModifier)
    assert d.isVisible() and d.words.toPlainText() == "Late"


def test_save_and_add_another(dialog, qtbot):
    d = dialog()
    another = d.another
    assert not another.isEnabled()  # no words yet
    d.words.setPlainText("Carers are late")
    with qtbot.waitActive(d):
        d.activateWindow()
    with qtbot.waitSignal(d.accepted, timeout=1000):
        qtbot.keyClick(d.words, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)
    assert d.add_another


def test_editing_offers_no_add_another(dialog):
    d = dialog(card=Card(kind=Kind.WORKING, text="Kind carers", person="P01"))
    assert d.another not in d.buttons.buttons() and not d.hint.isVisible()


def test_a_code_like_one_in_use_is_pointed_out_and_can_be_used(dialog, qtbot):
    d = dialog(people=Counter({"P07": 5, "P01": 2}))
    d.words.setPlainText("Carers are late")
    for typed in ("P0007", "p07", "P7"):
        d.person.setText(typed)
        assert d.hint.text() == f"⚠ P07 is already used for 5 cards: did you mean P07, not {typed}?"
        assert d.hint.text() in d.person.accessibleDescription()
        assert d.buttons.button(QDialogButtonBox.StandardButton.Save).isEnabled()  # a warning
    qtbot.mouseClick(d.hint.use_button, Qt.MouseButton.LeftButton)
    assert d.person_code() == "P07" and d.hint.text() == "" and not d.hint.use_button.isVisible()
    d.person.setText("P08")
    assert d.hint.text() == ""


def test_a_line_break_pasted_from_word_comes_out_as_a_newline(dialog):
    from PySide6.QtGui import QGuiApplication

    d = dialog()
    # Word's Shift+Enter on the clipboard: QPlainTextEdit keeps the U+000B (review code-a3 #1)
    QGuiApplication.clipboard().setText("I want to be listened to\x0bnot talked over")
    d.words.paste()
    assert d.text() == "I want to be listened to\nnot talked over"
