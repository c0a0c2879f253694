"""The stage timer's clock as the test's own: nothing waits real minutes. A test module that
imports ``now`` has it as a fixture: the clock every stage timer made from then on reads;
``later`` moves it on and ticks the window's timer, ``plan`` sets a stage's planned minutes."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from wtfc.model.operations.agenda import set_stage_minutes
from wtfc.model.workshop import Stage
from wtfc.ui import stage_clock

if TYPE_CHECKING:
    from wtfc.ui.main_window import MainWindow

MIN = 60_000


class FakeClock:
    """Milliseconds that move only when the test says so."""

    def __init__(self) -> None:
        self.ms = 0

    def __call__(self) -> int:
        return self.ms


@pytest.fixture
def now(monkeypatch) -> FakeClock:
    """The clock every stage timer made from now on reads."""
    fake = FakeClock()
    monkeypatch.setattr(stage_clock, "monotonic_ms", lambda: fake)
    return fake


def later(window: MainWindow, now: FakeClock, ms: int) -> None:
    """``ms`` pass; the timer's once-a-second tick comes."""
    now.ms += ms
    window.stage_side.clock.tick()


def plan(window: MainWindow, stage: Stage, minutes: int | None) -> None:
    """``minutes`` planned for ``stage`` (None: no plan), as one undoable step."""
    window.undo.push(set_stage_minutes(window.doc, stage=stage, minutes=minutes))
