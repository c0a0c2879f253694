"""Collect's Person's tags filter on a big workshop and from People…'s "Show cards with this
tag": counted once a change (a workshop of 2,000 people froze for a minute), that one tag only
("North" is not "Northfield"), and a long tag widening the box and whole in its tooltip."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.python_steps import steps
from wtfc.model.document import Document
from wtfc.model.operations.cards import delete_cards
from wtfc.model.workshop import Card, Kind, Person, Voice, Workshop
from wtfc.ui.cards_table import Column as CardsColumn
from wtfc.ui.people_table import Column

AREAS = ("North", "South", "Northfield", "Old Town")
SERVICES = ("home care", "home care (personal budget)", "day services", "")


def _workshop(people: int, each: int = 5) -> Workshop:
    return Workshop(
        people=[
            Person(id=f"P{i}", locality=AREAS[i % 4], service_type=SERVICES[i % 4])
            for i in range(1, people + 1)
        ],
        cards=[
            Card(id=f"c{i}", kind=Kind.WORKING, text=f"Card {i}", person=f"P{i % people + 1}")
            for i in range(people * each)
        ],
    )


def shown_people(page) -> set[str]:
    proxy = page.proxy
    return {proxy.index(row, CardsColumn.PERSON).data() for row in range(proxy.rowCount())}


def test_a_big_workshop_filters_at_once(shown_page):
    """400 people and 2,000 cards took 5.5 s (a count of every row for each run of rows
    the filter removed: 15 million Python steps); now 45,000 (counted, not timed: a loaded
    machine stretches seconds)."""
    page = shown_page(1366, 720, other=Document(_workshop(400)))
    steps(lambda: page.person_tags.show_tag("North"), most=200_000)
    # North and Northfield (words typed find any tag containing them)
    assert page.person_tags.count.text() == "1,000 cards from 200 people"


def test_a_card_deleted_under_the_filter_is_counted_off(shown_page, qtbot):
    doc = Document(_workshop(8, each=2))
    page = shown_page(1366, 720, other=doc)
    undo = page.undo
    page.person_tags.show_tag("South", "locality")  # P1, P5: two cards each
    assert page.person_tags.count.text() == "4 cards from 2 people whose locality it is"
    undo.push(delete_cards(doc, card_ids=[c.id for c in doc.workshop.cards if c.person == "P1"]))
    qtbot.waitUntil(
        lambda: page.person_tags.count.text() == "2 cards from 1 person whose locality it is"
    )


@pytest.mark.parametrize(
    ("code", "col", "found"),
    [
        ("P4", Column.LOCALITY, {"P4", "P8"}),  # North, not Northfield
        ("P4", Column.SERVICE_TYPE, {"P4", "P8"}),  # home care, not "(personal budget)"
    ],
)
def test_show_cards_with_this_tag_is_that_tag_only(shown_page, qtbot, code, col, found):
    page = shown_page(1366, 720, other=Document(_workshop(8, each=2)))
    page.open_people()
    dialog = page.people_dialog
    dialog.table.setCurrentIndex(dialog.model.index(dialog.model.row_of(code), col))
    dialog.show_button.click()
    assert shown_people(page) == found
    # words typed in the box still find any tag containing them
    page.person_tags.box.selectAll()
    qtbot.keyClicks(page.person_tags.box, page.person_tags.box.text())
    qtbot.keyClick(page.person_tags.box, Qt.Key.Key_Return)
    assert shown_people(page) > found


def test_a_voice_shown_is_that_voice_only(shown_page):
    ws = _workshop(4, each=1)
    ws.people[0].voice = Voice.OLDER_PERSON
    ws.people[1].locality = "Old Town"  # "old" typed would find it; the voice shown does not
    page = shown_page(1366, 720, other=Document(ws))
    page.person_tags.show_tag("Older person", "voice")
    assert shown_people(page) == {"P1"}


def test_a_long_tag_widens_the_box_and_is_whole_in_its_tooltip(shown_page):
    page = shown_page(1366, 720, other=Document(_workshop(8, each=2)))
    box = page.person_tags.box
    page.person_tags.show_tag("North", "locality")
    narrow = box.width()
    page.person_tags.show_tag("home care (personal budget)", "service_type")
    assert box.width() >= box.fontMetrics().horizontalAdvance("home care (personal budget)")
    assert box.width() > narrow
    assert "service type is 'home care (personal budget)'" in box.toolTip()
    page.person_tags.show_tag("a very long locality " * 10, "locality")
    assert box.width() < page.width() // 2  # a limit: the count and button stay beside it
    assert ("a very long locality " * 10).strip() in box.toolTip()


def test_a_chosen_card_filtered_away_is_no_longer_chosen(shown_page):
    page = shown_page(1366, 720, other=Document(_workshop(8, each=2)))
    page.table.selectRow(0)
    assert page.delete_button.isEnabled()
    chosen = page.proxy.index(0, CardsColumn.PERSON).data()
    page.person_tags.show_tag("Old Town" if chosen != "P3" else "North", "locality")
    assert chosen not in shown_people(page)
    assert not page.table.selectionModel().selectedRows()
    assert not page.delete_button.isEnabled() and not page.edit_button.isEnabled()
