"""A brand's or an abbreviation's letters are no one's initials only before that brand's own
words, and Welsh "Y" only before a Welsh place: "JD Smith never stays long", "HM Khan helps me
wash", "Y Begum helps me wash" and "LG Patel is lovely" reached the wall, the projector and the
PDFs whole, because "JD", "HM", "LG" and "Y" were let off before any word (review 25 code-d F1).
A nationality after two capitals is a surname too: "AJ Welsh was late again" (F3). "TK Maxx",
"DP Budget", "HM Revenue" and "Y Fenni" still name no one.
"""

from __future__ import annotations

import pytest
from test_guard_bare_initials import _import

from wtfc.importing.name_spread import spread_words
from wtfc.importing.personal_details import find_personal_details, redact
from wtfc.model.workshop import PersonalDetail


def _shown(text: str) -> str:
    return redact(text, find_personal_details(text))


# The review's reproductions (code-d F1): each reached the projector whole
@pytest.mark.parametrize("text", [
    "JD Smith never stays long", "HM Khan helps me wash", "GE Mensah was rude",
    "LG Patel is lovely", "BP Adeyemi never comes on time", "HP Singh was late",
    "JD Okoro was late again", "TK Brown is kind but rushed", "MP Nowak helps me shower",
    "Ask JD Okoro about it",
    "Y Begum helps me wash", "Y Okafor was late again", "Y Patel never stays long",
    "Ask Y Begum about the rota",
])
def test_letter_pair_initials_before_a_surname_are_held(text):
    assert find_personal_details(text)


# code-d F3: Welsh, English and French are surnames after two capitals
@pytest.mark.parametrize("text", [
    "AJ Welsh was late again", "DK English is kind but rushed", "MJ French helps me wash",
])
def test_a_nationality_surname_after_two_initials_is_held(text):
    assert find_personal_details(text)


@pytest.mark.parametrize(("text", "shown"), [
    ("JD Smith never stays long", "[name] never stays long"),
    ("Thanks to TK Brown for the lift", "Thanks to [name] for the lift"),
    ("EE Okoro is my carer", "[name] is my carer"),
    ("MS Brown is my carer", "[name] is my carer"),  # Ms Brown typed in capitals
    ("DP Smith sorts my payments", "[name] sorts my payments"),
    ("DN Brown came at 9", "[name] came at 9"),  # let off before "came" until now
    ("PC Smith was kind to me", "[name] was kind to me"),  # a police constable
    ("BT Kowalski helps me wash", "[name] helps me wash"),
    ("Y Begum helps me wash", "[name] helps me wash"),
    ("KP Boots does my shopping", "[name] does my shopping"),  # a shop after a pair
    ("AJ Christian is my carer", "[name] is my carer"),
    ("O.K. Okoro was late", "[name] was late"),  # with full stops, initials
    # role letters stay: the name after them is found as after "my carer"
    ("GP Okoro never listens", "GP [name] never listens"),
    ("OT Davies visited", "OT [name] visited"),
    ("SW Kaur has not called back", "SW [name] has not called back"),
])
def test_initials_before_a_word_not_their_own_are_a_name(text, shown):
    assert _shown(text) == shown


@pytest.mark.parametrize("text", [
    # brands and bodies before their own words
    "My daughter takes me to TK Maxx on Saturdays", "TK Maxx's sale is on",
    "The letter from HM Revenue frightened me", "HM Prison Service took my son",
    "I used to work at GE Healthcare", "My son works for BT Openreach",
    "BT Broadband keeps cutting out", "JD Sports sells his trainers",
    "HP Sauce on my chips please", "LG Fridge broke down", "EE Signal is poor here",
    "BP Garage does my paper", "VW Golf was my first car",
    # care abbreviations before the words care reviews put after them
    "My DP Budget was cut last year", "DP Payments stopped", "DP Funding is not enough",
    "DP Money runs out", "MS Society helps", "MS Nurse rang", "AA Meeting on Monday",
    "AA Payments help with taxis", "UC Journal is hard to use", "NI Number please",
    "DN Visits are rushed", "AM Calls are too early", "PM Visit was missed",
    "BP Monitor at home", "BP Readings are high", "MP Surgery on Fridays",
    "UK Visas wrote to me", "TV Licence is too dear", "ID Badge was missing",
    "IT Department never answer", "OK Maybe next week then",
    "OK Thank you for asking", "OK Sorry I forgot",  # "OK" is a word, as "I" is
    # Welsh "the" before a place
    "The bus to Y Fenni is slow", "Y Bala day centre", "We went to Y Rhyl",
    "Y Barri is lovely in summer", "Y Drenewydd has a good market", "Mae Mam yn Y Trallwng",
    "Y Fflint is far", "Y Felinheli has a lunch club", "Y Gelli has books", "Y Waun is close",
    "Y Bont-faen has a market", "Y Cymraeg sy'n bwysig i Mam",
    # a single word letter before a nationality, faith or shop
    "A Welsh speaking carer would be good for Dad", "Z Polski przyjechałam w 1970",
    "A Tesco delivery saves me the trip", "A Macmillan nurse came to see us",
])
def test_a_pair_before_its_own_words_and_y_before_a_welsh_place_name_no_one(text):
    assert find_personal_details(text) == []


def test_a_person_verb_makes_even_a_listed_phrase_a_name():
    assert _shown("Y Fenni rang me") == "[name] rang me"
    assert _shown("TK Maxx came round") == "[name] came round"


def test_an_import_holds_back_pairs_before_surnames_and_not_the_brands_or_other_cards():
    """Two capitals or "Y" with no full stop are as often no one's: the card is held back, but
    the surname does not hold back other cards ("Begum" alone is held only if found so)."""
    held = _import([
        "JD Smith never stays long", "HM Khan helps me wash", "Y Begum helps me wash",
        "AJ Welsh was late again", "My daughter takes me to TK Maxx on Saturdays",
        "The letter from HM Revenue frightened me", "We went to Y Rhyl on the bus",
        "My DP Budget was cut last year", "Smithfield market is too far now",
    ])
    assert held == {
        "JD Smith never stays long": True, "HM Khan helps me wash": True,
        "Y Begum helps me wash": True, "AJ Welsh was late again": True,
        "My daughter takes me to TK Maxx on Saturdays": False,
        "The letter from HM Revenue frightened me": False,
        "We went to Y Rhyl on the bus": False, "My DP Budget was cut last year": False,
        "Smithfield market is too far now": False,
    }


@pytest.mark.parametrize("text", ["JD Okoro was late again", "Y Begum helps me wash"])
def test_a_name_after_a_pair_or_y_holds_back_only_its_own_card(text):
    found = find_personal_details(text)
    assert spread_words([PersonalDetail(start=f.start, end=f.end, category=f.category,
                                        text=f.text) for f in found], text) == ()
