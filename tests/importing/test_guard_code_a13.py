"""The guard after code review A13 (session 28): an everyday word after a role is no name, and
what a person did at a sentence's end is not taken for their surname."""

from pathlib import Path

import pytest

from wtfc.importing.guard_scoring import read_labelled_statements, score_guard
from wtfc.importing.personal_details import find_personal_details, redact

_DATA = Path(__file__).parent / "data"


def test_the_reviewed_cards_with_the_labelled_set_keep_every_name_and_few_false_alarms():
    statements = [*read_labelled_statements(_DATA / "personal_details_statements.txt"),
                  *read_labelled_statements(_DATA / "guard_review_a5_statements.txt"),
                  *read_labelled_statements(_DATA / "guard_review_a13_statements.txt")]
    score = score_guard(statements)
    assert score.recall == 1.0, score.missed
    assert score.precision >= 0.9675, score.false_alarms


@pytest.mark.parametrize("text", [
    "My carer DIDN'T come on Tuesday and I missed my tablets", "My carer ISN'T coming",
    "My son WON'T ring", "My carer REALLY is lovely", "MY CARERS PAY IS TOO LOW",
    "MY PA BUDGET WAS CUT", "MY CARER COMPANY IS RUBBISH", "MY SON CAR WAS TOWED",
    "my pa budget was cut", "MY CARER DIDNT COME",
])
def test_an_everyday_word_after_a_role_is_shown(text):
    assert not find_personal_details(text)


@pytest.mark.parametrize(("text", "name"), [
    ("My carer SMITH is rude", "SMITH"), ("MY CARER AYESHA IS LOVELY", "AYESHA"),
    ("MY CARER LINDA'S LOVELY", "LINDA'S"),
])
def test_a_name_after_a_role_is_still_held(text, name):
    assert name in [f.text for f in find_personal_details(text)]


@pytest.mark.parametrize(("text", "wall"), [
    ("MY WIFE CAROL DIED", "MY WIFE [name] DIED"),
    ("MY CARER LINDA LEFT.", "MY CARER [name] LEFT."),
    ("MY CARER LINDA RETIRED", "MY CARER [name] RETIRED"),
    ("my carer linda left", "my carer [name] left"),
    ("MY DAUGHTER SUE PHONES", "MY DAUGHTER [name] PHONES"),
    ("MY CARER LINDA JONES.", "MY CARER [name]."),
    ("MY CARER LINDA KELLY", "MY CARER [name]"),
])
def test_redact_keeps_what_the_person_did_at_a_sentence_end(text, wall):
    assert redact(text, find_personal_details(text)) == wall


@pytest.mark.parametrize(("text", "name"), [
    ("Yesterday Bilal never rang me back about my care package", "Bilal"),
    ("Lovely Ayesha is my carer", "Ayesha"), ("Dear Bilal never rang", "Bilal"),
    ("Our Gwenllian is my carer", "Gwenllian"), ("Imam Bilal never rang", "Bilal"),
    ("Reception Bilal never phoned back", "Bilal"), ("Waited for Bilal never rang", "Bilal"),
])
def test_a_name_after_an_everyday_capitalised_word_is_held(text, name):
    assert name in [f.text for f in find_personal_details(text)]


@pytest.mark.parametrize("text", [
    "Age Concern never rang", "Citizens Advice never rang", "Meals on Wheels never rang",
    "Out of Hours never rang", "Friends of Tegfan never rang", "Bowel & Bladder never rang",
])
def test_the_end_of_a_bodys_name_is_still_shown(text):
    assert not find_personal_details(text)


@pytest.mark.parametrize(("text", "name"), [
    ("Faith never rang", "Faith"), ("Trent is my carer", "Trent"),
    ("Alexa is my carer", "Alexa"), ("Sky never rang", "Sky"),
])
def test_a_given_name_that_is_also_a_thing_is_held(text, name):
    assert name in [f.text for f in find_personal_details(text)]


@pytest.mark.parametrize(("text", "wall"), [
    ("CARER: O' SHAUGHNESSY", "CARER: [name]"), ("O' RAHILLY NEVER RANG", "[name] NEVER RANG"),
    ("ask o' beirne about it", "ask [name] about it"),
    ("mrs o' shaughnessy was late again", "[name] was late again"),
    ("A BIT O' HELP", "A BIT O' HELP"), ("a game o' bingo", "a game o' bingo"),
])
def test_an_o_surname_after_a_space_in_one_case_is_redacted_whole(text, wall):
    assert redact(text, find_personal_details(text)) == wall
