"""Act's room view drew "So far: Thanks to Mary Ward for the lift…" as typed with "Ann Ward"
pasted to watch for: a given name before a surname that is also a ward's or a street's word
was read as a place (review 32 R1a D1). The whole name now goes up as "[name]"; a place
named so, with a place word after it, stays as typed."""

from __future__ import annotations

from tests.ui.boards.test_plan_room_names_to_watch import _doc, _drawn

NOTE = ("Thanks to Mary Ward for the lift; Tom Lane drove the minibus to the shops on "
        "Mary Ward Lane.")


def test_acts_room_view_hides_a_given_name_and_its_street_word_surname(qtbot):
    doc = _doc(NOTE)
    doc.names_to_watch = ("Ann Ward", "Ken Lane")
    text = " ".join(_drawn(qtbot, doc, "act_room_given_name_street_surname").split())
    assert ("So far: Thanks to [name] for the lift; [name] drove the minibus to the shops on "
            "Mary Ward Lane.") in text
    assert "Tom" not in text and "Thanks to Mary" not in text
