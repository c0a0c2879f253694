"""The cards changed while wtfc grouped them, on a laptop at 16 pt: the panel is short, so
what it says folds to one line, and that line read "The cards changed while …", what to do
only behind More or the tooltip (review 34 R6-4). The offer now comes first, so the one line
shown says what to do: "Suggest themes again: th… More"."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel

from tests.ui.renders import save_render
from tests.ui.settled import settle
from tests.ui.wall.suggestion_helpers import NW, finish
from tests.ui.wall.test_suggestion_cards_taken_while_grouping import (  # noqa: F401  (fixtures)
    MORE,
    doc,
    held_worker,
)
from wtfc.model.operations.cards import add_cards
from wtfc.model.workshop import Card, Kind

pytestmark = pytest.mark.usefixtures("word_table")


def test_the_folded_line_says_what_to_do(qtbot, wall, doc, undo, held_worker, font_points):  # noqa: F811
    font_points(16)
    wall.resize(1024, 640)  # the wall of a 1024x768 window
    settle()
    start, release = held_worker
    undo.push(add_cards(doc, people=[], label="Import 12 cards", cards=[
        Card(id=f"m{i}", kind=NW, text=t) for i, t in enumerate(MORE)]))
    wall.set_kinds((NW, Kind.WORKING))
    panel = wall.suggestions
    task = start(wall)
    undo.stack.undo()  # the import goes while the worker reads: 12 of the 21 taken
    release()
    finish(qtbot, task)
    settle()
    message = panel.message
    shown = QLabel.text(message)  # the words drawn, folded
    assert panel.message.more.isVisible() and "\n" not in shown  # one line, the rest behind More
    assert "Suggest themes again" in shown
    assert message.text().startswith("Suggest themes again: the cards changed while "
                                     "wtfc grouped them. 12 of the 21 were taken off the wall")
    save_render(panel, "suggestion_cards_changed_folded_16pt")
