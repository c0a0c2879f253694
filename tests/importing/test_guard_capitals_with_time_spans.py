"""A card in capitals whose only lower-case words are a span of time went to the wall whole with
no names pasted ("GWENLLIAN IS MY CARER, 10am till 11am"): "till" made it a card of mixed case,
where no capital marks a name. The little words between two times, or before one, are read as
capitals now, as a kiss, a time and an amount were."""

from __future__ import annotations

import pytest

from wtfc.importing.capitals_with_kisses import read_as_capitals
from wtfc.importing.personal_details import find_personal_details, redact


def _wall(text: str) -> str:
    return redact(text, find_personal_details(text))


@pytest.mark.parametrize(("text", "wall"), [
    ("GWENLLIAN IS MY CARER, 10am till 11am", "[name] IS MY CARER, 10am till 11am"),
    ("GWENLLIAN IS MY CARER, from 10am till 11am", "[name] IS MY CARER, from 10am till 11am"),
    ("MARY COMES between 9am and 10am", "[name] COMES between 9am and 10am"),
    ("MARY COMES 9am-10am", "[name] COMES 9am-10am"),
    ("MARY COMES from 9.30am until 10.15am", "[name] COMES from 9.30am until 10.15am"),
    ("MARY COMES from 9 to 10am", "[name] COMES from 9 to 10am"),
    ("MARY COMES until 10am x", "[name] COMES until 10am x"),
])
def test_the_name_is_hidden(text, wall):
    assert _wall(text) == wall


@pytest.mark.parametrize("text", [
    "MARY COMES and goes 9am",  # "and goes" is no span of time: a card of mixed case
    "My carer comes 10am till 11am", "Gwenllian came from 9am to 10am",
])
def test_other_lower_case_words_keep_the_card_mixed(text):
    assert read_as_capitals(text) is text


@pytest.mark.parametrize("text", [
    "MY CARER COMES 10am till 11am", "CARERS COME between 9am and 10am", "I WAIT 2 to 3 HOURS",
    "DAY CENTRE OPEN 10am-4pm", "SHOPS SHUT until 9am", "MAY IS BEST from 10am",
    "WILL THEY COME between 7pm and 8pm",
])
def test_an_everyday_card_goes_up_whole(text):
    assert not find_personal_details(text), _wall(text)
