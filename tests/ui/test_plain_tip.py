"""A tooltip shows a user's words as typed, even when they look like HTML."""

from __future__ import annotations

from tests.ui.shown_words import as_shown
from wtfc.ui.plain_tip import plain_tip


def test_words_that_look_like_html_are_shown_as_typed(qapp):
    for words in ("I get <b>no</b> help", "see <a href='x'>this</a>", "a &amp; b", "<h1>BIG</h1>"):
        assert as_shown(plain_tip(words)) == words


def test_line_breaks_are_kept_in_a_tip_that_looks_like_html(qapp):
    words = "Priority 2: <b>Staff</b>\nBecause: rushed visits"
    assert as_shown(plain_tip(words)) == words


def test_ordinary_words_are_left_alone(qapp):
    for words in ("", "<3 my carer", "Tom & Jerry", "50% of the time", "line one\nline two"):
        assert plain_tip(words) == words
