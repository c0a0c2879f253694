"""For layout tests measured on rows of two lines: no suggestion is told it is close to a theme.
On the demo with the grouped cards (``grouped_window``), the bus cards' suggestion is close to
the demo's "I feel lonely and cut off" (it holds "Since the number 12 bus stopped I can't get
to the shops…"), and its row grows by that note's two lines when the ranking answers, at a
moment of its own. A row close to a theme is measured on its own (test_suggestions_on_a_laptop:
test_a_suggestion_close_to_a_theme_leaves_its_name_and_cards_in_sight)."""

from __future__ import annotations


def no_close_themes(monkeypatch) -> None:
    monkeypatch.setattr("wtfc.ui.wall.suggestion_closeness.closest_themes",
                        lambda groups, _themes: [None] * len(groups))
