"""The guard's session-27 rules where review code-a2 found them wrong: a month in a date read as
a carer, a month's or verb's name after "my carer" left on show, a surname that is a word said
of a person in other words than "rang", one-case initials with a role beside them, accented
names joined to a word-name, lettered wards and word pairs read as names (F13, session 27)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.importing.import_files import held_after_import
from wtfc.importing.personal_details import find_personal_details, redact


def _shown(text: str) -> str:
    return redact(text, find_personal_details(text))


@pytest.mark.parametrize("text", [
    "On 12 May from the council a letter came", "On 3 June from the hospital I was sent home",
    "Since 3 June from the agency nobody has come", "Since 3rd June from the agency nobody came",
    "Between March and June from the agency we had no carers",
    "March to May from the agency was awful", "In April and May from the council nothing came",
    "April was my GP appointment", "June was my OT visit", "May is my carer review month",
    "June is our carer appreciation month",
    # what stayed a word before
    "Will the carer come?", "May my carer ring earlier?", "In June the carers changed",
    "June is my favourite month", "May and June are my favourite months",
    "In June, my carer was off", "May I say the carers are lovely", "Holidays: June and July",
    "Home in May from Age UK came a leaflet", "May or June is best for the garden",
])
def test_a_month_in_a_date_or_before_a_roles_appointment_stays_a_word(text: str) -> None:
    assert find_personal_details(text) == []


@pytest.mark.parametrize(("text", "shown"), [
    ("My carer June is lovely", "My carer [name] is lovely"),
    ("My daughter June rings me every day", "My daughter [name] rings me every day"),
    ("my son Will takes me out", "my son [name] takes me out"),
    ("my neighbour May helps with shopping", "my neighbour [name] helps with shopping"),
    ("June and Linda are my carers", "[name] and [name] are my carers"),
    ("Will and Linda came late again", "[name] and [name] came late again"),
    ("June the carer is lovely", "[name] the carer is lovely"),
    ("June, my carer is lovely", "[name], my carer is lovely"),
    ("June my social worker never rings", "[name] my social worker never rings"),
    ("June is a lovely carer", "[name] is a lovely carer"),
    ("June is my favourite carer", "[name] is my favourite carer"),
    ("Talk to June from the agency", "Talk to [name] from the agency"),
    ("Carers: June and Linda", "Carers: [name] and [name]"),
    ("June from Care UK is lovely", "[name] from Care UK is lovely"),
    ("June from Bluebird Care is lovely", "[name] from Bluebird Care is lovely"),
])
def test_a_month_or_verb_with_a_role_said_of_it_in_common_words_is_a_name(
    text: str, shown: str
) -> None:
    assert _shown(text) == shown


@pytest.mark.parametrize(("text", "shown"), [
    ("Sue and Siân are the best carers", "[name] and [name] are the best carers"),
    ("Rose and Małgorzata came late", "[name] and [name] came late"),
    ("Sue, Linda and Pat are the best carers", "[name], [name] and [name] are the best carers"),
    ("Sue or Linda came", "[name] or [name] came"),
])
def test_a_word_name_joined_to_an_accented_name_or_in_a_list_is_a_name(
    text: str, shown: str
) -> None:
    assert _shown(text) == shown


@pytest.mark.parametrize("other", [
    "Hill never returned my calls", "Hill is my social worker", "Hill from the council never rang",
    "Hill, my social worker, is useless", "I rang Hill three times", "I asked Hill for help",
    "Hill did not ring back", "Hill hasn't rung", "Hill was rude to me", "Hill's team never rang",
    "She said Hill would ring", "HILL NEVER RANG", "HILL IS MY SOCIAL WORKER",
])
def test_a_spread_surname_that_is_a_word_said_of_a_person_is_held_back(
    other: str, tmp_path: Path
) -> None:
    source = "Social worker: J HILL. Never returned my calls."
    assert held_after_import(tmp_path, [source, other]) == {source, other}


@pytest.mark.parametrize("other", [
    "Primrose Hill is where I grew up", "I live up the hill", "The Hill view is lovely",
    "Town Hill never gets gritted", "We walked up Hill Street", "I rang Hill Top surgery",
    "The Hill never gets gritted", "A HILL IS NOT EASY WITH A FRAME", "PRIMROSE HILL IS NEAR",
    "My mum is in C WARD and nobody tells us anything",
])
def test_a_spread_surname_that_is_a_word_in_a_place_stays(other: str, tmp_path: Path) -> None:
    source = "Social worker: J HILL. Never returned my calls."
    assert held_after_import(tmp_path, [source, other]) == {source}


@pytest.mark.parametrize(("text", "shown"), [
    ("my carer j okoro is lovely", "my carer [name] is lovely"),
    ("spoke to j okoro about it", "spoke to [name] about it"),
    ("j okoro did not come", "[name] did not come"),
    ("j okoro from the agency is lovely", "[name] from the agency is lovely"),
    ("MY SOCIAL WORKER J SMITH IS USELESS", "MY SOCIAL WORKER [name] IS USELESS"),
    ("CARER: J SMITH", "CARER: [name]"),
    ("J SMITH FROM THE AGENCY IS LATE", "[name] FROM THE AGENCY IS LATE"),
    ("J SMITH IS MY CARER", "[name] IS MY CARER"),
    ("J SMITH DID NOT COME", "[name] DID NOT COME"),
    ("J WARD NEVER CAME", "[name] NEVER CAME"),
    ("SIGNED: J WARD", "SIGNED: [name]"),
])
def test_one_case_initials_with_a_role_beside_them_are_a_name(text: str, shown: str) -> None:
    assert _shown(text) == shown


@pytest.mark.parametrize("text", [
    "DISCHARGED BY B WARD", "ASK C WARD ABOUT MY TABLETS", "MOVED BY B WARD STAFF",
    "BOOKED BY C SHIFT", "C SHIFT CAME LATE", "T BAR CAME LOOSE", "E BIKE CAME",
    "c shift came late", "e bike came", "moved by b ward", "REFERRAL SENT BY E MAIL",
    "MY SON PUT IN A RAIL", "ALL STAFF FROM THE AGENCY (NEVER CAME)",
])
def test_a_lettered_ward_or_a_thing_after_a_letter_stays_a_word(text: str) -> None:
    assert find_personal_details(text) == []


@pytest.mark.parametrize("text", [
    "North and South from the council never talk to each other",
    "East and West from the council do things differently",
    "Black and White from the church came round with a film", "Gold and Silver from the church",
    "Kind and Gentle are my carers", "Bread and Cake from the church are lovely",
    "Bath and Wells from the church", "Church and Chapel from the council",
    "Green and Brown bins from the council are never emptied", "Fish and Chips came",
    "Fish and Chips from Age UK",
])
def test_word_pairs_before_a_body_stay_words(text: str) -> None:
    assert find_personal_details(text) == []


@pytest.mark.parametrize(("text", "shown"), [
    ("Brown, Green and Hall from the council never rang",
     "[name], [name] and [name] from the council never rang"),
    ("Brown and Green are my two carers", "[name] and [name] are my two carers"),
    ("Brown and Green came late again", "[name] and [name] came late again"),
    ("Hill and Green never rang", "[name] and [name] never rang"),
    ("Brown and Green from Adult Social Care never rang",
     "[name] and [name] from Adult Social Care never rang"),
])
def test_surnames_that_are_words_in_a_list_or_with_a_verb_are_names(text: str, shown: str) -> None:
    assert _shown(text) == shown


@pytest.mark.parametrize(("text", "shown"), [
    ("Hill is my social worker", "[name] is my social worker"),
    ("Hill's team never rang", "[name]'s team never rang"),
    ("Long never came round on Sunday", "[name] never came round on Sunday"),
    ("Long waits for carers are the worst part", "Long waits for carers are the worst part"),
])
def test_a_pasted_surname_that_is_a_word_starting_a_sentence_counts_where_said_of_a_person(
    text: str, shown: str
) -> None:
    found = find_personal_details(text, known_names=["J Hill", "Ann Long"])
    assert redact(text, found) == shown
