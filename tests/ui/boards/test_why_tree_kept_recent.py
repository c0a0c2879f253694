"""The room's why-tree keeps what it worked out for the priorities used most recently: a
priority switched back to all day is not searched afresh late in a long day."""

from __future__ import annotations

from wtfc.ui.boards.why_tree_kept import _Bounded


def test_an_answer_read_since_is_kept_when_the_oldest_half_goes():
    kept = _Bounded(4)
    for key in "abcd":
        kept.keep(key, key.upper())
    assert kept.get("a") == "A"  # read: now the most recent
    kept.keep("e", "E")  # full: the least recently used half goes
    assert kept.get("a") == "A" and kept.get("e") == "E"
    assert kept.get("b") is None and kept.get("c") is None
    assert kept.get("zzz", "none") == "none"
