"""The Prepare stage: the workshop's title, date, venue, facilitator, purpose and scope, who
is in the room (``room_counts``), how the room agreed to work together and to decide, and the
day's plan (``days_plan``). The page scrolls where
the window is too short for it all (a 1366×768 laptop at 150% leaves it ~460 pixels)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, QObject, QSignalBlocker, QSize, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from wtfc.model.commands import Command
from wtfc.model.document import Document
from wtfc.model.operations.details import edit_details
from wtfc.model.record_checks import date_note
from wtfc.model.workshop import Workshop
from wtfc.ui.days_plan import DaysPlan
from wtfc.ui.document_follow import follow_document
from wtfc.ui.keep_in_sight import bring_into_sight
from wtfc.ui.left_field import built_edits
from wtfc.ui.length_limit import LengthLimit, model_limit
from wtfc.ui.optional_date_box import OptionalDateBox
from wtfc.ui.room_counts import InTheRoom
from wtfc.ui.shortcut_help import editable_only
from wtfc.ui.style import ui_font, warning_look
from wtfc.ui.typed_detail_hint import TypedDetailHint
from wtfc.ui.undo import UndoAdapter

TITLE_EXAMPLE = "e.g. North locality older people's workshop"  # grey in an empty Title box
# typed in (the date is chosen)
_TYPED = ("title", "venue", "facilitator", "purpose", "scope", "agreements")
AGREEMENTS = "How we agreed to work and decide"  # the report's heading for them too
# typed the evening before, away from the room: said plainly that the room will read them
INTRO = ("Agree how, when and where you will work together, and who needs to be involved. "
         "All but the Facilitator (role) is projected on the room's Welcome as soon as the "
         "room view is up (Room view \u2192 The welcome), and goes on the report's title page.")
# expected numbers typed the night before are said to the room as who is here
ROOM_NOTE = ("The room's Welcome shows these counts as who is here: if you typed them the "
             "evening before, update them on the morning.")


class _PlainTextField(QPlainTextEdit):
    """A multi-line field that reports when the facilitator leaves it (like editingFinished)."""

    def __init__(self, on_done) -> None:
        super().__init__()
        self._on_done = on_done
        self.setTabChangesFocus(True)

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        self._on_done()

    def sizeHint(self) -> QSize:
        # five lines asked for, not Qt's ~190 px: on a 1366×768 screen "Who's in the room"
        # then shows under them without scrolling; a taller window still gives them the room
        hint = super().sizeHint()
        return QSize(hint.width(), 5 * self.fontMetrics().lineSpacing() + 12)


class DetailsPage(QWidget):
    """A form; each field is saved as an undoable edit when the facilitator leaves it, or when
    the window saves or closes while the facilitator is still typing (``commit_pending``)."""

    def __init__(self, doc: Document, undo: UndoAdapter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc, self.undo = doc, undo
        heading = QLabel("Prepare the workshop")
        heading.setFont(ui_font(20, bold=True))
        self.intro = intro = QLabel(INTRO)
        intro.setWordWrap(True)
        # File → New workshop from this one… says here, once, which words are last time's
        self.started_from = QLabel()
        self.started_from.setTextFormat(Qt.TextFormat.PlainText)  # a file's name, as it is
        self.started_from.setWordWrap(True)
        warning_look(self.started_from)
        self.started_from.hide()
        self.title = QLineEdit()
        # empty in a new workshop, so it is typed in (it heads every export), not left as
        # "Untitled workshop": a grey example says what kind of title
        self.title.setPlaceholderText(TITLE_EXAMPLE)
        self.venue = QLineEdit()
        self.facilitator = QLineEdit()
        self.has_date = QCheckBox("Date set")
        self.has_date.setToolTip("Untick to have no date; tick for today's, then change it")
        # a click on "No date yet" opens the calendar on today (the wheel needs the keyboard)
        self.date = OptionalDateBox(dt.date.today)
        self.date.setMinimumWidth(self.date.fontMetrics().horizontalAdvance("30 September "
                                                                              "2027") + 60)
        self.purpose = _PlainTextField(lambda: self._commit("purpose"))
        self.scope = _PlainTextField(lambda: self._commit("scope"))
        self.agreements = _PlainTextField(lambda: self._commit("agreements"))
        self.agreements.setPlaceholderText(
            "The ground rules the group set, and how it will choose its priorities and agree "
            "actions (votes, dots, agreement in the room…)")
        # each box takes only what the workshop keeps, so the recovery copy holds all it shows
        self.limits = {field: LengthLimit(getattr(self, field), model_limit(Workshop, field),
                                          AGREEMENTS if field == "agreements"
                                          else field.capitalize()) for field in _TYPED}
        for name, widget in (("title", self.title), ("venue", self.venue),
                             ("facilitator", self.facilitator)):
            widget.setAccessibleName(f"Workshop {name}")
            widget.editingFinished.connect(lambda n=name: self._commit(n))
        self.date.setAccessibleName("Workshop date")
        self.has_date.setAccessibleName("Workshop has a date")
        self.purpose.setAccessibleName("Purpose")
        self.scope.setAccessibleName("Scope")
        self.agreements.setAccessibleName(AGREEMENTS)
        self.date.editingFinished.connect(lambda: self._commit("date"))
        self.date.chosen.connect(self._on_date_chosen)
        self.has_date.toggled.connect(self._on_has_date_toggled)
        self.form = form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        form.addRow("&Title", self.title)
        form.addRow("", self.limits["title"].note)
        self.date_label = QLabel("&Date")  # Alt+D, then Space: the calendar, or type the date
        self.date_label.setBuddy(self.date)
        date_row = QHBoxLayout()  # the tick beside the date it is about, not under it
        date_row.addWidget(self.date)
        date_row.addWidget(self.has_date)
        date_row.addStretch(1)
        form.addRow(self.date_label, date_row)
        # a date moved past the next review is kept: said here, and beside the review's date
        self.date_note = QLabel()
        self.date_note.setWordWrap(True)
        warning_look(self.date_note)
        form.addRow("", self.date_note)
        form.addRow("&Venue", self.venue)
        form.addRow("", self.limits["venue"].note)
        form.addRow("F&acilitator (role)", self.facilitator)
        form.addRow("", self.limits["facilitator"].note)
        form.addRow("&Purpose", self.purpose)
        form.addRow("", self.limits["purpose"].note)
        form.addRow("S&cope (who, which services, which area)", self.scope)
        form.addRow("", self.limits["scope"].note)
        # Typed days before, away from the room, and projected on the Welcome: said here as on
        # the boards. The facilitator's role is on no room view, so it is not watched.
        self.detail_hint = TypedDetailHint(lambda: doc.names_to_watch)
        for label, field in (("Title", self.title), ("Venue", self.venue)):
            self.detail_hint.watch(label, field.text, field.textChanged)
        for label, box in (("Purpose", self.purpose), ("Scope", self.scope)):
            self.detail_hint.watch(label, box.toPlainText, box.textChanged)
        form.addRow("", self.detail_hint)
        self.room = InTheRoom(doc, undo)
        self.room.setToolTip(ROOM_NOTE)
        self.room_note = QLabel(ROOM_NOTE)
        self.room_note.setWordWrap(True)
        agreed = self._agreements_block()  # after the room: that shows unscrolled at 1366×768
        self.plan = DaysPlan(doc, undo)
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addWidget(self.started_from)
        layout.addLayout(form)
        layout.addWidget(self.room)
        layout.addWidget(self.room_note)
        layout.addWidget(agreed)
        layout.addWidget(self.plan)
        layout.addStretch()
        self.scroller = scroll = QScrollArea()
        scroll.setWidget(content)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        # narrower than even the form with its labels over the fields: the rest a scroll away
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        # its width, and the words' (zoomed, a language), decide the form's and notes' (``_fit``)
        scroll.viewport().installEventFilter(self)
        content.installEventFilter(self)
        # no Tab stop of its own: Ctrl+1 and Tab go to the title, not to a nameless scroller
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.setFont(ui_font(12))
        # its connections end with the page (a test, a future second window frees one)
        follow_document(self, doc, on_details=self._refresh, on_reset=self._on_another_workshop)
        self._refresh()

    def say_started_from(self, words: str) -> None:
        """A plain note, not a box to close: the facilitator checks the fields under it."""
        self.started_from.setText(words)
        self.started_from.show()

    def _on_another_workshop(self) -> None:
        self.started_from.hide()  # not said of the workshop opened next, nor of this one again
        self.date.offer(None)  # its date, even today's, is one held
        self._refresh()

    def _agreements_block(self) -> QGroupBox:
        """Principles 2 and 4 of the method: the ground rules the group develops, and its
        agreement about how decisions are made; the report prints them, and reads the votes
        by them rather than assuming everyone voted."""
        block = QGroupBox(AGREEMENTS.replace("agreed", "a&greed"))  # Alt+G
        layout = QVBoxLayout(block)
        layout.addWidget(self.agreements)
        layout.addWidget(self.limits["agreements"].note)
        self.agreed_hint = TypedDetailHint(lambda: self.doc.names_to_watch)
        self.agreed_hint.watch(AGREEMENTS, self.agreements.toPlainText,
                               self.agreements.textChanged)
        layout.addWidget(self.agreed_hint)
        self.agreements.installEventFilter(self)
        self._agreed_block = block
        return block

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Alt+G or Tab into the words: their block scrolled into sight on a short screen
        if watched is self.agreements and event.type() == QEvent.Type.FocusIn:
            bring_into_sight(self._agreed_block, self.agreements)
        # (the words' filter is set before the scroller is made)
        if watched is not self.agreements and (
                (event.type() == QEvent.Type.Resize and watched is self.scroller.viewport())
                or (event.type() == QEvent.Type.LayoutRequest
                    and watched is self.scroller.widget())):
            self._fit()
        return False

    def _fit(self) -> None:
        """Each label over its field where labels and fields do not fit side by side, and the
        intro and the note of last time's workshop wrapped to the width that shows: at
        1024x768 and 150% the form needed 627 px where 433 showed, with no sideways scroll,
        and the note the facilitator is told to read was cut mid-word ("The title, venu")."""
        form, role = self.form, QFormLayout.ItemRole
        content = self.scroller.widget()
        layout = content.layout() if content is not None else None
        if layout is None:  # before the scroller holds the form
            return
        margins = layout.contentsMargins()
        inside = self.scroller.viewport().width() - margins.left() - margins.right()
        rows = range(form.rowCount())
        labels = [item.sizeHint().width() for r in rows
                  if (item := form.itemAt(r, role.LabelRole)) is not None]
        fields = [item.minimumSize().width() for r in rows
                  if (item := form.itemAt(r, role.FieldRole)) is not None]
        over = max(labels, default=0) + max(form.horizontalSpacing(), 0) \
            + max(fields, default=0) > inside
        policy = QFormLayout.RowWrapPolicy
        form.setRowWrapPolicy(policy.WrapAllRows if over else policy.DontWrapRows)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft if over else Qt.AlignmentFlag.AlignRight)
        for label in (self.intro, self.started_from, self.room_note):
            label.setMaximumWidth(max(inside, 1))

    def _on_date_chosen(self) -> None:
        """A date picked on "No date yet": recorded as one step, the tick ticked with it."""
        with QSignalBlocker(self.has_date):
            self.has_date.setChecked(True)
        self._commit("date")

    def _on_has_date_toggled(self, checked: bool) -> None:
        if self._commit("date") and checked and not self.undo.read_only:
            # today, only to start from: "12/1" typed over it in December is next January
            self.date.offer(self.date.date())
            self.date.setFocus()  # the arrows change the day, Enter records it

    def _values(self) -> dict:
        date = None
        if self.has_date.isChecked():
            # ticked with no date shown yet: today, the date a facilitator then changes
            date = self.date.date_or_none() or dt.date.today()
        return {"title": self.title.text(), "venue": self.venue.text(),
                "facilitator": self.facilitator.text(), "date": date,
                "purpose": self.purpose.toPlainText(), "scope": self.scope.toPlainText(),
                "agreements": self.agreements.toPlainText()}

    def commit_pending(self) -> bool:
        """Record what is typed but not yet recorded (the field still has the focus). False
        when a field was refused: the words are still only in the field."""
        if self.undo.read_only:
            return True
        if not self.date.read_typed(stay=True):  # a date still typed: it was left out
            return False
        return all([*(self._commit(field) for field in _TYPED), self._commit("date"),
                    self.room.commit_pending(), self.plan.commit_pending()])

    def typed_edits(self) -> list[Command]:
        """The fields typed in and not yet recorded, as the steps recording them would make
        (built, not done): the autosave's recovery copy holds them (``left_field``)."""
        if self.undo.read_only:
            return []
        values = {field: v.strip() for field, v in self._values().items() if field in _TYPED}
        typed = [field for field in _TYPED if values[field] != getattr(self.doc.workshop, field)]
        # a date typed and not read in yet, as leaving its box would read it (``typed_date``)
        if self.has_date.isChecked() and (date := self.date.typed_date()) is not None \
                and date != self.doc.workshop.date:
            values["date"] = date
            typed.append("date")
        # one step per field, as leaving each records it (a blank title is refused: left out)
        return built_edits(*(lambda f=field: edit_details(self.doc, **{f: values[f]})
                             for field in typed))

    def _commit(self, field: str) -> bool:
        value = self._values()[field]
        if isinstance(value, str):
            value = value.strip()
        if value == getattr(self.doc.workshop, field):
            return True
        # refused with a message (the boxes stop at the workshop's limits, so not as too long)
        done = self.undo.try_push(lambda: edit_details(self.doc, **{field: value}), self)
        if not done and field == "title" and not value:
            # a blank title, refused with a message: the field goes back to the title, chosen
            # to type over, and nothing is left waiting to be recorded
            self.title.setText(self.doc.workshop.title)
            self.title.setFocus()
            self.title.selectAll()
            return True
        return done

    def _refresh(self, *_args) -> None:
        ws = self.doc.workshop
        widgets = (self.title, self.venue, self.facilitator, self.purpose, self.scope,
                   self.agreements, self.date, self.has_date)
        blocked = [w.blockSignals(True) for w in widgets]
        for line, text in ((self.title, ws.title), (self.venue, ws.venue),
                           (self.facilitator, ws.facilitator)):
            line.setText(text)
            if not line.hasFocus():  # its start in view: the end, cut mid-word, when narrow
                line.home(False)
        if self.purpose.toPlainText() != ws.purpose:
            self.purpose.setPlainText(ws.purpose)
        if self.scope.toPlainText() != ws.scope:
            self.scope.setPlainText(ws.scope)
        if self.agreements.toPlainText() != ws.agreements:
            self.agreements.setPlainText(ws.agreements)
        self.has_date.setChecked(ws.date is not None)
        self.date.set_date_or_none(ws.date)
        self.date_note.setText(date_note(ws))
        self.date_note.setVisible(bool(self.date_note.text()))
        for w, b in zip(widgets, blocked, strict=True):
            w.blockSignals(b)
        for limit in self.limits.values():
            limit.update_note()
        for hint in (self.detail_hint, self.agreed_hint):  # the words set above unheard
            hint.refresh()
        editable_only(self.undo.read_only, *widgets)
