"""Code review 36 A6 of 18641ead (A4's diff). Rows fail at 18641ead and pass with A6_fix.diff,
except test_names_after_a_title_stay_held's first five (held at 18641ead: they guard the fix)."""
from __future__ import annotations

import time

import pytest

from tests.importing.test_guard_session35_wave3_checks import _wall
from wtfc.model.sign_off_tail import without_sign_off


# S1 (pre-existing): Redact of a sign-off with dates and a word after froze the app (> 30 s)
@pytest.mark.parametrize("card", [
    "Nobody comes. Updated by [name] 04/03/2026 10:22, 05/03/2026 11:00 see notes",
    "Nobody comes. Updated by [name] 04/03/2026, 05/03/2026, 06/03/2026 see notes",
])
def test_redact_of_a_dated_sign_off_with_a_word_after_is_quick(card):
    t = time.perf_counter()
    assert without_sign_off(card) == card
    assert time.perf_counter() - t < 5


# R1: a word after a word-surname was taken into the name: "Nurse Green Uniform" -> "[name]"
@pytest.mark.parametrize(("card", "wall"), [
    ("Nurse Green Uniform", "[name] Uniform"),
    ("the Nurse White Coat", "the [name] Coat"),
    ("The Doctor White Coat Scares Me", "The [name] Coat Scares Me"),
    ("Doctor Ward Round", "[name] Round"),
    ("Nan Brown Sauce", "[name] Sauce"),
    ("Nurse Price List", "[name] List"),
    ("Nurse Young Carer", "[name] Carer"),
])
def test_a_word_after_a_word_surname_stays(card, wall):
    assert _wall(card) == wall


# R2: "went/took/sent/gave/made/left…" after any word made the title and word a name
@pytest.mark.parametrize("card", [
    "Nurse Visit Went Well", "Doctor Visit Took Ages", "Doctor Appointment Took Weeks",
    "Doctor Letter Took Weeks", "Nurse Cover Left Us Short", "Nurse Staffing Left Gaps",
    "Gran Flat Went Cold", "Nan House Went Cold", "Nurse Team Left", "Nurse Agency Sent Nobody",
    "Nurse Advice Made Sense", "Nurse Care Made A Difference", "Nurse Station Left Unmanned",
    "Sister Act Made Me Laugh", "Nurse Call Took Ages",
])
def test_a_thing_after_a_care_title_and_a_past_deed_stays(card):
    assert _wall(card) == card


# S2: a surname ending in s, read as a plural, went up (held before 18641ead)
@pytest.mark.parametrize(("card", "wall"), [
    ("Sister Hill Took My Blood", "[name] Took My Blood"),
    ("Doctor Foster Went To See Him", "[name] Went To See Him"),
    ("Nurse Mary Green Came", "[name] Came"),
    ("Nurse Bailey Never Comes", "[name] Never Comes"),
    ("Nurse Green Uniforms", "[name] Uniforms"),
    ("Grandma Moses Painted", "[name] Painted"),
    ("Nurse Giles Laughs", "[name] Laughs"),
    ("Nurse Sykes Laughs", "[name] Laughs"),
    ("Doctor Hastings Laughs", "[name] Laughs"),
])
def test_names_after_a_title_stay_held(card, wall):
    assert _wall(card) == wall
