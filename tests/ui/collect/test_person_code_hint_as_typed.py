"""A person code is shown as typed in the card dialog's "did you mean" line and its button,
and in the line over Collect's table: a code "R&D01" made the button read "Use RD̲01" (a button
takes "&" as its key), and "<b>B</b>" was a bold "B" over the table."""

from __future__ import annotations

from collect_fixtures import save_render
from PySide6.QtCore import Qt

from tests.ui.settled import settle
from wtfc.model.document import Document
from wtfc.model.workshop import Card, Kind, Person, Workshop


def test_a_code_with_and_is_pointed_out_as_typed(shown_page, qtbot):
    doc = Document(Workshop(people=[Person(id="R&D01")], cards=[
        Card(id=f"c{n}", kind=Kind.WORKING, text=f"Card {n}", person="R&D01") for n in (1, 2)]))
    page = shown_page(1366, 720, other=doc)
    page.add_card()
    dialog = page.card_dialog
    dialog.words.setPlainText("Carers are late")
    dialog.person.setText("r&d001")
    hint = dialog.hint
    qtbot.waitUntil(hint.use_button.isVisible)
    settle()  # laid out again with the hint (posted layout requests) before the picture
    save_render(dialog, "person_code_hint_as_typed")
    assert hint.label.textFormat() == Qt.TextFormat.PlainText
    assert "did you mean R&D01, not r&d001?" in hint.label.text()
    assert hint.use_button.text() == "&Use R&&D01"  # shown "Use R&D01", Alt+U its key
    hint.use_button.click()
    assert dialog.person_code() == "R&D01"
    dialog.reject()


def test_the_line_over_collects_table_names_codes_as_typed(shown_page):
    from PySide6.QtGui import QTextDocument

    codes = ("<b>B</b>", "<i>C</i>&1")  # in code order
    doc = Document(Workshop(people=[Person(id=c) for c in codes], cards=[
        Card(id=f"{c}{n}", kind=Kind.WORKING, text=f"Card {n}", person=c)
        for c in codes for n in range(3)]))
    page = shown_page(1366, 720, other=doc)
    line = page.top_two
    assert line.isVisible() and line.textFormat() == Qt.TextFormat.PlainText
    assert line.text().startswith(f"⚠ {codes[0]} and {codes[1]} have more than two cards")
    document = QTextDocument()
    document.setHtml(line.toolTip())
    assert f"{codes[0]} (3 working) and {codes[1]} (3 working)" in document.toPlainText()
