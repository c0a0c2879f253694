"""A priority named only a zero-width space (kept from an older file): with the room view up,
its why-tree and its success statements reached the projector as "No priority theme is chosen
yet." (the board asked the room view for the theme by its raw name, which finds nothing; review
33 W1 R1). The room view is asked by the theme's id and shows it, "Unnamed theme"."""

from __future__ import annotations

import pytest

from wtfc.model.demo import demo_path
from wtfc.model.document import Document
from wtfc.model.storage import load_workshop
from wtfc.model.workshop import Stage
from wtfc.ui.boards.views import find_theme
from wtfc.ui.main_window import MainWindow
from wtfc.ui.pages import board_request

BLANK = "\u200b"


@pytest.mark.parametrize("view", ["causes", "fishbone", "success"])
def test_the_room_view_finds_the_unnamed_priority(qtbot, view):
    ws = load_workshop(demo_path()).workshop
    themes = [t.model_copy(update={"name": BLANK}) if t.id == "t04" else t for t in ws.themes]
    doc = Document(ws.model_copy(update={"themes": themes, "stage": Stage.UNDERSTAND}))
    window = MainWindow(doc)
    qtbot.addWidget(window)
    request = board_request(window, view)
    theme = find_theme(doc, request.argument, view)  # "No priority theme is chosen yet" before
    assert theme.id == "t04"
    assert theme.name == BLANK  # named on screen, never renamed
