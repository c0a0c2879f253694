"""1 Prepare on a 1024×768 screen at 150% (the page ~450 px wide): the form needed 627 px where
433 showed, with no sideways scroll, so "Started from last time's workshop", the note the
facilitator is told to read first, was cut mid-word ("The title, venu") and so were the Title,
Date and Venue boxes, out of reach by mouse or keys. Where labels and fields do not fit side
by side each label now goes over its field and the notes wrap to the width that shows; narrower
still, the form scrolls sideways and the note stays wrapped to what shows."""

from __future__ import annotations

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QFormLayout, QWidget

from tests.ui.renders import RENDERS
from tests.ui.settled import settle
from wtfc.ui.details_page import DetailsPage

NOTE = ("Started from last time's workshop ('spring.wtfc'). The title, venue, facilitator, "
        "purpose, scope and how the room agreed to work and decide are last time's words: check "
        "each is right for this time. People's roles and tags (age band, service type, "
        "locality) came across too: check them on 2 Collect → People. The date and who is in "
        "the room are left for this time's day.")


def _shown_at(page: DetailsPage, qtbot, width: int) -> None:
    page.say_started_from(NOTE)
    page.resize(width, 512)
    settle()


def _right(widget: QWidget, page: DetailsPage) -> int:
    """Where ``widget`` ends, in the scroller's viewport (what shows)."""
    viewport = page.scroller.viewport()
    return widget.mapTo(viewport, QPoint(widget.width(), 0)).x()


def test_at_1024_and_150_percent_the_note_and_the_fields_show_whole(page, qtbot):
    _shown_at(page, qtbot, 450)
    RENDERS.mkdir(parents=True, exist_ok=True)
    page.grab().save(str(RENDERS / "prepare_started_from_450.png"))  # looked at by a person
    shown = page.scroller.viewport().width()
    note = page.started_from
    assert _right(note, page) <= shown
    assert note.height() >= note.heightForWidth(note.width())  # every line of it
    for field in (page.title, page.date, page.venue, page.facilitator, page.purpose,
                  page.scope):
        assert _right(field, page) <= shown, field.accessibleName()
    assert page.scroller.horizontalScrollBar().maximum() == 0  # nothing off to the side
    assert page.form.rowWrapPolicy() == QFormLayout.RowWrapPolicy.WrapAllRows


def test_on_a_wider_page_the_labels_stay_beside_their_fields(page, qtbot):
    _shown_at(page, qtbot, 900)
    assert page.form.rowWrapPolicy() == QFormLayout.RowWrapPolicy.DontWrapRows
    label = page.form.labelForField(page.title)
    assert label.geometry().right() < page.title.geometry().left()
    assert _right(page.started_from, page) <= page.scroller.viewport().width()


def test_narrower_still_the_form_scrolls_sideways_and_the_note_stays_in_sight(page, qtbot):
    _shown_at(page, qtbot, 300)
    shown = page.scroller.viewport().width()
    assert page.scroller.horizontalScrollBar().maximum() > 0  # the rest a scroll away
    note = page.started_from
    assert _right(note, page) <= shown
    assert note.height() >= note.heightForWidth(note.width())
