"""Cards chosen on the wall, then deleted or taken away by Undo while the Theme page was off
screen (Collect's Delete, Undo from another stage): the wall catches up only when shown again,
so its choice still held the gone cards and the 'N cards chosen' line raised KeyError on every
edit after (CI: test_a_whole_workshop_day's undo of the whole day). Gone cards are not counted,
and M, N and C never see them."""

from __future__ import annotations

import pytest
from county_corner import NW, county_wall

from wtfc.model.operations.cards import add_cards, delete_cards
from wtfc.model.workshop import Card


@pytest.fixture
def wall(show):
    return county_wall(show)


def _choose(wall, qtbot, *card_ids: str) -> None:
    view = wall.view
    view.focus_card(wall.scene.cards[(card_ids[0], None)])
    for card_id in card_ids[1:]:
        view.focus_card(wall.scene.cards[(card_id, None)], extend=True)
    qtbot.wait(10)


def test_a_chosen_card_deleted_off_screen_is_not_counted(wall, qtbot):
    _choose(wall, qtbot, "n0", "n1", "n2")
    line = wall.intro.chosen
    assert line.full_text() == "3 cards chosen, in no theme"
    wall.hide()  # another stage's page on screen
    wall.undo.push(delete_cards(wall.doc, card_ids=["n1"]))
    qtbot.wait(10)  # the line is counted again after the edit: no exception
    assert line.full_text() == "2 cards chosen, in no theme"
    assert sorted(wall.selected_placements()) == [("n0", None), ("n2", None)]
    wall.show()
    qtbot.wait(10)
    assert line.full_text() == "2 cards chosen, in no theme"


def test_a_chosen_card_whose_import_is_undone_off_screen(wall, qtbot):
    new = Card(id="x0", kind=NW, text="Imported", person="P1")
    wall.undo.push(add_cards(wall.doc, people=[], cards=[new], label="Import 1 card"))
    qtbot.wait(10)
    _choose(wall, qtbot, "n0", "x0")
    line = wall.intro.chosen
    assert line.full_text() == "2 cards chosen, in no theme"
    wall.hide()
    wall.undo.stack.undo()  # the import comes off
    qtbot.wait(10)
    assert line.full_text() == ""  # one card chosen: no line
    assert wall.selected_placements() == [("n0", None)]
    wall.show()
    qtbot.wait(10)
    assert line.full_text() == ""
