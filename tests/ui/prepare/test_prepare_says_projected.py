"""Prepare says plainly that its details are projected (review 37 R2 finding 9).

The intro said the details go on "the report's title page". Most of them are also projected on
the room's Welcome as soon as the room view is up, which a facilitator typing the evening
before needs to know. "Who's in the room" is typed the night before as the numbers expected,
and the Welcome says them as fact ("19 people in all"): a note under the counts says the room
sees them, to update on the morning."""

from __future__ import annotations


def test_the_intro_says_the_details_are_projected_on_the_welcome(page):
    said = page.intro.text()
    assert "projected" in said and "Welcome" in said
    assert "Room view \u2192 The welcome" in said  # where the facilitator sees what the room sees
    assert "report's title page" in said  # still true
    assert "Facilitator (role)" in said  # the one field the room never sees


def test_the_counts_say_the_room_sees_them_and_to_update_them_on_the_morning(page):
    note = page.room_note
    assert note.isVisible()
    assert note.text().startswith("The room's Welcome shows these counts")
    assert "update them on the morning" in note.text()
    assert "update them on the morning" in page.room.toolTip()
    # under the counts, before the agreements
    assert page.room.geometry().bottom() <= note.geometry().top()
