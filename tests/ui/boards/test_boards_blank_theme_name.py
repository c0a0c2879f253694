"""A theme named only a zero-width space (or joiner, word joiner, byte-order mark), kept from
a file saved before one was refused: Choose priorities' table showed its Theme cell blank (a
screen reader heard "3 cards: " down the Cards column), and the theme box over the why-tree,
Identify success and Plan read "Priority 1:  · ✗ 6 cards" ("Priority 1: . Not working, 6
cards" heard), while its reason box, + and Space already said "Unnamed theme". Both name it
so, as the exports print it (unnamed_themes.shown_theme_name); the stored name is kept."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.ui.boards.board_workshops import sample_workshop
from tests.ui.renders import save_render
from wtfc.model.document import Document
from wtfc.model.unnamed_themes import UNNAMED_THEME
from wtfc.ui.boards.common import ThemeSelector
from wtfc.ui.boards.priorities import PrioritiesBoard
from wtfc.ui.boards.priorities_model import Column

BLANK = "\u200b"


@pytest.fixture
def doc() -> Document:
    """The boards' workshop, its first priority ("package") and "lonely" named only a
    zero-width space, as an older file loads them."""
    ws = sample_workshop()
    themes = [t.model_copy(update={"name": BLANK}) if t.id in ("package", "lonely") else t
              for t in ws.themes]
    return Document(ws.model_copy(update={"themes": themes}))


def _row(board, theme_id: str) -> int:
    model = board.model
    return next(r for r in range(model.rowCount())
                if model.theme_at(r) is not None and model.theme_at(r).id == theme_id)


def test_choose_priorities_table_names_it_unnamed_theme(show, doc, undo):
    board = show(PrioritiesBoard(doc, undo), 1280, 720)
    save_render(board, "priorities_board_blank_theme_name")
    model, row = board.model, _row(board, "lonely")
    cell = model.index(row, Column.THEME)
    assert cell.data(Qt.ItemDataRole.DisplayRole) == UNNAMED_THEME
    assert cell.data(Qt.ItemDataRole.ToolTipRole) == UNNAMED_THEME
    assert model.index(row, Column.CARDS).data(Qt.ItemDataRole.AccessibleTextRole) == \
        f"3 cards: {UNNAMED_THEME}"
    assert doc.theme("lonely").name == BLANK  # named so on screen, never renamed


def test_the_theme_box_names_it_in_words_and_aloud(qtbot, doc):
    selector = ThemeSelector(doc)
    qtbot.addWidget(selector)
    selector.select_theme("package")
    assert selector.currentText().startswith(f"Priority 1: {UNNAMED_THEME} · ")
    assert selector.accessibleDescription().startswith(f"Priority 1: {UNNAMED_THEME}. ")
    # cut to fit a narrow box, the name's first words stay (not an empty space and "…")
    room = selector.fontMetrics().horizontalAdvance(selector.currentText()) * 3 // 4
    assert "Unnamed" in selector._fitted(selector.currentText(), room)
