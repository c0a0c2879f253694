"""The Theme page says what to do, as every other stage page does: a heading, and a line that
follows the wall (how to group while no theme exists, then the cards still in no theme and the
groups not named yet). It sits above the toolbar, never over a card (review 24 firsttime F1)."""

from __future__ import annotations

from wtfc.model.document import Document
from wtfc.model.workshop import Card, Kind, Person, Workshop
from wtfc.ui.wall import WallPanel
from wtfc.ui.wall.theme_intro import HEADING


def _cards_only() -> Document:
    cards = [Card(id=f"c{n}", kind=Kind.NOT_WORKING, text=f"Statement {n}", person=f"P{n}")
             for n in range(1, 6)]
    people = [Person(id=f"P{n}") for n in range(1, 6)]
    return Document(Workshop(title="North", people=people, cards=cards))


def test_cards_and_no_themes_say_how_to_group_then_the_count_after_n(show):
    from wtfc.ui.undo import UndoAdapter

    doc = _cards_only()
    undo = UndoAdapter(doc)
    panel = show(WallPanel(doc, undo), 1024, 700)
    words = panel.intro.words
    assert panel.intro.isVisible() and HEADING.startswith("Theme: group the cards")
    assert "press N to group them, or S" in words.text()
    assert "named later with F2" in words.text()
    # above the toolbar and the wall: nothing of it over a card
    assert panel.intro.geometry().bottom() < panel.toolbar.geometry().top()
    assert panel.intro.geometry().bottom() < panel.pages.geometry().top()

    panel.ask_text = lambda *_a, **_k: ""  # a group to name later
    for key in [("c1", None), ("c2", None)]:
        panel.scene.cards[key].setSelected(True)
    assert panel.ask_new_theme() is not None
    assert words.text().startswith("3 cards are not in a theme yet")
    assert "1 group is not named yet: F2 names the chosen one" in words.text()
    undo.stack.undo()
    assert "press N to group them" in words.text()
    undo.stack.redo()
    assert words.text().startswith("3 cards are not in a theme yet")


def test_every_card_in_a_named_theme_says_where_next(show, doc, undo):
    from wtfc.model.operations.themes import create_theme

    panel = show(WallPanel(doc, undo), 1366, 700)
    assert panel.intro.words.text().startswith("4 cards are not in a theme yet")
    for card in ("n5", "n6", "w2", "f1"):
        kind = doc.card(card).kind
        undo.push(create_theme(doc, kind=kind, name=f"I am about {card}", card_ids=[card]))
    assert panel.intro.words.text() == ("Every card is in a theme. Next: 4 Understand (Ctrl+4), "
                                        "to choose the priorities.")


def test_no_cards_yet_points_to_collect(show):
    from wtfc.ui.undo import UndoAdapter

    doc = Document(Workshop(title="North"))
    panel = show(WallPanel(doc, UndoAdapter(doc)), 1024, 700)
    assert "2 Collect (Ctrl+2)" in panel.intro.words.text()
