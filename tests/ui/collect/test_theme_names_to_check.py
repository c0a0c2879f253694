"""A theme named before wtfc knew "Gwenllian" was a name keeps it in its name after "Check all
cards again" holds the cards back (and after Redact): the check's result says so, listing each
such theme by its kind and place (never its name), with a button that renames it as one
undoable step. Nothing is renamed silently."""

from __future__ import annotations

import pytest

from tests.ui.renders import save_render
from wtfc.model.document import Document
from wtfc.model.operations.cards import redact_card
from wtfc.model.operations.themes import create_theme
from wtfc.model.workshop import Card, Kind, Workshop
from wtfc.ui.cards_page import CardsPage

NW = Kind.NOT_WORKING
TEXTS = ["I love it when Gwenllian comes, she makes me laugh",
         "Gwenllian takes me out shopping on Fridays",
         "I cannot pay the gas bill this winter",
         "The electric bill frightens me every month"]


@pytest.fixture
def doc():
    return Document(Workshop(title="names", cards=[Card(id=f"c{i}", kind=NW, text=t)
                                                   for i, t in enumerate(TEXTS)]))


@pytest.fixture
def page(show, doc, undo):
    undo.push(create_theme(doc, name="I can't pay the gas bill", kind=NW, card_ids=["c2", "c3"]))
    undo.push(create_theme(doc, name="I miss Gwenllian's visits", kind=NW, card_ids=["c0", "c1"]))
    return show(CardsPage(doc, undo), 1500, 720)


def names(doc):
    return [t.name for t in doc.workshop.themes]


def test_the_check_lists_a_theme_named_with_a_held_back_name_and_renames_it(qtbot, page, doc,
                                                                            undo):
    box = page.watch_names
    box.names_box.setPlainText("Gwenllian")
    box.check_button.click()
    listed = box.theme_names
    assert listed is not None and listed.isVisible()
    said = listed.said.text() + "\n" + "\n".join(b.text() for b in listed.buttons)
    assert "1 theme’s name holds a name held back on a card" in said
    assert [b.text() for b in listed.buttons] == ["Rename Theme 2 of ✗ Not working (2 cards)…"]
    assert "gwenllian" not in said.lower()  # this page may be projected
    assert names(doc)[1] == "I miss Gwenllian's visits"  # nothing renamed silently
    qtbot.wait(50)  # laid out
    save_render(page, "theme_names_listed")
    # Redact the cards: the theme is still listed (its name is not a card's words)
    for card_id in ("c0", "c1"):
        undo.push(redact_card(doc, card_id=card_id))
    assert len(listed.buttons) == 1
    # rename: the question starts from the name with the person's name as "[name]"
    asked = []
    theme_id = doc.workshop.themes[1].id
    assert listed.rename(theme_id, ask=lambda text: asked.append(text) or "I miss my visits")
    assert asked == ["I miss [name]'s visits"]
    assert names(doc)[1] == "I miss my visits" and not listed.isVisible()
    undo.stack.undo()  # the old name is back, and listed again
    assert names(doc)[1] == "I miss Gwenllian's visits" and len(listed.buttons) == 1
    undo.stack.redo()
    assert names(doc)[1] == "I miss my visits" and not listed.buttons


def test_no_theme_is_listed_for_a_word_that_is_no_name_there(qtbot, page, doc, undo):
    """A carer called Bill held back: "I can't pay the gas bill" is not about him."""
    doc.replace_workshop(Workshop(title="bill", cards=[
        Card(id="b0", kind=NW, text="My carer Bill is lovely and always on time"),
        Card(id="b1", kind=NW, text="I cannot pay the gas bill this winter")]))
    undo.push(create_theme(doc, name="I can't pay the gas bill", kind=NW, card_ids=["b1"]))
    box = page.watch_names
    box.check_button.click()
    assert doc.card("b0").held_back
    assert box.theme_names is not None and not box.theme_names.isVisible()
    assert "held back now" in box.check_result.text()
