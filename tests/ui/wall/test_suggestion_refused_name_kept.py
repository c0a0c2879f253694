"""Accept refuses a name pasted in Names to watch for whatever the word ("May", "Will": every
word counts as the guard counts it on a card), and never wipes what was typed: the refusal is
said and the words stay in the box for the facilitator to change, while the row above no
longer shows them (code review A11 #2, #5)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from suggestion_helpers import suggested

from wtfc.model.operations.cards import redact_card
from wtfc.model.operations.checks import store_fresh_findings
from wtfc.model.workshop import Card, Kind, Workshop
from wtfc.ui.card_guard import fresh_findings

pytestmark = pytest.mark.usefixtures("word_table")

NW = Kind.NOT_WORKING


def workshop(p: str) -> Workshop:
    texts = [f"Thank you {p}, she makes me laugh", f"{p} takes me out shopping on Fridays",
             f"I love it when {p} comes round", "I am lonely", "I feel lonely at night",
             "Lonely since my husband died", "I cannot pay the gas bill this winter",
             "The electric bill frightens me every month",
             "Money is so tight I worry about every bill"]
    return Workshop(title="n", cards=[Card(id=f"c{i}", kind=NW, text=t)
                                      for i, t in enumerate(texts)])


def pasted_and_checked(wall, undo, p: str) -> None:
    doc = wall.doc
    doc.replace_workshop(workshop(p))
    doc.names_to_watch = (p,)
    undo.push(store_fresh_findings(doc, findings=fresh_findings(doc.workshop.cards, [p])))


def choose(page, card_id: str) -> None:
    page.list.setCurrentRow(next(i for i, s in enumerate(page.shown)
                                 if card_id in s.suggestion.member_ids))
    page._acted_at = 0  # a fresh gesture, not the second click of the last one


def row(page) -> str:
    item = page.list.currentItem()
    return "\n".join([item.text(), item.toolTip(),
                      str(item.data(Qt.ItemDataRole.AccessibleTextRole))])


@pytest.mark.parametrize("p", ["May", "Will"])
def test_a_pasted_function_word_name_is_refused_and_kept_in_the_box(qtbot, wall, undo, p):
    pasted_and_checked(wall, undo, p)
    assert wall.doc.card("c0").held_back
    page = suggested(qtbot, wall)
    choose(page, "c3")
    page.rename(f"Thank you {p}")
    said: list[str] = []
    page.status.connect(said.append)
    assert not page.accept_current()
    assert not wall.doc.workshop.themes
    assert page.name.text() == f"Thank you {p}"  # to change, not to type again
    assert p not in row(page) and p not in said[-1]
    page.rename("I feel lonely")
    assert page.accept_current()
    assert [t.name for t in wall.doc.workshop.themes] == ["I feel lonely"]


def test_a_false_alarm_is_refused_without_wiping_the_words(qtbot, wall, undo):
    """June pasted: the guard reads "in June" as her too; the words stay to change."""
    pasted_and_checked(wall, undo, "June")
    page = suggested(qtbot, wall)
    choose(page, "c3")
    page.rename("I want to go out more in June")
    said: list[str] = []
    page.status.connect(said.append)
    assert not page.accept_current()
    assert page.name.text() == "I want to go out more in June"
    assert "still in the box" in said[-1] and "June" not in said[-1]
    assert "june" not in row(page).lower()
    wall.grab().save("/tmp/f23/june_refused_kept.png")
    assert wall.gestures.edit_text("c4", "I feel lonely most nights")  # rows rebuilt
    assert page.name.text() == "I want to go out more in June"
    page.rename("I want to go out more in the summer")  # changed: accepted
    assert page.accept_current()


def test_a_pasted_name_after_redact_is_said_as_a_name_to_watch_for(qtbot, wall, undo):
    """No card holds the name back any more: the refusal says why it still counts."""
    pasted_and_checked(wall, undo, "Gwenllian")
    for card_id in ("c0", "c1", "c2"):
        undo.push(redact_card(wall.doc, card_id=card_id))
    page = suggested(qtbot, wall)
    choose(page, "c3")
    page.rename("I miss Gwenllian's visits")
    said: list[str] = []
    page.status.connect(said.append)
    assert not page.accept_current()
    assert said[-1].startswith("That name holds a name in Names to watch for.")
    assert page.name.text() == "I miss Gwenllian's visits"


@pytest.mark.parametrize("name", ["May is always kind", "May helps me", "May's visits"])
def test_a_pasted_name_starting_the_theme_name_is_refused(qtbot, wall, undo, name):
    """The guard reads a sentence's first "May" as the word; the facilitator pasted it as a
    name, so Accept refuses it there too, and "you may ask" stays accepted (code review A14 #2)."""
    pasted_and_checked(wall, undo, "May")
    page = suggested(qtbot, wall)
    choose(page, "c3")
    page.rename(name)
    said: list[str] = []
    page.status.connect(said.append)
    assert not page.accept_current()
    assert not wall.doc.workshop.themes and page.name.text() == name
    assert "May" not in said[-1] and "May" not in row(page)
    page.rename("Lonely unless you may ask for help")
    assert page.accept_current()
