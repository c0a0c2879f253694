"""Prepare's "The day's plan": how many minutes each stage is planned to take on the day, the
total in words, and a button that fills in the usual timings of a one-day workshop.

Each box is recorded as one undoable step when the facilitator leaves it (or presses Enter),
or when the window saves or closes while a box still has the keyboard, as "Who's in the room"
does (``CountBlock``). 0 reads "No plan". The stage navigator's timer counts down from these
minutes; the facilitator's notes for each stage are kept there, not here. Under the boxes,
when the day starts and a break after a stage (``day_times_row``): with a start time the total
gives the plan its clock times ("10:00 Prepare · 10:30 Theme · 13:00 Lunch · … · ends about
17:00"), in the laptop's time format.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wtfc.model.agenda import USUAL_MINUTES, minutes_words, plan_for, planned_minutes
from wtfc.model.commands import Command
from wtfc.model.day_times import Clock, break_minutes, times_line
from wtfc.model.document import Document
from wtfc.model.operations.agenda import set_stage_minutes, use_usual_timings
from wtfc.model.workshop import Stage, Workshop
from wtfc.ui.clock_words import locale_clock
from wtfc.ui.count_block import CountBlock
from wtfc.ui.count_box import CountBox, labelled
from wtfc.ui.day_times_row import DayTimesRow
from wtfc.ui.document_follow import follow_document
from wtfc.ui.flow_layout import FlowLayout
from wtfc.ui.shortcut_help import READ_ONLY_WHY, not_now
from wtfc.ui.undo import UndoAdapter

MAX_MINUTES = 480  # the most the file keeps for one stage: a whole day
EVERY_STAGE_PLANNED = "every stage has a plan already; change its minutes in its box"
USUAL_TOTAL = minutes_words(sum(USUAL_MINUTES.values()))


def total_words(workshop: Workshop, clock: Clock = locale_clock) -> str:
    """The day's planned minutes in words: "6 h 15 min planned, plus breaks" ("…, and 45 min
    of breaks" once breaks are planned), then, with a start time, the plan on the clock:
    "10:00 Prepare · 10:30 Theme · 13:00 Lunch · … · ends about 17:00"."""
    total = planned_minutes(workshop)
    if total == 0:
        return f"Nothing planned yet. The usual one-day workshop is {USUAL_TOTAL}, plus breaks."
    breaks = break_minutes(workshop)
    said = f"{minutes_words(total)} planned, " + (
        f"and {minutes_words(breaks)} of breaks." if breaks else "plus breaks.")
    times = times_line(workshop, clock)
    return f"{said}\n{times}" if times else said


def usual_words(stage: Stage) -> str:
    """What a stage usually takes, for its box's tip and a screen reader."""
    usual = USUAL_MINUTES.get(stage)
    if usual is None:  # Collect and Act happen before and after the day
        return "Not usually part of the day itself."
    return f"Usually {minutes_words(usual)}."


class MinutesBox(CountBox):
    """A stage's planned minutes, 0 to 480; 0 reads "No plan". The wheel changes it only once
    it has the keyboard (``CountBox``)."""

    def __init__(self) -> None:
        super().__init__()
        self.setRange(0, MAX_MINUTES)
        self.setSuffix(" min")
        self.setSpecialValueText("No plan")
        self.setSingleStep(5)


class DaysPlan(CountBlock[Stage]):
    """One box per stage (Alt+L reaches the first; Tab the next), the total in words, and
    "Use the usual timings". Follows ``details_changed('agenda')``, undo and file open."""

    def __init__(self, doc: Document, undo: UndoAdapter, parent: QWidget | None = None) -> None:
        super().__init__("The day's p&lan", doc, undo, parent)
        self.total = QLabel()
        self.total.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.total, 1)
        flow = FlowLayout(spacing=18, row_spacing=6)
        self.boxes: dict[Stage, MinutesBox] = {}
        for stage in Stage:
            box = MinutesBox()
            box.setAccessibleName(f"Minutes planned for {stage.label}")
            box.setToolTip(usual_words(stage))
            box.setAccessibleDescription(usual_words(stage))
            box.editingFinished.connect(lambda s=stage: self._commit(s))
            flow.addWidget(labelled(stage.label, box))
            self.boxes[stage] = box
        self.watch_boxes()
        self.usual = QPushButton("&Use the usual timings")
        self._usual_tip = (
            "Plan the usual length for each stage that has no plan yet: "
            + ", ".join(f"{s.label} {minutes_words(m)}" for s, m in USUAL_MINUTES.items())
            + ". Stages you have planned keep their minutes."
        )
        self.usual.clicked.connect(self._use_usual)
        top.addWidget(self.usual)
        layout = QVBoxLayout(self)
        # the total above the boxes, as in "Who's in the room": in sight while typing
        layout.addLayout(top)
        layout.addLayout(flow)
        self.times = DayTimesRow(doc, undo)  # when the day starts, and its breaks
        layout.addWidget(self.times)
        # the button after the last box: Alt+L (the group's letter) goes to the first box
        QWidget.setTabOrder(self.boxes[Stage.REVIEW], self.usual)
        QWidget.setTabOrder(self.usual, self.times.start)
        QWidget.setTabOrder(self.times.start, self.times.after)
        QWidget.setTabOrder(self.times.after, self.times.break_box)
        follow_document(self, doc, on_details=self._on_details_changed, on_reset=self.refresh)
        self.refresh()

    def _kept(self, stage: Stage) -> int:
        return plan_for(self.doc.workshop, stage).minutes or 0  # 0 is "No plan"

    def _edit(self, stage: Stage) -> Command:
        return set_stage_minutes(self.doc, stage=stage, minutes=self.boxes[stage].value())

    def _use_usual(self) -> None:
        if self.commit_pending():  # minutes typed in a box are the facilitator's: kept
            self.undo.try_push(lambda: use_usual_timings(self.doc), self)

    def commit_pending(self) -> bool:
        """The minutes boxes, the start time and the break: each recorded if typed."""
        return all([super().commit_pending(), self.times.commit_pending()])

    def typed_edits(self) -> list[Command]:
        return [*super().typed_edits(), *self.times.typed_edits()]

    def _on_details_changed(self, field: str) -> None:
        if field in ("agenda", "starts_at"):
            self.refresh()

    def refresh(self) -> None:
        ws = self.doc.workshop
        read_only = self.undo.read_only
        for stage, box in self.boxes.items():
            blocked = box.blockSignals(True)
            box.setValue(plan_for(ws, stage).minutes or 0)
            box.blockSignals(blocked)
            box.setEnabled(not read_only)
        self.total.setText(total_words(ws))
        self.times.refresh()
        # nothing left to fill: the button would add no step, so it says so by being off
        unplanned = any(plan_for(ws, stage).minutes is None for stage in USUAL_MINUTES)
        self.usual.setEnabled(unplanned and not read_only)
        # greyed, it says why (in its tip and on F1's Alt+U row), not just that it is off
        why_not = READ_ONLY_WHY if read_only else "" if unplanned else EVERY_STAGE_PLANNED
        self.usual.setToolTip(f"Not now: {why_not}." if why_not else self._usual_tip)
        not_now(self.usual, why_not)
