"""A name in brackets beside a pasted name is watched for: a nickname ("Zebulon Quarrie (Zeb)"),
a former surname ("Mary Smith (previously Jones)"), the name in its own script ("Nasreen Akhtar
(نسرین اختر)") or family ("(son: Kofi Mensah, …)"). F15 kept only brackets of known given
names, so "Zeb rang me twice" and "Jones never came" went to the wall, the room views and the
letter as typed (code review A3 S1). Pronouns, roles and teams in brackets are still no name.
And a pronoun that is a surname ("He Wei", "Her Xiong") is watched with the rest of the name
(A3 M1: "He Wei never rang" showed "He [name] never rang")."""

from __future__ import annotations

import pytest

from wtfc.importing.watch_guard import watched_redacted
from wtfc.ui.card_guard import details_in, parse_names


def _held(text: str, pasted: str) -> list[str]:
    return [d.text for d in details_in(text, parse_names(pasted)) if d.category == "name"]


@pytest.mark.parametrize(("pasted", "card", "name"), [
    ("Zebulon Quarrie (Zeb)", "Zeb rang me twice", "Zeb"),
    ("Kwabena Mensah (Kobby)", "Kobby was late again", "Kobby"),
    ("Olumide Adeyemi (Olu)", "Olu is always kind", "Olu"),
    ("Smith (Jones)", "Jones never came", "Jones"),
    ("Mary Smith (previously Jones)", "Jones never came", "Jones"),
    ("Mary Smith (maiden name Jones)", "Jones never came", "Jones"),
    ("Nasreen Akhtar (نسرین اختر)", "نسرین نے کبھی فون نہیں کیا", "نسرین"),
    ("Rubina Begum (রুবিনা বেগম)", "রুবিনা আমাকে সাহায্য করে", "রুবিনা"),
    ("Kwabena Mensah (son: Kofi Mensah, daughter: Ama Mensah)", "Kofi never visits", "Kofi"),
    ("Family (Zebulon Quarrie, Hope Green)", "Zebulon came late", "Zebulon"),
])
def test_a_name_in_brackets_is_held_back_and_hidden(pasted, card, name):
    assert _held(card, pasted) == [name]
    shown = watched_redacted(card, tuple(parse_names(pasted)))  # the letter, the room views
    assert name not in shown and "[name]" in shown, shown


def test_pronouns_roles_and_teams_in_brackets_are_still_no_name():
    pasted = ("Zebulon Quarrie (Zeb)\nPriya Patel (Home Care)\nSam Lee [EXT]\n"
              "Hope Green (carer)\nAisha Khan (she/her)\nTom Jones (External)\n"
              "Kwabena Mensah (son: Kofi Mensah)")
    assert parse_names(pasted) == [  # a name in brackets is a name of its own too
        "Zebulon Quarrie Zeb", "Zeb", "Priya Patel", "Sam Lee", "Hope Green", "Aisha Khan",
        "Tom Jones", "Kwabena Mensah Kofi Mensah", "Kofi Mensah"]
    names = tuple(parse_names(pasted))
    for card in ("Home care is always late", "My husband was my carer until he died",
                 "External agencies are better", "My son wants to move me closer to him."):
        assert [d.text for d in details_in(card, names)] == [], card
        assert watched_redacted(card, names) == card
    assert watched_redacted("So far: Zeb said he would ring", names) == \
        "So far: [name] said he would ring"


@pytest.mark.parametrize(("pasted", "card"), [
    ("He Wei", "He Wei never rang"),
    ("Her Xiong", "Her Xiong never rang"),
    ("Wei He", "Wei He never rang"),
])
def test_a_pronoun_that_is_a_surname_is_held_with_the_name(pasted, card):
    assert parse_names(pasted) == [pasted]
    assert _held(card, pasted) == [pasted]
    assert watched_redacted(card, (pasted,)) == "[name] never rang"


def test_pronouns_pasted_beside_a_name_still_hold_nothing_back():
    pasted = "He Wei\nAisha Khan (she/her)\nSam Lee they/them\nTom Jones He/Him"
    assert parse_names(pasted) == ["He Wei", "Aisha Khan", "Sam Lee", "Tom Jones"]
    assert _held("He rang me", pasted) == []


def test_a_pronoun_that_is_part_of_a_pasted_name_is_hidden_only_beside_the_name():
    """With "He Wei" pasted, the letter and room views hide "He Wei" and "Wei", never a
    sentence's "He" alone."""
    names = tuple(parse_names("He Wei"))
    assert watched_redacted("He Wei never rang back", names) == "[name] never rang back"
    assert watched_redacted("He rang me on Monday", names) == "He rang me on Monday"
    assert watched_redacted("Wei rang me", names) == "[name] rang me"


@pytest.mark.parametrize(("pasted", "card", "name"), [
    # family who work in care: the team words go, never the name beside them (A5 S1)
    ("Kwabena Mensah (son Kofi - social worker)", "Kofi never visits", "Kofi"),
    ("Ahmed Khan (son: Ali Khan, staff nurse)", "Ali never visits", "Ali"),
    ("Aisha Khan (husband Tariq, ext 4412)", "Tariq never visits", "Tariq"),
    ("Zebulon Quarrie (son Kofi, works for the council)", "Kofi rang twice", "Kofi"),
    ("Mary Smith (daughter Ama, works at the surgery)", "Ama never visits", "Ama"),
    ("Mary Smith (Kofi's care home)", "Kofi never visits", "Kofi"),
    ("Mary Smith (daughter Charity Moyo)", "Moyo never visits", "Moyo"),
    ("Mary Smith (daughter Charity)", "Charity never visits", "Charity"),
    ("Kwame Mensah (son Sunday)", "Sunday never visits", "Sunday"),
    ("Hope Green (née Quarrie, Home Care)", "Quarrie never came", "Quarrie"),
    ("Hope Green (formerly Hope Quarrie - social worker)", "Quarrie never came", "Quarrie"),
    # a lower-case name: after née, or alone in its bracket (A5 R3)
    ("Mary Smith (née jones)", "Jones never came", "Jones"),
    ("Zebulon Quarrie (zeb)", "Zeb rang me twice", "Zeb"),
])
def test_a_family_name_beside_a_team_word_or_in_lower_case_is_held(pasted, card, name):
    assert _held(card, pasted) == [name]
    shown = watched_redacted(card, tuple(parse_names(pasted)))
    assert name not in shown and "[name]" in shown, shown


def test_a_bracket_that_is_a_team_or_a_note_still_holds_nothing():
    pasted = ("Priya Patel (Home Care)\nSam Lee [EXT]\nHope Green (Adult Social Care, Riverside)\n"
              "Tom Jones (works nights)\nAisha Khan (deceased)")
    assert parse_names(pasted) == [
        "Priya Patel", "Sam Lee", "Hope Green", "Tom Jones", "Aisha Khan"]


@pytest.mark.parametrize(("pasted", "card", "name"), [
    ("He Wei", "Mr He never rang back", "Mr He"),
    ("He Wei", "Dr He said no", "Dr He"),
    ("Her Xiong", "Ms Her never rang", "Ms Her"),
])
def test_a_pronoun_surname_after_a_title_is_held(pasted, card, name):
    """A5 R1: staff write "Mr He"; the title makes the pronoun a name."""
    assert _held(card, pasted) == [name]
    assert watched_redacted(card, (pasted,)).startswith("[name] ")
    assert _held("He rang me", pasted) == []
    assert _held("I told the dr he was wrong", pasted) == []


@pytest.mark.parametrize(("pasted", "card"), [
    ("Kwabena Mensah (daughter Grace)", "Grace helps every Tuesday"),
    ("Kwabena Mensah (Grace)", "Grace helps every Tuesday"),
    ("Hope Green (Home Care, daughter Joy)", "Joy never visits"),
    ("Hope Green (EXT, daughter Joy)", "Joy never visits"),
])
def test_a_given_name_that_is_a_word_in_brackets_is_held_wherever_it_stands(pasted, card):
    """A name in brackets beside another is watched as that name pasted alone is: a given name
    that is a word holds a card it starts (code review A6 S1; the room views hid it, the card
    check let it onto the wall)."""
    names = parse_names(pasted)
    assert [d.text for d in details_in(card, names)] == [card.split()[0]]
    assert watched_redacted(card, tuple(names)).startswith("[name] ")


def test_teams_roles_and_pronouns_in_brackets_still_give_no_name_of_their_own():
    names = parse_names('Patel, Priya (Home Care); Lee, Sam [EXT]; "Khan, Aisha (she/her)"; '
                        "Hope Green (carer)")
    assert sorted(names) == ["Aisha", "Hope Green", "Khan", "Lee", "Patel", "Priya", "Sam"]
