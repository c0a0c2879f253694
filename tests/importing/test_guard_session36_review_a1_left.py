"""The cases code review 36 A1 left to a fixer (F14). S2: Redact lost the person's own words
after a dash sign-off's role ("… (Social Worker), Son Rarely Visits" became "I'm lonely"), as
any Title Case words there passed for a town. R4, R5: a sign-off in small letters went up with a
role or date after the name, across a line break, after "love from", "yours", Welsh "diolch",
with an O' surname, "Sharma" or "Ivanov", or after a dash with a staff role in brackets. Every
row of the tests named "held" or "keeps" failed at 78ddae7a."""
from __future__ import annotations

import pytest

from tests.importing.test_guard_session35_wave3_checks import _redacted, _wall


# S2: only a date or a team's words go with the sign-off; the person's words stay
@pytest.mark.parametrize("words", [
    "Son Rarely Visits", "Cold Dinners Again", "Bus Pass Lost", "Dinner Cold", "Garden Overgrown",
    "Heartbroken", "Starving", "Freezing", "Hungry", "Forgotten", "Cold", "Thirsty",
])
@pytest.mark.parametrize("signer", ["Irina Okafor", "Amara Okafor"])
def test_redact_keeps_the_persons_words_after_the_role(signer, words):
    card = f"I'm lonely - {signer} (Social Worker), {words}"
    assert _redacted(card) == f"I'm lonely - [name] (Social Worker), {words}"


@pytest.mark.parametrize("tail", ["North Team", "Duty Team", "West Hub", "04/03/2026", ""])
def test_redact_still_takes_a_team_or_date_after_the_role(tail):
    card = f"I'm lonely - Irina Okafor (Social Worker), {tail}".rstrip(", ")
    assert _redacted(card) == "I'm lonely"


# R4: a sign-off in small letters (lower_case_sign_off.py)
@pytest.mark.parametrize(("card", "wall"), [
    ("i am lonely. completed by mary smith, sw", "i am lonely. completed by [name], sw"),
    ("i am lonely. completed by mary smith on 04/03/2026",
     "i am lonely. completed by [name] on 04/03/2026"),
    ("i am lonely. thanks, mary smith (sw)", "i am lonely. thanks, [name] (sw)"),
    ("i am lonely. thanks, mary smith (social worker) x",
     "i am lonely. thanks, [name] (social worker) x"),
    ("i am lonely\nthanks,\nmary smith", "i am lonely\nthanks,\n[name]"),
    ("i am lonely\nthanks\nmary smith", "i am lonely\nthanks\n[name]"),
    ("i am lonely. love from mary smith", "i am lonely. love from [name]"),
    ("i am lonely. yours, mary smith", "i am lonely. yours, [name]"),
    ("i am lonely. thankyou, mary smith", "i am lonely. thankyou, [name]"),
    ("i am lonely. all the best, mary smith", "i am lonely. all the best, [name]"),
    ("mae'n unig. diolch, sian jones", "mae'n unig. diolch, [name]"),
    ("main akeli hoon. shukriya, fatima begum", "main akeli hoon. shukriya, [name]"),
    ("i am lonely. thanks, mary o'brien", "i am lonely. thanks, [name]"),
    ("i am lonely. Thanks, Mary smith", "i am lonely. Thanks, [name]"),
    ("i am lonely. thanks, priya sharma", "i am lonely. thanks, [name]"),
    ("i am lonely. thanks, nikolai ivanov", "i am lonely. thanks, [name]"),
])
def test_a_lower_case_sign_off_name_is_held(card, wall):
    assert _wall(card) == wall


@pytest.mark.parametrize("card", [
    "i am lonely. completed by mary smith, sw",
    "i am lonely. completed by mary smith, ot, 04/03/2026",
    "i am lonely. completed by mary smith on 04/03/2026",  # as before
])
def test_redact_takes_a_lower_case_labelled_sign_off_with_its_role(card):
    assert _redacted(card) == "i am lonely."


def test_redact_keeps_the_persons_words_after_a_labelled_sign_off():
    card = "Nobody comes. Completed by Mary Smith, so sad"
    assert _redacted(card) == "Nobody comes. Completed by [name], so sad"


# R5: a dash sign-off in small letters, as "- Irina Dalton (Social Worker)" is held
@pytest.mark.parametrize(("card", "wall"), [
    ("nobody visits - irina dalton (social worker)", "nobody visits - [name] (social worker)"),
    ("nobody visits - amara okafor (social worker)", "nobody visits - [name] (social worker)"),
    ("nobody visits — tamsin ferrier (ot) 04/03/2026", "nobody visits — [name] (ot) 04/03/2026"),
])
def test_a_lower_case_dash_sign_off_is_held_and_redact_takes_it(card, wall):
    assert _wall(card) == wall
    assert _redacted(card) == "nobody visits"


# their everyday twins stay as typed
@pytest.mark.parametrize("card", [
    "thanks, mary", "thanks, mary x", "thanks, mary again", "thanks, mary and all the staff",
    "thanks, hope you can help", "thanks, john lewis", "thanks, god bless", "regards, the family",
    "love, nan and grandad", "ta, mary lou", "thanks, mary day", "completed by the carer",
    "author: unknown", "completed by my son", "i love\nmy garden", "thanks\nmary please",
    "thanks, mary please (sw)", "thanks, mary on 04/03/2026", "love from all of us",
    "my bus pass - dial ride (social worker)", "staying well - flu jab (nurse)",
    "meals - hot food (care worker)", "the garden — lovely flowers (support worker)",
    "nobody visits - mary rang (social worker)", "i asked - mary said (social worker)",
    "the bus - john was late (nurse)",
])
def test_an_everyday_card_in_small_letters_stays(card):
    assert _wall(card) == card
