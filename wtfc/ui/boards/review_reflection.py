"""The Review board's "Looking back on this workshop": what went well, what didn't go so well,
what we would do differently next time, and when we will look again (the next review).

The method ends each workshop this way ("Look back on what you have done, agree what went well,
what didn't go so well, and what you would do differently next time you co-produce"), and its
progress is judged by looking again at what changed in older people's lives. The reflection is
about this workshop, so the block is there with or without last time's file.

Each box is recorded as one undoable step when the keyboard leaves it, or when the window saves,
closes or changes stage while it is still being typed in (``commit_pending``); until then the
autosave's recovery copy holds it (``typed_edits``). The date is chosen as Prepare's is: a
click on "No date yet" opens the calendar six months after the workshop, and the date picked is
one step; unticking "Date set" clears it. A date before the workshop's is refused; one the
workshop's date was moved past on Prepare is kept, and said under it in words (``review_note``).
"""

from __future__ import annotations

import datetime as dt
from functools import partial

from PySide6.QtCore import QDate, QSignalBlocker, Qt
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QWidget,
)

from wtfc.model.commands import Command
from wtfc.model.document import Document
from wtfc.model.operations.record import edit_reflection, set_next_review
from wtfc.model.record_checks import review_note
from wtfc.model.workshop import Reflection, Workshop
from wtfc.ui.keep_in_sight import hint_in_sight
from wtfc.ui.left_field import built_edits, record_when_left
from wtfc.ui.length_limit import LengthLimit, model_limit
from wtfc.ui.lines_box import LinesBox
from wtfc.ui.optional_date_box import OptionalDateBox
from wtfc.ui.room_counts import READ_ONLY_RECORD
from wtfc.ui.shortcut_help import editable_only
from wtfc.ui.style import warning_look
from wtfc.ui.typed_detail_hint import ROOM_REPORT_DATA, TypedDetailHint
from wtfc.ui.undo import UndoAdapter

# (the Reflection's field, its label with the Alt key, the label's words as a name)
ANSWERS = (
    ("went_well", "What went &well", "What went well"),
    ("not_so_well", "What &didn't go so well", "What didn't go so well"),
    (
        "do_differently",
        "What we would do differently ne&xt time",
        "What we would do differently next time",
    ),
)
INTRO = (
    "Agree what went well, what didn't go so well and what you would do differently next "
    "time you work together, and when you will look again at what has changed in older "
    "people's lives."
)


def first_review_date(workshop: Workshop) -> dt.date:
    """The date "Date set" starts from: six months after the workshop (a date the group then
    changes), or today for a workshop with no date. Today was refused for a workshop still to
    come, as a review cannot be before the workshop itself."""
    if workshop.date is None:
        return dt.date.today()
    when = workshop.date
    later = QDate(when.year, when.month, when.day).addMonths(6)  # 31 August: 28 February
    if later.year() > dt.MAXYEAR:
        # a workshop in the second half of 9999 (a slipped year): its last day, which Python
        # holds, not a ValueError that failed Save and every stage change unseen
        return dt.date.max
    return dt.date(later.year(), later.month(), later.day())


class LookingBack(QGroupBox):
    """The three answers side by side and the next review's date. Follows
    ``details_changed('reflection' / 'next_review')``, undo and another file opened."""

    def __init__(self, doc: Document, undo: UndoAdapter, parent: QWidget | None = None) -> None:
        super().__init__("Looking back on this workshop", parent)
        self.doc, self.undo = doc, undo
        self.setAccessibleName("Looking back on this workshop")
        intro = QLabel(INTRO)
        intro.setWordWrap(True)
        self.read_only = QLabel(READ_ONLY_RECORD)  # keys in the boxes do nothing: said why
        self.read_only.setWordWrap(True)
        # the answers go on the room's Looking back page, in the report and the data export
        # as typed (no poster or feedback sheet has them): said as they are typed
        self.detail_hint = TypedDetailHint(lambda: self.doc.names_to_watch,
                                           shown_by=ROOM_REPORT_DATA)
        self.boxes: dict[str, LinesBox] = {}
        self.limits: dict[str, LengthLimit] = {}
        grid = QGridLayout()
        for column, (field, label_text, name) in enumerate(ANSWERS):
            box = LinesBox(4)  # the block then fits its tab on a 1366×768 laptop at 150%
            box.setAccessibleName(name)
            record_when_left(box, partial(self._commit_answer, field))
            label = QLabel(label_text)
            label.setWordWrap(True)
            label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom)
            label.setBuddy(box)
            limit = LengthLimit(box, model_limit(Reflection, field), name)
            grid.addWidget(label, 0, column)
            grid.addWidget(box, 1, column)
            grid.addWidget(limit.note, 2, column)
            grid.setColumnStretch(column, 1)
            self.boxes[field], self.limits[field] = box, limit
            self.detail_hint.watch(name, box.toPlainText, box.textChanged)
            box.textChanged.connect(partial(hint_in_sight, self.detail_hint, box))
        self.has_date = QCheckBox("Date set")
        self.has_date.setAccessibleName("The next review has a date")
        self.has_date.setToolTip("Untick to have no date; tick for six months after the "
                                 "workshop, then change it")
        # a click on "No date yet" opens the calendar six months after the workshop
        self.date = OptionalDateBox(lambda: first_review_date(self.doc.workshop))
        self.date.setAccessibleName("Next review")
        self.date.editingFinished.connect(self._commit_date)
        self.date.chosen.connect(self._on_date_chosen)
        self.has_date.toggled.connect(self._on_has_date_toggled)
        self.date_label = QLabel("Next re&view: we will look again by")
        row = QHBoxLayout()
        row.addWidget(self.date_label)
        row.addWidget(self.date)
        row.addWidget(self.has_date)
        row.addStretch()
        # a workshop date moved past the review is kept (Prepare): said beside the date
        self.date_note = QLabel()
        self.date_note.setWordWrap(True)
        warning_look(self.date_note)
        self.date_note.hide()
        layout = QGridLayout(self)
        layout.addWidget(intro, 0, 0)
        layout.addWidget(self.read_only, 1, 0)
        layout.addLayout(grid, 2, 0)
        layout.addWidget(self.detail_hint, 3, 0)
        layout.addLayout(row, 4, 0)
        layout.addWidget(self.date_note, 5, 0)
        doc.events.details_changed.connect(self._on_details_changed)
        doc.events.reset.connect(self.refresh)
        self.refresh()

    # -- recording -------------------------------------------------------------------------------
    def commit_pending(self) -> bool:
        """Record what is typed but not yet recorded (a box still has the keyboard). False when
        it was refused (said so): the words are still only in the box."""
        if self.undo.read_only:
            return True
        if not self.date.read_typed(stay=True):  # a date still typed: it was left out
            return False
        return all([*(self._commit_answer(field) for field in self.boxes), self._commit_date()])

    def typed_edits(self) -> list[Command]:
        """The boxes typed in and not yet recorded, as the steps recording them would make
        (built, not done): the autosave's recovery copy holds them (``left_field``)."""
        if self.undo.read_only:
            return []
        # the answers as one step: each would otherwise put back the others as they were
        typed = self._typed()
        return built_edits(lambda: self._answer_edit(*typed), self._date_edit)

    def _typed(self) -> list[str]:
        kept = self.doc.workshop.reflection
        return [
            field
            for field, box in self.boxes.items()
            if box.toPlainText().strip() != getattr(kept, field)
        ]

    def _answer_edit(self, *fields: str) -> Command:
        return edit_reflection(self.doc, **{f: self.boxes[f].toPlainText() for f in fields})

    def _commit_answer(self, field: str) -> bool:
        if field not in self._typed():
            return True
        return self.undo.try_push(lambda: self._answer_edit(field), self)

    def _chosen_date(self):
        if not self.has_date.isChecked():
            return None
        # a date typed and not read in yet, as leaving the box would read it (``typed_edits``);
        # ticked with no date shown yet: a date the facilitator then changes
        return self.date.typed_date() or self.date.date_or_none() \
            or first_review_date(self.doc.workshop)

    def _date_edit(self) -> Command:
        return set_next_review(self.doc, when=self._chosen_date())

    def _commit_date(self) -> bool:
        if self._chosen_date() == self.doc.workshop.next_review:
            return True
        return self.undo.try_push(self._date_edit, self)

    def _on_date_chosen(self) -> None:
        """A date picked on "No date yet": recorded as one step, the tick ticked with it."""
        with QSignalBlocker(self.has_date):
            self.has_date.setChecked(True)
        if not self._commit_date():  # refused (before the workshop): no date, as it was
            self.refresh()

    def _on_has_date_toggled(self, checked: bool) -> None:
        if self._commit_date() and checked and not self.undo.read_only:
            self.date.offer(self.date.date())  # six months on, only to start from (Prepare's)
            self.date.setFocus()  # the arrows change the day, Enter records it

    # -- following the workshop ------------------------------------------------------------------
    def _on_details_changed(self, field: str) -> None:
        if field in ("reflection", "next_review", "date"):  # the date: Prepare's
            self.refresh()

    def refresh(self) -> None:
        ws = self.doc.workshop
        read_only = self.undo.read_only
        self.read_only.setVisible(read_only)
        for field, box in self.boxes.items():
            kept = getattr(ws.reflection, field)
            if box.toPlainText().strip() != kept:  # (the typing's own spaces are kept)
                blocked = box.blockSignals(True)
                box.setPlainText(kept)
                box.blockSignals(blocked)
            self.limits[field].update_note()
            box.setReadOnly(read_only)
        when = ws.next_review
        held = [w.blockSignals(True) for w in (self.date, self.has_date)]
        self.date.set_date_or_none(when)
        self.has_date.setChecked(when is not None)
        self.date.blockSignals(held[0])
        self.has_date.blockSignals(held[1])
        editable_only(read_only, self.date, self.has_date)
        # Alt+V, then Space: the calendar, or type the date
        self.date_label.setBuddy(self.date)
        note = review_note(ws)
        self.date_note.setText(note)
        self.date_note.setVisible(bool(note))
        self.date.setAccessibleDescription(note)  # read with the date it is about


class _Pane(QScrollArea):
    """Scrolls the block where its tab is too short for it (a 1366×768 laptop at 150%): the
    box the keyboard goes to, by Tab or its Alt key, is scrolled whole into sight."""

    def __init__(self, block: LookingBack) -> None:
        super().__init__()
        self.setWidget(block)
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the boxes, not the scroller
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.focusChanged.connect(self._on_focus)

    def _on_focus(self, _old: QWidget | None, new: QWidget | None) -> None:
        block = self.widget()
        if new is not None and block is not None and block.isAncestorOf(new):
            self.ensureWidgetVisible(new, 0, 8)


def looking_back_pane(doc: Document, undo: UndoAdapter) -> tuple[LookingBack, QScrollArea]:
    """The block, and the pane that scrolls it where its tab leaves it too little height."""
    block = LookingBack(doc, undo)
    return block, _Pane(block)
