"""Steps for the board tests that drive a main window (the ``demo_window`` fixture): let it
lay itself out, and show Understand ▸ Root causes at a window size."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication

from wtfc.model.workshop import Stage

if TYPE_CHECKING:
    from wtfc.ui.boards.causes import CausesBoard
    from wtfc.ui.main_window import MainWindow


def settle(qtbot) -> None:
    """Let the window lay itself out: queued events for a few rounds (one layout often queues
    another), a short wait for zero-length timers, then once more."""
    for _ in range(5):
        QApplication.processEvents()
    qtbot.wait(20)
    QApplication.processEvents()


def root_causes_at(window: MainWindow, qtbot, size: tuple[int, int]) -> CausesBoard:
    """The window at ``size`` (width, height) on Understand's Root causes tab, laid out."""
    window.resize(*size)
    window.go_to_stage(Stage.UNDERSTAND)
    tabs = window.page(Stage.UNDERSTAND)
    tabs.setCurrentWidget(tabs.causes)
    qtbot.waitExposed(window)
    settle(qtbot)
    return tabs.causes
