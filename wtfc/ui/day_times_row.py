"""Prepare's day's plan on the clock: "Day starts at" (a time, or "Not set") and a break after a
stage ("Break after [Theme] [45 min]": lunch), under the stages' minutes.

Each box is recorded as one undoable step when the facilitator leaves it (or presses Enter),
or when the window saves or closes while it still has the keyboard, as the minutes boxes are
(``DaysPlan.commit_pending``). The break box shows the break after the stage chosen beside it:
choosing another stage records the box first, then shows that stage's break. The clock times
they give the plan are said in the day's plan's total (``days_plan.total_words``).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, Qt, QTime
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QComboBox, QTimeEdit, QWidget

from wtfc.model.agenda import USUAL_MINUTES, minutes_words, plan_for
from wtfc.model.commands import Command
from wtfc.model.document import Document
from wtfc.model.operations.day_times import MOST_BREAK, set_break_after, set_day_start
from wtfc.model.workshop import Stage
from wtfc.ui.clock_words import clock_format
from wtfc.ui.count_box import CountBox, labelled
from wtfc.ui.date_box import ENGLISH_DATES, _WheelNeedsFocus
from wtfc.ui.flow_layout import FlowLayout
from wtfc.ui.left_field import built_edits
from wtfc.ui.shortcut_help import editable_only
from wtfc.ui.undo import UndoAdapter, undo_keys_pass_on
from wtfc.ui.undo_keys import forget_typing

NOT_SET = "Not set"  # the start box at its least, 00:00: no day starts at midnight
NO_BREAK = "No break"
# a break comes between two stages of the day: not after its last (Review)
BREAK_STAGES: list[Stage] = [stage for stage in USUAL_MINUTES if stage != Stage.REVIEW]
LUNCH_USUALLY_AFTER = Stage.THEME  # the usual day's half-way: 10:00 + 3 h is 13:00


class StartBox(_WheelNeedsFocus, QTimeEdit):
    """The day's start, in the laptop's short time format; 00:00 reads "Not set"."""

    def __init__(self) -> None:
        super().__init__()
        self.setLocale(ENGLISH_DATES)  # Latin digits (the format is the laptop's own)
        # a typed space stands for the narrow one some regions write before am/pm ("10:00 PM")
        self.setDisplayFormat(clock_format().replace("\u202f", " "))
        self.setMinimumTime(QTime(0, 0))
        self.setSpecialValueText(NOT_SET)
        self.setAccessibleName("The time the day starts")
        self.setToolTip("When the day starts: the day's plan and the room's Welcome then give "
                        "each stage its clock time, and the timer says when the day will end")

    def event(self, event: QEvent) -> bool:
        if undo_keys_pass_on(event, self.lineEdit()):
            # nothing typed here to undo: Ctrl+Z goes on to Edit > Undo, as from every box
            # (a time box is left to its own rule by ``undo_keys``, as the date box is)
            return False
        return super().event(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        # its time was recorded as the keyboard left: its typing is no longer its own to undo
        # (as ``undo_keys`` forgets every other box's), so Ctrl+Z on coming back is the step's
        if event.reason() != Qt.FocusReason.PopupFocusReason:  # a menu closed: typing stays
            forget_typing(self.lineEdit())
        super().focusInEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # "Not set" is the box's own words, not a time: a digit typed over it starts a time
        # (Qt otherwise kept "Not set000" and recorded nothing); so does a time chosen whole
        # (Ctrl+A, the mouse across it): Qt put 09:30 typed over 10:00 in its parts as 10:30
        chosen = self.lineEdit().selectedText()
        whole = bool(chosen) and chosen == self.lineEdit().text()
        if (self.time() == self.minimumTime() or whole) and event.text()[:1].isdigit():
            blocked = self.blockSignals(True)
            self.setTime(QTime(0, 0, 1))  # shown as 00:00, and no longer "Not set"
            self.blockSignals(blocked)
            self.setCurrentSection(QTimeEdit.Section.HourSection)
            self.setSelectedSection(QTimeEdit.Section.HourSection)
        super().keyPressEvent(event)

    def typed(self) -> dt.time | None:
        time = self.time()  # 00:00 typed is "Not set" too: no day starts at midnight
        return None if (time.hour(), time.minute()) == (0, 0) else dt.time(time.hour(),
                                                                            time.minute())

    def show_time(self, time: dt.time | None) -> None:
        blocked = self.blockSignals(True)
        self.setTime(QTime(time.hour, time.minute) if time else self.minimumTime())
        self.blockSignals(blocked)


class DayTimesRow(QWidget):
    """"Day starts at" and "Break after [stage] [minutes]", each an undoable step."""

    def __init__(self, doc: Document, undo: UndoAdapter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc, self.undo = doc, undo
        self.start = StartBox()
        self.start.editingFinished.connect(self._commit_start)
        self.after = QComboBox()
        for stage in BREAK_STAGES:
            self.after.addItem(stage.label, stage)
        self.after.setAccessibleName("The stage the break comes after")
        self.break_box = CountBox()
        self.break_box.setRange(0, MOST_BREAK)
        self.break_box.setSuffix(" min")
        self.break_box.setSpecialValueText(NO_BREAK)
        self.break_box.setSingleStep(5)
        self.break_box.setToolTip("A break after the stage chosen: lunch (30 min or more), or "
                                  "tea; 0 for none. Choose another stage for another break.")
        self.break_box.editingFinished.connect(self._commit_break)
        self._break_stage = LUNCH_USUALLY_AFTER
        self.after.setCurrentIndex(BREAK_STAGES.index(self._break_stage))
        self.after.currentIndexChanged.connect(self._on_stage_chosen)
        flow = FlowLayout(self, spacing=18, row_spacing=6)
        flow.setContentsMargins(0, 0, 0, 0)
        flow.addWidget(labelled("Da&y starts at", self.start))
        flow.addWidget(labelled("Brea&k after", self.after))
        flow.addWidget(self.break_box)
        self.refresh()

    # -- what is kept, and the steps recording the boxes -----------------------------------------
    def _break_kept(self) -> int:
        return plan_for(self.doc.workshop, self._break_stage).break_after or 0

    def _start_edit(self) -> Command:
        return set_day_start(self.doc, self.start.typed())

    def _break_edit(self) -> Command:
        return set_break_after(self.doc, self._break_stage, self.break_box.value())

    def _commit_start(self) -> bool:
        if self.undo.read_only or self.start.typed() == self.doc.workshop.starts_at:
            return True
        return self.undo.try_push(self._start_edit, self)

    def _commit_break(self) -> bool:
        if self.undo.read_only or self.break_box.value() == self._break_kept():
            return True
        return self.undo.try_push(self._break_edit, self)

    def _on_stage_chosen(self) -> None:
        self._commit_break()  # the minutes typed were for the stage chosen before
        self._break_stage = Stage(self.after.currentData())  # Qt keeps it as its str
        self.refresh()

    def commit_pending(self) -> bool:
        """Record what is typed but not yet recorded. False when refused."""
        return all([self._commit_start(), self._commit_break()])

    def typed_edits(self) -> list[Command]:
        """What is typed and not yet recorded, as steps (built, not done): for the recovery
        copy (``left_field``)."""
        if self.undo.read_only:
            return []
        return built_edits(self._start_edit, self._break_edit)

    def refresh(self) -> None:
        ws = self.doc.workshop
        self.start.show_time(ws.starts_at)
        blocked = self.break_box.blockSignals(True)
        self.break_box.setValue(self._break_kept())
        self.break_box.blockSignals(blocked)
        self.break_box.setAccessibleName(f"Minutes of the break after {self._break_stage.label}")
        for index, stage in enumerate(BREAK_STAGES):  # which stages have a break, in sight
            minutes = plan_for(ws, stage).break_after
            self.after.setItemText(index, f"{stage.label} ({minutes_words(minutes)} break)"
                                   if minutes else stage.label)
        # greyed on a read-only workshop, F1's Alt+Y and Alt+K rows saying why
        editable_only(self.undo.read_only, self.start, self.after, self.break_box)
