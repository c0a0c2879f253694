"""The action dialog's fields: boxes and lists named for a screen reader, its date boxes, and
the note under "By when" that says when the date agreed would be before the workshop itself.

That date is not refused: a file may hold one, and the facilitator decides. But the report,
the posters and the feedback sheet print such an action as late on the very day the room agreed
it, and only ``wtfc check``, the exports and the opening notice said so: the note says it under
the date as it is typed, as Prepare says a next review left before the workshop under its date
(``record_checks.date_note``), in the words the board's row uses (``early_action_note``).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any, TypeVar

from PySide6.QtCore import QDate, QEvent, QObject, Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QWidget

from wtfc.model.agreed_words import date_moved
from wtfc.model.document import Document
from wtfc.model.operations.actions import kept_agreed
from wtfc.model.record_checks import early_action_note
from wtfc.model.workshop import Action, ActionStatus
from wtfc.ui.announce import announce_unless_said
from wtfc.ui.date_box import ENGLISH_DATES, NO_DATE, DateBox
from wtfc.ui.plain_tip import plain_tip
from wtfc.ui.scrolling_form import ScrollingForm, grow_to_fit
from wtfc.ui.style import warning_look

# Long theme names, causes and success statements must not make the dialog wider than a
# 1366-wide laptop screen (its labels were squeezed to "Success stateme"): a list is as wide
# as this many characters, and grows with the dialog; each item's whole words are its tooltip.
LIST_CHARACTERS = 45

W = TypeVar("W", bound=QWidget)
# a year typed whole, last ("15/12/2026", "1 Dec 2026"), or a run of eight digits ("01122026")
_WHOLE_YEAR = re.compile(r"(?:^|\D)\d{4}$|^\d{8}$")


def named(widget: W, name: str, tip: str) -> W:
    widget.setAccessibleName(name)
    widget.setToolTip(tip)
    return widget


def listed(name: str, tip: str) -> QComboBox:
    combo = named(QComboBox(), name, tip)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(LIST_CHARACTERS)
    return combo


def add_item(combo: QComboBox, text: str, data: Any) -> None:
    combo.addItem(text, data)
    combo.setItemData(combo.count() - 1, plain_tip(text), Qt.ItemDataRole.ToolTipRole)


def date_field(name: str, tip: str, none_text: str, today: dt.date, ahead: bool) -> DateBox:
    """A ``DateBox`` looking ``ahead`` (or back: a check); its lowest date reads ``none_text``."""
    field = named(DateBox(lambda: today, ahead=ahead), name, tip)
    field.setDisplayFormat("d MMM yyyy")
    field.setLocale(ENGLISH_DATES)  # DateBox sets it too: said here for the month-name scan
    field.setMinimumDate(NO_DATE)  # below any stored date (1752's was a by-when of 1700)
    field.setSpecialValueText(none_text)
    return field


def qdate(date: dt.date) -> QDate:
    return QDate(date.year, date.month, date.day)


@dataclass(frozen=True)
class _Saved:
    """The action's dates as Save would keep them (``early_action_note`` reads these)."""

    by_when: dt.date | None
    agreed_by_when: dt.date | None
    status: ActionStatus
    what: str = ""
    agreed_what: str | None = None
    done_on: dt.date | None = None


class EarlyDateNote(QLabel):
    """Under By when: said while the date the room agreed, as Save would keep it, is before
    the workshop's date ("" and hidden when not), from the date typed or chosen in ``by_when``
    (ticked in ``has_date``). Changed after the workshop's day, an action keeps the date the
    room agreed (``kept_agreed``), and that is the one judged, as ``wtfc check`` judges it.

    Words still being typed are judged only once they are a whole date with a whole year
    (``whole_year``); until then the note stays as it was. The box reads "15/12/2" as 15
    December 2002 and "15/12/20" as 2020, so on the way to 15/12/2026 a three-line warning
    came and went, the rows under it jumped, and a screen reader heard it. A year of two
    digits is judged once the box reads it (Tab, Enter, leaving it)."""

    def __init__(self, doc: Document, action: Action | None, has_date: QCheckBox,
                 by_when: DateBox, status: QComboBox, today: dt.date) -> None:
        super().__init__()
        self._doc, self._action, self._today = doc, action, today
        self._has_date, self._by_when, self._status = has_date, by_when, status
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        warning_look(self)
        self.hide()
        has_date.toggled.connect(self.update_note)
        by_when.dateChanged.connect(self.update_note)
        # as it is typed: the box shows the words typed with no signal (a paste from its menu
        # has one), so each key is followed once the box has taken it; leaving reads the
        # words held back (a year of two digits), with no dateChanged for the same date
        by_when.installEventFilter(self)
        by_when.lineEdit().textEdited.connect(self.update_note)
        by_when.editingFinished.connect(self.update_note)
        status.currentIndexChanged.connect(self.update_note)  # done: printed with its date
        self._unsaid = ""  # a note shown as the date was typed: said once the keyboard leaves

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyRelease:
            self.update_note()
        elif event.type() == QEvent.Type.FocusOut:
            self._say()
        return super().eventFilter(watched, event)

    def _say(self) -> None:
        """Say the note shown, once: not while the date box has the keyboard (the next
        field's name, as Tab moves on, would cut it off), as ``date_year_said`` does."""
        if self._unsaid and not self._by_when.hasFocus():
            announce_unless_said(self._by_when, self._unsaid)
            self._unsaid = ""

    def settled(self) -> bool:
        """The box holds a date, or the words typed are one it would keep, year and all."""
        box = self._by_when
        return not (self._has_date.isChecked() and box.typing()) or (
            whole_year(box.lineEdit().text()) and box.typed_date() is not None)

    def chosen(self) -> dt.date | None:
        """The date the box holds: the words being typed where they make a whole one."""
        if not self._has_date.isChecked():
            return None
        return self._by_when.typed_date() or dt.date(*self._by_when.date().getDate())

    def update_note(self, *_: object) -> None:
        if not self.settled():
            return  # half typed: what is said stays as it was
        by_when, action = self.chosen(), self._action
        status = self._status.currentData() or ActionStatus.NOT_STARTED
        agreed = None
        if action is not None:
            kept = kept_agreed(self._doc, action, {"by_when": by_when}, self._today)
            agreed = kept.get("agreed_by_when", action.agreed_by_when)
        saved = _Saved(by_when, agreed, status)
        note = early_action_note(saved, self._doc.workshop.date, whole=True)
        if note:
            note = "⚠ " + note + (
                " The date the room agreed stays as it was: if the workshop's date is wrong, "
                "change it on Prepare." if date_moved(saved) else
                " Choose the date the room agreed, or change the workshop's date on Prepare.")
        if note != self.text():
            window, shown = self.window(), self.isVisible()
            with_note = wanted_height(window)
            self.setText(note)
            self.setVisible(bool(note))
            # heard with the date box, where the keyboard is as it is typed
            self._by_when.setAccessibleDescription(note.removeprefix("⚠ "))
            # the description is heard only on coming back to the box: said once when a date
            # typed there brought it (not on opening, nor as Status moves on: A33)
            self._unsaid = note.removeprefix("⚠ ") if self._by_when.hasFocus() else ""
            if note:
                grow_to_fit(window)  # its lines whole, to the screen's foot (then it scrolls)
            elif shown:
                give_back(window, with_note)


def whole_year(words: str) -> bool:
    """``words`` end with a year of four digits ("15/12/2026", "1 Dec 2026", "01122026"): a
    year of fewer may be one still being typed."""
    return bool(_WHOLE_YEAR.search(words.strip()))


def wanted_height(window: QWidget) -> int | None:
    """How tall ``window`` would be for all its lines at its width (None: not shown)."""
    layout = window.layout()
    if layout is None or not window.isVisible():
        return None
    for form in window.findChildren(ScrollingForm):  # asked again, not the height Qt kept
        form.updateGeometry()
    layout.invalidate()
    if layout.hasHeightForWidth():
        return layout.totalHeightForWidth(window.width())
    return layout.totalSizeHint().height()


def give_back(window: QWidget, with_note: int | None) -> None:
    """The height a note just hidden took, given back: the dialog grew for it and stayed
    taller, its rows spread apart. Fields that scroll on a short screen keep the room; a
    dialog made taller by hand keeps what was added."""
    without = wanted_height(window)
    if with_note is None or without is None or without >= with_note:
        return
    height = window.height()
    if height > with_note:  # taller than its lines with the note: made so by hand, not grown
        return
    less = min(height, max(without, height - (with_note - without)))
    if less < height:
        window.resize(window.width(), less)
