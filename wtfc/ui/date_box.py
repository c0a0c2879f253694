"""The date box, which the mouse wheel changes only once it has the keyboard (the count boxes,
one per room role, that Prepare and the Teams panel share are ``count_box``).

Prepare's page, the Teams panel and Review's "Looking back" scroll on a short screen: a wheel
turned over a date or a count on the way down changed it unseen (the workshop's date, the next
review, a team's members), and leaving the box then recorded it.

A date that may be none is ``optional_date_box.OptionalDateBox``."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QEvent, QLocale, QSignalBlocker, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence, QMouseEvent, QWheelEvent
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QDateEdit, QWidget

from wtfc.ui.undo import undo_keys_pass_on

# The box's lowest date stands for "no date", shown as "No date yet" (today's date greyed out
# read as a date set); so low that a file's 1899 or 1700 is shown and kept (at 1900 it read
# "No date yet", ticked, and Tab recorded today).
NO_DATE = QDate(100, 1, 1)
NO_DATE_TEXT = "No date yet"
# Month and day names in English, as every date wtfc writes (wtfc/model/dates.py): the
# system's locale would show a Welsh laptop "12 Tachwedd 2026" in an English page.
ENGLISH_DATES = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
_KEY = Qt.Key
YEARS_AHEAD = 50  # a new date is at most to the end of the year this many years on
_MODIFIERS = {_KEY.Key_Shift, _KEY.Key_Control, _KEY.Key_Alt, _KEY.Key_Meta, _KEY.Key_AltGr,
              _KEY.Key_CapsLock}
_SEPARATORS = "/.- "  # between day, month and year, as typed in the UK

EARLIEST = QDate(2000, 1, 1)  # date_reading.EARLIEST_NEW: the arrows and calendar keep to it
_STEPS = {_KEY.Key_Up, _KEY.Key_Down, _KEY.Key_PageUp, _KEY.Key_PageDown}

if TYPE_CHECKING:
    from PySide6.QtGui import QContextMenuEvent, QFocusEvent

    _Box = QWidget
else:
    _Box = object


class _WheelNeedsFocus(_Box):
    def wheelEvent(self, event: QWheelEvent) -> None:
        if self.hasFocus():
            super().wheelEvent(event)
        else:
            event.ignore()  # to the page, which scrolls


class DateBox(_WheelNeedsFocus, QDateEdit):
    """A date with a calendar that reads a date typed the UK way (``date_reading``): what is
    typed shows as typed, and becomes the date, in words, on Enter, Tab or leaving the box. A
    date it cannot read, or a new one outside 2000 to 50 years after ``today()`` (a year typed
    as 2150), is said in a tooltip: Tab and Enter leave it in the box to be put right, Esc or
    a click elsewhere puts the date back. The arrows, wheel and calendar keep to the same
    range, though a date before 2000 a file holds is shown and kept. A day and month typed
    with no year over a date only offered (``offer``) take the year nearest ``today()`` in the
    way the box looks: on or after it (``ahead``), or on or before it (a check, whose box
    takes today shown as an offer)."""

    def __init__(self, today: Callable[[], dt.date] = dt.date.today, *,
                 ahead: bool = True) -> None:
        super().__init__()
        self._today, self._ahead = today, ahead
        self._offer: QDate | None = None  # a date shown only as one to start from
        self._typed: str | None = None  # typed since the date was last read
        self._prefix = ""  # the day (and month) shown, when typing began in the month (year)
        self._keying = False  # in a key press, not a paste from the menu or a drop
        self._tabbing = False  # in a Tab or Shift+Tab: only they leave (``focusNextPrevChild``)
        self._before = QDate()  # the date shown when the typing began
        self.problem = ""  # why the last date typed was not taken
        self._said = ""  # the problem as said at the main window's foot
        self._saves: tuple[QWidget, ...] = ()  # left for these, what is typed is kept
        self._calendar_from: QDate | None = None  # the earliest the open calendar shows
        self.menu_open = False  # its right-click menu has the focus: the words typed stay
        self.setLocale(ENGLISH_DATES)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # not focused by the wheel
        self.setCalendarPopup(True)
        # Monday first, as in the UK, whatever the laptop's region: the calendar took it from
        # the default locale (en_US began on Sunday, fa_IR on Saturday) beside English names
        self.calendarWidget().setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        # after the popup's own slot, which sets the box's date and gives the calendar the
        # box's range again (to 0100)
        self.calendarWidget().selectionChanged.connect(self._keep_calendar_from)
        # new dates go to 50 years on (a year slipped to 9999 once blocked Save); a later
        # date a file holds is kept, as the box's maximum then moves to it (``show_kept``)
        self._last = dt.date(today().year + YEARS_AHEAD, 12, 31)
        self.setMaximumDate(QDate(self._last.year, 12, 31))
        self.lineEdit().textEdited.connect(self._pasted_elsewhere)

    def event(self, event: QEvent) -> bool:
        if self._typed is not None and event.type() == QEvent.Type.ShortcutOverride \
                and isinstance(event, QKeyEvent) and event.matches(QKeySequence.StandardKey.Undo):
            event.accept()  # Ctrl+Z while typing puts the date back, as the box's own undo
            return True
        if undo_keys_pass_on(event, self.lineEdit()):
            # the box's words have nothing to undo (a date picked is the page's step, not
            # typing): Ctrl+Z goes on to Edit > Undo, where its line edit swallowed it
            return False
        self._tabbing = event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) \
            and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)  # set anew by each event
        return super().event(event)

    def offer(self, when: QDate | None) -> None:
        """``when``, while the box shows it, is only offered (today, on a tick), not a date
        chosen or held: a year left out of a date typed over it is not its year (on 30 Nov
        2026 "12/1" was 12 January 2026). None: no date shown is an offer."""
        self._offer = when

    def show_kept(self, when: QDate) -> None:
        """Shows ``when``, a date the file holds, even past the range for new ones. Half-typed
        words go: a Redo or a refresh showed the record's date, and Tab then recorded the
        hidden typed one."""
        typing, self._typed, self._prefix = self._typed is not None, None, ""
        last = QDate(self._last.year, 12, 31)
        if when > last:
            self.setMaximumDate(when)
            self.setDate(when)
        else:  # the date first: a maximum lowered under the date shown left the box unable
            self.setDate(when)  # to show "No date yet" ("1 January 0100")
            self.setMaximumDate(last)
        if typing:  # (the same date as before the typing changes no words)
            self.lineEdit().setText(self.textFromDateTime(self.dateTime()))

    def set_shown(self, when: QDate) -> None:
        """Shows ``when``, set from outside the box (a dialog's Today button, its tick). Half-
        typed words go, as in ``show_kept``: Today showed today, and Enter saved the hidden
        typed date."""
        typing, self._typed, self._prefix = self._typed is not None, None, ""
        self.setDate(when)
        if typing:  # (the same date as before the typing changes no words)
            self.lineEdit().setText(self.textFromDateTime(self.dateTime()))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        self._keying = True  # the words Qt's sections edit now are the keyboard's
        try:
            if self._type(event):
                event.accept()
                return
            super().keyPressEvent(event)
        finally:
            self._keying = False

    def _pasted_elsewhere(self, text: str) -> None:
        """A paste from the right-click menu, or a drop: read as typed, as Ctrl+V is. Qt's
        sections took any date they could read, so "1 February 0126" became the date."""
        if self._keying or self.isReadOnly():
            return
        if self._typed is None:
            self._before = self.date()  # Qt reads the words into the date only after this
        self._typed, self._prefix = text, ""

    def _type(self, event: QKeyEvent) -> bool:
        """Letters, digits and separators go into what is typed (Qt's own sections took the
        day alone and dropped "/"); so does a paste; any other key first reads it. True: the
        key is used."""
        text = event.text()
        plain = not event.modifiers() & (Qt.KeyboardModifier.ControlModifier
                                         | Qt.KeyboardModifier.AltModifier)
        key_typed = plain and len(text) == 1 and (text.isalnum() or text in _SEPARATORS)
        paste = event.matches(QKeySequence.StandardKey.Paste)
        if paste:  # as typed, so checked as typing is: Qt's sections kept a date of 0126
            text = " ".join(QGuiApplication.clipboard().text().split())  # on one line
        if self._typed is None:
            none = self._has_no_date()
            starts = (key_typed and text.isalnum()) or (paste and bool(text))
            if not starts or none or self.isReadOnly():
                return paste  # an empty clipboard, or no date to edit: nothing is pasted
            self._before = self.date()
            # a paste is a whole date, wherever the cursor was
            self._typed, self._prefix = "", "" if paste else self._typed_before()
        if key_typed or paste:
            self._typed += text
        elif event.key() == _KEY.Key_Backspace:
            self._typed, self._prefix = self._typed[:-1], self._prefix if self._typed else ""
        elif event.key() in _MODIFIERS:  # Shift for "/", Ctrl for Ctrl+Z: typing goes on
            return False
        elif event.key() == _KEY.Key_Escape or event.matches(QKeySequence.StandardKey.Undo):
            self._typed = self._prefix = ""  # the date as it was; a second Esc goes on
            return self.read_typed()
        else:  # Enter on a date it cannot take is not the dialog's Save
            enter = event.key() in (_KEY.Key_Return, _KEY.Key_Enter)
            if not self.read_typed(stay=enter):
                return True
            if enter or event.key() in _STEPS:  # digits typed next are a new date: Qt left
                # the year, and "15" became 1 February 2015, unsaid; Up stepped the year
                self.setCurrentSection(QDateEdit.Section.DaySection)
            return False
        with QSignalBlocker(self.lineEdit()):  # Qt's sections would read it, and put theirs back
            self.lineEdit().setText(self._words())
        return True

    def _words(self) -> str:
        """What is typed, as shown and read: a lone number goes on from the day (and month)
        shown, so "3" typed in the month is the 3rd month; a whole date ("1/2/2027", "01022027",
        "3 apr") stands alone, wherever typing began (after Enter, Shift+Tab or a click on the
        year it read "12 11 1/2/2027", refused as too many numbers)."""
        assert self._typed is not None
        alone = self._typed.strip()
        if not alone.isdigit() or len(alone) in (6, 8):
            return self._typed
        return self._prefix + self._typed

    def _typed_before(self) -> str:
        """Typing in the month starts after the day shown; in the year, after day and month."""
        shown, section = self.date(), self.currentSection()
        if section == QDateEdit.Section.MonthSection:
            return f"{shown.day()} "
        if section == QDateEdit.Section.YearSection:
            return f"{shown.day()} {shown.month()} "
        return ""

    def read_typed(self, *, stay: bool = False) -> bool:
        """What was typed becomes the date shown. What is no date, or a new date out of range,
        is said in a tooltip under the box, and (False) the date is as it was; with ``stay``
        (Tab, Enter) what was typed stays in the box to be put right, as the keyboard does."""
        if self._typed is None:
            return True
        from wtfc.ui.date_reading import Unreadable, out_of_range
        from wtfc.ui.date_year_said import read_date, say_taken

        typed = self._words().strip()
        was = self._before
        before = dt.date(was.year(), was.month(), was.day())
        when, self.problem, yearless = before, "", False
        if typed:
            try:  # with no year typed, the one taken is said (a screen reader heard none)
                when, yearless = read_date(typed, before, whole=self._reads_whole(),
                                           year_from=self._year_from(was), ahead=self._ahead)
            except Unreadable as error:
                self.problem = str(error)
            else:
                # the lower of the box's own last (a check: today) and 50 years on: Checked on
                # set to today, unsaid, a check typed for a day still to come
                top = self.maximumDate()
                last = min(self._last, dt.date(top.year(), top.month(), top.day()))
                self.problem = "" if when == before else out_of_range(when, last)
        if self.problem:
            # after the keyboard has moved: a tooltip shown before it hides on the move
            QTimer.singleShot(0, self, self._say_problem)
            if stay:
                return False
            when = before
        self._typed = None
        if not self.problem:
            self._unsay_problem()
            if yearless:
                say_taken(self, when)
        self.setDate(QDate(when.year, when.month, when.day))
        self.lineEdit().setText(self.textFromDateTime(self.dateTime()))  # when it is unchanged
        return not self.problem

    def typed_date(self) -> dt.date | None:
        """``read_typed``'s date for the words typed, changing nothing; None: none it takes."""
        from wtfc.ui.date_reading import Unreadable, out_of_range, read_typed_date
        typed = self._typed and self._words().strip()
        before = dt.date(*(self._before if typed else self.date()).getDate())
        try:
            when = read_typed_date(typed or "", before, whole=self._reads_whole(),
                                   year_from=self._year_from(self._before), ahead=self._ahead)
        except Unreadable:
            return None
        last = min(self._last, dt.date(*self.maximumDate().getDate()))
        return when if typed and (when == before or not out_of_range(when, last)) else None

    def _year_from(self, shown: QDate) -> dt.date | None:
        """Today, when ``shown`` is only an offer; None: a held or chosen date gives its own
        year ("9/11" over 10 Nov 2026, a date put right, is 2026). Today shown in a box that
        looks back is an offer: its year would make "20/12" typed in January a refused
        future date, where the December just gone is the one meant."""
        today = self._today()
        on_today = shown == QDate(today.year, today.month, today.day)
        return today if shown == self._offer or (on_today and not self._ahead) else None

    def _reads_whole(self) -> bool:
        """A date typed must name its day, month and year: no date shown to take them from."""
        return False

    def keep_typed_for(self, *saves: QWidget) -> None:
        """Left by a click on one of ``saves`` (a dialog's Save), a date the box cannot take
        stays as typed, for ``take_typed`` to refuse the Save: put back, the old date was
        saved, with the reason shown over the board once the dialog had gone."""
        self._saves = saves

    def take_typed(self) -> bool:
        """Before a Save: reads what is typed; one it cannot take stays in the box, with the
        keyboard and the reason under it (False), as Enter does."""
        if self.read_typed(stay=True):
            return True
        self.setFocus(Qt.FocusReason.OtherFocusReason)
        return False

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        from wtfc.ui.date_box_menu import show_menu  # (its first right-click)

        show_menu(self, event.globalPos())
        event.accept()

    def typing(self) -> bool:
        return self._typed is not None  # words typed, not read yet

    def takes_paste(self) -> bool:
        """A paste (or a cut) changes it: it is being typed in, or shows a date to change."""
        return not self.isReadOnly() and (self._typed is not None or not self._has_no_date())

    def _has_no_date(self) -> bool:
        """It shows "No date yet" (or the action dialog's none), not a date."""
        return self.date() == self.minimumDate() and bool(self.specialValueText())

    def kept_steps(self, steps: int) -> int:
        """``steps`` cut so the date keeps from 2000 on, as a typed one does (it went to 1999,
        and back to 0100); a date before 2000 a file holds steps only on from it."""
        shown = self.date()
        if self._has_no_date():  # no date to step from: "2 January 0100" was recorded
            return 0
        if steps >= 0 or shown < EARLIEST:
            return max(steps, 0)
        if self.currentSection() == QDateEdit.Section.YearSection:
            return max(steps, EARLIEST.year() - shown.year())
        return steps  # the month steps within its year; stepBy keeps the day from 2000 on

    def stepEnabled(self) -> QAbstractSpinBox.StepEnabledFlag:
        # the day goes on over the month's end (stepBy): Qt's stopped, Up on 30 November too
        if self.currentSection() != QDateEdit.Section.DaySection or self._has_no_date():
            return super().stepEnabled()
        flag = QAbstractSpinBox.StepEnabledFlag
        return flag.StepUpEnabled | flag.StepDownEnabled

    def stepBy(self, steps: int) -> None:
        steps = self.kept_steps(steps)
        if steps and self.currentSection() == QDateEdit.Section.DaySection:
            self.setDate(max(self.date().addDays(steps), min(EARLIEST, self.date())))
        elif steps:
            super().stepBy(steps)

    def _say_problem(self) -> None:
        from wtfc.ui.date_problem import say_problem

        self._said = say_problem(self, self.problem, waiting=self._typed is not None,
                                 said=self._said)

    def _unsay_problem(self) -> None:
        from wtfc.ui.date_problem import unsay_problem

        self._said = unsay_problem(self, self._said)

    def focusNextPrevChild(self, forward: bool) -> bool:
        if not self._tabbing:  # Ctrl+Left/Right: Qt's jump to the next part, as before
            return super().focusNextPrevChild(forward)
        # one Tab leaves, as any box (Qt's stopped on each part, said the same); a whole date
        # typed is read as it leaves, and one it cannot take keeps the keyboard
        if self._typed is not None and not self.read_typed(stay=True):
            return True
        return QWidget.focusNextPrevChild(self, forward)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        if self.menu_open:  # its own menu is no leaving: "31/2/27" stays to put right, and
            return  # its Select All, Copy and steps act on the words (Qt's put the date back)
        self.read_typed(stay=QApplication.focusWidget() in self._saves)  # before Qt's puts
        super().focusOutEvent(event)  # back the date it had for words it can't read

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        # kept when a Save was refused: Qt showed its date again (back from the menu, as it was)
        if self._typed is not None and self.lineEdit().text() != self._words():
            with QSignalBlocker(self.lineEdit()):
                self.lineEdit().setText(self._words())

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.read_typed()
        super().mousePressEvent(event)
        if self.calendarWidget().isVisible() and not self._has_no_date():
            # opened: from 2000, as a date typed (Qt gave it the box's range, back to 0100),
            # or from a date before it the file holds, shown and kept
            self._calendar_from = min(EARLIEST, self.date())
            self._keep_calendar_from()

    def _keep_calendar_from(self) -> None:
        calendar = self.calendarWidget()
        if calendar.isVisible() and self._calendar_from is not None:
            calendar.setMinimumDate(self._calendar_from)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if self.read_before_step():  # words that are no date: refused and said, no step
            super().wheelEvent(event)

    def read_before_step(self, *, stay: bool = False) -> bool:
        """Reads the typed words first, so the day steps, not the year. False: no date, no step."""
        if not (self.hasFocus() or self.menu_open) or self._typed is None:
            return True
        if read := self.read_typed(stay=stay):
            self.setCurrentSection(QDateEdit.Section.DaySection)
        return read
