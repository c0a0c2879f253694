"""Steps for the board tests that drive a main window (the ``demo_window`` fixture): let it
lay itself out, and show Understand ▸ Root causes at a window size."""

from __future__ import annotations

from typing import TYPE_CHECKING

from wtfc.model.workshop import Stage

if TYPE_CHECKING:
    from wtfc.ui.boards.causes import CausesBoard
    from wtfc.ui.main_window import MainWindow


def settle(qtbot) -> None:
    """Let the window lay itself out: the event loop run until a pass finds nothing queued (the
    boards' follow-up work is posted events and zero-length timers; it slept 20 ms a call)."""
    from tests.ui.settled import settle as run_out

    run_out()


def root_causes_at(window: MainWindow, qtbot, size: tuple[int, int]) -> CausesBoard:
    """The window at ``size`` (width, height) on Understand's Root causes tab, laid out."""
    window.resize(*size)
    window.go_to_stage(Stage.UNDERSTAND)
    tabs = window.page(Stage.UNDERSTAND)
    tabs.setCurrentWidget(tabs.causes)
    qtbot.waitExposed(window)
    settle(qtbot)
    return tabs.causes
