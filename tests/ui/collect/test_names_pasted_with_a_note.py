"""Review 33 R1a D3 (these failed at aecd3bd0): names pasted (or a names.txt dropped on Names
to watch for) with a note after a dash or colon, as facilitators' lists have them ("Zebulon
Quarrie - lives with daughter", "Hope Green - carer at Riverside", "Aisha Khan: needs
interpreter"), made every word of the note a watched name: Check all cards again held back "I
live with my daughter" (flag "with"), and Act's/Review's room views and the letter printed "I
live [name] my daughter", "I need an [name]". Now a note's everyday words beside a name with a
capital are no name (pasted_names._notes_off); a role stays, watched only capitalised as the
README promises ("Zebulon Quarrie daughter")."""

from __future__ import annotations

import pytest

from wtfc.importing.watch_guard import watched_redacted
from wtfc.ui.card_guard import details_in, parse_names

PASTED = ("Zebulon Quarrie - lives with daughter\nHope Green - carer at Riverside\n"
          "Aisha Khan: needs interpreter\n")


def test_the_names_are_read_without_their_notes():
    names = parse_names(PASTED)
    for name in ("Zebulon Quarrie", "Hope Green", "Aisha Khan"):
        assert any(n.startswith(name) for n in names)
    words = {w.casefold() for n in names for w in n.split()}
    assert not words & {"lives", "with", "at", "needs", "interpreter"}


@pytest.mark.parametrize("card", [
    "I live with my daughter", "The carer comes at eight", "I need an interpreter",
    "Lives alone, needs help"])
def test_cards_sharing_a_notes_words_are_not_held_or_hidden(card):
    names = tuple(parse_names(PASTED))
    assert details_in(card, names) == []
    assert watched_redacted(card, names) == card


def test_the_names_themselves_are_still_watched():
    names = tuple(parse_names(PASTED))
    assert watched_redacted("quarrie never came", names) == "[name] never came"
    assert watched_redacted("Hope Green rang", names) == "[name] rang"
