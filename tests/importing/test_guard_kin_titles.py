"""Kin titles ("Grandma", "Nan", "Gran", "Grandpa", "Matron", "Nurse"): a name after one is held,
and a card typed In Title Case keeps the person's words after the kin word. Before, "Grandma Came To
See Me" went to the wall as "[name] See Me", "Nan Bread" as "[name]" (the words after the title
read as a given name and surname), and "Gran May came", "Matron May came" went up as typed
(code review 36 A1 M6; F14's finding)."""
from __future__ import annotations

import pytest

from wtfc.importing.personal_details import find_personal_details, redact


def _wall(card: str) -> str:
    return redact(card, find_personal_details(card))


@pytest.mark.parametrize("card", [
    "Grandma Came To See Me", "Grandpa Died Last Year", "Nan Bread", "Gran Canaria was lovely",
    "My Gran Is Lovely", "Auntie Came To See Me", "Uncle Died Last Year", "My Nan Makes Cakes",
    "Grandad Fixed My Chair", "Gran Came Round Yesterday", "I love Nan Bread with curry",
    "We went to Gran Canaria", "Gran Turismo Is My Favourite Game", "Nan Bread And Curry",
    "My Grampa Fought In The War", "Matron Was Kind", "Matron Rounds Are Early",
    "Nan Visits On Sunday", "Gran Sleeps A Lot", "Grandma Lived In Leeds", "Gran Via in Madrid",
    "Nan And Grandad Came To See Me", "Grandma May Visit Soon",
    # titles of care and others that are everyday words too lost their words the same way
    "The Nurse Came To See Me", "The Doctor Said I Was Fine", "My Sister Lives Far Away",
    "Lady Luck Was On My Side", "Father Came To See Me", "Nurse Practitioner Came",
    "The District Nurse Comes When She Says She Will.", "A Lovely Lady From The Council Came",
])
def test_the_words_after_a_kin_word_stay_as_typed(card):
    assert _wall(card) == card


@pytest.mark.parametrize(("card", "wall"), [
    ("Grandma Rose came", "[name] came"), ("Nan Patel rang", "[name] rang"),
    ("Gran May came", "[name] came"), ("Matron May came", "[name] came"),
    ("Nanna May came", "[name] came"), ("Grandpa Will came", "[name] came"),
    ("Grandma May came", "[name] came"), ("Nan Smith rang", "[name] rang"),
    ("I miss Grandma Smith.", "I miss [name]."), ("Matron Smith was kind", "[name] was kind"),
    ("Nan Okafor rang", "[name] rang"), ("Grandma Jones Came", "[name] Came"),
    ("Uncle Bob Rang", "[name] Rang"), ("I miss Grandpa Joe", "I miss [name]"),
    ("Thanks Grandma Doris Smith", "Thanks [name]"),
    ("We stayed in Gran Canaria with Nan Sue", "We stayed in Gran Canaria with [name]"),
    # the name held, what the person did kept: before, "[name] Cakes", "[name] Me Fishing"
    ("Grandma Rose Smith Came To See Me", "[name] Came To See Me"),
    ("Aunt Mary Came Round", "[name] Came Round"),
    ("Grandma Doris Bakes Cakes", "[name] Bakes Cakes"),
    ("Grandpa Joe Took Me Fishing", "[name] Took Me Fishing"),
    ("Nanna Jean Helps Me", "[name] Helps Me"),
    ("Nurse Bailey Dresses My Leg", "[name] Dresses My Leg"),
    ("Nurse Bailey Never Comes", "[name] Never Comes"),
    ("Thanks To Nurse Green", "Thanks To [name]"),
    ("Sister Mary At The Day Centre", "[name] At The Day Centre"),
    ("Father Michael came", "[name] came"), ("Doctor Okafor rang", "[name] rang"),
])
def test_a_name_after_a_kin_word_is_held(card, wall):
    assert _wall(card) == wall
