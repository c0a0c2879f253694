"""A message too long for one line at the window's foot is shown whole, on two lines, and news
that holds there is said to a screen reader (review R7 #3): at 16 pt on a 1024-wide window the
bar cut Remove this person…'s line before "PDFs, spreadsheets and last cycle's file" and the
format note at "…that is not updat", with no tooltip, and the Remove line was never said."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel

from tests.ui.renders import save_render
from tests.ui.settled import settle
from tests.ui.spoken_checks import catch_announcements
from wtfc.ui.announce import announce
from wtfc.ui.foot_words import NAME
from wtfc.ui.format_note import updated_words
from wtfc.ui.remove_person import FOOT
from wtfc.ui.undo import end_lasting, passed, passing, show_lasting

FORMAT = f"Saved. {updated_words('spring.wtfc', 6)}"


def _narrow(qtbot, window, font_points, points=16, width=1024):
    font_points(points)
    window.resize(width, 728)
    qtbot.waitUntil(lambda: window.width() == width)
    settle()  # the new font reaches every widget
    return window.statusBar()


def _whole(bar) -> QLabel | None:
    """The words the foot shows on more than one line, if it does."""
    label = bar.findChild(QLabel, NAME)
    return label if label is not None and label.isVisible() else None


@pytest.mark.parametrize("words", [FOOT, FORMAT])
def test_a_long_message_is_shown_whole_on_two_lines(qtbot, demo_window, font_points, words):
    bar = _narrow(qtbot, demo_window, font_points)
    one_line = bar.height()
    assert bar.fontMetrics().horizontalAdvance(words) > bar.width()  # too long for a line
    passing(demo_window, words, 60_000)
    qtbot.waitUntil(lambda: _whole(bar) is not None and bar.height() > one_line)
    label = _whole(bar)
    assert label.text() == words and bar.currentMessage() == words
    assert label.height() >= label.heightForWidth(label.width())  # every line in sight
    assert label.geometry().right() <= bar.width()
    save_render(bar, f"foot_words_whole_{len(words)}")
    passed(demo_window, words)  # gone: the bar one line again
    qtbot.waitUntil(lambda: _whole(bar) is None and bar.height() == one_line)


def test_a_short_message_moves_nothing(qtbot, demo_window, font_points):
    """The bar grows only for a long message: "Undone: …" never moves the wall."""
    bar = _narrow(qtbot, demo_window, font_points)
    wall_height = demo_window.centralWidget().height()
    passing(demo_window, "Undone: Add card 'A garden'", 60_000)
    show_lasting(demo_window, "◷ Theme: time is up (20 min planned)")
    settle()
    assert bar.currentMessage().startswith("◷")
    assert _whole(bar) is None
    assert demo_window.centralWidget().height() == wall_height


def test_a_long_line_fits_again_when_the_window_widens(qtbot, demo_window, font_points):
    bar = _narrow(qtbot, demo_window, font_points)
    show_lasting(demo_window, FORMAT)
    qtbot.waitUntil(lambda: _whole(bar) is not None)
    demo_window.resize(1900, 728)
    qtbot.waitUntil(lambda: _whole(bar) is None)
    assert bar.currentMessage() == FORMAT  # drawn by the bar on its one line
    end_lasting(demo_window, FORMAT)


def test_lasting_news_is_said_once(qtbot, demo_window, monkeypatch):
    """Remove this person…'s line is said; news whose caller says it too is not said twice."""
    spoken = catch_announcements(monkeypatch)
    show_lasting(demo_window, FOOT)
    qtbot.waitUntil(lambda: FOOT in spoken)
    show_lasting(demo_window, "The projector was disconnected")
    announce(demo_window, "The projector was disconnected")  # as pages._say does
    show_lasting(demo_window, "◷ Theme: time is up (20 min planned)")
    announce(demo_window, "Theme: time is up")  # as the stage timer does
    passing(demo_window, "Saved.", 60_000)  # said by its caller, if at all
    settle()  # the queued announcements' turn (a zero timer)
    assert spoken == [FOOT, "The projector was disconnected", "Theme: time is up"]


def test_beside_the_held_back_warning_the_words_are_whole_not_a_column(qtbot, demo_window,
                                                                       font_points):
    """At 16 pt the held-back warning took nearly the whole bar, and the words wrapped into what
    was left made the bar a column as tall as the window. The warning now keeps to half the bar
    (held_back_warning.py, F32): the words are shown whole beside it, in a few lines."""
    bar = _narrow(qtbot, demo_window, font_points, width=1366)
    demo_window.show_held_back_action.trigger()  # Room view → Show held-back details…
    settle()
    show_lasting(demo_window, FOOT)
    qtbot.waitUntil(lambda: _whole(bar) is not None)
    label = _whole(bar)
    assert label.text() == FOOT and label.height() >= label.heightForWidth(label.width())
    assert label.geometry().right() < demo_window.held_back_warning.x()
    assert bar.height() < demo_window.height() // 4 and bar.toolTip() == ""
    end_lasting(demo_window, FOOT)
    qtbot.waitUntil(lambda: _whole(bar) is None)
    demo_window.show_held_back_action.trigger()


def _lines_high(label: QLabel) -> int:
    """How high the label's words are at its width in its font, from a label with no history
    (a label's own heightForWidth is never under its least height: its last fit)."""
    fresh = QLabel()
    fresh.setFont(label.font())
    fresh.setIndent(label.indent())
    fresh.setWordWrap(True)
    fresh.setText(label.text())
    return fresh.heightForWidth(label.width())


def test_the_text_made_larger_under_a_long_message_keeps_it_whole(qtbot, demo_window,
                                                                   font_points):
    """A4 R1: Remove this person…'s line, on one line at 9 pt at 1280, was cut through its
    middle when the text was made larger (the foot kept one line's height), and made smaller
    again it left a blank line under it."""
    bar = _narrow(qtbot, demo_window, font_points, points=9, width=1280)
    one_line = bar.height()
    show_lasting(demo_window, FOOT)
    settle()
    assert _whole(bar) is None and bar.height() == one_line  # drawn by the bar on its line
    font_points(16)
    qtbot.waitUntil(lambda: _whole(bar) is not None)
    settle()
    label = _whole(bar)
    assert label.text() == FOOT  # every line in sight, and no more
    assert label.height() == _lines_high(label) > bar.fontMetrics().height()
    assert bar.height() > label.height()
    font_points(9)
    qtbot.waitUntil(lambda: _whole(bar) is None)
    settle()
    assert bar.height() == one_line and bar.currentMessage() == FOOT
    end_lasting(demo_window, FOOT)


def test_the_same_message_at_the_same_width_is_as_high_whatever_came_before(qtbot, demo_window,
                                                                            font_points):
    """Shown at 1024 (three lines at 16 pt) and then widened to 1366, the foot kept three
    lines' height; shown at 1366 it had two."""
    bar = _narrow(qtbot, demo_window, font_points, points=16, width=1024)
    show_lasting(demo_window, FOOT)
    qtbot.waitUntil(lambda: _whole(bar) is not None)
    settle()
    narrow_lines = _whole(bar).height()
    demo_window.resize(1366, 728)
    qtbot.waitUntil(lambda: demo_window.width() == 1366)
    settle()
    widened = _whole(bar).height()
    end_lasting(demo_window, FOOT)
    qtbot.waitUntil(lambda: _whole(bar) is None)
    show_lasting(demo_window, FOOT)  # at 1366 from the start
    qtbot.waitUntil(lambda: _whole(bar) is not None)
    settle()
    label = _whole(bar)
    assert widened == label.height() == _lines_high(label) < narrow_lines
    end_lasting(demo_window, FOOT)
