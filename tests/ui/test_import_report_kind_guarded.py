"""The import dialog's report page (which may be on the projector) quotes a skipped row's kind
cell as the preview does: "Row 4: unknown kind ('[name]')", where one click after the preview
hid it, the report page printed "Beth Jones" in full (code review B2 F1)."""

from __future__ import annotations

from import_fixtures import shown_dialog, wait_for, workbook
from renders import save_render

from wtfc.model.document import Document
from wtfc.model.workshop import Workshop
from wtfc.ui.undo import UndoAdapter

ROWS = [["Person", "Kind", "Statement"], ["P01", "Working", "The bus is on time"],
        ["P02", "Not working", "Too many forms"], ["P03", "Beth Jones", "I like lunch club"]]


def test_the_report_page_hides_a_name_in_a_kind_cell(qtbot, tmp_path):
    doc = Document(Workshop())
    undo = UndoAdapter(doc)
    dialog = shown_dialog(qtbot, doc, undo)
    dialog.resize(1000, 600)
    dialog.load_file(workbook(tmp_path / "s.xlsx", {"Sheet1": ROWS}))
    wait_for(qtbot, dialog, "mapping")
    assert dialog.mapping_step.grid.item(3, 0).text() == "skipped: unknown kind ('[name]')"
    dialog.import_now()
    wait_for(qtbot, dialog, "report")
    text = dialog.report_page.text.toPlainText()
    save_render(dialog, "import_report_kind_guarded")
    assert "Row 4: unknown kind ('[name]')" in text and "Beth" not in text
    assert [c.text for c in doc.workshop.cards] == ["The bus is on time", "Too many forms"]
    undo.stack.undo()
    assert doc.workshop.cards == []
    undo.stack.redo()
    assert len(doc.workshop.cards) == 2
