"""A watched name's initials that spell an English word hid that word in every card typed in
capitals (code review A13 S2): with Tom Owen pasted, or in the sheet's Client name column, "I
WANT TO STAY IN MY OWN HOME" went up as "I WANT [name] STAY IN MY OWN HOME", and one such name
in a home's list of thirty marked most of the wall's capitals cards. A word that stands before
a verb as itself ("WE", "HE", "CAN", "MY") is never read as initials unless written with full
stops; "OF", "TO", "ME" only before a verb said of one person, in capitals only at a
sentence's start. Also: care abbreviations ("DC" for a day centre, "KW" a key worker) are no
one's initials (A13 R1), and initials with 's ("OF's daughter") are the person's (A13 R2)."""

from __future__ import annotations

import pytest

from wtfc.importing.building import build_import
from wtfc.importing.mapping import guess_mapping
from wtfc.importing.table import SourceTable
from wtfc.importing.watch_guard import watched_redacted
from wtfc.model.workshop import Workshop


@pytest.mark.parametrize(("name", "card"), [
    ("Tom Owen", "I WANT TO STAY IN MY OWN HOME"),
    ("Tom Owen", "NO ONE COMES TO SEE ME"),
    ("Tom Owen", "TO STAY AT HOME IS WHAT I WANT"),
    ("Will Evans", "WE NEED MORE HELP AT WEEKENDS"),
    ("Harry Ellis", "HE IS MY HUSBAND AND HE HELPS ME"),
    ("Harry Ellis", "HE NEVER CAME BACK AFTER THE FIRST VISIT"),
    ("Carol Ann Norris", "I CAN GET TO THE SHOPS ON MY OWN"),
    ("Mary Evans", "LET ME STAY IN MY FLAT"),
    ("Mary Evans", "ME AND MY WIFE WANT TO STAY TOGETHER"),
    ("Mary Evans", "Let ME stay in my flat"),
    ("Dawn Irene Davies", "I DID ASK FOR A RAMP"),
    ("Ben Evans", "IT WAS GOOD TO BE ASKED"),
    ("Mary Ann Young", "I MAY NEED HELP LATER ON"),
    ("Helen Ann Smith", "SHE HAS GOT A NEW WALKING FRAME"),
    ("Ivy Smith", "SHE IS VISITED DAILY"),
    ("Will Evans", "WE need more help at weekends"),  # a word stressed in a mixed-case card
    ("Ottoline Fairweather", "WHAT I AM SCARED OF IS FALLING"),
    ("Ottoline Fairweather", "A LOT OF CALLS GO UNANSWERED"),
    ("Ottoline Fairweather", "OF course I want to stay"),
    ("Ian Norris", "I am IN NEED of help"),
])
def test_a_word_in_the_card_is_no_ones_initials(name, card):
    assert watched_redacted(card, (name,)) == card


@pytest.mark.parametrize(("name", "card"), [
    ("David Clark", "DC was closed at Christmas"),  # day centre
    ("Kate Wood", "KW visits every week"),  # key worker
    ("Carol Moss", "CM will ring on Monday"),  # care manager
    ("Helen Brown", "HB forms are too hard"),  # housing benefit
    ("Colin Todd", "CT went up again"),  # council tax
    ("Rose Mills", "RM says there are no staff"),  # registered manager
])
def test_a_care_abbreviation_is_no_ones_initials(name, card):
    assert watched_redacted(card, (name,)) == card


@pytest.mark.parametrize(("card", "shown"), [
    ("OF wants to stay in her flat", "[name] wants to stay in her flat"),
    ("OF WANTS TO STAY IN HER FLAT", "[name] WANTS TO STAY IN HER FLAT"),
    ("Her son and OF want more visits", "Her son and [name] want more visits"),
    ("OF's daughter rang me", "[name]'s daughter rang me"),
    ("I went round to OF's flat", "I went round to [name]'s flat"),
    ("OF’s son wants her to move", "[name]’s son wants her to move"),
    ("Most OF the time it's fine", "Most OF the time it's fine"),
])
def test_initials_that_are_a_word_still_name_her_where_no_word_would_stand(card, shown):
    assert watched_redacted(card, ("Ottoline Fairweather",)) == shown


@pytest.mark.parametrize(("name", "card"), [
    ("Harry Ellis", "H.E. wants to stay at home"),  # written with full stops: initials
    ("Tom Owen", "TO wants to stay at home"),
    ("Tom Owen", "The carers are kind. TO likes the garden"),
])
def test_the_person_written_as_initials_is_still_caught(name, card):
    assert "[name]" in watched_redacted(card, (name,))


def test_a_client_name_column_no_longer_holds_back_capitals_cards():
    table = SourceTable(rows=[
        ("Client name", "Kind", "Statement"),
        ("Tom Owen", "Not working", "I WANT TO STAY IN MY OWN HOME"),
        ("Mary Evans", "Not working", "LET ME STAY IN MY FLAT"),
        ("Will Evans", "Not working", "WE NEED MORE HELP AT WEEKENDS"),
        ("Ann Lee", "Working", "Ann Lee wants more visits"),
    ], source_name="reviews.csv")
    plan = build_import(table, guess_mapping(table), workshop=Workshop())
    assert [c.text for c in plan.cards if c.personal_details] == ["Ann Lee wants more visits"]
