"""A note beside a pasted name (review 33 R1a D3, the middle way): its everyday words in lower
case are no name, but a word no list knows, a given name in lower case, a capitalised word and
a line typed all in lower case keep being watched, as a name may be written so."""

from __future__ import annotations

import pytest

from wtfc.importing.pasted_names import parse_names
from wtfc.importing.watch_guard import watched_redacted


@pytest.mark.parametrize(("pasted", "names"), [
    # the role goes beside the name, watched only capitalised (review 33 A1 M1)
    ("Aisha Khan, neighbour, rings daily", ["Aisha Khan neighbour"]),
    ("Hope Green – visits on Sundays", ["Hope Green"]),
    ("Zebulon Quarrie - son, visits Sundays", ["Zebulon Quarrie son"]),
    ("Kofi Mensah: deaf in left ear, uses a wheelchair", ["Kofi Mensah"]),
    ("Mr and Mrs Lewis: neighbours, visit daily", ["Mr and Mrs Lewis"]),
])
def test_a_notes_everyday_words_are_no_name(pasted, names):
    assert parse_names(pasted) == names


@pytest.mark.parametrize(("pasted", "names"), [
    ("Hope Green - nguyen", ["Hope Green nguyen"]),  # no list knows it: maybe a name
    ("hope green - lives with daughter", ["hope green lives with daughter"]),  # all lower case
    ("Kwabena Mensah - lives with daughter grace", ["Kwabena Mensah daughter grace"]),
    ("Hope Green - carer at Riverside", ["Hope Green carer Riverside"]),
    ("Green, Hope", ["Green", "Hope"]),
    ("Smith, will", ["Smith", "will"]),  # a given name that is a word
])
def test_what_may_be_a_name_stays_watched(pasted, names):
    assert parse_names(pasted) == names


def test_a_kept_words_cards_are_still_hidden():
    names = tuple(parse_names("Hope Green - nguyen\nKwabena Mensah - lives with daughter grace"))
    assert watched_redacted("Nguyen came late", names) == "[name] came late"
    assert watched_redacted("Grace lives with me", names) == "[name] lives with me"
    assert watched_redacted("I live with my daughter", names) == "I live with my daughter"
