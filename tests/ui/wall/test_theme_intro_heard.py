"""A screen-reader facilitator arriving on Theme hears what to do: the page's what-to-do line is
a label Tab never reaches, so the wall says it (with its own tooltip) while no card has the
keyboard, and follows it as the work changes it. It is not announced on each edit: the card
announcement already speaks per edit (review a11y24 F3)."""

from __future__ import annotations

from PySide6.QtGui import QAccessible

from wtfc.model.document import Document
from wtfc.model.workshop import Card, Kind, Person, Workshop
from wtfc.ui.boards import common
from wtfc.ui.undo import UndoAdapter
from wtfc.ui.wall import WallPanel
from wtfc.ui.wall.theme_intro import FIRST_GROUPS


def _heard(view) -> str:
    QAccessible.setActive(True)
    return QAccessible.queryAccessibleInterface(view).text(QAccessible.Text.Description)


def _cards_only() -> Document:
    cards = [Card(id=f"c{n}", kind=Kind.NOT_WORKING, text=f"Statement {n}", person=f"P{n}")
             for n in range(1, 6)]
    people = [Person(id=f"P{n}") for n in range(1, 6)]
    return Document(Workshop(title="North", people=people, cards=cards))


def test_the_wall_says_the_what_to_do_line_while_no_card_has_the_keyboard(show, qtbot,
                                                                          monkeypatch):
    said = []
    monkeypatch.setattr(common, "announce", lambda _widget, text, **_: said.append(text))
    doc = _cards_only()
    undo = UndoAdapter(doc)
    panel = show(WallPanel(doc, undo), 1024, 700)
    view = panel.view
    panel.activateWindow()
    view.setFocus()
    qtbot.waitUntil(lambda: panel.scene.hasFocus())  # the keyboard on the wall
    assert panel.scene.focusItem() is None
    assert _heard(view) == f"{FIRST_GROUPS} {view.toolTip()}"  # the keys' help still said

    panel.ask_text = lambda *_a, **_k: ""  # grouped with N, to be named later
    for key in [("c1", None), ("c2", None)]:
        panel.scene.cards[key].setSelected(True)
    assert panel.ask_new_theme() is not None
    panel.scene.setFocusItem(None)  # the keyboard on the wall, on no card
    now = _heard(view)
    assert now.startswith("3 cards are not in a theme yet")
    assert "1 group is not named yet: F2 names the chosen one" in now
    assert now == f"{panel.intro.words.text()} {view.toolTip()}"

    [c3] = [item for key, item in panel.scene.cards.items() if key[0] == "c3"]
    view.focus_card(c3)  # a card: the card, as before
    assert _heard(view).startswith("Not working card: Statement 3.")
    panel.scene.setFocusItem(None)
    assert _heard(view) == now

    undo.stack.undo()  # an edit with no card chosen: the line as it now stands
    assert _heard(view) == f"{FIRST_GROUPS} {view.toolTip()}"
    assert not any(FIRST_GROUPS in s or "not in a theme yet" in s for s in said)


def test_a_read_only_workshop_is_heard_so_too(show):
    doc = _cards_only()
    undo = UndoAdapter(doc)
    panel = show(WallPanel(doc, undo), 1024, 700)
    panel.intro.set_read_only(True)
    assert _heard(panel.view).startswith("No themes yet. This workshop is open read-only")
