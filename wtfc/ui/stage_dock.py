"""The left dock: the stage list, then the stage timer and the facilitator's notes under it.

The list needs only its eight rows; the space under it holds the timer of the stage on screen
and "Your notes for Theme", so the facilitator runs the day from one place. When a running
stage's time is up the window says so once, at its foot and to a screen reader: no dialog and
no sound, as the room may be listening to someone speak. The foot says it while that stage's
timer runs on over its time: a pause, a reset, another timer started or more time planned
takes it away. Moved on to a later stage while it runs over, the foot offers the switch instead:
"◷ Prepare's timer is still running (20 min over) — Ctrl+T starts Theme's." (its minutes kept
current), until that no longer holds; back on the stage over time, its "time is up" again.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFrame, QListWidget, QScrollArea, QVBoxLayout, QWidget

from wtfc.model.agenda import minutes_words, plan_for
from wtfc.model.workshop import Stage
from wtfc.ui.announce import announce
from wtfc.ui.stage_clock import StageClock
from wtfc.ui.stage_notes import StageNotes
from wtfc.ui.stage_timer import StageTimerPanel
from wtfc.ui.timer_row import TimerRow
from wtfc.ui.timer_words import short_time
from wtfc.ui.undo import LASTING, end_lasting, show_lasting

if TYPE_CHECKING:
    from wtfc.ui.main_window import MainWindow

TIMER_KEY = "Ctrl+T"
NOTES_KEY = "Ctrl+Shift+N"


class StageSide(QWidget):
    """``navigator`` with the timer and notes of the stage ``window`` shows."""

    def __init__(self, window: MainWindow, navigator: QListWidget) -> None:
        super().__init__(window)
        self.window_ = window
        doc = window.doc
        self.clock = StageClock(lambda stage: plan_for(doc.workshop, stage).minutes, parent=self)
        self.navigator = navigator
        # as wide as the list would be alone: the boards keep their room
        self.setMaximumWidth(navigator.maximumWidth())
        self.timer = StageTimerPanel(doc, window.undo, self.clock)
        self.notes = StageNotes(doc, window.undo)
        under = QWidget()
        below = QVBoxLayout(under)
        below.setContentsMargins(0, 0, 0, 0)
        below.setSpacing(2)
        rule = QFrame()
        rule.setFrameShape(QFrame.Shape.HLine)
        below.addWidget(rule)
        below.addWidget(self.timer)
        below.addWidget(self.notes, 1)
        # the list keeps all its rows; on a short screen the timer and notes scroll under it
        self.pane = pane = QScrollArea()
        pane.setWidget(under)
        pane.setWidgetResizable(True)
        pane.setFrameShape(QFrame.Shape.NoFrame)
        pane.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        pane.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the controls, not the pane
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(navigator)
        layout.addWidget(pane, 1)
        navigator.model().dataChanged.connect(self._fit_list)  # a row's second line
        self._fit_list()
        self.rows = TimerRow(navigator, self.clock)
        self.clock.ticked.connect(self.rows.update)
        self.clock.time_up.connect(self._on_time_up)
        self.clock.ticked.connect(self._end_time_up)
        self.clock.ticked.connect(self._offer_switch)
        self._time_up: tuple[Stage, str] | None = None  # the stage over time, and the words
        self._offer = ""  # the foot's "… still running (20 min over) — Ctrl+T starts Theme's."
        doc.events.edited.connect(self.rows.update)  # a plan changed, or the held-back line
        self.start_action = QAction(window, text="Start or pause the stage &timer")
        self.start_action.setShortcut(QKeySequence(TIMER_KEY))
        self.start_action.triggered.connect(self.timer.toggle)
        self.notes_action = QAction(window, text="Your &notes for this stage")
        self.notes_action.setShortcut(QKeySequence(NOTES_KEY))
        self.notes_action.setStatusTip(
            "The facilitator's notes for the stage on screen: never shown to the room"
        )
        self.notes_action.triggered.connect(self.focus_notes)

    def _fit_list(self, *_: object) -> None:
        """The list as tall as its rows, so it never scrolls; the room under it is the
        timer's and the notes'."""
        nav = self.navigator
        rows = sum(nav.sizeHintForRow(row) + 2 * nav.spacing() for row in range(nav.count()))
        nav.setFixedHeight(rows + 2 * nav.frameWidth() + 2)

    def menu_actions(self) -> list[QAction]:
        """For the Stage menu, after a line: where F1 lists their keys."""
        line = QAction(self)
        line.setSeparator(True)
        return [line, self.start_action, self.notes_action]

    def show_stage(self, stage: Stage) -> None:
        """The window shows ``stage``'s page: its timer and notes."""
        self.timer.show_stage(stage)
        self.notes.show_stage(stage)
        self.rows.shown = stage
        self.rows.update()
        self._offer_switch()

    def focus_notes(self) -> None:
        """Ctrl+Shift+N: to the notes; folded while the room may see this screen, opening them
        asks first (``StageNotes.go_to``), Cancel leaving the keys on "Show your notes…"."""
        self.notes.go_to()
        notes = self.notes
        shown = notes.box if notes.fold.is_open() else notes.fold.button
        self.pane.ensureWidgetVisible(shown)  # scrolled under the list on a short screen

    def another_workshop(self) -> None:
        """Another workshop was opened (``FileController``): its stages have run no time. Not on
        every ``reset``: saving a read-only file as one's own and going back to an earlier
        version (or undoing it) swap the workshop too, and the day goes on."""
        self.clock.forget_all()

    def commit_pending(self) -> bool:
        """Record a plan or notes still being typed (before a save, close, undo or move)."""
        return self.timer.commit_pending() and self.notes.commit_pending()

    def _on_time_up(self, stage: Stage) -> None:
        minutes = plan_for(self.window_.doc.workshop, stage).minutes
        said = f"{stage.label}: time is up"
        planned = f" ({minutes_words(minutes)} planned)" if minutes else ""
        self._time_up = stage, f"◷ {said}{planned}"
        if not self._offer_words():  # on a later stage's page the foot offers the switch
            show_lasting(self.window_, self._time_up[1])  # until its stage is no longer over
        announce(self.timer, said)

    def _offer_words(self) -> str:
        """The switch offered while an earlier stage's timer runs over on a later stage's page."""
        running, shown, clock = self.clock.running, self.rows.shown, self.clock
        if running is None or shown is None or list(Stage).index(shown) <= list(Stage).index(
                running):
            return ""
        left = clock.left_ms(running)
        if left is None or left > 0:  # within its time: the timer panel says it runs
            return ""
        verb = "resumes" if clock.elapsed_ms(shown) else "starts"
        over = short_time(left, clock.elapsed_ms(running))
        return (f"◷ {running.label}'s timer is still running ({over}) — "
                f"{TIMER_KEY} {verb} {shown.label}'s.")

    def _offer_switch(self) -> None:
        """Say the switch at the foot while it holds (quietly as its minutes go on); when it
        ends, the foot's "time is up" comes back if its stage still runs over."""
        words = self._offer_words()
        if words == self._offer:
            return
        window, (before, self._offer) = self.window_, (self._offer, words)
        bar = window.statusBar()
        if before and words and bar.property(LASTING) == before:  # a minute more over
            bar.setProperty(LASTING, words)
            if bar.currentMessage() == before:
                bar.showMessage(words)
            return
        if before:
            end_lasting(window, before)
        if words:
            show_lasting(window, words)
        elif self._time_up is not None and self._still_over(self._time_up[0]):
            bar.setProperty(LASTING, self._time_up[1])  # said when it came: not said again
            if not bar.currentMessage():
                bar.showMessage(self._time_up[1])

    def _still_over(self, stage: Stage) -> bool:
        left = self.clock.left_ms(stage)
        return self.clock.running == stage and left is not None and left <= 0

    def _end_time_up(self) -> None:
        """The foot's "time is up" goes once its stage is no longer running over time."""
        if self._time_up is None:
            return
        stage, words = self._time_up
        if self._still_over(stage):
            return
        self._time_up = None
        end_lasting(self.window_, words)  # from the foot, unless a message was shown since
