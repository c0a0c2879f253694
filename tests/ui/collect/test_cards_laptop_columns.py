"""At 1366x768, after an import, the Collect table's Tags, Source and Themes were a scroll away
(the walkthrough's finding 12). They are now as wide as what they hold, Source then Tags
narrowed where that brings every column into view, but only where 9 in 10 cards' words stay
whole beside them: a workshop of long statements keeps its words' width."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.renders import save_render
from wtfc.model.demo import demo_path
from wtfc.model.document import Document
from wtfc.model.storage import load_workshop
from wtfc.model.workshop import Card, Kind, Person, Workshop
from wtfc.ui.cards_table import Column

PLACES = ("East", "Town centre", "South", "North")


def _imported(count: int = 240) -> Document:
    """Cards as an import makes them: short statements, a place as the tag, the row's source."""
    words = ("My daughter visits every weekend", "I never know which carer is coming",
             "The lunch club on Tuesdays with my friends", "To get out to the shops again")
    people = [Person(id=f"P{number:02d}") for number in range(1, count // 6 + 2)]
    return Document(Workshop(people=people, cards=[
        Card(id=f"c{row}", kind=list(Kind)[row % 3], text=words[row % 4],
             person=f"P{row // 6 + 1:02d}", tags=[PLACES[row // 60 % 4]],
             source=f"import 1, row {row + 5}") for row in range(count)]))


def _in_view(page, column: Column) -> bool:
    table = page.table
    left = table.columnViewportPosition(column)
    return left >= 0 and left + table.columnWidth(column) <= table.viewport().width()


def test_after_an_import_every_column_is_on_a_1366_laptop(shown_page):
    page = shown_page(1366 - 240, 700, other=_imported())
    save_render(page, "collect_every_column_1126")
    assert all(_in_view(page, column) for column in Column if column != Column.DETAILS)
    assert page.table.horizontalScrollBar().maximum() == 0  # no sideways scroll
    metrics = page.table.fontMetrics()
    words = page.table.columnWidth(Column.WORDS)
    assert all(metrics.horizontalAdvance(c.text) + 16 <= words for c in page.doc.workshop.cards)
    # a value cut to fit is whole for a mouse and for a screen reader
    source = page.proxy.index(0, Column.SOURCE)
    assert source.data(Qt.ItemDataRole.ToolTipRole) == "import 1, row 5"
    assert source.data(Qt.ItemDataRole.AccessibleTextRole) == "Source: import 1, row 5"


def test_on_a_big_screen_each_is_as_wide_as_what_it_holds(shown_page):
    page = shown_page(1920 - 240, 1000, other=_imported())
    save_render(page, "collect_every_column_1680")
    metrics = page.table.fontMetrics()
    for column, widest in ((Column.TAGS, "Town centre"), (Column.SOURCE, "import 1, row 244")):
        assert page.table.columnWidth(column) >= metrics.horizontalAdvance(widest) + 16
        assert page.table.columnWidth(column) <= 220  # not the words' room
    assert page.table.horizontalScrollBar().maximum() == 0


def test_long_statements_keep_the_words_width_and_the_rest_is_a_scroll_away(shown_page):
    page = shown_page(1366 - 240, 700,
                      other=Document(load_workshop(demo_path()).workshop))
    assert page.table.columnWidth(Column.WORDS) > 600  # the demo's statements: 550 px and more
    assert _in_view(page, Column.PERSON) and not _in_view(page, Column.SOURCE)


def test_a_column_dragged_wider_keeps_its_width(qtbot, shown_page):
    page = shown_page(1920 - 240, 1000, other=_imported())
    page.table.horizontalHeader().resizeSection(Column.TAGS, 300)  # as a drag does
    page.resize(1366 - 240, 700)
    qtbot.waitUntil(lambda: page.table.viewport().width() < 1100)
    assert page.table.columnWidth(Column.TAGS) == 300
    assert page.table.columnWidth(Column.WORDS) >= 380


def test_a_second_import_with_longer_tags_widens_tags_and_undo_puts_it_back(qtbot, show):
    from wtfc.model.operations.cards import add_cards
    from wtfc.ui.cards_page import CardsPage
    from wtfc.ui.undo import UndoAdapter

    doc = _imported(12)
    undo = UndoAdapter(doc)
    page = show(CardsPage(doc, undo), 1920 - 240, 1000)
    before = page.table.columnWidth(Column.TAGS)
    card = Card(id="new", kind=Kind.FUTURE, text="A garden to sit in", person="P01",
                tags=["Riverside ward", "Day centre"], source="import 2, row 2")
    undo.push(add_cards(doc, people=[], cards=[card], label="Import 2"))
    wider = page.table.columnWidth(Column.TAGS)
    assert wider > before
    assert wider >= page.table.fontMetrics().horizontalAdvance("Riverside ward, Day centre")
    undo.stack.undo()
    assert page.table.columnWidth(Column.TAGS) == before
    undo.stack.redo()
    assert page.table.columnWidth(Column.TAGS) == wider
