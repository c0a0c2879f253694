"""The Collect page's filter box waits for a pause in the typing: at 10,000 cards each key
refiltered every row (0.3-0.8 s a key), so typing a word froze the page for seconds."""

from __future__ import annotations

from collect_helpers import shown_ids
from PySide6.QtCore import Qt

from tests.ui.settled import settle, until


def pause_ran_out(qtbot, page) -> None:
    """The pause after typing has run out (at once if Enter ended it) and what it set off has
    run: a pass it asked for would be counted by now, with no fixed wait past it."""
    until(qtbot, lambda: not page.filters.waiting, timeout=2000)
    settle()


def count_filter_passes(page) -> list[int]:
    """How many times the filter asked about the rows (one pass asks each row once)."""
    asked = [0]
    row_matches = page.model.row_matches

    def counted(row, *args):
        asked[0] += 1
        return row_matches(row, *args)

    page.model.row_matches = counted
    return asked


def test_a_word_typed_quickly_filters_once(qtbot, page):
    asked = count_filter_passes(page)
    qtbot.keyClicks(page.filter_box, "carer ")
    assert shown_ids(page) == ["c1", "c2", "c3", "c4", "c5", "c6"]  # not yet: still typing
    qtbot.waitUntil(lambda: shown_ids(page) == ["c1"], timeout=2000)
    pause_ran_out(qtbot, page)
    assert asked[0] == len(page.doc.workshop.cards)  # one pass for the six keys, not six


def test_enter_filters_at_once(qtbot, page):
    asked = count_filter_passes(page)
    qtbot.keyClicks(page.filter_box, "home")
    qtbot.keyClick(page.filter_box, Qt.Key.Key_Return)
    assert sorted(shown_ids(page)) == ["c3", "c6"]
    pause_ran_out(qtbot, page)  # with nothing left to do
    assert asked[0] == len(page.doc.workshop.cards)
    qtbot.keyClick(page.filter_box, Qt.Key.Key_Space)  # a space after a word changes nothing
    assert page.filters.waiting
    pause_ran_out(qtbot, page)
    assert asked[0] == len(page.doc.workshop.cards)
