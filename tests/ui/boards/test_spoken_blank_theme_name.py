"""Choose priorities: + or Space on a theme named only a zero-width space (kept from a file saved
before one was refused) was heard as "10 votes: " and "Chosen as priority 3: ", naming no
theme. It is said as the exports print it, "Unnamed theme" (unnamed_themes.shown_theme_name)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.ui.boards.board_workshops import blank_named
from tests.ui.spoken_checks import catch_announcements
from wtfc.model.document import Document
from wtfc.ui.boards.priorities import PrioritiesBoard


@pytest.fixture
def doc() -> Document:
    """The boards' workshop, "lonely" named only a zero-width space as an older file loads it."""
    return Document(blank_named("lonely"))


def test_votes_and_choosing_name_it_unnamed_theme(qtbot, show, doc, undo, monkeypatch):
    votes = doc.theme("lonely").priority.votes
    said = catch_announcements(monkeypatch)
    board = show(PrioritiesBoard(doc, undo), 1280, 720)
    board.select_theme("lonely")
    board.table.setFocus()
    qtbot.keyClick(board.table, Qt.Key.Key_Plus)
    qtbot.keyClick(board.table, Qt.Key.Key_Space)
    assert said == [f"{votes + 1} votes: Unnamed theme", "Chosen as priority 3: Unnamed theme"]
