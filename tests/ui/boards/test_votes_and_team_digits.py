"""Choose priorities' Votes editor and the Teams panel's counts show Latin digits whatever the
laptop's region: with ar-SA, fa-IR or bn-BD the Votes editor (Qt's own spin box) read "١٤",
then "١٣" after Up, in a column reading "11", "9" and "5" (review 23 dates F6, code_d1 F2)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QSpinBox

from tests.ui.renders import save_render
from wtfc.model.workshop import Stage
from wtfc.ui.boards.priorities_model import Column
from wtfc.ui.boards.priorities_table import VotesTable
from wtfc.ui.boards.team_record import TeamsPanel

REGIONS = {
    "ar-SA": (QLocale.Language.Arabic, QLocale.Country.SaudiArabia),
    "fa-IR": (QLocale.Language.Persian, QLocale.Country.Iran),
    "bn-BD": (QLocale.Language.Bangla, QLocale.Country.Bangladesh),
}


@pytest.fixture(params=list(REGIONS))
def region(request):
    """The laptop's region, from before the window is made."""
    before = QLocale()
    QLocale.setDefault(QLocale(*REGIONS[request.param]))
    assert QLocale().toString(14) != "14"  # the region's own digits: it bites
    yield request.param
    QLocale.setDefault(before)


def test_the_votes_editor_and_the_teams_panel_s_counts_show_latin_digits(qtbot, region,
                                                                         demo_window):
    """One window a region for both (each made its own, 0.1 s a window): the votes editor
    only opened and left with Esc, then the why-tree beside it."""
    demo_window.go_to_stage(Stage.UNDERSTAND)
    table = demo_window.findChild(VotesTable)
    cell = table.model().index(0, Column.VOTES)
    votes = str(cell.data())
    table.setFocus()
    table.setCurrentIndex(cell)
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = table.indexWidget(cell) or table.focusWidget()
    assert isinstance(editor, QSpinBox)
    assert editor.text() == votes
    qtbot.keyClick(editor, Qt.Key.Key_Up)
    assert editor.text() == str(int(votes) + 1)
    if region == "ar-SA":
        save_render(table, "votes_editor_latin_digits_ar_SA")
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    # the Teams panel's counts
    demo_window.page(Stage.UNDERSTAND).setCurrentIndex(1)  # the why-tree, with its Teams panel
    boxes = demo_window.findChild(TeamsPanel).findChildren(QSpinBox)
    assert boxes
    assert any(box.value() > 0 for box in boxes)
    assert [box.text() for box in boxes] == [str(box.value()) for box in boxes]
