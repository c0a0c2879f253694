# ruff: noqa: F811  (the fixture ``now`` imported from clock_fixtures is a parameter here)
"""Undo's "Undone: …" at the window's foot covers news meant to stay there for five seconds,
then gives it back: the bar was left empty, and "The projector was disconnected: the room view
is in a window on this screen…" is the only place saying where the room view went (review 23
code_d2 F1). News that ended meanwhile, and a passing "Saved.", are not brought back."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import QTimer

from tests.ui.clock_fixtures import MIN, later, now, plan  # noqa: F401
from tests.ui.renders import save_render
from wtfc.model.operations.cards import edit_card
from wtfc.model.operations.details import edit_details
from wtfc.model.workshop import Stage
from wtfc.ui import undo as undo_module
from wtfc.ui.wall.room_screens import PROJECTOR_BACK, PROJECTOR_GONE

TIME_UP = "◷ Theme: time is up (20 min planned)"
SAID_MS = 300  # the test's "five seconds"


class _Ends:
    """``QTimer`` as undo.py uses it (at each "Undone: …", for its end), counting the ends run:
    a test checks the foot once the end it awaits has run, not after a fixed half second."""

    def __init__(self) -> None:
        self.ran = 0

    def singleShot(self, ms, receiver, end) -> None:  # (Qt's name)
        def run() -> None:
            end()
            self.ran += 1

        QTimer.singleShot(ms, receiver, run)


@pytest.fixture
def ends(monkeypatch) -> _Ends:
    counted = _Ends()
    monkeypatch.setattr(undo_module, "QTimer", counted)
    return counted


@pytest.fixture
def window(now, demo_window, monkeypatch, ends):
    """The demo, its stage timer on the test's clock (``now``, read from the window's start)."""
    monkeypatch.setattr(undo_module, "SAID_MS", SAID_MS)
    demo_window.show()
    return demo_window


def _ended(qtbot, bar, ends, steps: int) -> None:
    """Wait for the ``steps`` undos' words to have gone, each end having given back what it
    would (the bar's own clearing and the end are two timers of the same time)."""
    qtbot.waitUntil(lambda: ends.ran == steps and not bar.currentMessage().startswith(
        "Undone: "), timeout=3000)


def _undo_a_step(window) -> str:
    window.undo.push(edit_details(window.doc, title="Spring"))
    window.undo_action.trigger()
    words = window.statusBar().currentMessage()
    assert words.startswith("Undone: ")
    return words


def _time_up(window, now) -> None:
    window.go_to_stage(Stage.THEME)
    plan(window, Stage.THEME, 20)
    window.stage_side.timer.start.click()
    later(window, now, 21 * MIN)
    assert window.statusBar().currentMessage() == TIME_UP


def test_time_is_up_comes_back_after_the_undo_s_words(qtbot, window, now):
    _time_up(window, now)
    _undo_a_step(window)
    bar = window.statusBar()
    qtbot.waitUntil(lambda: bar.currentMessage() == TIME_UP, timeout=2000)
    later(window, now, MIN)  # still over time: it stays
    assert bar.currentMessage() == TIME_UP
    save_render(window, "undo_gives_back_time_is_up")
    qtbot.wait(SAID_MS * 2)  # no timeout of its own
    assert bar.currentMessage() == TIME_UP


def test_time_is_up_that_ended_under_the_undo_s_words_stays_gone(qtbot, window, now, ends):
    _time_up(window, now)
    _undo_a_step(window)
    window.stage_side.timer.start.click()  # paused: no longer running over
    later(window, now, MIN)
    bar = window.statusBar()
    qtbot.waitUntil(lambda: bar.currentMessage() == "", timeout=2000)
    _ended(qtbot, bar, ends, 1)
    assert bar.currentMessage() == ""


def test_a_second_undo_keeps_its_words_for_their_full_time(qtbot, window, now, monkeypatch):
    """The first step's time runs out while the second's words are up, whatever the machine's
    speed: its 300 ms against the second's 1 s (two fixed waits raced a loaded machine). Neither
    step is Theme's plan, so Theme is still over time when the second's words go (undoing the
    plan ended it, and the news came back only if it beat the clock's next tick)."""
    _time_up(window, now)
    bar = window.statusBar()
    heard: list[tuple[float, str]] = []
    bar.messageChanged.connect(lambda words: heard.append((time.monotonic(), words)))
    card = window.doc.workshop.cards[0]
    window.undo.push(edit_card(window.doc, card_id=card.id, text="Words changed"))
    _undo_a_step(window)  # its words for 300 ms
    monkeypatch.setattr(undo_module, "SAID_MS", 1000)
    window.undo_action.trigger()  # the card's step: its words for 1 s
    shown, second = heard[-1]
    assert second.startswith("Undone: Edit card") and heard[-2][1].startswith("Undone: Edit w")
    qtbot.waitUntil(lambda: bar.currentMessage() == TIME_UP, timeout=5000)
    after = [(at, words) for at, words in heard if at > shown]
    assert after[0][0] - shown >= 0.9  # not at the first step's 300 ms (timers may be 5% early)


def test_the_projector_s_news_comes_back_until_the_projector_returns(qtbot, window, ends):
    bar = window.statusBar()
    window.room.said.emit(PROJECTOR_GONE, 0)
    _undo_a_step(window)
    qtbot.waitUntil(lambda: bar.currentMessage() == PROJECTOR_GONE, timeout=2000)

    window.room.said.emit(PROJECTOR_BACK, 10000)  # it came back: the news no longer holds
    _undo_a_step(window)  # its edit replaces the step undone, which is said first
    _ended(qtbot, bar, ends, 3)
    assert bar.currentMessage() == ""


def test_the_projector_s_news_ended_by_another_screen_stays_gone(qtbot, window, ends):
    bar = window.statusBar()
    window.room.said.emit(PROJECTOR_GONE, 0)
    _undo_a_step(window)
    window.room.said.emit("", 0)  # another screen was chosen for the room view
    _ended(qtbot, bar, ends, 1)
    assert bar.currentMessage() == ""


def test_a_passing_message_is_not_brought_back(qtbot, window, ends):
    bar = window.statusBar()
    bar.showMessage("Saved.", 5000)
    _undo_a_step(window)
    _ended(qtbot, bar, ends, 1)
    assert bar.currentMessage() == ""
