"""People… with the system font enlarged 1.5× (someone who needs bigger text, not a 150%
display) in a 911×512 window: the other columns' headings took ~780 of the table's width and
Service type was squeezed to a few letters, its heading cut and its tags a word a line. It now
keeps room for its heading and 14 average characters, and the table scrolls sideways to it.
A person with no cards: "no cards" went onto two lines in the Cards column, capped at 1.5× its
usual width, though there was room; a count's words are now always given their width."""

from __future__ import annotations

import pytest
from collect_fixtures import collect_workshop, save_render
from PySide6.QtGui import QFont

from wtfc.model.document import Document
from wtfc.model.workshop import Person, Voice
from wtfc.ui.people_table import NO_CARDS, Column
from wtfc.ui.people_table_view import SERVICE_TYPE_LEAST
from wtfc.ui.style import DESIGN_APP_POINT_SIZE

LONG = {
    "P01": "home care (personal budget)",
    "P02": "day services and home care",
    "P03": "direct payment (personal assistant)",
}


@pytest.fixture
def larger_font(qapp):
    """The application's font 1.5× the usual, as a larger system font makes it."""
    before = qapp.font()
    font = QFont(before)
    font.setPointSizeF(DESIGN_APP_POINT_SIZE * 1.5)
    qapp.setFont(font)
    yield
    qapp.setFont(before)


@pytest.fixture
def people(qtbot, larger_font, squeezed_page):
    """``people(width, height)``: People… opened from a Collect page in a window that size."""

    def opened(width: int, height: int):
        ws = collect_workshop()
        tags = {"voice": Voice.FAMILY_CARER, "age_band": "75-84", "locality": "Riverside"}
        people = [p.model_copy(update={**tags, "service_type": LONG[p.id]}) for p in ws.people]
        ws = ws.model_copy(update={"people": people})
        page = squeezed_page(width, height, other=Document(ws))
        page.open_people()
        dialog = page.people_dialog
        qtbot.waitExposed(dialog)
        qtbot.wait(10)  # the rows fitted once Qt has settled the columns
        return dialog

    return opened


def _least(table) -> int:
    return SERVICE_TYPE_LEAST * table.fontMetrics().averageCharWidth()


def test_service_type_keeps_a_readable_width_and_the_table_scrolls_to_it(people, qtbot):
    dialog = people(911, 512)
    save_render(dialog, "people_view_larger_font_911x512")
    table, header = dialog.table, dialog.table.horizontalHeader()
    width = table.columnWidth(Column.SERVICE_TYPE)
    assert width >= _least(table)  # it was 49-68 px
    for col in (c for c in Column if not table.isColumnHidden(c)):  # every heading whole
        assert table.columnWidth(col) >= header.sectionSizeFromContents(col).width(), col
    assert table.horizontalScrollBar().isVisible()  # the rest is a scroll away
    table.horizontalScrollBar().setValue(table.horizontalScrollBar().maximum())
    right = header.sectionViewportPosition(Column.LOCALITY) + table.columnWidth(Column.LOCALITY)
    assert right <= table.viewport().width()  # scrolled, the last column is whole
    # e849d7b's wrapping still holds: the longest tag on two lines of a taller row, the
    # others on one
    room = width - 8
    row = dialog.model.row_of("P03")
    assert table.fontMetrics().horizontalAdvance(LONG["P03"]) > room
    assert table.rowHeight(row) > table.verticalHeader().defaultSectionSize()


def test_with_room_service_type_takes_what_is_left_and_gives_it_back(people, qtbot):
    dialog = people(1600, 900)
    table = dialog.table
    assert not table.horizontalScrollBar().isVisible()
    used = sum(table.columnWidth(col) for col in Column)
    assert abs(used - table.viewport().width()) <= 1  # Service type stretched to the edge
    dialog.resize(700, dialog.height())  # narrower: it keeps its least width, and scrolls
    qtbot.waitUntil(lambda: table.horizontalScrollBar().isVisible())
    assert table.columnWidth(Column.SERVICE_TYPE) >= _least(table)
    dialog.resize(1400, dialog.height())  # wider again: it stretches as before
    qtbot.waitUntil(lambda: not table.horizontalScrollBar().isVisible())
    used = sum(table.columnWidth(col) for col in Column)
    assert abs(used - table.viewport().width()) <= 1


def test_a_person_with_no_cards_is_said_so_on_one_line(qtbot, larger_font, squeezed_page):
    ws = collect_workshop()
    ws = ws.model_copy(update={"people": [*ws.people, Person(id="P04")]})  # P04: no cards
    page = squeezed_page(1366, 768, other=Document(ws))
    page.open_people()
    dialog = page.people_dialog
    qtbot.waitExposed(dialog)
    qtbot.wait(10)
    table, row = dialog.table, dialog.model.row_of("P04")
    assert dialog.model.index(row, Column.CARDS).data() == NO_CARDS
    assert table.rowHeight(row) == table.verticalHeader().defaultSectionSize()  # was two lines
    words = table.fontMetrics().horizontalAdvance(NO_CARDS)
    assert table.columnWidth(Column.CARDS) > words + 8  # whole, with room beside it
    table.scrollTo(dialog.model.index(row, Column.CARDS))
    save_render(dialog, "people_view_larger_font_no_cards")
