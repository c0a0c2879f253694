"""An area pasted into "Area (locality) for everyone on this sheet" past a locality's 300
characters was cut to 300 unsaid: the box's "too long" words were put up as it stopped, then
wiped at once by the check that follows each edit. Now the words stay beside the box while it
holds the cut text, on the confirm page and on the mapping step, and go once it is changed."""

from __future__ import annotations

from import_fixtures import wait_for
from PySide6.QtGui import QGuiApplication
from renders import save_render
from test_import_area_box import _confirm, _csv

from tests.importing.test_sheet_area import NORTH
from tests.ui.settled import settle
from wtfc.model.document import Document
from wtfc.model.workshop import Workshop
from wtfc.ui.undo import UndoAdapter

PASTED = "North " + "and the villages around it " * 15  # 411 characters


def _pasted(qtbot, dialog, text: str = PASTED) -> None:
    """``text`` pasted into the box (Ctrl+V), the typing then finished (as Tab away does)."""
    line = dialog.area_box.box.lineEdit()
    dialog.area_box.box.setFocus()
    line.selectAll()
    QGuiApplication.clipboard().setText(text)
    line.paste()
    line.editingFinished.emit()
    qtbot.waitUntil(lambda: not dialog.codes_note.busy, timeout=10_000)
    settle()


def _dialog(qtbot, tmp_path):
    doc = Document(Workshop())
    dialog = _confirm(qtbot, doc, UndoAdapter(doc), _csv(tmp_path, "north.csv", NORTH))
    dialog.resize(1366, 768)
    return dialog


def test_an_area_pasted_too_long_is_said_on_the_confirm_page(qtbot, tmp_path):
    dialog = _dialog(qtbot, tmp_path)
    assert len(PASTED) > 300
    _pasted(qtbot, dialog)
    said = dialog.area_box.said
    assert said.isVisible() and said.text().startswith("⚠ That was too long: a locality holds "
                                                       "at most 300 characters")
    assert "only its first 300 are in the box" in said.text()
    assert dialog.area_box.area() == PASTED[:300].strip()  # what Import gives, in sight
    save_render(dialog, "import_area_pasted_too_long", always=True)
    # shortened by the facilitator: the words go
    line = dialog.area_box.box.lineEdit()
    line.setFocus()
    line.selectAll()
    qtbot.keyClicks(line, "North")
    line.editingFinished.emit()
    settle()
    assert not said.isVisible()


def test_an_area_pasted_too_long_is_said_on_the_mapping_step(qtbot, tmp_path):
    dialog = _dialog(qtbot, tmp_path)
    dialog.confirm_page.check_button.click()
    wait_for(qtbot, dialog, "mapping")
    _pasted(qtbot, dialog)
    said = dialog.area_box.said
    assert said.isVisible() and "too long" in said.text()
    save_render(dialog, "import_area_pasted_too_long_mapping", always=True)
    # typed on at the end, still too long: still said
    line = dialog.area_box.box.lineEdit()
    line.end(False)
    qtbot.keyClicks(line, "s")
    assert said.isVisible() and "too long" in said.text()
