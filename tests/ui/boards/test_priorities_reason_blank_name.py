"""Choose priorities' reason box, on a theme named only a zero-width space (or joiner, word
joiner, byte-order mark), kept from a file saved before one was refused: its label read
"Why '' (not chosen yet — Space chooses it):" (the space unseen between the quotes), naming
no theme, where a name of "" already read "Unnamed theme". It names it "Unnamed theme", as
+ and Space say it and the exports print it."""

from __future__ import annotations

import pytest

from tests.ui.boards.board_workshops import blank_named
from wtfc.model.document import Document
from wtfc.ui.boards.priorities import PrioritiesBoard
from wtfc.ui.boards.priorities_reason import reason_box_name, reason_label_text


@pytest.fixture
def doc() -> Document:
    """The boards' workshop, "lonely" named only a zero-width space as an older file loads it."""
    return Document(blank_named("lonely"))


@pytest.mark.parametrize("name", ["\u200b", "\u200d", "\u2060", "\ufeff", " \u200b\u200c ", ""])
def test_the_label_names_a_blank_theme_unnamed_theme(doc, name):
    theme = doc.theme("lonely").model_copy(update={"name": name})
    assert not theme.priority.chosen
    label = reason_label_text(theme)
    assert label == "&Why 'Unnamed theme' (not chosen yet — Space chooses it):"
    assert reason_box_name(label) == "Why 'Unnamed theme' (not chosen yet — Space chooses it)"


def test_the_board_shows_it_so(qtbot, show, doc, undo):
    board = show(PrioritiesBoard(doc, undo), 1280, 720)
    board.select_theme("lonely")
    assert board.reason_label.text().startswith("&Why 'Unnamed theme' (not chosen yet")
    assert board.reason.accessibleName().startswith("Why 'Unnamed theme' (not chosen yet")
    assert doc.theme("lonely").name == "\u200b"  # named so on screen, never renamed
