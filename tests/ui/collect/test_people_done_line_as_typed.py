"""The People view's line saying what the last edit did quotes a tag as typed: "North <b>East</b>
& Sea" showed a bold "East" (the label guessed rich text from the step's words)."""

from __future__ import annotations

from collect_fixtures import save_render
from PySide6.QtCore import Qt
from test_people_view import go_to, type_into_cell

from wtfc.ui.people_table import Column

TAG = "North <b>East</b> & Sea"


def test_the_done_line_quotes_a_locality_as_typed(shown_page, undo, qtbot):
    page = shown_page(1366, 720)
    page.people_button.click()
    people = page.people_dialog
    qtbot.waitExposed(people)
    people.choose(["P01"])
    go_to(people, "P01", Column.LOCALITY)
    type_into_cell(qtbot, people, TAG)
    line = people.done_line
    assert line.isVisible() and line.textFormat() == Qt.TextFormat.PlainText
    assert f"Set locality to '{TAG}' for P01" in line.text()
    save_render(people, "people_done_line_as_typed")
    undo.stack.undo()
    assert not line.isVisible()
    # the cell's tip says the tag as typed too
    from PySide6.QtGui import QTextDocument

    undo.stack.redo()
    model = people.model
    tip = model.index(model.row_of("P01"), Column.LOCALITY).data(Qt.ItemDataRole.ToolTipRole)
    document = QTextDocument()
    document.setHtml(tip)  # a tip Qt reads as HTML (it would: the tag looks like it)
    assert document.toPlainText().startswith(f"P01's locality: {TAG}.")


def test_the_tag_filters_tip_quotes_the_tag_as_typed(shown_page):
    from PySide6.QtGui import QTextDocument

    page = shown_page(1366, 720)
    box = page.person_tags.box
    page.person_tags.show_tag(TAG, "locality")
    document = QTextDocument()
    document.setHtml(box.toolTip())
    assert document.toPlainText().startswith(f"Only people whose locality is '{TAG}'")
