"""Whether the focused card is chosen, and how many are, is said with the card and on Space;
a move by keyboard says the step it made, then the card.

Every arrow said the card but never "chosen"; Space chose or unchose it without a word (3 → 2
→ 3 chosen in the review's repro); after M only the card the keys landed on was said, never
"Moved 3 cards". Then every plain arrow ended "Chosen." (it always chooses the card alone),
where NVDA says nothing for a list's selected item; a stray arrow dropped 3 chosen unsaid; and
"Moved 3 cards to 'I have family, friends and neighbours w…'" came after the whole card."""

from __future__ import annotations

from PySide6.QtCore import Qt

from wtfc.model.workshop import Kind
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
    assert len(panel.scene.selectedItems()) == 1
    assert said[-1].endswith(". From P02. 4 cards no longer chosen.")  # said once, unchosen
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert said[-1] == "Not chosen."
    qtbot.keyClick(view, Qt.Key.Key_Space)  # asked for: said, though it is the only one
    assert said[-1] == "Chosen."
    qtbot.keyClick(view, Qt.Key.Key_Left)  # the only choice, by arrow: nothing about it
    assert "chosen" not in said[-1].lower() and view.accessibleDescription() == said[-1]


def test_a_move_by_keyboard_says_the_step_then_the_card(panel, qtbot, monkeypatch):
    said = _said(monkeypatch)
    view = _choose_three(panel)
    titles: list[str] = []
    panel.pick_theme = lambda title, *_a, **_k: titles.append(title) or ThemeChoice("staff")
    said.clear()
    qtbot.keyClick(view, Qt.Key.Key_M)
    # the dialog's title says how many go, and how many of them leave the theme they are in
    assert titles == ["Move 3 cards (2 now in “I feel like a package”) to theme"]
    assert said == [  # one announcement: the step first, then where the keys are now, the
        # count once all are chosen again
        "Moved 3 cards to theme 3, “I never know who is coming”. Not working card: I am lonely "
        "in the evenings. In theme 3, “I never know who is coming”. From P03. Chosen, 3 cards "
        "chosen."]

    panel.ask_text = lambda *_a, **_k: "Mornings are rushed"
    said.clear()
    qtbot.keyClick(view, Qt.Key.Key_N)
    assert len(said) == 1 and said[0].startswith("Created theme ")
    assert "“Mornings are rushed” from 3 cards. Not working card: " in said[0]


def test_alt_number_says_the_theme_s_whole_name_first(panel, qtbot, monkeypatch):
    """The step's words came from its History label, cut mid-word ("…neighbours w…")."""
    long = "I have family, friends and neighbours who look out for me every day"
    assert panel.gestures.rename("staff", long)
    said = _said(monkeypatch)
    _choose_three(panel)
    number = panel.numbered_themes().index("staff") + 1
    said.clear()
    assert panel.move_selection_to_numbered(number)
    assert len(said) == 1
    assert said[0].startswith(f"Moved 3 cards to theme {number}, “{long}”. Not working card: ")


def test_re_choosing_many_cards_after_a_move_counts_them_once_not_per_card(
        panel, qtbot, monkeypatch):
    """Each card chosen again re-counted every chosen card for the wall's description: at
    10,000 cards with 2,666 chosen, 6.8 s over choosing them, M and Undo."""
    from wtfc.ui.wall.card_focus import SpokenFocus

    refreshes: list[int] = []
    real = SpokenFocus.refresh
    monkeypatch.setattr(SpokenFocus, "refresh", lambda self: refreshes.append(1) or real(self))
    view = panel.view
    view.setFocus()
    cards = [item for item in panel.scene.cards.values() if item.card.kind == Kind.NOT_WORKING]
    view.focus_card(cards[0])
    for item in cards:
        item.setSelected(True)
    qtbot.waitUntil(lambda: len(refreshes) == 1, timeout=2000)  # after the last, once
    qtbot.wait(20)
    assert len(refreshes) == 1 and len(cards) > 3
    assert view.accessibleDescription().endswith(f"Chosen, {len(cards)} cards chosen.")
