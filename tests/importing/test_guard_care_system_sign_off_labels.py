"""(a7bc0a6f, 5fff4609) A sign-off in small letters ending the card holds a community surname
('thanks, mary patel', 'regards, priya sharma' — a7bc0a6f's own example 'patel'/'khan'; its rows
try only English surnames and words no table knows), and:
A care system's sign-off label in small letters before the name (5fff4609) holds the name
for every label the fix lists, not only the two its rows try ('completed by', 'entered by:'):
'author: mary smith' is in the commit's own message, and 'written/typed/reviewed/assessed/
updated/recorded/signed by' are exported by the same systems. Place: tests/importing/."""

from __future__ import annotations

import pytest

from wtfc.importing.personal_details import find_personal_details, redact


def _wall(card: str) -> str:
    return redact(card, find_personal_details(card))


@pytest.mark.parametrize(("card", "wall"), [
    ("The carers are late. author: mary smith", "The carers are late. author: [name]"),
    ("The carers are late. written by colin watson", "The carers are late. written by [name]"),
    ("Nobody rings back. typed by mary smith", "Nobody rings back. typed by [name]"),
    ("Nobody rings back. reviewed by tamsin ferrier", "Nobody rings back. reviewed by [name]"),
    ("Nobody rings back. assessed by: mary smith", "Nobody rings back. assessed by: [name]"),
    ("Nobody rings back. updated by tamsin ferrier", "Nobody rings back. updated by [name]"),
    ("Nobody rings back. recorded by colin watson", "Nobody rings back. recorded by [name]"),
    ("Nobody rings back. signed by colin watson", "Nobody rings back. signed by [name]"),
])
def test_every_care_system_label_before_a_name_in_small_letters_holds_the_name(card, wall):
    assert _wall(card) == wall


@pytest.mark.parametrize("card", [
    "the review was written by my son", "my care plan was reviewed by the team",
    "Nobody rings back. recorded by phone",
])
def test_the_labels_words_in_an_everyday_sentence_stay(card):
    assert _wall(card) == card


@pytest.mark.parametrize(("card", "wall"), [
    ("nobody visits. thanks, mary patel", "nobody visits. thanks, [name]"),
    ("nobody visits. thanks, john khan", "nobody visits. thanks, [name]"),
    ("nobody visits. thanks, sarah hussain", "nobody visits. thanks, [name]"),
])
def test_a_community_surname_in_a_small_letter_sign_off_is_held(card, wall):
    assert _wall(card) == wall
