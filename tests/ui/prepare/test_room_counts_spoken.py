"""Prepare's line on the share of older people is heard as well as seen: a count that changes
its words is announced, and the count boxes carry it as their description (the warning that
fewer than a third are older people appeared without a word to a screen reader)."""

from __future__ import annotations

import pytest
from prepare_helpers import type_number
from PySide6.QtCore import Qt

from tests.ui.spoken_checks import catch_announcements, described
from wtfc.model.workshop import RoleCount, RoomRole, Workshop

OLDER, PROVIDERS = RoomRole.OLDER_PEOPLE, RoomRole.PROVIDERS
FEWER = (
    "Older people: 2 of 10 (20%) — fewer than the third the method asks for: invite "
    "more older people."
)


@pytest.fixture
def spoken(monkeypatch):
    return catch_announcements(monkeypatch)


def test_a_count_that_changes_the_share_says_it(qtbot, page, undo, spoken):
    boxes = page.room.boxes
    type_number(qtbot, boxes[OLDER], 2)
    type_number(qtbot, boxes[PROVIDERS], 8)
    assert page.room.balance.text() == f"⚠ {FEWER}"
    assert spoken[-1] == FEWER  # the words, not "warning sign"
    assert all(described(box) == FEWER for box in boxes.values())
    undo.stack.undo()
    assert spoken[-1] == "Older people: 2 of 2 (100%) — the method asks for about a third."
    assert described(boxes[PROVIDERS]) == spoken[-1]
    assert len(spoken) == 3


def test_nothing_is_said_when_the_share_stays_as_it_was(qtbot, page, doc, spoken):
    type_number(qtbot, page.room.boxes[OLDER], 0)  # left as it was: nothing recorded
    page.title.setFocus()
    qtbot.keyClick(page.title, Qt.Key.Key_End)  # the box shows the title's start (R6 #6)
    qtbot.keyClicks(page.title, " 2027")
    qtbot.keyClick(page.title, Qt.Key.Key_Tab)  # another field's edit
    assert doc.workshop.title == "Spring reviews 2027"
    doc.replace_workshop(Workshop(in_the_room=[RoleCount(role=OLDER, count=3)]))  # opened
    assert spoken == []
    assert described(page.room.boxes[PROVIDERS]).startswith("Older people: 3 of 3")
