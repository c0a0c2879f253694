"""A theme named only a zero-width space (or "", a joiner, word joiner, byte-order mark), kept
from a file saved before one was refused, had a blank header on the facilitator's own wall
("2." and nothing), while the room view and the exports call it "Unnamed theme". The wall
names it so, marked "(not named yet)" as it shows the other groups not named yet ("Group 1
(not named yet)"), and the stored name stays what the file holds."""

from __future__ import annotations

import pytest

from tests.ui.renders import save_render
from wtfc.model.unnamed_themes import UNNAMED_THEME
from wtfc.ui.wall import WallPanel
from wtfc.ui.wall.scene import wall_theme_name

BLANK = "\u200b"
SHOWN = f"{UNNAMED_THEME} (not named yet)"


@pytest.mark.parametrize("name", [BLANK, "\ufeff", " \u200d\u2060 ", ""])
def test_a_name_with_no_words_is_shown_as_not_named_yet(name):
    assert wall_theme_name(name) == SHOWN
    assert wall_theme_name("I feel lonely") == "I feel lonely"
    assert wall_theme_name("\u200bI feel lonely") == "\u200bI feel lonely"  # words: as it is


def _header(panel, theme_id: str) -> str:
    return next(b for b in panel.scene.blocks.values() if b.theme_id == theme_id).shown_title()


def test_the_facilitators_wall_heads_it_unnamed_theme(show, doc, undo):
    doc.theme("package").name = BLANK  # as an older file loads it
    doc.theme("staff").name = "Group 1 (not named yet)"
    panel = show(WallPanel(doc, undo), 1400, 900)
    save_render(panel, "wall_blank_theme_name")
    assert _header(panel, "package") == f"2. {SHOWN}"  # numbered as Alt+2 reaches it
    assert _header(panel, "staff") == "3. Group 1 (not named yet)"
    assert doc.theme("package").name == BLANK  # shown so, never renamed


def test_a_name_given_later_replaces_it(show, doc, undo):
    doc.theme("package").name = "\ufeff"
    panel = show(WallPanel(doc, undo), 1400, 900)
    assert _header(panel, "package") == f"2. {SHOWN}"
    from wtfc.model.operations.themes import rename_theme

    undo.push(rename_theme(doc, theme_id="package", name="I feel like a package"))
    assert _header(panel, "package") == "2. I feel like a package"
    undo.stack.undo()
    assert _header(panel, "package") == f"2. {SHOWN}"
    undo.stack.redo()
    assert _header(panel, "package") == "2. I feel like a package"
