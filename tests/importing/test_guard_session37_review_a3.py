"""Code review 37 A3 of the session 37 F3 guard wave: what the wave let through or lost, and
Redact's time on long adversarial cards (a regex's backtracking happens inside one C call, so the
wave's call-counting bound does not see it: a wall-clock bound here)."""
from __future__ import annotations

import time

import pytest

from tests.importing.test_guard_session35_wave3_checks import _redacted, _wall
from wtfc.importing.personal_details import find_personal_details, redact
from wtfc.model.sign_off_tail import without_sign_off


# S1 (regression of 4599f5db): "A" after a deed was read as the article before any word, so a
# surname after it went up; it was held before
@pytest.mark.parametrize(("card", "wall"), [
    ("Had A Patel", "Had [name]"),
    ("Needed A Khan", "Needed [name]"),
    ("Got A Okafor", "Got [name]"),
])
def test_an_initial_and_a_surname_after_a_deed_are_held(card, wall):
    assert _wall(card) == wall


@pytest.mark.parametrize("card", [
    "Doctor Made A Mistake", "Carer Made A Mess", "Nurse Took A Sample", "I Had A Fall",
    "Had A Stroke", "Got A Letter", "Had A Bath", "Needed A Lift",
])
def test_the_article_after_a_deed_stays(card):
    assert _wall(card) == card


# S2 (58e21565): a word that says when, or what of the person, after a care title, before "Was
# Kind"/"Was Rude", is no name: Redact printed "[name] Was Rude" and lost what was rude
@pytest.mark.parametrize("card", [
    "Nurse Today Was Kind", "Doctor Today Was Rude", "Nurse Yesterday Was Rude",
    "Nurse Tonight Was Lovely", "Sister Today Was Kind", "Father Again Was Rude",
    "Doctor Online Was Unhelpful", "Doctor Manner Was Rude", "Nurse Attitude Was Rude",
    "Doctor Tone Was Rude", "Nurse Voice Was Kind", "Nurse Uniform Was Lovely",
    "Doctor Receptionist Was Rude", "Nurse Receptionist Was Kind", "Doctor Registrar Was Rude",
    "Nurse Bank Was Rude",
])
def test_a_when_or_a_what_after_a_title_before_was_kind_stays(card):
    assert _wall(card) == card
    assert _redacted(card) == card


# S1 near misses of 58e21565: two words of how much, "Has Been", other words said of people
@pytest.mark.parametrize(("card", "wall"), [
    ("Nurse Giles Was So Very Kind", "[name] Was So Very Kind"),
    ("Nurse Giles Is Ever So Kind", "[name] Is Ever So Kind"),
    ("Nurse Giles Has Been Kind", "[name] Has Been Kind"),
    ("Nurse Giles Was Wonderful", "[name] Was Wonderful"),
    ("Doctor Fox Was Brilliant", "[name] Was Brilliant"),
    ("Doctor Fox Was Cruel To Me", "[name] Was Cruel To Me"),
    ("Doctor Fox Was Condescending", "[name] Was Condescending"),
])
def test_a_word_name_after_a_title_before_more_ways_of_kind_is_held(card, wall):
    assert _wall(card) == wall


# S1 near misses of a041ac55/ab7b08b4: a sign-off in small letters with letters beyond A-Z
@pytest.mark.parametrize(("card", "wall"), [
    ("thanks, siân jones", "thanks, [name]"),
    ("thanks, mary wójcik", "thanks, [name]"),
    ("thanks, zoë smith", "thanks, [name]"),
    ("thanks, mary smith and siân jones", "thanks, [name] and [name]"),
])
def test_a_small_letter_sign_off_with_accents_is_held(card, wall):
    assert _wall(card) == wall


# S1 near misses of 2ae21ddb: spellings of the same names, and names no list knew
@pytest.mark.parametrize(("card", "wall"), [
    ("Nobody visits - Mohammad", "Nobody visits - [name]"),
    ("Nobody visits - Hussain", "Nobody visits - [name]"),
    ("Nobody visits - Hasan", "Nobody visits - [name]"),
    ("Nobody visits - Maryam", "Nobody visits - [name]"),
    ("Nobody visits - Saima x", "Nobody visits - [name] x"),
    ("Maryam came today", "[name] came today"),
])
def test_a_dash_sign_off_with_another_spelling_is_held(card, wall):
    assert _wall(card) == wall


# S1 near miss of 6cee14c5: the next line indented
@pytest.mark.parametrize(("card", "wall"), [
    ("Mrs\n Jones came", "[name] came"),
    ("Dr\n\tPatel rang", "[name] rang"),
    ("mrs\n  jones came", "[name] came"),
])
def test_a_title_and_an_indented_name_on_the_next_line_are_held(card, wall):
    assert _wall(card) == wall


@pytest.mark.parametrize("card", [
    "Mrs\n \nMeals on wheels came", "Seen by Dr\n  Went home after",
    "Thanks to my Sister\n Hope you are well",
])
def test_a_title_at_a_lines_end_before_an_indented_line_of_words_stays(card):
    assert _wall(card) == card


# S1 (freeze, older than the wave, missed by its call-counting bound): 5,000 line breaks took
# 5-7 s (sign_off_tail: "[ \t]*\n\s*" tried at every break); a word and 4,900 spaces 2-5 s
# (one_case_given_names: "[ \t]*,?[ \t]+"); a card of spaces ~1 s (the dash branch)
_SLOW = {
    "line breaks": "\n" * 5000,
    "a word and spaces": "Had" + " " * 4900 + "A Patel",
    "spaces before kind": "Nurse Giles Was" + " " * 4900 + "Kind",
    "spaces and tabs": "Nurse Giles Was" + " \t" * 2400 + "Kind!",
    "line breaks after words": "I am lonely" + "\n" * 4900 + "x",
    "spaces after a dash": "Nobody visits" + " " * 4900 + "- Omar",
}


@pytest.mark.parametrize("card", list(_SLOW.values()), ids=list(_SLOW))
def test_redact_of_5000_adversarial_characters_takes_under_a_second(card):
    # a freeze, not a speed figure: backtracking inside one regex call is no Python call to
    # count, so this one bound is on time; the CPU time of this process, which other work on
    # a loaded machine does not add to, against 4-7 s before (well under 0.1 s after)
    started = time.process_time()
    redact(card, find_personal_details(card))
    without_sign_off(card)
    assert time.process_time() - started < 1.0
