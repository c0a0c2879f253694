"""A team's line on the Teams panel names it as typed on the tree: "<b>Ward</b> 7 & co" was
shown as a bold "Ward" and "7 & co"."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.renders import save_render


def test_a_teams_line_names_it_as_typed(qtbot, doc, undo):
    from wtfc.ui.boards.team_record import TeamPart

    name = "<b>Ward</b> 7 & co"
    part = TeamPart(name, doc, undo)
    qtbot.addWidget(part)
    part.refresh()
    part.show()
    save_render(part, "team_line_as_typed")
    assert part.line.textFormat() == Qt.TextFormat.PlainText
    assert part.line.text().startswith(f"{name}: ")
