"""Watched initials that spell a word, in a card in small letters (code review A15 S4): after
07e0e584 a word such as "AS", "SO", "ME" was never read as initials, so with Anne Smith pasted
"AS came late again" went up whole, though among small letters capitals before a verb said of
one person are no English but the person. And in any case a modal before a verb with -s is no
modal: with Mary Ann Young pasted "MY DAUGHTER MAY COMES ON SUNDAYS" named her. A pronoun in
capitals is emphasis ("HE never came") and capitals before capitals are shouting: both up."""

from __future__ import annotations

import pytest

from wtfc.importing.pasted_names import parse_names
from wtfc.importing.watch_guard import watched_redacted


@pytest.mark.parametrize(("name", "card", "initials"), [
    ("Anne Smith", "AS came late again", "AS"),
    ("Anne Smith", "My key worker AS never rings", "AS"),
    ("David Owen", "DO said she would come", "DO"),
    ("David Owen", "My son DO visits on Sundays", "DO"),
    ("Sue Owen", "SO rang the office", "SO"),
    ("Nora Owen", "NO phoned", "NO"),
    ("Mary Evans", "ME came with the shopping", "ME"),
    ("Bill Evans", "BE was late", "BE"),
    ("Ivy Smith", "IS rang me on Monday", "IS"),
    ("Mary Ann Young", "MY DAUGHTER MAY COMES ON SUNDAYS", "MAY"),
    ("Mary Ann Young", "MY FRIEND MAY RINGS ME EVERY DAY", "MAY"),
    ("Carol Ann Norris", "CAN helps me dress", "CAN"),
])
def test_initials_that_spell_a_word_held(name, card, initials):
    assert initials not in watched_redacted(card, tuple(parse_names(name))).split()


@pytest.mark.parametrize(("name", "card"), [
    ("Harry Ellis", "HE never came back"),
    ("Will Evans", "WE need more help at weekends"),
    ("David Owen", "DO NOT come before nine"),
    ("Nora Owen", "I said NO to the home"),
    ("Mary Ann Young", "I MAY NEED HELP LATER ON"),
    ("Mary Ann Young", "IN MAY THE CARERS CHANGED"),
    ("Carol Ann Norris", "I CAN GET TO THE SHOPS ON MY OWN"),
    ("Anne Smith", "It is AS good as it gets"),
])
def test_word_itself_up(name, card):
    assert watched_redacted(card, tuple(parse_names(name))) == card
