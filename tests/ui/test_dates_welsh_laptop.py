"""On a laptop set to Welsh the app's English pages keep English dates: the plan's counts, the
room's welcome and next review, the lock and recovery notices, and the date boxes (which Qt
would otherwise name in the system's language, "12 Tachwedd 2026")."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, QLocale, Qt

from wtfc.model.document import Document
from wtfc.model.workshop import Workshop
from wtfc.ui import recovery_text
from wtfc.ui.boards.action_dialog import ActionDialog
from wtfc.ui.boards.plan_text import checks_text, date_text
from wtfc.ui.boards.review_reflection_room import next_review_words
from wtfc.ui.boards.welcome_words import day_words
from wtfc.ui.file_lock import Holder
from wtfc.ui.optional_date_box import OptionalDateBox

DAY = dt.date(2026, 11, 12)


@pytest.fixture
def welsh_qt_dates():
    """Qt's own default locale set to Welsh, as the system's is on a Welsh laptop."""
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Welsh, QLocale.Country.UnitedKingdom))
    assert QLocale().toString(QDate(2026, 11, 12), "MMMM") == "Tachwedd"  # it bites
    yield
    QLocale.setDefault(before)


def test_words_about_dates_stay_english(welsh_time):
    assert date_text(DAY) == "12 Nov 2026"
    assert "since 12 November 2026" in checks_text(2, 0, DAY)
    assert next_review_words(dt.date(2027, 5, 12)) == "We will look again by 12 May 2027."
    assert day_words(Workshop(date=DAY, venue="Riverside")) == (
        "Welcome \u00b7 12 November 2026 \u00b7 Riverside")
    earlier = dt.datetime(2026, 2, 5, 9, 40)
    said = Holder("LAPTOP-23", 4242, earlier).describe("spring.wtfc")
    # (then its year once it is not this year's, and, months old, that copy is closed: F5, R3-8)
    assert said.startswith("'spring.wtfc' is open on LAPTOP-23 since 09:40 on 5 Feb")
    assert recovery_text._time(earlier) == "09:40 on 5 Feb 2026"


def test_date_boxes_and_their_calendars_name_english_months(qtbot, welsh_qt_dates):
    box = OptionalDateBox(lambda: DAY)
    qtbot.addWidget(box)
    box.set_date_or_none(DAY)
    assert box.text() == "12 November 2026"
    assert box.calendarWidget().locale().language() == QLocale.Language.English

    dialog = ActionDialog(Document(Workshop()), today=DAY)
    qtbot.addWidget(dialog)
    dialog.by_when.setDate(QDate(2027, 2, 28))
    assert dialog.by_when.text() == "28 Feb 2027"
    assert dialog.by_when.calendarWidget().locale().language() == QLocale.Language.English


@pytest.mark.parametrize("region", [
    (QLocale.Language.English, QLocale.Country.UnitedStates),  # Sunday first by default
    (QLocale.Language.Persian, QLocale.Country.Iran),  # Saturday
    (QLocale.Language.Urdu, QLocale.Country.Pakistan),
])
def test_every_calendar_starts_on_monday_whatever_the_region(qtbot, region):
    """Many council laptops are left at en-US: the calendars began on Sunday beside British
    names, so a facilitator used to Monday-first weeks could pick the wrong day."""
    before = QLocale()
    QLocale.setDefault(QLocale(*region))
    try:
        box = OptionalDateBox(lambda: DAY)
        qtbot.addWidget(box)
        dialog = ActionDialog(Document(Workshop()), today=DAY)
        qtbot.addWidget(dialog)
    finally:
        QLocale.setDefault(before)
    for calendar in (box.calendarWidget(), dialog.by_when.calendarWidget(),
                     dialog.checked_on.calendarWidget()):
        assert calendar.firstDayOfWeek() == Qt.DayOfWeek.Monday
