"""A hyphenated given name before a surname that is a place's word (Hall, Ward, Green, Hill):
"Mary-Jane Hall came late" is a person, held back at import and hidden in the letter and the
room views. Guards personal_details._name_end's ``hyphened_given_name(bare)`` (8ab71ac5), which
no other test fails without (review 33 R1a S1): without it these cards go on the wall as typed.
Put in tests/importing/."""

from __future__ import annotations

import pytest

from tests.importing.test_guard_possessives_and_capitals import _held
from wtfc.importing.personal_details import find_personal_details
from wtfc.importing.typed_details import shown_as_kinds
from wtfc.importing.watch_guard import watched_redacted

CARDS = [
    ("Mary-Jane Hall came late", "Mary-Jane Hall", "[name] came late"),
    ("Anna-Maria Ward is my carer", "Anna-Maria Ward", "[name] is my carer"),
    ("Thanks to Mary-Jane Hill for the lift", "Mary-Jane Hill", "Thanks to [name] for the lift"),
    ("Rose-Marie Green rang", "Rose-Marie Green", "[name] rang"),
]


@pytest.mark.parametrize(("text", "name", "shown"), CARDS)
def test_the_whole_name_is_found_and_hidden(text, name, shown):
    assert [(f.text, f.category) for f in find_personal_details(text)] == [(name, "name")]
    assert shown_as_kinds(text) == shown  # the letter's
    assert watched_redacted(text) == shown  # Act's and Review's room views'


def test_an_import_holds_them_back():
    assert _held([text for text, _name, _shown in CARDS]) == [True] * len(CARDS)
