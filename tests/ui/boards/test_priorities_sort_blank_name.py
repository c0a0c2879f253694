"""Choose priorities, sorted by the Theme column, with a theme named only a zero-width space (an
older file) that the table shows as "Unnamed theme" (223098da): it sorts where "Unnamed theme"
reads, among the U's, not after every name (a zero-width space sorts after "z")."""

from __future__ import annotations

from tests.ui.boards.test_boards_blank_theme_name import doc  # noqa: F401  (the fixture)
from wtfc.model.unnamed_themes import UNNAMED_THEME
from wtfc.ui.boards.priorities import PrioritiesBoard
from wtfc.ui.boards.priorities_model import SORT_ROLE, Column


def test_it_sorts_by_the_name_the_table_shows(show, doc, undo):  # noqa: F811
    board = show(PrioritiesBoard(doc, undo), 1280, 720)
    model = board.model
    row = next(r for r in range(model.rowCount())
               if model.theme_at(r) is not None and model.theme_at(r).id == "lonely")
    key = model.index(row, Column.THEME).data(SORT_ROLE)
    assert key == UNNAMED_THEME.casefold()
