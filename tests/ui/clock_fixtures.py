"""The stage timer's clock as the test's own: nothing waits real minutes. A test module that
imports ``now`` has it as a fixture: the clock every stage timer made from then on reads."""

from __future__ import annotations

import pytest

from wtfc.ui import stage_clock


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
