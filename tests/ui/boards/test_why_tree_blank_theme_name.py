"""The why-tree with its theme named only a zero-width space (or joiner, word joiner,
byte-order mark), kept from a file saved before one was refused: the theme box at the top of
Root causes' tree, of the room view's first page and the fishbone's head drew no name at all
(its kind and "Priority 1 · 3 cards…" over a gap), its tooltip began ": Priority 1", a screen
reader heard "Selected: Theme:  (Priority 1 · …)" and the room view was "Why-tree: ". Each
names it "Unnamed theme", as the theme box above the tree and the exports do; the stored name
is kept."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize, Qt

from tests.ui.boards.board_workshops import sample_workshop
from tests.ui.renders import save_render
from wtfc.model.document import Document
from wtfc.model.unnamed_themes import UNNAMED_THEME
from wtfc.ui.boards.causes import CausesBoard
from wtfc.ui.boards.why_tree_items import BOARD_STYLE, ThemeRootItem
from wtfc.ui.boards.why_tree_layout import ROOT
from wtfc.ui.render import ViewUnavailable, parse_view, view_factory

BLANK = "\u200b"


@pytest.fixture
def doc() -> Document:
    """The boards' workshop, its first priority ("package", the tree shown first) named only a
    zero-width space, as an older file loads it."""
    ws = sample_workshop()
    themes = [t.model_copy(update={"name": BLANK}) if t.id == "package" else t
              for t in ws.themes]
    return Document(ws.model_copy(update={"themes": themes}))


def _drawn(texts: list[tuple[float, str]]) -> list[str]:
    return [words for _px, words in texts]


def _shown_board(qtbot, doc: Document, undo) -> CausesBoard:
    """Root causes' board on the laptop, shown at 1400 x 800."""
    board = CausesBoard(doc, undo)
    qtbot.addWidget(board)
    board.resize(1400, 800)
    board.show()
    qtbot.waitExposed(board)
    return board


def test_root_causes_tree_names_it_in_its_box_and_aloud(qtbot, doc, undo, tree_texts):
    board = _shown_board(qtbot, doc, undo)
    board.view.select(ROOT)
    save_render(board, "why_tree_board_blank_theme_name")
    root = board.scene.nodes[ROOT]
    assert UNNAMED_THEME in _drawn(tree_texts)
    assert board.status.text().startswith(f"Selected: Theme: {UNNAMED_THEME} (Priority 1 · ")
    assert root.toolTip().startswith(f"{UNNAMED_THEME}: Priority 1 · ")
    assert root.theme.id == "package"
    assert doc.theme("package").name == BLANK  # named so on screen, never renamed


def test_the_room_views_first_page_names_it(causes_room, doc, tree_texts):
    """Two teams' reasons (no one team named in the box): the full theme box."""
    causes = [c.model_copy(update={"team": "Green table"}) if c.id in ("d", "e") else c
              for c in doc.workshop.causes]
    doc = Document(doc.workshop.model_copy(update={"causes": causes}))
    view = causes_room(doc, "package", QSize(1280, 720))
    save_render(view, "why_tree_room_blank_theme_name")
    assert view.accessibleName() == f"Why-tree: {UNNAMED_THEME}"
    assert UNNAMED_THEME in _drawn(tree_texts)
    root = view.scene.nodes[ROOT]
    assert type(root) is ThemeRootItem
    assert root.describe() == f"Theme: {UNNAMED_THEME} (Priority 1 · 6 cards from 6 people)"


def test_the_box_is_as_tall_as_for_the_words_it_draws(doc):
    """Measured for "Unnamed theme", not for an empty line: the fishbone's head and the tree's
    pages are laid out by it."""
    theme = doc.theme("package")
    named = theme.model_copy(update={"name": UNNAMED_THEME})
    assert ThemeRootItem(theme, [], BOARD_STYLE).boundingRect() == \
        ThemeRootItem(named, [], BOARD_STYLE).boundingRect()


def test_the_fishbone_head_names_it(qtbot, doc, undo, tree_texts):
    board = _shown_board(qtbot, doc, undo)
    board.view.setFocus()
    qtbot.keyClick(board.view, Qt.Key.Key_F)
    assert board.shapes.showing_fishbone()
    tree_texts.clear()
    save_render(board, "fishbone_board_blank_theme_name")
    assert UNNAMED_THEME in _drawn(tree_texts)


def test_wtfc_render_offers_it_by_the_name_it_is_shown_with(qtbot, doc):
    """`wtfc render --view causes:NAME`: the themes offered for a name not found listed it
    as nothing ("Themes include: ; I never know who is coming or when."), and no name typed
    could draw it; "Unnamed theme" now does, and nothing typed still asks for a theme."""
    with pytest.raises(ViewUnavailable) as missing:
        view_factory("causes")(doc, parse_view("causes:Lonely"))
    assert str(missing.value).endswith(
        f"Themes include: {UNNAMED_THEME}; I never know who is coming or when.")
    view = view_factory("causes")(doc, parse_view("causes:unnamed theme"))
    qtbot.addWidget(view)
    assert view.accessibleName() == f"Why-tree: {UNNAMED_THEME}"
    with pytest.raises(ViewUnavailable, match="needs a theme"):
        view_factory("causes")(doc, parse_view("causes:"))


def test_asking_why_under_it_names_it(qtbot, doc, undo):
    """W on the theme box asked "Why? ('')": the question names the theme as its box does."""
    board = _shown_board(qtbot, doc, undo)
    board.view.select(ROOT)
    board.start_why()
    assert board.line.editor.accessibleName() == f"Why? ('{UNNAMED_THEME}')"


def test_the_wall_view_finds_it_by_the_name_it_is_shown_with():
    """`wtfc render --view theme:…`: the wall's own view finds it as "Unnamed theme" and lists
    it so when a name is not found (it listed nothing between two semicolons)."""
    from wtfc.ui.wall.views import find_theme as find_wall_theme

    ws = sample_workshop()
    themes = [t.model_copy(update={"name": BLANK}) if t.id == "package" else t
              for t in ws.themes]
    doc = Document(ws.model_copy(update={"themes": themes}))
    assert find_wall_theme(doc, "unnamed theme").id == "package"
    with pytest.raises(LookupError) as refused:
        find_wall_theme(doc, "No such theme")
    assert UNNAMED_THEME in str(refused.value)
