""" "Check all cards again" in a big workshop: the guard reads every card off the UI thread, with
a progress bar and Cancel, so the window keeps painting (10,000 cards take a second or two).

The worker reads a copy of the card list (cards are never changed in place) and hands back
the findings; the Collect page stores them as one undoable step, or nothing if cancelled.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget
from shiboken6 import Shiboken

from wtfc.importing.known_names import name_matcher
from wtfc.importing.name_spread import spread_over
from wtfc.model.workshop import Card, PersonalDetail
from wtfc.ui.background import BackgroundTask
from wtfc.ui.card_guard import details_in

Findings = dict[str, list[PersonalDetail]]
_STEP = 250  # cards between two moves of the progress bar


def _check(
    cards: Sequence[Card],
    names: Sequence[str],
    stop: threading.Event,
    progress: Callable[[int, int], None],
) -> Findings | None:
    """The guard over every card, on the worker; None once Cancel is pressed."""
    matcher = name_matcher(names)
    findings: Findings = {}
    for done, card in enumerate(cards):
        if stop.is_set():
            return None
        if done % _STEP == 0:
            progress(done, len(cards))
        findings[card.id] = details_in(card.text, matcher, pasted_rule=True)
    return spread_over(cards, findings)  # a name found in one card holds back the others


class NamesCheck(QObject):
    """One check of every card in the background. On the UI thread: ``ended(findings)``, None
    when it was cancelled; ``failed(message)`` in plain words (the details on standard error).
    """

    ended = Signal(object)
    failed = Signal(str)

    def __init__(self, cards: Sequence[Card], names: Sequence[str], parent: QWidget) -> None:
        super().__init__(parent)
        self.cards = list(cards)
        self._stop = threading.Event()
        self._over = False  # stopped from outside: a result still on its way goes unheard
        names, cards, stop = tuple(names), self.cards, self._stop
        # the job holds none of this object: it may outlive it (its window closed)
        self.task = BackgroundTask(
            lambda progress: _check(cards, names, stop, progress), self, stop=stop.set
        )
        self.progress = QProgressDialog(
            f"Checking {len(self.cards):,} cards for personal details…",
            "Cancel",
            0,
            len(self.cards),
            parent.window(),
        )
        self.progress.setWindowTitle("Checking cards")
        self.progress.setAccessibleName("Checking the cards for personal details")
        # modal to the window: no card can change while its copy is read. History floated in
        # its own window is not blocked by it: its list is greyed while the check runs
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        dock = getattr(parent.window(), "history_dock", None)
        self._history: QWidget | None = dock.widget() if dock is not None else None
        self.progress.setAutoClose(False)
        self.progress.canceled.connect(self._stop.set)
        self.progress.rejected.connect(self._stop.set)  # Escape, or the title bar's close
        self.task.progressed.connect(self._on_progressed)
        self.task.succeeded.connect(self._on_succeeded)
        self.task.failed.connect(self._on_failed)

    @property
    def cancelled(self) -> bool:
        return self._stop.is_set()

    def start(self) -> None:
        self._hold_history(True)
        self.progress.setValue(0)
        self.progress.show()  # at once: a check this big takes a second or more
        self.task.start()

    def stop(self) -> None:
        """Stop now and wait for the worker (another workshop was opened): nothing is stored,
        as with Cancel, and neither ``ended`` nor ``failed`` follows."""
        self._stop.set()
        self._over = True
        self.task.wait()
        self._close()

    def _on_progressed(self, done: int, total: int) -> None:
        if not self.cancelled:
            self.progress.setValue(done)
            # no longer than the first words, which set the dialog's width
            self.progress.setLabelText(f"Checked {done:,} of {total:,} cards…")

    def _on_succeeded(self, findings: Findings | None) -> None:
        if not self._over:
            self._end(None if self.cancelled else findings)

    def _on_failed(self, exc: Exception) -> None:
        print(getattr(exc, "wtfc_traceback", exc), file=sys.stderr)
        if self._over:
            return
        self._close()
        self.failed.emit(
            "Something went wrong while checking the cards, and nothing was "
            "changed. Please check them again."
        )

    def _end(self, findings: Findings | None) -> None:
        self._close()
        self.ended.emit(findings)

    def _close(self) -> None:
        self.progress.reset()
        self.progress.hide()
        self.progress.deleteLater()
        self._hold_history(False)

    def _hold_history(self, on: bool) -> None:
        """No History jump (a click on a row, its arrow keys) while the cards are read."""
        if self._history is not None and Shiboken.isValid(self._history):
            self._history.setEnabled(not on)
