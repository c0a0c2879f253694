"""No module writes a month or day name through the computer's language: the C library's
``%B %b %A %a`` (and ``%c %x %X %p``) follow the time locale, which the QApplication sets to
the user's, so a Welsh laptop printed "12 Tachwedd 2026" in English text. Dates with names go
through wtfc/model/dates.py; a Qt date box naming months shows English (date_box.ENGLISH_DATES).
"""

from __future__ import annotations

import re
from pathlib import Path

WTFC = Path(__file__).resolve().parents[1] / "wtfc"
HELPER = WTFC / "model" / "dates.py"
LOCALE_CODES = re.compile(r"%-?[aAbBcxXp]\b")
QT_NAMED_FORMAT = re.compile(r"""(setDisplayFormat|toString)\(\s*["'][^"']*(MMM|ddd)""")


def _sources():
    for path in sorted(WTFC.rglob("*.py")):
        if path != HELPER:
            yield path.relative_to(WTFC.parent), path.read_text(encoding="utf-8")


def test_no_module_names_months_or_days_in_the_users_language():
    found = [f"{name}:{n}: {line.strip()}"
             for name, text in _sources()
             for n, line in enumerate(text.splitlines(), 1) if LOCALE_CODES.search(line)]
    assert not found, "use wtfc.model.dates (long_date, short_date, …) instead:\n" + "\n".join(
        found)


def test_no_test_expects_dates_in_the_users_language():
    """A test's own ``%B`` says "Tachwedd" on a Welsh developer's machine, once any test in its
    process has made the QApplication, and fails against the app's English."""
    tests = Path(__file__).resolve().parent
    own = {Path(__file__).resolve(), tests / "conftest.py"}  # the Welsh fixture checks %B bites
    found = [f"{path.relative_to(tests.parent)}:{n}"
             for path in sorted(tests.rglob("*.py")) if path not in own
             for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
             if LOCALE_CODES.search(line)]
    assert not found, "use wtfc.model.dates in the expected words:\n" + "\n".join(found)


def test_qt_date_formats_naming_months_are_set_to_english():
    found = [str(name) for name, text in _sources()
             if QT_NAMED_FORMAT.search(text) and "ENGLISH_DATES" not in text]
    assert not found, f"set the date widget's locale to date_box.ENGLISH_DATES in {found}"


def test_the_scan_sees_what_it_looks_for():
    assert LOCALE_CODES.search('f"{day.day} {day:%B %Y}"')
    assert LOCALE_CODES.search('when.strftime("%H:%M on %d %b")')
    assert not LOCALE_CODES.search('f"{when:%H:%M} on {short_date(when)}"')
    assert not LOCALE_CODES.search('"%d%%" % share')
    assert QT_NAMED_FORMAT.search('self.setDisplayFormat("d MMMM yyyy")')
