"""The dialog that adds or edits one action: every field reachable by Tab, Enter saves (in the
progress note, a box of several lines, Enter starts a new line and Ctrl+Enter saves).

Every row has its own Alt key (none shared with another row or with Save and Cancel where a
desktop gives those keys). A new action has no date until the facilitator ticks "Set a date":
a deadline the room did not agree should not be saved. A date the room agreed that is before
the workshop itself is kept, and said under it as it is typed (``action_fields.EarlyDateNote``).

The Act stage's check is the last two rows: what has happened so far, and when the action was
last checked. Writing in the note, or moving the status to done or dropped, marks it checked
today unless the date was set by hand, so a check recorded in words is not left counted as "not
checked". A dropped action's empty note asks why it was stopped (the feedback sheet prints it).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QKeyEvent, QTextCursor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wtfc.model.agreed_words import HEARD_AT_CHECK, agreed_said
from wtfc.model.cause_link_field import ROOT_CAUSE
from wtfc.model.counting import rank_words
from wtfc.model.document import Document
from wtfc.model.operations.actions import ENDED
from wtfc.model.unnamed_themes import shown_theme_name
from wtfc.model.workshop import Action, ActionStatus, Role
from wtfc.ui import discard
from wtfc.ui.boards.action_fields import (
    EarlyDateNote,
    add_item,
    date_field,
    listed,
    named,
    qdate,
)
from wtfc.ui.boards.action_links import ActionLinks
from wtfc.ui.scrolling_form import ScrollingForm, size_to_open
from wtfc.ui.typed_detail_hint import TypedDetailHint

NO_DATE = "No date yet"
NEVER_CHECKED = "Not checked yet"
ASK_WHY_STOPPED = "Why was this stopped?"  # the note's prompt while the status is Dropped
NOTE_LINES = 3  # the progress note's box shows this many lines before it scrolls


class _NoteEdit(QPlainTextEdit):
    """A note of a few lines: Tab leaves it, Enter starts a new line, Ctrl+Enter is passed on
    to the dialog, which saves."""

    def __init__(self) -> None:
        super().__init__()
        self.setTabChangesFocus(True)
        # words wrap at the box's edge; no sideways scroll bar eating the box's third line
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFixedHeight(self.fontMetrics().lineSpacing() * NOTE_LINES
                            + 2 * int(self.document().documentMargin()) + 2 * self.frameWidth())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if _saves(event):
            event.ignore()  # the dialog's
            return
        super().keyPressEvent(event)


def _saves(event: QKeyEvent) -> bool:
    return event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) \
        and bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)


class ActionDialog(QDialog):
    """Fields of an action; ``values()`` gives them for ``add_action`` / ``edit_action``.
    A new one answers ``theme_id`` and tackles ``cause_id`` (a cause of that theme) if given."""

    def __init__(self, doc: Document, *, action: Action | None = None, theme_id: str | None = None,
                 role: Role = Role.COMMISSIONERS, today: dt.date | None = None,
                 parent: QWidget | None = None, start_in_note: bool = False,
                 cause_id: str | None = None) -> None:
        super().__init__(parent)
        self._doc = doc
        self.setWindowTitle("Edit action" if action else "New action")
        self.setMinimumWidth(640)
        self.what = named(QLineEdit(), "What will be done", "What will be done (required)")
        self.theme = listed("Theme it answers", "The theme this action answers")
        for theme in doc.workshop.themes:
            # "Priority 1: …" as the Plan board's Answers column says it, not "#1 …"
            ranked = theme.priority.chosen and theme.priority.rank
            mark = f"{rank_words(theme.priority.rank)}: " if ranked else ""
            add_item(self.theme, f"{mark}{shown_theme_name(theme.name)}", theme.id)
        self.role = named(QComboBox(), "Who (swim-lane)", "Which group takes it on")
        for r in Role:
            self.role.addItem(r.label, r)
        self.owner = named(QLineEdit(), "Owner", "The team or role that owns it (no names)")
        self.has_date = named(QCheckBox("Set a date"), "Set a date",
                               "Tick when the room has agreed a date")
        # With no date the field reads "No date yet" (its lowest date stands for none), so an
        # unticked box never sits beside a date that looks chosen.
        self._today = today or dt.date.today()
        self.by_when = date_field("By when", "The date it should be done by", NO_DATE,
                                   self._today, ahead=True)
        self._date = QDate()  # the date the field shows when ticked
        self.has_date.toggled.connect(self._on_has_date_toggled)
        self.first_step = named(QLineEdit(), "First step", "The very next thing to do")
        self.how_we_know = named(QLineEdit(), "How we'll know",
                                  "What will show it worked (evidence for the next review)")
        # the check's answer to How we'll know (R2): what older people said had changed
        self.heard_at_check = named(QLineEdit(), HEARD_AT_CHECK,
                                     "What people told us when it was checked: did it work, "
                                     "as How we'll know said it would show?")
        # the method: be open about the money, people and time there are, and bring in whoever
        # else the change needs
        self.resources = named(QLineEdit(), "Resources and who else is needed",
                                "The money, people, time or help it needs, and who else must "
                                "be brought in")
        self.status = named(QComboBox(), "Status", "Not started, in progress, done or dropped")
        for s in ActionStatus:
            self.status.addItem(s.label, s)
        # named for the chosen theme's kind by ``links`` (a hope's "In the way")
        self.cause = listed(ROOT_CAUSE.name, ROOT_CAUSE.tip)
        self.success = listed("Success it aims at (optional)",
                             "Optionally, the success statement it works towards")
        self.links = ActionLinks(doc, self.cause, self.success, QLabel())
        self.theme.currentIndexChanged.connect(
            lambda _: self.links.show_theme(self.theme.currentData()))
        self.progress_note = named(
            _NoteEdit(), "What has happened so far",
            "What the group heard when it last checked this action (Enter starts a new line, "
            "Ctrl+Enter saves)")
        self.has_checked = named(QCheckBox("Checked"), "Has been checked",
                                  "Tick when the group has checked how this action is going")
        self.checked_on = date_field("Checked on", "When the group last checked it",
                                      NEVER_CHECKED, self._today, ahead=False)
        self.checked_today = named(QPushButton("Toda&y"), "Checked today",
                                    "Mark it checked today")
        self.checked_today.setAutoDefault(False)  # Enter still saves the dialog
        # A check is never in the future; a later date already stored (a laptop's clock was
        # wrong) is kept as it is unless the facilitator changes it.
        stored = action.checked_on if action is not None and action.checked_on else self._today
        self.checked_on.setMaximumDate(qdate(max(self._today, stored)))
        self._checked = QDate()  # the date the field shows when ticked
        self._checked_by_hand = False  # once the date is chosen, the note leaves it alone
        self._setting = False  # the dialog itself is setting the date, not the facilitator
        self.has_checked.toggled.connect(self._on_has_checked_toggled)
        self.has_checked.clicked.connect(self._on_checked_by_hand)
        self.checked_on.dateChanged.connect(
            lambda _: None if self._setting else self._on_checked_by_hand())
        self.checked_today.clicked.connect(self.mark_checked_today)

        date_row = QHBoxLayout()
        date_row.addWidget(self.has_date)
        date_row.addWidget(self.by_when, 1)
        by_when = QLabel("&By when:")
        by_when.setBuddy(self.has_date)  # Alt+B, then Space ticks it and Tab reaches the date
        fields = QWidget()  # they scroll on a short screen; Save and Cancel stay under them
        form = QFormLayout(fields)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        # Alt keys: S and C are left to Save and Cancel (some desktops give them those keys).
        form.addRow("&What:", self.what)
        form.addRow("&Theme:", self.theme)
        form.addRow("W&ho:", self.role)
        form.addRow("&Owner:", self.owner)
        form.addRow(by_when, date_row)
        # a date before the workshop is kept (a file may hold one), and said under it as typed
        self.date_note = EarlyDateNote(doc, action, self.has_date, self.by_when, self.status,
                                       self._today)
        form.addRow(self.date_note)
        # changed since the day: what the room agreed stays in sight (and in every output)
        self.agreed = QLabel(agreed_said(action) if action is not None else "")
        self.agreed.setTextFormat(Qt.TextFormat.PlainText)
        self.agreed.setWordWrap(True)
        self.agreed.setVisible(bool(self.agreed.text()))
        form.addRow(self.agreed)
        form.addRow("&First step:", self.first_step)
        form.addRow("How we'll &know:", self.how_we_know)
        form.addRow(f"{HEARD_AT_CHECK}:", self.heard_at_check)
        form.addRow("Resources and who else is &needed:", self.resources)
        form.addRow("Stat&us:", self.status)
        form.addRow(self.links.cause_label, self.cause)  # "Root cause:", a hope's "In the way:"
        form.addRow("Succ&ess it aims at:", self.success)
        form.addRow(self.links.warning)  # a link the Theme box or (none) would drop
        form.addRow("What has hap&pened so far:", self.progress_note)
        checked_row = QHBoxLayout()
        checked_row.addWidget(self.has_checked)
        checked_row.addWidget(self.checked_on, 1)
        checked_row.addWidget(self.checked_today)
        checked_on = QLabel("Checke&d on:")
        checked_on.setBuddy(self.has_checked)  # as By when: Alt+D, Space ticks, Tab to the date
        form.addRow(checked_on, checked_row)
        # the words the projector and the exports print, read by the guard as they are typed;
        # in the owner (on every card of the room's plan) a name is no finding: naming who
        # does it is that field's point, but a phone number or an e-mail is
        self.detail_hint = TypedDetailHint(doc.names_to_watch)
        for label, field in (("What", self.what), ("First step", self.first_step),
                             ("How we'll know", self.how_we_know),
                             (HEARD_AT_CHECK, self.heard_at_check),
                             ("Resources and who else is needed", self.resources)):
            self.detail_hint.watch(label, field.text, field.textChanged)
        self.detail_hint.watch("Owner", self.owner.text, self.owner.textChanged,
                               names_named=True)
        self.detail_hint.watch("What has happened so far", self.progress_note.toPlainText,
                               self.progress_note.textChanged)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        for box in (self.by_when, self.checked_on):
            box.keep_typed_for(buttons.button(QDialogButtonBox.StandardButton.Save))
        buttons.rejected.connect(self.reject)
        outer = QVBoxLayout(self)
        outer.addWidget(ScrollingForm(fields))
        outer.addWidget(self.detail_hint)  # not a row of the fields: below their fold at 16 pt
        outer.addWidget(buttons)
        self._load(action, theme_id, role, self._today, cause_id)
        self.date_note.update_note()  # a file's date before the workshop: said as it opens
        # all its fields where the screen has room, not 2/3 of its height (that note's lines too)
        size_to_open(self)
        self.detail_hint.refresh()
        self._loaded = (self.progress_note.toPlainText(), self.has_checked.isChecked(),
                        self.checked_on.date())
        self._loaded_status = self.status.currentData()
        self._loaded_heard = self.heard_at_check.text()
        self.progress_note.textChanged.connect(self._on_note_changed)
        # what people told us at the check is typed at a check: it dates it as a note does
        self.heard_at_check.textChanged.connect(self._on_note_changed)
        self.status.currentIndexChanged.connect(self._on_status_changed)
        self._on_status_changed()
        self._new = action is None
        self._opened = self.values()  # Esc with anything changed asks before it is thrown away
        if start_in_note:
            self.progress_note.setFocus()
            self.progress_note.moveCursor(QTextCursor.MoveOperation.End)

    @staticmethod
    def may_open(parent: QWidget, action: Action, doc: Document) -> bool:
        """Whether ``action``'s dialog may open on ``parent``'s screen: it shows as typed the
        words the room view hides, so it asks first where the room may see it
        (``action_on_screen``)."""
        from wtfc.ui.boards.action_on_screen import may_open_on_screen

        return may_open_on_screen(parent, action, doc.names_to_watch)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Ctrl+Enter saves from any field, as the note's tip says (a field passes it on)."""
        if _saves(event):
            self.accept()
            return
        super().keyPressEvent(event)

    def accept(self) -> None:
        """Save, by any key or click: a date still being typed is read first, and one its box
        cannot take keeps the dialog open with the reason under it (a click saved the old)."""
        if all(box.take_typed() for box in (self.by_when, self.checked_on)):
            super().accept()

    def reject(self) -> None:
        """Esc, Cancel or the window's close: a new action or changes typed into this one are
        thrown away only when the facilitator says so."""
        if self.values() != self._opened and not discard.ask_discard(self, "action", new=self._new):
            return
        super().reject()

    def _load(self, action: Action | None, theme_id: str | None, role: Role,
              today: dt.date, cause_id: str | None) -> None:
        self._select(self.theme, action.theme_id if action else theme_id)
        self._select(self.role, action.role if action else role)
        # Ticking the box for a new action offers a date three months on to start from.
        date = action.by_when if action and action.by_when else today + dt.timedelta(days=90)
        self._date = QDate(date.year, date.month, date.day)
        self.by_when.show_kept(self._date)  # a date stored far on is kept as it is
        self.by_when.offer(None if action and action.by_when else self._date)  # to start from
        self.has_date.setChecked(bool(action and action.by_when))
        self._on_has_date_toggled(self.has_date.isChecked())
        checked = action.checked_on if action and action.checked_on else today
        self._show_checked(bool(action and action.checked_on), qdate(checked))
        if action is not None:
            self.progress_note.setPlainText(action.progress_note)
            self.what.setText(action.what)
            self.owner.setText(action.owner)
            self.first_step.setText(action.first_step)
            self.how_we_know.setText(action.how_we_know)
            self.resources.setText(action.resources)
            self.heard_at_check.setText(action.heard_at_check)
            for field in (self.what, self.owner, self.first_step, self.how_we_know,
                          self.resources, self.heard_at_check):
                field.setCursorPosition(0)  # a long one shows its start, not its last words
            self._select(self.status, action.status)
        # a new action from the why-tree starts with the cause chosen there
        self.links.open_with(self.theme.currentData(), action.cause_id if action else cause_id,
                             action.success_id if action else None)

    def _on_has_date_toggled(self, on: bool) -> None:
        if not on and self.by_when.date() != self.by_when.minimumDate():
            self._date = self.by_when.date()  # ticked again, the date chosen comes back
        self.by_when.set_shown(self._date if on else self.by_when.minimumDate())
        self.by_when.setEnabled(on)

    def _show_checked(self, on: bool, date: QDate) -> None:
        self._checked = date
        self.has_checked.setChecked(on)
        self._on_has_checked_toggled(on)

    def _on_has_checked_toggled(self, on: bool) -> None:
        if not on and self.checked_on.date() != self.checked_on.minimumDate():
            self._checked = self.checked_on.date()  # ticked again, the date comes back
        self._setting = True
        try:
            self.checked_on.set_shown(self._checked if on else self.checked_on.minimumDate())
        finally:
            self._setting = False
        self.checked_on.setEnabled(on)

    def _on_checked_by_hand(self) -> None:
        self._checked_by_hand = True

    def mark_checked_today(self) -> None:
        """The "Today" button: checked, today."""
        self._checked_by_hand = True
        self._show_checked(True, qdate(self._today))

    def _on_note_changed(self) -> None:
        """A note written now is a check made now; typed back to what it was, the check is
        as it was (a typo put right in an old note does not move its date). Moving the status
        to done or dropped is a check too (as Space on the board is), but it leaves a later
        date already stored alone (a laptop's clock was wrong)."""
        if self._checked_by_hand:
            return
        note, was_checked, date = self._loaded
        status = self.status.currentData()
        ended = status != self._loaded_status and status in ENDED
        today = qdate(self._today)
        if self.progress_note.toPlainText() != note \
                or self.heard_at_check.text().strip() != self._loaded_heard.strip():
            self._show_checked(True, today)
        elif ended:
            self._show_checked(True, max(date, today) if was_checked else today)
        else:
            self._show_checked(was_checked, date if was_checked else today)

    def _on_status_changed(self) -> None:
        dropped = self.status.currentData() == ActionStatus.DROPPED
        self.progress_note.setPlaceholderText(ASK_WHY_STOPPED if dropped else "")
        self._on_note_changed()

    @staticmethod
    def _select(combo: QComboBox, data: Any) -> None:
        index = combo.findData(data)
        if index >= 0:
            combo.setCurrentIndex(index)

    def values(self) -> dict[str, Any]:
        date = self.by_when.date()
        checked = self.checked_on.date()
        return {
            "theme_id": self.theme.currentData(), "role": self.role.currentData(),
            "what": self.what.text(), "owner": self.owner.text(),
            "by_when": dt.date(date.year(), date.month(), date.day())
            if self.has_date.isChecked() else None,
            "first_step": self.first_step.text(), "how_we_know": self.how_we_know.text(),
            "resources": self.resources.text(),
            "heard_at_check": self.heard_at_check.text(),
            "status": self.status.currentData(), "cause_id": self.cause.currentData(),
            "success_id": self.success.currentData(),
            "progress_note": self.progress_note.toPlainText(),
            "checked_on": checked.toPython() if self.has_checked.isChecked() else None,
            # the dialog's today: whether a change is after the workshop's day, when done
            "today": self._today,
        }

