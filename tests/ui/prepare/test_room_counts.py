"""Prepare's "Who's in the room": a box per role, the total, and whether older people are about
a third of the room in words. Each count typed is one undo step, recorded on leaving its box or
when the window saves while the box still has the keyboard; the block follows undo and file
open, and is reachable on a small screen."""

from __future__ import annotations

import datetime as dt

import pytest
from collect_fixtures import save_render
from prepare_helpers import shown_in, type_number
from PySide6.QtCore import Qt

from tests.ui.input_events import turn_wheel
from tests.ui.settled import settle
from wtfc.model.document import Document
from wtfc.model.workshop import RoleCount, RoomRole, Stage, Workshop
from wtfc.ui.details_page import DetailsPage
from wtfc.ui.left_field import typed_edits
from wtfc.ui.room_counts import balance_words
from wtfc.ui.undo import UndoAdapter

KEY = Qt.Key
OLDER, CARERS, HEALTH = RoomRole.OLDER_PEOPLE, RoomRole.FAMILY_CARERS, RoomRole.HEALTH


def _counts(**counts: int) -> list[RoleCount]:
    return [RoleCount(role=RoomRole(role), count=n) for role, n in counts.items()]


def test_the_share_of_older_people_is_said_in_words():
    assert (
        balance_words(
            _counts(
                older_people=6,
                family_carers=2,
                commissioners=3,
                providers=3,
                care_managers=3,
                older_peoples_organisations=2,
            )
        )
        == "Older people: 6 of 19 (32%) — the method asks for about a third."
    )
    below = balance_words(_counts(older_people=2, providers=8))
    assert below.startswith("⚠ Older people: 2 of 10 (20%)")
    assert "fewer than the third the method asks for" in below
    assert "about a third" in balance_words([])


def test_a_new_workshop_counts_nobody(page):
    assert all(box.value() == 0 for box in page.room.boxes.values())
    assert page.room.total.text() == "Nobody counted yet."
    assert [page.room.boxes[r].accessibleName() for r in (OLDER, HEALTH)] == [
        "Older people in the room",
        "Health in the room",
    ]


def test_typing_a_count_and_leaving_is_one_undo_step(qtbot, page, doc, undo):
    type_number(qtbot, page.room.boxes[OLDER], 6)
    type_number(qtbot, page.room.boxes[CARERS], 12)
    assert doc.workshop.in_the_room == _counts(older_people=6, family_carers=12)
    assert undo.stack.count() == 2
    assert undo.stack.undoText() == "Set 'Family carers' in the room to 12"
    assert page.room.total.text() == "18 people in the room."
    assert page.room.balance.text().startswith("Older people: 6 of 18 (33%)")
    save_render(page, "prepare_in_the_room")
    undo.stack.undo()
    assert page.room.boxes[CARERS].value() == 0
    assert (
        page.room.balance.text()
        == "Older people: 6 of 6 (100%) — the method asks for about a third."
    )
    undo.stack.redo()
    assert page.room.boxes[CARERS].value() == 12
    assert page.room.balance.text().startswith("Older people: 6 of 18")
    # leaving a box without changing it records nothing
    page.room.boxes[OLDER].setFocus()
    qtbot.keyClick(page.room.boxes[OLDER], KEY.Key_Tab)
    assert undo.stack.count() == 2


def test_a_count_still_in_its_box_is_recorded_when_the_window_saves(qtbot, page, doc, undo):
    box = page.room.boxes[HEALTH]
    type_number(qtbot, box, 4, leave=False)
    assert doc.workshop.in_the_room == []
    # the autosave's recovery copy holds it meanwhile
    assert [c.label for c in typed_edits(page)] == ["Set 'Health' in the room to 4"]
    assert page.commit_pending()  # what Ctrl+S and closing call first
    assert doc.workshop.in_the_room == _counts(health=4)
    assert undo.stack.count() == 1


def test_opening_another_workshop_shows_its_counts(page, doc):
    doc.replace_workshop(Workshop(in_the_room=_counts(older_people=3, providers=9)))
    assert page.room.boxes[OLDER].value() == 3
    assert page.room.boxes[RoomRole.PROVIDERS].value() == 9
    assert page.room.total.text() == "12 people in the room."
    assert page.room.balance.text().startswith("⚠ Older people: 3 of 12 (25%)")


def test_a_read_only_workshop_cannot_be_counted(page, doc, undo):
    undo.read_only = True
    doc.replace_workshop(Workshop(in_the_room=_counts(older_people=3)))
    assert not any(box.isEnabled() for box in page.room.boxes.values())


def test_on_a_1366x768_screen_the_block_shows_without_scrolling(qtbot, demo_window):
    demo_window.resize(1366, 700)  # less the title bar and a taskbar
    demo_window.go_to_stage(Stage.PREPARE)
    page = demo_window.page(Stage.PREPARE)
    settle()
    assert (
        page.room.balance.text()
        == "Older people: 6 of 19 (32%) — the method asks for about a third."
    )
    assert shown_in(page.room.balance, page) and shown_in(page.room.boxes[HEALTH], page)
    save_render(demo_window, "prepare_in_the_room_1366")


def test_at_150_percent_tab_reaches_each_box_and_the_page_scrolls_to_it(qtbot, demo_window):
    demo_window.resize(911, 480)  # a 1366×768 laptop at 150%, less a title bar and taskbar
    demo_window.go_to_stage(Stage.PREPARE)
    page = demo_window.page(Stage.PREPARE)
    settle()  # laid out at the new size
    page.scope.setFocus()
    qtbot.keyClick(page.scope, KEY.Key_Tab)
    reached = []
    for _ in RoomRole:
        box = demo_window.focusWidget()
        settle()
        assert shown_in(box, page), box.accessibleName()
        reached.append(box.accessibleName())
        qtbot.keyClick(box, KEY.Key_Tab)
    assert reached == [f"{role.label} in the room" for role in RoomRole]
    save_render(demo_window, "prepare_in_the_room_911")


def test_the_wheel_scrolls_past_a_count_it_does_not_change(qtbot, page, doc):
    """On a short screen the page scrolls: a wheel turned over a box on the way down changed
    the count (and leaving the box recorded it)."""
    box = page.room.boxes[OLDER]
    page.title.setFocus()

    turn_wheel(box)
    assert box.value() == 0 and not box.hasFocus()
    box.setFocus()
    turn_wheel(box)
    assert box.value() == 1  # in the box, the wheel counts as ever


def test_the_wheel_scrolls_past_the_workshop_date_too(show):
    doc = Document(Workshop(date=dt.date(2027, 4, 20)))
    page = show(DetailsPage(doc, UndoAdapter(doc)), 900, 400)
    page.title.setFocus()
    turn_wheel(page.date)
    page.title.setFocus()
    assert page.date.text() == "20 April 2027" and doc.workshop.date == dt.date(2027, 4, 20)


@pytest.mark.parametrize(
    ("older", "total", "shown"),
    [
        (17, 57, "⚠ Older people: 17 of 57 (29.8%) — fewer than"),  # round() made it "30%"
        (299, 1000, "⚠ Older people: 299 of 1,000 (29.9%) — fewer than"),
        (2999, 10000, "⚠ Older people: 2,999 of 10,000 (29.9%) — fewer than"),  # not 30.0%
        (3, 10, "Older people: 3 of 10 (30%) — the method asks"),
        (6, 19, "Older people: 6 of 19 (32%) — the method asks"),
        (2, 10, "⚠ Older people: 2 of 10 (20%) — fewer than"),
    ],
)
def test_the_share_shown_agrees_with_the_words(older, total, shown):
    words = balance_words(_counts(older_people=older, other=total - older))
    assert words.startswith(shown)


def test_at_150_percent_alt_w_brings_the_total_and_the_share_into_sight(qtbot, demo_window):
    """The total and the line a count changes were off the bottom while counting (Alt+W did
    not scroll; Tab scrolled to the box alone): they are above the boxes, and the keyboard
    coming into a box brings the whole block into sight."""
    demo_window.resize(911, 512)
    demo_window.go_to_stage(Stage.PREPARE)
    page = demo_window.page(Stage.PREPARE)
    settle()
    page.title.setFocus()
    qtbot.waitUntil(page.title.hasFocus)
    assert not shown_in(page.room.balance, page)
    qtbot.keyClick(page.title, KEY.Key_W, Qt.KeyboardModifier.AltModifier)
    box = page.room.boxes[OLDER]
    assert box.hasFocus()
    settle()
    for widget in (page.room.total, page.room.balance, box, page.room.boxes[HEALTH]):
        assert shown_in(widget, page), widget
    save_render(demo_window, "prepare_in_the_room_911_alt_w")
