"""The card dialog for a run of cards typed in: a code like one in use is pointed out."""

from __future__ import annotations

from collections import Counter

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from wtfc.ui.card_dialog import CardDialog


@pytest.fixture
def dialog(show):
    def made(**given):
        return show(CardDialog(**given))

    return made


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
