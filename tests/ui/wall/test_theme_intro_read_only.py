"""A workshop open read-only: the Theme page's what-to-do line says where the cards and groups
stand and that they can't be changed, not "press N" or "F2", keys that do nothing there (as
the other pages say it: "This workshop is open read-only: … can be seen, not changed")."""

from __future__ import annotations

from tests.ui.renders import save_render
from wtfc.model.document import Document
from wtfc.model.operations.themes import create_theme
from wtfc.model.workshop import Card, Kind, Person, Workshop
from wtfc.ui.undo import UndoAdapter
from wtfc.ui.wall import WallPanel
from wtfc.ui.wall.theme_intro import READ_ONLY


def _cards_only() -> Document:
    cards = [Card(id=f"c{n}", kind=Kind.NOT_WORKING, text=f"Statement {n}", person=f"P{n}")
             for n in range(1, 6)]
    people = [Person(id=f"P{n}") for n in range(1, 6)]
    return Document(Workshop(title="North", people=people, cards=cards))


def _opened(doc: Document, undo: UndoAdapter, read_only: bool) -> None:
    """As the window opens a file (or Save As makes it one's own): read-only, then a reset."""
    undo.read_only = read_only
    doc.replace_workshop(doc.workshop)


def test_read_only_names_no_key_and_says_why(show):
    doc = _cards_only()
    undo = UndoAdapter(doc)
    panel = show(WallPanel(doc, undo), 1024, 700)
    words = panel.intro.words
    assert "press N" in words.text()
    _opened(doc, undo, True)
    assert words.text() == "No themes yet. " + READ_ONLY

    undo.read_only = False  # a group made, and a card left in none, then opened read-only
    undo.push(create_theme(doc, kind=Kind.NOT_WORKING, name="", card_ids=["c1", "c2", "c3",
                                                                          "c4"]))
    _opened(doc, undo, True)
    assert words.text() == ("1 card is not in a theme yet. 1 group is not named yet. "
                            + READ_ONLY)
    assert "press" not in words.text() and "F2" not in words.text()
    save_render(panel, "theme_intro_read_only_1024")

    _opened(doc, undo, False)  # Save As: the copy is the room's own, the keys are back
    assert "press N for a new theme" in words.text() and "F2 names" in words.text()


def test_read_only_with_no_cards_sends_no_one_to_collect(show):
    doc = Document(Workshop(title="North"))
    undo = UndoAdapter(doc)
    undo.read_only = True
    panel = show(WallPanel(doc, undo), 1024, 700)
    assert panel.intro.words.text() == "No cards yet. " + READ_ONLY

