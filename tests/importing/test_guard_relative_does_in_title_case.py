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
