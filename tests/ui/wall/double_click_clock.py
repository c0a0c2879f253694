"""The suggestions panel's clock (``suggested_themes.time``), moved on by a double-click time
where the accept/dismiss-once tests slept it (450 ms a time, ~6 s of the wall's suggestion
tests): the panel reads ``time.monotonic()`` against ``doubleClickInterval``, so the click
after ``after_a_double_click`` is as late to it as after a real wait. Patched by the
``double_click_clock`` fixture (tests/ui/wall/conftest.py)."""

from __future__ import annotations

import time
from types import SimpleNamespace

from PySide6.QtWidgets import QApplication

_ahead = [0.0]  # seconds this clock runs ahead of the real one


def patched() -> SimpleNamespace:
    _ahead[0] = 0.0
    return SimpleNamespace(monotonic=lambda: time.monotonic() + _ahead[0])


def after_a_double_click(_qtbot=None) -> None:
    """The double-click time (and 50 ms) passes for the suggestions panel, and what the
    window queued meanwhile (the list laid out again) has run, as in the wait it replaces."""
    from tests.ui.settled import settle

    settle()
    _ahead[0] += (QApplication.doubleClickInterval() + 50) / 1000
