"""A corner of a county wall for the Shift+arrow and Move tests: 20 unsorted not-working
cards above a theme of 6 (its name long), future cards unsorted in the lane beside them."""

from __future__ import annotations

from PySide6.QtCore import Qt

from wtfc.model.document import Document
from wtfc.model.workshop import Card, Kind, Person, Theme, Workshop
from wtfc.ui.undo import UndoAdapter
from wtfc.ui.wall import WallPanel

SHIFT = Qt.KeyboardModifier.ShiftModifier
NW, W, F = Kind.NOT_WORKING, Kind.WORKING, Kind.FUTURE
STAFF = "I don't know who is coming to my house today"


def county_corner() -> Document:
    """20 unsorted not-working cards above a theme of 6; future cards unsorted beside them."""
    cards = [Card(id=f"n{i}", kind=NW, text=f"Not working {i}", person="P1") for i in range(26)]
    cards += [Card(id=f"f{i}", kind=F, text=f"Future {i}", person="P1") for i in range(10)]
    cards += [Card(id=f"w{i}", kind=W, text=f"Working {i}", person="P1") for i in range(3)]
    themes = [Theme(id="staff", kind=NW, name=STAFF, card_ids=[f"n{i}" for i in range(20, 26)]),
              Theme(id="home", kind=F, name="I want to stay at home", card_ids=["f8", "f9"]),
              Theme(id="good", kind=W, name="I like my carers", card_ids=["w0", "w1", "w2"])]
    return Document(Workshop(title="County corner", people=[Person(id="P1")], cards=cards,
                             themes=themes))


def county_wall(show):
    """The wall panel on ``county_corner``, the keys on the first unsorted not-working card."""
    doc = county_corner()
    panel = show(WallPanel(doc, UndoAdapter(doc)), 1400, 900)
    view = panel.view
    view.setFocus()
    view.focus_card(panel.scene.cards[("n0", None)])
    return panel
