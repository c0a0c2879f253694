"""The suggestions panel and a theme named only a zero-width space (kept from a file saved
before one was refused): "Add to that theme"'s tip read "Put the ticked cards in “” …" and a
card put there from "Where does this card go?" said "Put in “”." (review A4, R2). Both name it
as its wall header does (scene.wall_theme_name)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from suggestion_helpers import NW, RUSH, choose_card, choose_suggestion, finish, grouping_workshop
from test_suggestion_close_theme import ranked, row_of

from wtfc.model.document import Document
from wtfc.model.workshop import Card
from wtfc.ui.wall.scene import wall_theme_name

pytestmark = pytest.mark.usefixtures("word_table")

BLANK = "\u200b"
SHOWN = wall_theme_name(BLANK)  # "Unnamed theme (not named yet)"


@pytest.fixture
def doc():
    """grouping_workshop, "I feel rushed" (t1, t3) left with a blank name by an older file: the
    RUSH suggestion is close to it (its cards, not its name, say so)."""
    workshop = grouping_workshop()
    workshop.cards.append(Card(id="t3", kind=NW, text="The carers rush in and out"))
    rushed = next(t for t in workshop.themes if t.id == "rushed")
    rushed.card_ids, rushed.name = ["t1", "t3"], BLANK
    return Document(workshop)


def test_add_to_that_theme_names_it_in_its_tip(qtbot, wall):
    page = ranked(qtbot, wall)
    choose_suggestion(page, RUSH)
    assert page.add_button.isVisibleTo(page)
    assert f"Put the ticked cards in “{SHOWN}” (Ctrl+Shift+Enter)" in page.add_button.toolTip()


def test_a_card_put_there_says_its_name(qtbot, wall, doc):
    choose_card(wall, "u7")  # "Carers rush me at breakfast"
    finish(qtbot, wall.suggestions.ask_fit())
    page = wall.suggestions.fit_page
    assert page.answer.themes[0][0] == "rushed"
    qtbot.keyClick(page.themes, Qt.Key.Key_Return)  # Enter: "Put it there"
    assert "u7" in doc.theme("rushed").card_ids
    assert wall.suggestions.message.text().startswith(f"Put in “{SHOWN}”. Ctrl+Z undoes it.")


def test_the_suggestion_close_to_it_and_adding_to_it_name_it(qtbot, wall):
    """The row read "≈ Close to your theme “”" and adding to it "Added 2 cards to “”"."""
    page = ranked(qtbot, wall)
    assert f"≈ Close to your theme “{SHOWN}”" in row_of(page, RUSH)
    choose_suggestion(page, RUSH)
    page.untick(RUSH[2])
    page.add_button.click()
    assert wall.suggestions.message.text().startswith(f"Added 2 cards to “{SHOWN}”.")


def test_where_does_this_card_go_names_it_in_its_row_and_aloud(qtbot, wall):
    """Its row read "1. " and a blank, heard as "Fit number 1: "."""
    choose_card(wall, "u7")
    finish(qtbot, wall.suggestions.ask_fit())
    row = wall.suggestions.fit_page.themes.item(0)
    assert row.text().split("\n")[0] == f"1. {SHOWN}"
    assert row.data(Qt.ItemDataRole.AccessibleTextRole) == f"Fit number 1: {SHOWN}"
