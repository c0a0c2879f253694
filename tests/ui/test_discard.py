"""The question before a dialog throws typed words away: Keep editing unless Discard is chosen."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget

from wtfc.ui.discard import ask_discard


@pytest.mark.parametrize(("press", "discarded"), [
    (lambda box: box.defaultButton().click(), False),  # Enter
    (lambda box: box.escapeButton().click(), False),  # Esc
    (lambda box: next(b for b in box.buttons() if "Discard" in b.text()).click(), True)])
def test_only_discard_throws_the_words_away(qtbot, monkeypatch, press, discarded):
    parent = QWidget()
    qtbot.addWidget(parent)
    asked = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: asked.append(box.text()) or press(box))
    assert ask_discard(parent, "card", new=True) is discarded
    assert asked == ["Discard this new card? What you typed will be lost."]
    assert ask_discard(parent, "action", new=False) is discarded
    assert asked[1] == "Discard your changes to this action? The action stays as it was."
