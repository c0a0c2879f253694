"""Words pasted from Word, Outlook or a phone carry curly quotes: "can't" typed on a keyboard
finds "can’t" in Collect's filter and on the wall's Find, and 10,000 such cards sort and filter
as quickly as typed ones (they took search_key's slow way: a Words sort twice as long) (review
24 code_c F5, F6)."""

from __future__ import annotations

import pytest
from collect_helpers import filter_by, shown_ids

from wtfc.model import search_key as search_key_module
from wtfc.model.document import Document
from wtfc.model.search_key import search_key
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


def test_words_whose_only_curly_letters_are_quotes_skip_the_slow_way(monkeypatch):
    """A card pasted from Word is keyed as a typed one is, without NFKD over its letters."""
    def slow(*_a):
        raise AssertionError("the slow way")

    monkeypatch.setattr(search_key_module.unicodedata, "normalize", slow)
    assert search_key("I CAN\u2019T \u201cGO\u201d") == "i can't \"go\""
    monkeypatch.undo()
    assert search_key("Caf\u00e9\u2019s") == "cafe's"  # an accent too: folded both ways
