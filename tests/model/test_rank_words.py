"""A priority's rank is written one way on every screen: "#1" where room is tight, "Priority 1"
in a sentence or read aloud. It was also "★ 1", "★1" and "★ Priority 1", and the star is the
Future kind's symbol, so beside a Future theme the rank read as its kind."""

from __future__ import annotations

from wtfc.model.counting import rank_mark, rank_words
from wtfc.model.workshop import Kind


def test_a_rank_is_marked_without_the_future_star():
    assert rank_mark(1) == "#1"
    assert rank_mark(12) == "#12"
    assert Kind.FUTURE.symbol not in rank_mark(1)
    assert rank_mark(None) == ""  # chosen, not yet ranked: nothing to show


def test_a_rank_in_words():
    assert rank_words(2) == "Priority 2"
    assert rank_words(None) == "Priority"
