"""Given names that are also words ("Hope", "Pat", "Rose", "Sue", "Joy") with a surname went
to the wall, the letter and the room views as typed where the same card with "Mary" was held:
"Hope Green, my carer, is kind", "Pat Hall came late", "Joy Wood is kind", "HOPE GREEN RANG
ME", "THANKS TO HOPE GREEN". In capitals "SUSAN'S VISITS ARE SHORT" and "MARY-JANE SMITH
HELPS" went up whole, and "GWEN AP RHYS VISITS" printed "[name] RHYS VISITS" (code review A2
#3 and #6). Places named so stay clear: "Rose Hill's shops", "Rose Hill is a nice area"."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.importing.test_guard_possessives_and_capitals import _held
from wtfc.importing.guard_scoring import read_labelled_statements, score_guard
from wtfc.importing.personal_details import find_personal_details
from wtfc.importing.typed_details import shown_as_kinds
from wtfc.importing.watch_guard import watched_redacted

CARDS = Path(__file__).parent / "data" / "guard_word_names_statements.txt"

MISSED = [
    "Hope Green, my carer, is kind", "Pat Hall came late", "Joy Wood is kind",
    "Rose Hill's daughter rang", "Sue Brown is lovely", "HOPE GREEN RANG ME", "ROSE SMITH CAME",
    "THANKS TO HOPE GREEN", "SUSAN'S VISITS ARE SHORT", "THANKS TO SUSAN'S HUSBAND",
    "MARY-JANE SMITH HELPS", "Mary-Jane Smith helps", "My carer is Hope Green",
    "MY CARER IS HOPE GREEN", "Sue Smith helps me",
]
PLACES = ["Rose Hill's shops are closed", "Hope Street's shops are closed",
          "Rose Hill is a nice area", "Hope Green is a nice park", "ROSE HILL IS A NICE AREA",
          "THANKS TO HOPE STREET SURGERY", "THE CAROL SINGERS CAME", "ST MARY'S VISITS ARE SHORT",
          "I live on Rose Hill, my carer lives nearby", "THE BUS TO ROSE HILL IS ALWAYS LATE",
          "Christmas Eve Hall rang"]


def test_the_labelled_cards_find_every_name_and_flag_no_place():
    score = score_guard(read_labelled_statements(CARDS))
    assert score.recall == 1.0, score.missed
    assert score.false_alarms == (), score.false_alarms


@pytest.mark.parametrize("text", MISSED)
def test_each_card_reported_names_someone(text):
    assert [f.category for f in find_personal_details(text)] == ["name"]


def test_an_import_holds_back_the_cards_naming_someone_and_not_the_places():
    assert _held(MISSED) == [True] * len(MISSED)
    assert _held(PLACES[:-1]) == [False] * (len(PLACES) - 1)


@pytest.mark.parametrize(("text", "shown"), [
    ("Hope Green, my carer, is kind", "[name], my carer, is kind"),
    ("Rose Hill's daughter rang", "[name] daughter rang"),
    ("Pat Hall came late", "[name] came late"),
    ("HOPE GREEN IS MY CARER", "[name] IS MY CARER"),
    ("THANKS TO HOPE GREEN", "THANKS TO [name]"),
    ("THANKS TO ROSE FOR THE LIFT", "THANKS TO [name] FOR THE LIFT"),
    ("SUSAN'S VISITS ARE SHORT", "[name] VISITS ARE SHORT"),
    ("THANKS TO SUSAN'S HUSBAND", "THANKS TO [name] HUSBAND"),
    ("MARY-JANE SMITH HELPS", "[name] HELPS"),
    ("GWEN AP RHYS VISITS", "[name] VISITS"),
    ("SIAN FERCH GRUFFYDD", "[name]"),
])
def test_the_letter_and_the_room_views_hide_the_whole_name(text, shown):
    assert shown_as_kinds(text) == shown  # the letter's
    assert watched_redacted(text) == shown  # Act's and Review's room views'


@pytest.mark.parametrize("text", PLACES[:-1])
def test_a_place_named_after_a_word_name_stays_as_typed(text):
    assert shown_as_kinds(text) == text
    assert watched_redacted(text) == text


def test_a_festivals_eve_is_no_given_name_before_a_surname():
    # the pasted surname alone is hidden, as before (test_pasted_everyday_surnames)
    assert watched_redacted("Christmas Eve Hall rang", ("Pat Hall",)) == "Christmas Eve [name] rang"
