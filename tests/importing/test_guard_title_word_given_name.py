"""A given name that is also an everyday word ("Will", "June", "May"), after a title and
before a surname, went up whole: "Dr Will Smith came" and "Mrs June Smith rang" reached the
wall while "Dr Bill Smith" was held (found checking code review A23 S4). Before no surname,
"Will" after a title is still what will be done ("The Dr Will Ring Me")."""

from __future__ import annotations

import pytest

from wtfc.importing.personal_details import find_personal_details, redact


def _wall(card: str) -> str:
    return redact(card, find_personal_details(card))


@pytest.mark.parametrize(("card", "wall"), [
    ("Dr Will Smith came today", "[name] came today"),
    ("Mr Will Young was kind", "[name] was kind"),
    ("Mrs June Smith rang", "[name] rang"),
    ("Mrs May Jones rang", "[name] rang"),
    ("Dr Will Okafor came", "[name] came"),
    ("Dr Will Green came", "[name] came"),
])
def test_a_worded_given_name_and_surname_after_a_title_is_held(card, wall):
    assert _wall(card) == wall


@pytest.mark.parametrize("card", [
    "The Dr Will Call Back", "The Dr Will Ring Me", "Dr Will See Me Soon", "Dr Will Tell You",
    "Dr May Visit Today", "Dr Will Cannot Come", "Dr Will ring me tomorrow",
    "the dr will ring me", "Nurse Will Sort It", "The Dr Will Phone",
])
def test_what_the_doctor_will_do_stays_up(card):
    assert _wall(card) == card


@pytest.mark.parametrize("card", [
    # what a doctor or nurse will do, a verb the surname rule took for a surname: Redact
    # deleted the card's point, "[name] Painkillers" (code review A26 S1)
    "Dr Will Prescribe Painkillers", "Dr Will Decide", "Dr May Retire", "The Nurse Will Dress It",
    "Dr Will Increase Dose", "Dr Will Reduce Tablets", "Dr Will Listen", "Dr Will Assess Me",
    "Dr Will Follow Up", "Dr Will Retire Soon", "Dr May Prescribe More",
    "Dr Will Increase My Tablets", "Dr Will Renew Prescription",
    # a surname-word that is also the deed
    "The Nurse Will Bath Me", "Dr Will Read It", "Dr Will Bell Me",
])
def test_what_the_doctor_or_nurse_will_do_to_the_person_stays_up(card):
    assert _wall(card) == card


@pytest.mark.parametrize(("card", "wall"), [
    # a surname said of a person after the doctor's title, and any surname after Mr/Mrs
    ("My GP Dr Will Smith is kind", "My GP [name] is kind"),
    ("Mr Will Young (was kind)", "[name] (was kind)"),
    ("Mrs April Jones", "[name]"),
    ("Mrs June Brown is lovely", "[name] is lovely"),
    # after a doctor's or nurse's title, a surname that is no English word needs nothing said
    ("Dr Will Okafor", "[name]"), ("Seen by Dr Will Okafor today", "Seen by [name] today"),
    ("Nurse May Adebayo dressed it", "[name] dressed it"),
    # or one the lists know as a surname-word
    ("Seen by Dr Will Brown", "Seen by [name]"), ("Dr May Hall", "[name]"),
])
def test_a_doctor_or_mrs_with_a_worded_given_name_is_still_held(card, wall):
    assert _wall(card) == wall
