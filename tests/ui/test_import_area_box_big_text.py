"""The import confirm page's Area box with bigger text (review 36 R8 R3, M1): beside the box, a
sheet's Locality column's sentence had 136 px at 16 pt in a 1024-wide dialog, a word a line and
out of sight below; and the empty box cut its own example to "none (e.g. Nor…", the only hint
of what to type."""

from __future__ import annotations

import pytest
from test_import_area_box import _confirm, _csv

from tests.importing.test_sheet_area import MIXED
from tests.ui.settled import settle
from wtfc.model.document import Document
from wtfc.model.workshop import Workshop
from wtfc.ui.undo import UndoAdapter


def _dialog(qtbot, tmp_path, font_points, points: int):
    font_points(points)
    doc = Document(Workshop())
    dialog = _confirm(qtbot, doc, UndoAdapter(doc), _csv(tmp_path, "mixed.csv", MIXED))
    dialog.resize(1024, 768)
    settle()
    return dialog


def test_at_16_pt_on_a_1024_screen_the_locality_sentence_reads_in_whole_lines(
        qtbot, tmp_path, font_points):
    area = _dialog(qtbot, tmp_path, font_points, 16).area_box
    about = area.about
    assert about.isVisible() and "“Locality” column keeps its values" in about.text()
    assert about.width() >= area.label.width()
    assert about.height() <= 3 * about.fontMetrics().lineSpacing()


@pytest.mark.parametrize("points", [9, 16])
def test_the_empty_box_shows_its_whole_example(qtbot, tmp_path, font_points, points):
    line = _dialog(qtbot, tmp_path, font_points, points).area_box.box.lineEdit()
    margins = line.textMargins()
    # a line edit keeps 2 px each side of its text (QLineEditPrivate::horizontalMargin)
    room = line.width() - margins.left() - margins.right() - 4
    assert line.fontMetrics().horizontalAdvance(line.placeholderText()) <= room
