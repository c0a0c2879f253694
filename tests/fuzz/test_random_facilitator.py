"""A random facilitator (review 36 R1): a seeded walk of hurried gestures over the real main
window on a copy of the demo, every dialog and menu answered at random, checked as it goes.

Not part of ``make test`` (pyproject's ``norecursedirs``): ``make fuzz`` runs it, one test a
seed. WTFC_FUZZ_SEEDS ("1 2 3") and WTFC_FUZZ_STEPS (100) say how much; WTFC_FUZZ_STAGES
("theme understand") keeps the walk to some stages, WTFC_FUZZ_CHECK_EVERY (25) is how often
Undo all / Redo all / save / reopen are checked, WTFC_FUZZ_VERBOSE=1 (with -s) prints the walk.
A walk stops at its first problem and shows its last 40 steps; the same seed walks the same way
for the same version of the app and of these files.

Every step: no Python exception, no Qt warning (a deleted or invalid object…), and the checks
of checks.py. Drags are not driven: the walk takes their keyboard and menu paths.
"""

from __future__ import annotations

import contextlib
import os
import random
import sys
import traceback

import pytest
from PySide6.QtWidgets import QApplication, QFileDialog

from tests.fuzz.answerer import Answerer
from tests.fuzz.checks import Checks
from tests.fuzz.steps import Walk
from tests.ui.settled import settle, until
from wtfc.model.demo import demo_path
from wtfc.model.workshop import Stage
from wtfc.ui import discard
from wtfc.ui.main_window import MainWindow

SEEDS = [int(s) for s in os.environ.get("WTFC_FUZZ_SEEDS", "1 2 3").split()]
STEPS = int(os.environ.get("WTFC_FUZZ_STEPS", "100"))
CHECK_EVERY = int(os.environ.get("WTFC_FUZZ_CHECK_EVERY", "25"))
STAGES = tuple(Stage(s) for s in os.environ.get("WTFC_FUZZ_STAGES", "").split())
VERBOSE = bool(os.environ.get("WTFC_FUZZ_VERBOSE"))
SHOWN = 40  # steps shown before a problem
# Qt's words for trouble; not its font and window-system chatter on the offscreen platform
TROUBLE = ("deleted", "destroyed", "invalid", "null", "warning", "cannot", "error", "failed")
CHATTER = ("propagatesizehints", "fontdatabase", "does not support",
           # a cell already being edited asked to edit again ("Edit the reason" with its box
           # open): nothing seen
           "edit: editing failed")


@contextlib.contextmanager
def exceptions_noted(problems: list[str]):
    """An exception in a slot or an event handler (Qt carries on) is a problem of the step."""
    def noted(kind, value, tb) -> None:
        problems.append("exception: " + "".join(traceback.format_exception(kind, value, tb)))

    before, sys.excepthook = sys.excepthook, noted
    try:
        yield
    finally:
        sys.excepthook = before


def _qt_trouble(records) -> list[str]:
    return [f"Qt said: {r.message[:300]}" for r in records
            if any(w in r.message.lower() for w in TROUBLE)
            and not any(w in r.message.lower() for w in CHATTER)]


@pytest.mark.parametrize("seed", SEEDS)
def test_random_facilitator(seed, qtbot, qtlog, tmp_path, monkeypatch):
    save_path = tmp_path / f"walk-{seed}.wtfc"  # Save As goes here; Open is cancelled
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(save_path), ""))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: ("", ""))
    rng, log, problems = random.Random(seed), [], []

    def ask_discard(_parent, what: str, *, new: bool) -> bool:  # not "Keep editing" always:
        thrown = rng.random() < 0.5  # a dialog with a date it won't take could never close
        log.append(f"  Discard {'this new' if new else 'your changes to this'} {what}? → "
                   f"{'Discard' if thrown else 'Keep editing'}")
        return thrown

    monkeypatch.setattr(discard, "ask_discard", ask_discard)
    window = MainWindow()
    qtbot.addWidget(window)
    window.files.open_path(demo_path(), as_copy=True, confirmed=True)
    window.resize(1400, 900)
    window.show()
    qtbot.waitExposed(window)
    settle()
    answerer = Answerer(rng, log, problems)
    walk, checks = Walk(window, rng, log, STAGES), Checks(window, answerer, rng, log, problems,
                                                         save_path)
    try:
        with exceptions_noted(problems):
            _walk(qtbot, qtlog, walk, checks, problems, log)
    finally:
        answerer.stop()
        window.undo.stack.setClean()  # closing asks nothing
    assert not problems, (f"seed {seed}, the last {SHOWN} steps:\n" + "\n".join(log[-SHOWN:])
                          + "\n\n" + "\n".join(problems))


def _walk(qtbot, qtlog, walk: Walk, checks: Checks, problems: list[str], log: list[str]) -> None:
    printed = 0
    for n in range(STEPS):
        try:
            walk.step()
            # a window-modal dialog (New action) leaves the window waiting, as for a user
            until(qtbot, lambda: QApplication.activeModalWidget() is None)
            settle()
            checks.after_step()
            if n % CHECK_EVERY == CHECK_EVERY - 1:
                checks.full()
        except Exception:  # the walk's own: said with its steps
            problems.append("exception: " + traceback.format_exc())
        problems += _qt_trouble(qtlog.records)
        qtlog.records.clear()
        if VERBOSE and len(log) > printed:
            print("\n".join(log[printed:]), file=sys.stderr, flush=True)
            printed = len(log)
        if problems:
            log.append(f"!! after step {n + 1}")
            return
