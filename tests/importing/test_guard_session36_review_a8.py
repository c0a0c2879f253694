"""Code review 36 A8 of 64f4d322 (A6's diff). In the first test 9 rows fail at faa85564 (HEAD,
with 64f4d322) and all pass with A8_fix.diff (Tess/Moses rows guard); the second test passes at
both. Still up (listed in the session's note): a surname ending in s whose singular is a word
("Nurse Banks", "Doctor Stokes") and a word-name before Was/Is ("Nurse Giles Was Kind")."""
from __future__ import annotations

import pytest

from tests.importing.test_guard_session35_wave3_checks import _redacted, _wall


# R1 (64f4d322 removed _DONE): a name that is also a word, after a care/kin title, and what
# the person did to the writer went up again ("Nurse Fox Took My Blood"); held at 18641ead
@pytest.mark.parametrize(("card", "wall"), [
    ("Nurse Fox Took My Blood", "[name] Took My Blood"),
    ("Doctor Stone Sent Me Home", "[name] Sent Me Home"),
    ("Sister Lamb Took My Blood", "[name] Took My Blood"),
    ("Nurse Mercy Took My Blood", "[name] Took My Blood"),
    ("Nurse Tess Told Me Off", "[name] Told Me Off"),
    ("Gran Poppy Taught Me To Knit", "[name] Taught Me To Knit"),
    ("Doctor Day Sent Me Home", "[name] Sent Me Home"),
    ("Nurse Page Gave Me A Jab", "[name] Gave Me A Jab"),
    ("Sister Frost Made Me Cry", "[name] Made Me Cry"),
    ("Doctor Giles Took My Blood", "[name] Took My Blood"),
    ("Nurse Moses Drove Me Home", "[name] Drove Me Home"),
])
def test_a_word_name_after_a_title_and_a_deed_to_me_is_held(card, wall):
    assert _wall(card) == wall
    assert _redacted(card) == wall


# the film/idiom titles stay up with the diff (act, luck after a title)
@pytest.mark.parametrize("card", [
    "Sister Act Made Me Laugh", "Lady Luck Left Me", "Father Time Took His Toll",
    "Doctor Who Made Me Laugh", "Father Christmas Brought Me A Present", "Doctor Visit Took Ages",
])
def test_a_title_thing_and_a_deed_stays(card):
    assert _wall(card) == card


# R2 (since 18641ead, not fixed by 64f4d322): a surname ending in s whose singular is a word,
# at a card's opening, goes up (held at 4b5faee0)


@pytest.mark.parametrize(("card", "wall"), [
    ("Nurse Banks", "[name]"), ("Doctor Stokes", "[name]"),
    ("Sister Wills Laughs", "[name] Laughs"), ("Nurse Peters Laughs", "[name] Laughs"),
    ("Doctor Owens", "[name]"), ("Gran Reeves Laughs", "[name] Laughs"),
    ("Nurse Fields", "[name]"), ("Nurse Meadows", "[name]"),
])
def test_a_common_surname_ending_in_s_after_a_title_is_held(card, wall):
    """A8 R2: read as a plural of a word, these went up when they opened a card."""
    assert _wall(card) == wall
