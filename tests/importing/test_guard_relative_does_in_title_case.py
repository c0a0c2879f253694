"""What a relative does, typed In Title Case after the relation word, was held as a name: "My
Mum Cannot Write" showed "My Mum [name]", "Bye. Signed: Fenella Okonjo (Mum Cannot Write)"
showed "(Mum [name])" (code review A19 R4). A name after the relation word is still held."""

from __future__ import annotations

import pytest

from wtfc.importing.personal_details import find_personal_details, redact


def _wall(card: str) -> str:
    return redact(card, find_personal_details(card))


@pytest.mark.parametrize("card", [
    "My Mum Cannot Write", "My Husband Cannot Hear", "Mum Will Write", "My Mum Hates Waiting",
    "My Dad Needs Help", "My Mum Wants To Go Home", "My Mum Struggles", "My Mum Must Eat",
    "My Mum Loves Gardening", "Bye (Mum Cannot Write)", "The food is cold (My Carer Came Late)",
])
def test_what_the_relative_does_stays_up(card):
    assert _wall(card) == card


def test_the_signer_alone_is_hidden_before_the_relatives_words():
    assert _wall("Bye. Signed: Fenella Okonjo (Mum Cannot Write)") == (
        "Bye. Signed: [name] (Mum Cannot Write)")


@pytest.mark.parametrize(("card", "wall"), [
    ("My Carer Will Smith Came Late", "My Carer [name] Came Late"),
    ("My carer Will came late", "My carer [name] came late"),
    ("My Mum Ayesha cannot write", "My Mum [name] cannot write"),
])
def test_a_name_after_the_relation_word_is_still_held(card, wall):
    assert _wall(card) == wall


@pytest.mark.parametrize(("card", "wall"), [
    # a relative's name beside what they do In Title Case went up whole, or took the verb with
    # it: "My Daughter [name] Visit" says the opposite (code review A23 S4)
    ("My Son Colin Cannot Drive", "My Son [name] Cannot Drive"),
    ("My Husband Gift Cannot Walk", "My Husband [name] Cannot Walk"),
    ("My Mum Ayesha Cannot Write", "My Mum [name] Cannot Write"),
    ("My Daughter Joy Cannot Visit", "My Daughter [name] Cannot Visit"),
    ("My Son Bill Must Pay", "My Son [name] Must Pay"),
    ("My Brother Joe Lives Alone", "My Brother [name] Lives Alone"),
    ("My Wife Mercy Needs Help", "My Wife [name] Needs Help"),
    ("My Daughter Kristin Lives Far Away", "My Daughter [name] Lives Far Away"),
    ("My Daughter Irina Never Visits", "My Daughter [name] Never Visits"),
    ("My Carer Sharon Said No", "My Carer [name] Said No"),
    ("Sister Patience Comes On Mondays", "[name] Comes On Mondays"),
])
def test_the_relatives_name_alone_is_held_before_what_they_do(card, wall):
    assert _wall(card) == wall


@pytest.mark.parametrize("card", [
    # more of what a relative does, held as a name (code review A23 R3)
    "My Grandson Helps Me", "My Carer Never Comes", "My Wife Passed Away",
    "My Husband Died Last Year", "My Son Works Away", "My Mum Falls", "My Mum Always Cries",
    "My Mum Still Drives", "My Neighbour Helps Me",
])
def test_more_of_what_the_relative_does_stays_up(card):
    assert _wall(card) == card


@pytest.mark.parametrize(("card", "wall"), [
    ("Will Smith came today", "[name] came today"), ("Sharon Hall came", "[name] came"),
    ("Mrs Ayesha Khan came", "[name] came"), ("Uncle Bob", "[name]"),
    ("My son Colin rang me", "My son [name] rang me"),
])
def test_names_without_a_verb_beside_them_are_held_as_before(card, wall):
    assert _wall(card) == wall
