# ruff: noqa: F811  (pytest fixtures imported from window_fixtures are parameters here)
"""Review 33 A2 R1, R5: a names list whose notes start with a capital, as people type them
("Zebulon Quarrie / Rings after 5 pm / Hope Green / Deaf in left ear", "Zebulon Quarrie - Lives
with daughter"), or with three notes under each name, opened Import with every name in its
table when dropped on the cards; dropped on Names to watch for each note was a name ("I am deaf
in my left ear" printed "I am [name] [name] my [name] [name]"). And the same list pasted
(Ctrl+V) in the box watched its own-line notes as names: only the drop joined them."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from settled import settle
from test_file_drop import drag_onto, files_of, foot, local
from test_names_list_shapes_dropped import collect, dropped_on_cards
from window_fixtures import isolated_settings, shown_window, workshop_file  # noqa: F401

from wtfc.importing.watch_guard import watched_redacted

CAPITALISED = "Zebulon Quarrie\nRings after 5 pm\nHope Green\nDeaf in left ear\n"
THREE_NOTES = ("Zebulon Quarrie\nrings after 5\nlives alone\nkey safe 4521\nHope Green\n"
               "deaf in left ear\nuses a frame\nprefers mornings\n")
CARDS = ["I am deaf in my left ear", "My carer rings after tea",
         "I live alone and use a frame", "Lives with her daughter now"]


@pytest.mark.parametrize("text", [
    CAPITALISED,
    "Zebulon Quarrie - Lives with daughter\nAisha Khan - Needs interpreter (Urdu)\n"
    "Hope Green - Carer at Riverside\n",
    THREE_NOTES,
])
def test_dropped_on_the_cards_it_opens_no_import(shown_window, tmp_path, text):
    path = tmp_path / "names.txt"
    path.write_text(text, encoding="utf-8")
    assert not dropped_on_cards(shown_window, path)
    assert "drop it on Names to watch for" in foot(shown_window)


@pytest.mark.parametrize("text", [CAPITALISED, THREE_NOTES])
def test_dropped_on_the_box_the_notes_words_are_no_name(shown_window, tmp_path, text):
    page = collect(shown_window)
    path = tmp_path / "names.txt"
    path.write_text(text, encoding="utf-8")
    assert drag_onto(page.names_fold.button, files_of(local(path)))
    settle()
    assert foot(shown_window) == "2 names from the file added to Names to watch for."
    names = tuple(page.names())
    for card in CARDS:
        assert watched_redacted(card, names) == card
    assert watched_redacted("Quarrie rings after tea", names) == "[name] rings after tea"


def test_pasted_in_the_box_the_notes_words_are_no_name(shown_window, qtbot):
    page = collect(shown_window)
    page.names_fold.button.click()
    settle()
    QGuiApplication.clipboard().setText(
        "Zebulon Quarrie\nrings after 5 pm\nHope Green\ndeaf in left ear\n")
    qtbot.keyClick(page.names_box, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    settle()
    names = tuple(page.names())
    assert len(names) == 2, names
    for card in CARDS:
        assert watched_redacted(card, names) == card
