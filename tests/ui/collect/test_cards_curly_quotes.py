"""Words pasted from Word, Outlook or a phone carry curly quotes: "can't" typed on a keyboard
finds "can’t" in Collect's filter and on the wall's Find (review 24 code_c F6)."""

from __future__ import annotations

import pytest
from collect_helpers import filter_by, shown_ids

from wtfc.model.document import Document
from wtfc.model.workshop import Card, Kind, Workshop
from wtfc.ui.wall.find_bar import card_matches

CARDS = [
    Card(id="c1", kind=Kind.NOT_WORKING, text="I can\u2019t get to the shops"),  # Word
    Card(id="c2", kind=Kind.NOT_WORKING, text="I can't get out on Sundays"),     # typed
    Card(id="c3", kind=Kind.NOT_WORKING, text="The \u201cnew\u201d rota isn\u02bct new"),
    Card(id="c4", kind=Kind.NOT_WORKING, text="The caf\u00e9\u2019s lunch club"),
    Card(id="c5", kind=Kind.NOT_WORKING, text="\u2018Cant\u2019 is what they say"),
]


@pytest.fixture
def doc():
    return Document(Workshop(cards=CARDS))


@pytest.mark.parametrize(("typed", "found"), [
    ("can't", ["c1", "c2"]), ("can\u2019t", ["c1", "c2"]), ("CAN'T GET", ["c1", "c2"]),
    ('"new"', ["c3"]), ("isn't", ["c3"]), ("cafe's", ["c4"]), ("'cant'", ["c5"]),
])
def test_a_straight_quote_finds_a_curly_one_on_the_wall_and_in_collect(qtbot, page, typed,
                                                                       found):
    assert [c.id for c in CARDS if card_matches(c, typed)] == found
    filter_by(qtbot, page, typed)
    assert sorted(shown_ids(page)) == found

