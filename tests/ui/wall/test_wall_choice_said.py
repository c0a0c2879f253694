"""Whether the focused card is chosen, and how many are, is said with the card and on Space;
a move by keyboard says the step it made.

Every arrow said the card but never "chosen"; Space chose or unchose it without a word (3 → 2
→ 3 chosen in the review's repro); after M only the card the keys landed on was said, never
"Moved 3 cards"."""

from __future__ import annotations

from PySide6.QtCore import Qt

from wtfc.ui.boards import common
from wtfc.ui.wall.theme_picker import ThemeChoice

SHIFT = Qt.KeyboardModifier.ShiftModifier


def _said(monkeypatch) -> list[str]:
    said: list[str] = []
    monkeypatch.setattr(common, "announce", lambda _w, text, **_: said.append(text))
    return said


def _choose_three(panel):
    """Three not-working cards, as Shift+arrows or Ctrl+clicks choose them."""
    view = panel.view
    view.setFocus()
    view.focus_card(panel.scene.cards[("n1", "package")])
    view.focus_card(panel.scene.cards[("n2", "package")], extend=True)
    view.focus_card(panel.scene.cards[("n5", None)], extend=True)
    return view


def test_each_card_says_whether_it_is_chosen_and_space_says_the_change(
        panel, qtbot, monkeypatch):
    said = _said(monkeypatch)
    view = _choose_three(panel)
    assert said[-1].endswith(". From P03. Chosen, 3 cards chosen.")
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert said[-1] == "Not chosen, 2 cards chosen."
    assert view.accessibleDescription().endswith(" Not chosen, 2 cards chosen.")  # kept too
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert said[-1] == "Chosen, 3 cards chosen."
    qtbot.keyClick(view, Qt.Key.Key_Right, SHIFT)  # Shift+arrows add one: said with the count
    assert said[-1].endswith(" Chosen, 4 cards chosen.")
    qtbot.keyClick(view, Qt.Key.Key_Right)  # a plain arrow: the one card, chosen alone
    assert said[-1].endswith(". Chosen.") and len(panel.scene.selectedItems()) == 1
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert said[-1] == "Not chosen."


def test_a_move_by_keyboard_says_the_step_then_the_card(panel, qtbot, monkeypatch):
    said = _said(monkeypatch)
    view = _choose_three(panel)
    titles: list[str] = []
    panel.pick_theme = lambda title, *_a, **_k: titles.append(title) or ThemeChoice("staff")
    said.clear()
    qtbot.keyClick(view, Qt.Key.Key_M)
    assert titles == ["Move 3 cards to theme"]  # the dialog's title says how many go
    assert "Moved 3 cards to 'I never know who is coming'" in said
    card = [s for s in said if s.startswith("Not working card")]  # where the keys are now
    assert card == ["Not working card: I am lonely in the evenings. In theme 3, “I never know "
                    "who is coming”. From P03. Chosen, 3 cards chosen."]  # the count once all back

    panel.ask_text = lambda *_a, **_k: "Mornings are rushed"
    said.clear()
    qtbot.keyClick(view, Qt.Key.Key_N)
    assert "Created theme 'Mornings are rushed' from 3 cards" in said
