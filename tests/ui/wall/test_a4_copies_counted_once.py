"""A card and its copy in another theme, both chosen, are one card: M's picker and N's note
counted each copy ("Move 2 cards (2 now in 2 themes)", "They are in 2 themes now" while one of
the two was in no theme; with the copies alone "Move 1 card (2 now in 2 themes)", "2 of them
are…" of one card) (code review A4, session 37)."""

from __future__ import annotations

import pytest
from county_corner import county_wall

from wtfc.ui.wall.chosen_cards import chosen, picker_note, picker_title


@pytest.fixture
def wall(show):
    return county_wall(show)


def _copied(wall) -> str:
    """n20 (in "staff") copied into a second theme of its kind; that theme's id."""
    other = wall.gestures.new_theme([("n0", None)], "I feel lonely")
    assert wall.gestures.drop([("n20", "staff")], other, copy=True)
    return other


def test_a_card_and_its_copy_with_an_unsorted_card(wall):
    other = _copied(wall)
    c = chosen(wall.doc, [("n20", "staff"), ("n20", other), ("n1", None)])
    assert picker_title(c, copy=False) == "Move 2 cards (1 now in 2 themes) to theme"
    assert picker_note(c, copy=False) == (
        "1 of them is in 2 themes now: Move takes it out of their themes "
        "(C\N{NO-BREAK SPACE}copies).")


def test_a_card_and_its_copy_alone(wall):
    other = _copied(wall)
    c = chosen(wall.doc, [("n20", "staff"), ("n20", other)])
    assert picker_title(c, copy=False) == "Move 1 card (1 now in 2 themes) to theme"
    assert picker_note(c, copy=False) == \
        "It is in 2 themes now: Move takes it out of their themes (C\N{NO-BREAK SPACE}copies)."
