"""Names the guard let through to the wall (session 26): an initial with a full stop before a
surname that is also a word ("J. Green is my carer"), a surname in capitals in a mixed-case card
("J SMITH comes at 9"), an initial in a card typed all in lower case ("j. okoro was late"), "OK"
as initials ("OK Adeyemi"), a first name that is a word before a care role ("Rose from the
agency") and "A Welsh from the agency". The same words as the words they are stay on the card:
"the green chairs", "Green Lane", "OK thanks", "A Hall for the day centre", a card shouted all
in capitals.
"""

from __future__ import annotations

import pytest

from wtfc.importing.name_spread import spread_words
from wtfc.importing.personal_details import find_personal_details, redact
from wtfc.model.workshop import PersonalDetail


def _shown(text: str) -> str:
    return redact(text, find_personal_details(text))


@pytest.mark.parametrize(("text", "shown"), [
    # a full stop makes the letter an initial, the place or everyday word after it a surname
    ("J. Green is my carer", "[name] is my carer"),
    ("P. Hall comes on Tuesdays", "[name] comes on Tuesdays"),
    ("Ask J. Hill about the rota", "Ask [name] about the rota"),
    ("A. Bird came late again", "[name] came late again"),
    ("K. Rose is lovely", "[name] is lovely"),
    # after role letters a place word is a surname, as after "my carer"; the letters stay
    ("PA Green helps me", "PA [name] helps me"),
    ("My carer Hall never rushes me", "My carer [name] never rushes me"),
    # a surname in capitals in a card typed in mixed case
    ("J SMITH comes at 9", "[name] comes at 9"),
    ("I saw J. SMITH today", "I saw [name] today"),
    ("Ask K. O'NEILL about it", "Ask [name] about it"),
    ("MRS J SMITH was kind", "[name] was kind"),
    # an initial with its full stop in a card typed all in lower case
    ("j. okoro was late", "[name] was late"),
    ("ask j. okoro about my tablets", "ask [name] about my tablets"),
    ("my carer j. okoro is kind", "my carer [name] is kind"),
    ("j.k. okoro was late", "[name] was late"),
    # "OK" before a surname no list knows
    ("OK Adeyemi was late again", "[name] was late again"),
    # a first name that is a word, at a sentence's start, before a care role
    ("Rose from the agency is lovely", "[name] from the agency is lovely"),
    ("Rose, my carer, knows how I like my tea", "[name], my carer, knows how I like my tea"),
    ("Joy came late and left early", "[name] came late and left early"),
    ("Grace the carer is kind", "[name] the carer is kind"),
    # a nationality that is never a noun, then "from" or "was": a person
    ("A Welsh from the agency was late", "[name] from the agency was late"),
])
def test_the_names_that_reached_the_wall_are_held_back(text, shown):
    assert _shown(text) == shown


@pytest.mark.parametrize("text", [
    "the green chairs are nice", "I live on Green Lane", "J. Green Lane is where I live",
    "OK thanks", "OK Thanks for listening", "OK Lovely, see you next week", "OK Great stuff",
    "OK Then see you next week", "OK Google plays my music",
    "A Hall for the day centre would be good", "P Ward is noisy", "J Green Park is lovely",
    "I AM NOT LISTENED TO", "THE CARERS NEVER COME ON TIME", "MY SON PUT IN A RAIL",
    "I had C DIFF last year", "I take them 2 X DAILY", "The food was A BIG letdown",
    "I REALLY want to go home", "Vitamin D TABLETS are never given", "Ward B NEVER answer",
    "i am on ward b. staff are kind", "i need help e.g. shopping and cleaning",
    "my vitamin d. sometimes runs out", "plan b. carers never come", "please e. mail me",
    "Rose bushes need cutting back", "Grace before meals is important to me",
    "Will the carer come on time?", "May I have my tea earlier", "Will my carer be late",
    "Grant from the council paid for my ramp", "Bill came in the post and it was huge",
    "Hope is what keeps me going",
    "A Welsh speaking carer would be nice", "A Muslim from the mosque visits me",
    "A Somali from the mosque helps", "A Polish speaking carer would help",
])
def test_the_same_words_as_the_words_they_are_stay_on_the_card(text):
    assert find_personal_details(text) == []


def test_a_card_shouted_in_capitals_is_read_for_initials_only_with_a_role_or_verb_beside():
    """In capitals every word looks like a surname; "J SMITH" among lower-case words is one,
    and in capitals where a role or a person verb is said of it (review code-a2, session 27:
    "MY SON J SMITH NEVER VISITS" reached the wall)."""
    assert find_personal_details("THE J CLOTH WAS LATE") == []
    assert _shown("CARER J SMITH WAS LATE") == "CARER [name] WAS LATE"
    assert _shown("MY SON J SMITH NEVER VISITS") == "MY SON [name] NEVER VISITS"
    assert _shown("The carer, J SMITH, was late") == "The carer, [name], was late"


def test_a_lower_case_initial_counts_only_in_a_card_typed_all_in_lower_case():
    """"j. okoro" in a card with capitals elsewhere is a typo as often as a name's initial:
    the capitalised-word rules read that card."""
    assert find_personal_details("I saw j. okoro today") == []
    assert _shown("i saw j. okoro today") == "i saw [name] today"


def test_the_new_finds_hold_back_no_everyday_word_in_other_cards():
    """"J. Green", "Rose", "OK Adeyemi", "A Welsh" are held back where found, but "green",
    "rose", "welsh" in other cards are words ("Green" spreads only where said of a person:
    "Green came late", test_guard_words_said_of_carers); "J SMITH" holds back "Smith"."""
    def spread(text: str) -> tuple[str, ...]:
        found = find_personal_details(text)
        return spread_words([PersonalDetail(start=f.start, end=f.end, category=f.category,
                                            text=f.text) for f in found], text)

    assert spread("J. Green is my carer") == ("GREEN", "Green")  # "GREEN NEVER CAME" too
    assert spread("PA Green helps me") == ("GREEN", "Green")
    assert spread("Rose from the agency is lovely") == ()
    assert spread("OK Adeyemi was late again") == ()
    assert spread("A Welsh from the agency was late") == ()
    assert spread("J SMITH comes at 9") == ("smith",)
