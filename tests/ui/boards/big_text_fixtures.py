"""The bigger-text tests' shared set-up: a board of the demo window at a laptop's size, its font
scaled to a Windows "Make text bigger" size or left at the default."""

from __future__ import annotations

from tests.ui.settled import settle
from wtfc.model.workshop import Stage
from wtfc.ui.style import DESIGN_APP_POINT_SIZE

SMALL = (1093, 614)  # 1366x768 at 125%


def board_at(qtbot, window, stage: Stage, *, font_scaled=None, points: float = 16,
             size: tuple[int, int] = SMALL)-> object:
    """``stage``'s page shown in ``window`` at ``size``; with ``font_scaled`` (the fixture) the
    app's text at ``points`` first; settled: its heading row and columns have followed the width
    (the event loop run until idle)."""
    if font_scaled is not None:
        font_scaled(points / DESIGN_APP_POINT_SIZE)
    window.resize(*size)
    window.go_to_stage(stage)
    settle()
    return window.page(stage)


def priorities_at(qtbot, window, *, font_scaled=None, points: float = 16,
                  size: tuple[int, int] = SMALL) -> object:
    """Choose priorities (Understand's second board) as :func:`board_at` shows a stage."""
    if font_scaled is not None:
        font_scaled(points / DESIGN_APP_POINT_SIZE)
    window.resize(*size)
    window.go_to_stage(Stage.UNDERSTAND)
    page = window.page(Stage.UNDERSTAND)
    page.setCurrentWidget(page.priorities)
    settle()
    return page.priorities
