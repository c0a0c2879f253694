"""Read-out mode says the card to a screen reader: the card is painted, so Ctrl+R put the
keyboard on "Put in theme" with nothing said of the card, and Page Down moved on in silence."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.ui.spoken_checks import catch_announcements, described
from wtfc.model.workshop import Kind


@pytest.fixture
def spoken(monkeypatch):
    return catch_announcements(monkeypatch)


def test_the_theme_box_carries_the_card_shown(panel):
    panel.set_kinds([Kind.NOT_WORKING])
    panel.toggle_readout(True)
    box = panel.readout.theme_box
    assert box.hasFocus()
    assert described(box) == "Not working: I am lonely in the evenings"


def test_each_new_card_is_announced_once(panel, qtbot, spoken, doc):
    panel.set_kinds([Kind.NOT_WORKING])
    panel.toggle_readout(True)
    box = panel.readout.theme_box
    spoken.clear()
    qtbot.keyClick(box, Qt.Key.Key_PageUp)
    assert spoken == ["Not working: They rush me at breakfast"]
    assert described(box) == "Not working: They rush me at breakfast"
    panel.gestures.rename("staff", "Nobody tells me who is coming")  # not this card
    assert spoken == ["Not working: They rush me at breakfast"]
    qtbot.keyClick(box, Qt.Key.Key_PageDown)
    assert spoken[-1] == "Not working: I am lonely in the evenings"
    qtbot.keyClick(box, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)  # placed: no card left
    assert "n5" in doc.theme("package").card_ids
    assert spoken[-1] == (
        "The cards not yet in a theme are held back for personal details: check them on the wall."
    )
    assert len(spoken) == 3
