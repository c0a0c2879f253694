"""People… sizes its columns and rows from the people's words measured once, not by asking Qt
for every cell's size at every change (opening 2,000 people took 30 s, one tag edit 4 s): a
long tag still wraps and grows its own row only, after an edit and after a sort too."""

from __future__ import annotations

import pytest
from collect_fixtures import collect_workshop
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from wtfc.model.document import Document
from wtfc.model.workshop import Card, Kind, Person
from wtfc.ui.cards_page import CardsPage
from wtfc.ui.people_table import Column, PeopleModel
from wtfc.ui.undo import UndoAdapter

LONG = "direct payment (personal assistant) and the day centre on Tuesdays"


@pytest.fixture
def people_view(qtbot):
    """``people_view(doc)``: People… opened from Collect in a 911×512 window (a 1366×768
    laptop at 150%)."""
    windows = []  # kept for the test: qtbot holds a window weakly, and the page dies with it

    def opened(doc: Document):
        window = QWidget()
        qtbot.addWidget(window)
        windows.append(window)
        window.resize(911, 512)
        page = CardsPage(doc, UndoAdapter(doc), window)
        page.setGeometry(0, 0, 911, 512)
        window.show()
        qtbot.waitExposed(window)
        page.open_people()
        dialog = page.people_dialog
        qtbot.waitExposed(dialog)
        qtbot.wait(10)
        return dialog

    return opened


def _many(people: int) -> Document:
    return Document(
        collect_workshop().model_copy(
            update={
                "people": [
                    Person(
                        id=f"P{i:04}",
                        service_type=LONG if i % 3 == 0 else "home care",
                        locality="Riverside",
                    )
                    for i in range(people)
                ],
                "cards": [
                    Card(id=f"c{i}", kind=Kind.WORKING, text=f"Statement {i}", person=f"P{i:04}")
                    for i in range(people)
                ],
                "themes": [],
            }
        )
    )


def test_a_big_workshop_asks_each_cell_its_words_a_few_times(qtbot, people_view, monkeypatch):
    """Counted, not timed: Qt asked every cell for its size hint to fit the rows and columns,
    at opening and again at every edit (600,000 reads of the cells at 1,000 people). Now the
    cells are read as they are drawn, those on screen: fewer reads than there are people."""
    reads = []
    data = PeopleModel.data

    def counted(self, index, role=Qt.ItemDataRole.DisplayRole):
        reads.append(role)
        return data(self, index, role)

    monkeypatch.setattr(PeopleModel, "data", counted)
    people = 600
    dialog = people_view(_many(people))
    assert len(reads) < people, len(reads)
    table = dialog.table
    assert table.rowHeight(0) > table.rowHeight(1) == table.verticalHeader().defaultSectionSize()
    reads.clear()
    dialog.choose(["P0001"])
    assert dialog.set_tag("service_type", "day centre")
    qtbot.wait(10)
    assert len(reads) < people, len(reads)


def test_a_tag_made_long_grows_its_row_alone_and_back(qtbot, people_view):
    """A tag edited to words longer than Service type's room wraps onto a second line of its
    row, which grows (the others stay one line); made short again, the row is one line."""
    dialog = people_view(Document(collect_workshop()))
    table, model = dialog.table, dialog.model
    one_line = table.verticalHeader().defaultSectionSize()
    assert [table.rowHeight(row) for row in range(3)] == [one_line] * 3
    dialog.choose(["P02"])
    assert dialog.set_tag("service_type", LONG)
    qtbot.wait(10)
    row = model.row_of("P02")
    assert table.rowHeight(row) > one_line
    lines = table.fontMetrics().lineSpacing()
    assert table.rowHeight(row) >= 2 * lines  # both lines, not one cut to "direct paym…"
    assert [table.rowHeight(r) for r in range(3) if r != row] == [one_line] * 2
    assert dialog.set_tag("service_type", "day centre")
    qtbot.wait(10)
    assert [table.rowHeight(r) for r in range(3)] == [one_line] * 3


def test_a_grown_row_follows_its_person_when_sorted(qtbot, people_view):
    """Sorted by Service type ("a day centre" before "direct payment…"), the tall row is P01's
    where it goes, last, and the first row, P01's before, is one line again."""
    ws = collect_workshop()
    ws = ws.model_copy(
        update={
            "people": [
                p.model_copy(update={"service_type": LONG if p.id == "P01" else "a day centre"})
                for p in ws.people
            ]
        }
    )
    dialog = people_view(Document(ws))
    table, model = dialog.table, dialog.model
    one_line = table.verticalHeader().defaultSectionSize()
    assert model.row_of("P01") == 0 and table.rowHeight(0) > one_line
    table.sortByColumn(Column.SERVICE_TYPE, Qt.SortOrder.AscendingOrder)
    qtbot.wait(10)
    row = model.row_of("P01")
    assert row == 2
    assert table.rowHeight(row) > one_line
    assert [table.rowHeight(r) for r in range(3) if r != row] == [one_line] * 2


def test_a_column_made_wider_stays_so_after_an_edit(qtbot, people_view):
    """Every edit fitted every column to its words again, so Locality dragged wider snapped
    back at the next tag set; now a width changes only when the words call for another."""
    dialog = people_view(Document(collect_workshop()))
    table = dialog.table
    wider = table.columnWidth(Column.LOCALITY) + 60
    table.setColumnWidth(Column.LOCALITY, wider)  # as a drag of its heading's edge does
    dialog.choose(["P02"])
    assert dialog.set_tag("age_band", "75-84")
    qtbot.wait(10)
    assert table.columnWidth(Column.LOCALITY) == wider
