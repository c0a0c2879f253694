"""A lower-case role after a name and a comma ("Zebulon Quarrie, son") was dropped whole, so
"Son rang me on Sunday" went up, while "Zebulon Quarrie: son" and "Hope Green - carer" hold it
back: README says such a role is watched for only with a capital (review 33 A1 M1). It now
goes beside the line's name as the colon's does. And a one-line paste of 1,700 lower-case
addresses took about a second a read, the box reading on every key (A1 M4)."""

from __future__ import annotations

import pytest
from python_steps import steps

from wtfc.importing.name_words import GIVEN_NAMES
from wtfc.importing.pasted_names import parse_names
from wtfc.ui.card_guard import details_in


@pytest.mark.parametrize(("pasted", "card"), [
    ("Zebulon Quarrie, son", "Son rang me on Sunday"),
    ("Hope Green, carer", "Carer came late again"),
    ("Nguyen, son", "Son never visits"),  # Sơn Nguyen typed without the accent
    ("P01, Zebulon Quarrie, son", "Son rang me"),
    ("Aisha Khan, neighbour, rings daily", "Neighbour came round"),
])
def test_a_role_after_a_comma_is_watched_with_a_capital(pasted, card):
    assert [d.text for d in details_in(card, parse_names(pasted))] == [card.split()[0]]


@pytest.mark.parametrize(("pasted", "card"), [
    ("Zebulon Quarrie, son", "my son rang"),
    ("Hope Green, carer", "The carer came late"),
    ("Kofi Mensah, social worker", "The social worker never came"),
    ("Aisha Khan, neighbour, rings daily", "The neighbour rings daily"),
])
def test_in_lower_case_it_is_still_no_name(pasted, card):
    assert details_in(card, parse_names(pasted)) == []


def test_the_role_stands_with_its_lines_name_as_after_a_colon():
    assert parse_names("Zebulon Quarrie, son") == parse_names("Zebulon Quarrie: son")
    assert parse_names("Green, Hope, carer\nKwabena Mensah (daughter Grace), son") == [
        "Green", "Hope carer", "Kwabena Mensah Grace son", "Grace"]


def test_a_long_line_in_lower_case_is_read_at_once():
    # a To line copied without its display names; 3,400 (twice the README's 1,700) so the
    # old way (every part rescanning the line before it for a capital) takes seconds, this one
    # milliseconds. Its steps are counted, not its seconds: a loaded machine stretches those
    given = sorted(GIVEN_NAMES)
    line = "; ".join(f"{given[i % len(given)]}.quarrie{i}@council.gov.uk" for i in range(3400))
    said, _ = steps(lambda: parse_names(line), most=500_000)  # ~150,000; the old way ~350 M
    assert said == []



@pytest.mark.parametrize(("pasted", "card", "capitalised"), [
    ("Kofi Mensah: social worker", "The social worker never came", "Worker rang twice"),
    ("Hope Green - care worker", "The care worker came late", "Worker rang twice"),
    ("Hope Green - key worker, rings daily", "My key worker rang", "Worker rang twice"),
    ("Mary Smith: late husband Bob", "She was late again", "Husband rang twice"),
])
def test_a_two_word_roles_other_word_after_a_colon_or_dash_is_no_name(pasted, card,
                                                                      capitalised):
    names = parse_names(pasted)
    assert details_in(card, names) == []
    assert [d.text for d in details_in(capitalised, names)] == [capitalised.split()[0]]
