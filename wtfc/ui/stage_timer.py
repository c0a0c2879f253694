"""The timer panel under the stage list: the stage on screen, its plan and its time.

"Theme · 2 h 30 min planned", a large "1:12:05 left" (then "⚠ 4 min over": words and a
symbol, the warning's own box as well), Start/Pause and Reset, and a minutes box that sets the
plan as an undoable edit of the workshop's agenda (recorded on Enter or on leaving the box, and
held by the autosave's recovery copy until then). While another stage's timer runs, the panel
says so: only one runs at a time (``StageClock``).

Under it, once a planned stage's timer has run, the day's line: "Day: 20 min behind plan —
ends about 16:35 (planned 16:15)", "Day: on time", "Day: 5 min ahead of plan" (with clock
times once the day has a start time: ``wtfc/model/day_times.py``). It is the facilitator's:
the room's timer shows only the running stage's time, and only when chosen (``room_timer``).
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from wtfc.model.agenda import minutes_words, plan_for
from wtfc.model.commands import Command
from wtfc.model.day_times import day_line, drift_minutes
from wtfc.model.document import Document
from wtfc.model.operations.agenda import set_stage_minutes
from wtfc.ui.announce import announce
from wtfc.ui.clock_words import locale_clock
from wtfc.ui.count_box import CountBox
from wtfc.ui.stage_clock import StageClock
from wtfc.ui.stage_field import StageField
from wtfc.ui.style import ui_font, warning_look
from wtfc.ui.timer_words import big_time, short_time
from wtfc.ui.undo import UndoAdapter

MOST_MINUTES = 480  # the longest plan the file keeps for a stage (a whole day)
NO_PLAN = "No plan"  # as the Plan box and Prepare's day's plan say it


class StageTimerPanel(StageField):
    """Shows ``stage`` (the one on screen) from ``clock``; follows ``doc`` edits and undo."""

    def __init__(
        self, doc: Document, undo: UndoAdapter, clock: StageClock, parent: QWidget | None = None
    ) -> None:
        super().__init__(doc, undo, parent)
        self.clock = clock
        self.setAccessibleName("Stage timer")
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.heading.setFont(ui_font(9, bold=True))
        self.time = QLabel()
        self.time.setFont(ui_font(18, bold=True))  # 24 px at 96 dpi: read from a step back
        self.time.setWordWrap(True)
        self.state = QLabel()
        self.state.setWordWrap(True)
        self.start = QPushButton()
        self.start.clicked.connect(self.toggle)
        self.reset = QPushButton("↺ Reset")
        self.reset.clicked.connect(lambda: self.clock.reset(self.stage))
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.start)
        buttons.addWidget(self.reset)
        self.minutes = CountBox()  # the wheel changes it only once it has the keyboard
        self.minutes.setRange(0, MOST_MINUTES)
        self.minutes.setSpecialValueText(NO_PLAN)
        self.minutes.setSuffix(" min")
        self.minutes.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.minutes.editingFinished.connect(self.commit_pending)
        plan_label = QLabel("Plan:")
        plan_label.setBuddy(self.minutes)
        plan = QGridLayout()
        plan.setContentsMargins(0, 0, 0, 0)
        plan.addWidget(plan_label, 0, 0)
        plan.addWidget(self.minutes, 0, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(4)
        for widget in (self.heading, self.time, self.state):
            layout.addWidget(widget)
        layout.addLayout(buttons)
        layout.addLayout(plan)
        self.day = QLabel()  # how the day goes by the timers: hidden until one has run
        self.day.setWordWrap(True)
        self.day.setAccessibleName("The day against its plan")
        layout.addWidget(self.day)
        clock.ticked.connect(self._show_time)
        doc.events.edited.connect(self.refresh)  # the plan, set here, on Prepare or undone
        doc.events.reset.connect(self.on_reset)
        self.refresh()

    def kept(self) -> int | None:
        return plan_for(self.doc.workshop, self.stage).minutes

    def typed(self) -> int | None:
        return self.minutes.value() or None  # 0 is "no plan"

    def edit(self) -> Command:
        return set_stage_minutes(self.doc, stage=self.stage, minutes=self.typed())

    def fill(self, kept: int | None) -> None:
        blocked = self.minutes.blockSignals(True)
        self.minutes.setValue(kept or 0)
        self.minutes.blockSignals(blocked)

    def refresh(self) -> None:
        minutes, label = self.kept(), self.stage.label
        self.heading.setText(
            f"{label} · {minutes_words(minutes)} planned" if minutes else f"{label} · {NO_PLAN}"
        )
        self.refill()
        self.minutes.setEnabled(not self.undo.read_only)  # the timer still runs: not content
        self.minutes.setAccessibleName(f"Planned minutes for {label}")
        self.minutes.setToolTip(
            "The time planned for this stage on the day, in minutes "
            "(kept in the workshop; 0 for no plan)"
        )
        self.reset.setAccessibleName(f"Reset the timer for {label}")
        self._show_time()

    def _show_time(self) -> None:
        stage, clock = self.stage, self.clock
        elapsed = clock.elapsed_ms(stage)
        text, over = big_time(clock.left_ms(stage), elapsed)
        self.time.setText(text)
        if over:
            warning_look(self.time, padding="0px 4px")
        else:
            self.time.setStyleSheet("")
        running = clock.running
        other = running if running is not None and running != stage else None
        if running == stage:
            state, button, said = "▶ Running", "‖ Pause", "running"  # (DejaVu Sans lacks ⏸)
        elif elapsed:
            state, button, said = "‖ Paused", "▶ Resume", "paused"
        else:
            state, button, said = "Not started", "▶ Start", "not started"
        verb = button.split(" ", 1)[1]
        name = f"{verb} the timer for {stage.label} (Ctrl+T)"
        # a screen reader reads the time with the button, as the eye reads it above: in whole
        # minutes, so a description kept current is not read out again every second
        spoken = f"{short_time(clock.left_ms(stage), elapsed)}, {said}"
        if other is not None:
            left = short_time(clock.left_ms(other), clock.elapsed_ms(other))
            state += f" — the timer is running for {other.label}: {left}"
            spoken += f"; {other.label}'s timer is running, {left}: this pauses it"
        self.state.setText(state)
        self.start.setText(button)
        if self.start.accessibleName() != name:
            self.start.setAccessibleName(name)
        if self.start.accessibleDescription() != spoken:
            self.start.setAccessibleDescription(spoken)
        self.start.setToolTip(name + (f": pauses {other.label}'s" if other is not None else ""))
        self.reset.setEnabled(elapsed > 0)
        self._show_day()

    def _show_day(self) -> None:
        ws, clock = self.doc.workshop, self.clock
        drift = drift_minutes(ws, clock.elapsed_ms, clock.running, self.stage)
        line = day_line(ws, drift, locale_clock)
        if self.day.text() != line:
            self.day.setText(line)
        self.day.setVisible(bool(line))

    def toggle(self) -> None:
        """Start/Pause (the button, Ctrl+T), said with the time left: the keyboard is on the
        page, so the button's new words are not heard. Starting this stage's timer pauses
        another's: said too, as the eye sees that stage's line go from the stage list."""
        other, stage = self.clock.running, self.stage
        self.clock.toggle(stage)
        verb = "started" if self.clock.running == stage else "paused"
        said = f"{stage.label}'s timer {verb}: " + short_time(
            self.clock.left_ms(stage), self.clock.elapsed_ms(stage))
        if other is not None and other != stage:
            left = short_time(self.clock.left_ms(other), self.clock.elapsed_ms(other))
            said += f"; {other.label}'s paused, {left}"
        announce(self, said)
