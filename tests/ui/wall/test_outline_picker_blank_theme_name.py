"""A theme named only a zero-width space (kept from a file saved before one was refused) has
its wall header "2. Unnamed theme (not named yet)" (scene.wall_theme_name), but the Outline
beside the wall read "2. ✗  (3)" (its tooltip and a screen reader heard nothing either) and
Move to theme… (M) listed it as "  (3)", which no typing found. Both name it as the wall does."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from wtfc.ui.wall.outline import THEME_ROLE
from wtfc.ui.wall.scene import wall_theme_name
from wtfc.ui.wall.theme_picker import ThemePicker, matching

BLANK = "\u200b"
SHOWN = wall_theme_name(BLANK)  # "Unnamed theme (not named yet)"


def test_the_outline_names_it_as_its_header(panel, doc):
    doc.theme("package").name = BLANK  # as an older file loads it
    panel.outline.rebuild()
    model = panel.outline.model_
    [row] = [model.item(r) for r in range(model.rowCount())
             if model.item(r).data(THEME_ROLE) == "package"]
    assert SHOWN in row.text() and row.text().startswith("2. ")
    assert row.toolTip() == SHOWN
    assert f"Theme 2. {SHOWN}," in row.data(Qt.ItemDataRole.AccessibleTextRole)


@pytest.mark.parametrize("typed", ["", "unnamed", "not named"])
def test_the_theme_picker_lists_it_and_typing_finds_it(qtbot, doc, typed):
    doc.theme("package").name = BLANK
    themes = [t for t in doc.workshop.themes if t.kind == doc.theme("package").kind]
    assert doc.theme("package") in matching(themes, typed)
    picker = ThemePicker(themes, kind=None, title="Move to theme")
    qtbot.addWidget(picker)
    picker.filter.setText(typed)
    shown = [picker.list.item(i).text() for i in range(picker.list.count())]
    assert f"{SHOWN}  (3)" in shown
