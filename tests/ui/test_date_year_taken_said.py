"""A date typed with no year takes a year wtfc chooses ("12/1" on 30 Nov 2026 is 12 January
2027): the box showed it, but nothing was said, and a screen-reader user heard only the next
field's name (review 34 R6-6). Now the date taken is said, in full, once the keyboard has
moved on; a date typed with its year is not said again."""

from __future__ import annotations

import types

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible

from tests.ui.settled import settle
from tests.ui.test_date_year_left_out import on_30_november  # noqa: F401  (a fixture)
from wtfc.model.document import Document
from wtfc.model.workshop import Workshop
from wtfc.ui.details_page import DetailsPage
from wtfc.ui.undo import UndoAdapter


@pytest.fixture
def page(qtbot, show, on_30_november):  # noqa: F811
    doc = Document(Workshop(title="T"))
    shown = show(DetailsPage(doc, UndoAdapter(doc)), 900, 700)
    shown.activateWindow()
    qtbot.waitUntil(shown.isActiveWindow)
    shown.has_date.setChecked(True)  # today, 30 Nov 2026, only the tick's
    return types.SimpleNamespace(page=shown, doc=doc)


@pytest.fixture
def said(monkeypatch) -> list:
    heard: list = []
    real = QAccessible.updateAccessibility

    def record(event):
        if event.type() == QAccessible.Event.Announcement:
            heard.append((event.message(), event.politeness()))
        return real(event)

    monkeypatch.setattr(QAccessible, "updateAccessibility", staticmethod(record))
    return heard


def _type_and_tab(qtbot, box, text: str) -> None:
    box.setFocus()
    qtbot.waitUntil(box.hasFocus)
    box.lineEdit().selectAll()
    qtbot.keyClicks(box, text)
    qtbot.keyClick(box, Qt.Key.Key_Tab)
    settle()


@pytest.mark.parametrize(("typed", "words"), [
    ("12/1", "Taken as Tuesday 12 January 2027"),  # the coming January
    ("27 Nov", "Taken as Friday 27 November 2026"),  # last Friday's, not next year's
])
def test_a_year_taken_is_said_after_tab(qtbot, page, said, typed, words):
    box = page.page.date
    _type_and_tab(qtbot, box, typed)
    assert not box.hasFocus()  # Tab went on
    assert (words, QAccessible.AnnouncementPoliteness.Polite) in said
    assert words.removeprefix("Taken as ").split(" ", 1)[1] == box.text()  # as shown


def test_a_year_typed_is_not_said_again(qtbot, page, said):
    box = page.page.date
    _type_and_tab(qtbot, box, "12/1/2027")
    assert box.text() == "12 January 2027"
    assert not [words for words, _ in said if words.startswith("Taken as")]
