"""One key for finding and matching words: a facilitator on an English keyboard types "cafe",
"istanbul", "sian" or "lodz" and finds "café", "İstanbul", "Siân" and "Łódź", whether the card
holds its accents as one letter or apart (pasted from a Mac); and Review pairs last time's
action stored apart with this time's typed whole."""

from __future__ import annotations

import pytest

from wtfc.model.carried_on import carried_on
from wtfc.model.search_key import search_key


@pytest.mark.parametrize(("typed", "card"), [
    ("cafe", "caf\u00e9"), ("cafe", "cafe\u0301"), ("caf\u00e9", "cafe\u0301"),
    ("cafe\u0301", "caf\u00e9"), ("CAFÉ", "cafe"), ("istanbul", "İstanbul"),
    ("ISTANBUL", "İstanbul"), ("İSTANBUL", "istanbul"), ("sian", "Siân"), ("lodz", "Łódź"),
    ("osrodka", "ośrodka"), ("strasse", "Straße"), ("oresund", "Øresund"), ("dakovo", "Đakovo"),
    ("ﬁnancial", "financial"),
])
def test_words_typed_plain_have_the_key_of_the_accented_ones(typed, card):
    assert search_key(typed) == search_key(card)


def test_a_key_is_plain_lower_case_letters_and_the_words_stay_apart():
    assert search_key("Siân lives in Łódź, not İstanbul") == "sian lives in lodz, not istanbul"
    assert search_key("P07") == "p07"
    assert search_key("cake") != search_key("café")


def test_urdu_stored_apart_has_the_key_of_the_letter_whole():
    whole = "Talu am ganlyniadau — ادائیگی نتائج پر"
    apart = whole.replace("\u0626", "\u064a\u0654")  # ئ as yeh and a hamza above
    assert apart != whole and search_key(apart) == search_key(whole)


def test_a_short_action_typed_again_pairs_whatever_its_accents():
    """Too short to pair on its words: only the same words, word for word, pair it."""
    assert carried_on(["Ariannu caffi\u0301 cymunedol"], ["Ariannu caff\u00ed cymunedol"]) == {0: 0}
    assert carried_on(["Ariannu caffí cymunedol"], ["ARIANNU CAFFI CYMUNEDOL."]) == {0: 0}
    assert carried_on(["Ariannu caffí cymunedol"], ["Ariannu caffi lleol"]) == {}


def test_an_urdu_action_stored_apart_last_time_is_carried_on():
    action = "Talu am ganlyniadau — ادائیگی نتائج پر"
    before = [action.replace("\u0626", "\u064a\u0654"), "Ring each person"]
    assert carried_on(before, ["Ring the day centre", action]) == {0: 1}
