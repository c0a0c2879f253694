"""People…'s "Over top two" column: who has more than the method's top two cards of one kind,
in words and a mark ("⚠ 3 not working"), never colour alone, with the note in its tooltip and
to a screen reader; sorted with the most first, and following each card added, undone and
redone. Before, only Collect's one line said it ("P01, P04 and 10 more…") and People… nothing."""

from __future__ import annotations

import pytest
from collect_fixtures import collect_workshop, save_render
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QHelpEvent, QMouseEvent
from PySide6.QtWidgets import QApplication, QToolTip
from shown_words import as_shown

from wtfc.model.document import Document
from wtfc.model.operations.cards import add_card
from wtfc.model.workshop import Card, Kind
from wtfc.ui.people_table import Column
from wtfc.ui.tip_wrap import TipWrap

SAID = Qt.ItemDataRole.AccessibleTextRole
TIP = Qt.ItemDataRole.ToolTipRole


@pytest.fixture
def doc():
    """The Collect tests' P01 (2 not working), P02 (2 working), P03 (2 future): P01 given three
    more not working (5), P03 three working and one more future (3 each)."""
    ws = collect_workshop()
    more = [("P01", Kind.NOT_WORKING)] * 3 + [("P03", Kind.WORKING)] * 3 + [("P03", Kind.FUTURE)]
    for n, (person, kind) in enumerate(more):
        ws.cards.append(Card(id=f"t{n}", kind=kind, text=f"More words {n}", person=person))
    return Document(ws)


@pytest.fixture
def people(shown_page, qtbot):
    page = shown_page(1366, 720)
    page.people_button.click()
    dialog = page.people_dialog
    qtbot.waitExposed(dialog)
    return dialog


def over(dialog) -> dict[str, str]:
    model = dialog.model
    return {
        model.index(row, Column.CODE).data(): model.index(row, Column.TOP_TWO).data()
        for row in range(model.rowCount())
    }


def cell(dialog, code: str):
    return dialog.model.index(dialog.model.row_of(code), Column.TOP_TWO)


def test_the_column_says_who_has_more_than_two_of_a_kind_in_words(people):
    heading = people.model.headerData(Column.TOP_TWO, Qt.Orientation.Horizontal)
    assert heading == "Over top two"
    assert over(people) == {"P01": "⚠ 5 not working", "P02": "", "P03": "⚠ 3 working, 3 future"}
    tip = as_shown(cell(people, "P01").data(TIP))  # a plain_tip: a code shown as typed
    assert tip.startswith("P01 has 5 'not working' cards; the method takes each person's top two.")
    assert "Nothing is left out" in tip
    assert "P03 has 3 'working' and 3 'future' cards" in cell(people, "P03").data(TIP)
    assert cell(people, "P01").data(SAID) == "P01 has more than the method's top two: 5 not working"
    assert cell(people, "P02").data(SAID) == "P02: no more than two cards of any kind"
    assert not people.model.flags(cell(people, "P01")) & Qt.ItemFlag.ItemIsEditable
    save_render(people, "people_top_two_column")


def test_sorted_the_most_first_and_blanks_last_whichever_way(people):
    def codes():
        model = people.model
        return [model.index(row, Column.CODE).data() for row in range(model.rowCount())]

    people.table.sortByColumn(Column.TOP_TWO, Qt.SortOrder.DescendingOrder)
    assert codes() == ["P01", "P03", "P02"]
    people.table.sortByColumn(Column.TOP_TWO, Qt.SortOrder.AscendingOrder)
    assert codes() == ["P03", "P01", "P02"]  # no one over: last, not first


def test_a_third_card_added_shows_then_undo_and_redo(people, doc, undo):
    assert over(people)["P02"] == ""
    assert undo.push(add_card(doc, kind=Kind.WORKING, text="The library van", person="P02"))
    assert over(people)["P02"] == "⚠ 3 working"
    undo.stack.undo()
    assert over(people)["P02"] == ""
    undo.stack.redo()
    assert over(people)["P02"] == "⚠ 3 working"


def test_the_column_shows_only_while_someone_is_over(shown_page, qtbot):
    """Empty, it took a laptop's room at 150% (the table scrolled sideways to Locality)."""
    doc = Document(collect_workshop())
    page = shown_page(1366, 720, other=doc)
    page.people_button.click()
    dialog = page.people_dialog
    qtbot.waitExposed(dialog)
    table = dialog.table
    assert table.isColumnHidden(Column.TOP_TWO)
    undo = page.undo
    assert undo.push(add_card(doc, kind=Kind.WORKING, text="The library van", person="P02"))
    assert not table.isColumnHidden(Column.TOP_TWO)
    assert table.columnWidth(Column.TOP_TWO) >= table.fontMetrics().horizontalAdvance(
        "⚠ 3 working"
    )
    undo.stack.undo()
    assert table.isColumnHidden(Column.TOP_TWO)
    undo.stack.redo()
    assert not table.isColumnHidden(Column.TOP_TWO)


@pytest.mark.parametrize("wrapped", [False, True], ids=["Qt alone", "with TipWrap"])
def test_a_cells_long_tip_closes_when_the_pointer_leaves_the_cell(people, qtbot, qapp,
                                                                   wrapped):
    """The ~240-letter note is wrapped again by the app's TipWrap: it stayed up over the rest of
    the row until the pointer rested again, where Qt alone closes it on leaving the cell."""
    tip_wrap = TipWrap(qapp)
    if wrapped:
        qapp.installEventFilter(tip_wrap)
    try:
        view = people.table
        port = view.viewport()
        spot = view.visualRect(cell(people, "P01")).center()
        QApplication.sendEvent(port, QHelpEvent(QEvent.Type.ToolTip, spot, port.mapToGlobal(spot)))
        assert QToolTip.isVisible() and "Nothing is left out" in QToolTip.text()
        # the pointer goes on to P01's code, a cell with no tip
        code = view.visualRect(people.model.index(people.model.row_of("P01"), Column.CODE))
        QApplication.sendEvent(port, QMouseEvent(
            QEvent.Type.MouseMove, QPointF(code.center()), QPointF(port.mapToGlobal(code.center())),
            Qt.MouseButton.NoButton, Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier))
        # Qt hides a tip 300 ms after the pointer leaves its rectangle: kept up, it fails here
        qtbot.waitUntil(lambda: not QToolTip.isVisible(), timeout=1500)
    finally:
        qapp.removeEventFilter(tip_wrap)
        QToolTip.hideText()
