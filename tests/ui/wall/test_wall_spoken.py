"""The wall says to a screen reader the card the keys are on: its name and description stayed
"Card wall" as the arrows moved, and nothing was announced."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible

from wtfc.ui.boards import common


def _description(view) -> str:
    return QAccessible.queryAccessibleInterface(view).text(QAccessible.Text.Description)


def test_the_arrow_keys_say_the_card_they_reach(panel, qtbot, monkeypatch):
    said = []
    monkeypatch.setattr(common, "announce", lambda widget, text, **_: said.append(text))
    view = panel.view
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Right)
    first = panel.scene.focusItem()
    spoken = _description(view)
    assert first.card.text in spoken and first.card.kind.label in spoken
    assert first.card.kind.symbol not in spoken  # "ballot x" is no help
    assert said == [spoken]
    qtbot.keyClick(view, Qt.Key.Key_Right)
    second = panel.scene.focusItem()
    assert second is not first
    assert second.card.text in _description(view) and len(said) == 2

    view.focus_card(panel.scene.cards[("n1", "package")])  # chosen alone: that goes unsaid
    assert _description(view) == ("Not working card: Different carers every week. "
                                  "In theme 2, “I feel like a package”. From P01.")
    view.focus_card(panel.scene.cards[("n3", "staff")])
    assert "In theme 3, “I never know who is coming”. It is in 2 themes." in _description(view)


def test_a_held_back_card_is_said_as_the_wall_shows_it(panel):
    view = panel.view
    view.focus_card(panel.scene.cards[("n6", None)])
    spoken = _description(view)
    assert spoken.startswith("Not working card: [name] told me the bus is gone.")
    assert "Dennis" not in spoken
    assert "Held back: it may hold personal details ([name])." in spoken
    assert "Not yet in a theme." in spoken
    panel.held_back.set_shown(True)  # the facilitator shows them on this screen
    view.focus_card(panel.scene.cards[("n5", None)])
    view.focus_card(panel.scene.cards[("n6", None)])
    assert _description(view).startswith("Not working card: Dennis told me the bus is gone.")


def test_hiding_the_details_again_says_the_card_without_them_at_once(panel):
    """The description kept "Dennis" after the details were hidden, until the keys moved."""
    view = panel.view
    panel.held_back.set_shown(True)
    view.focus_card(panel.scene.cards[("n6", None)])
    assert "Dennis" in _description(view)
    panel.held_back.set_shown(False)
    assert "Dennis" not in _description(view) and "[name]" in _description(view)
    panel.held_back.set_shown(True)
    assert "Dennis" in _description(view)


def test_a_card_s_words_edited_are_said_as_they_are_now(panel):
    view = panel.view
    view.focus_card(panel.scene.cards[("n1", "package")])
    panel.gestures.edit_text("n1", "A different carer every single week")
    assert "A different carer every single week" in _description(view)
