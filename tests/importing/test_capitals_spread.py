"""Names the guard newly finds in capitals with "'S" or a hyphen ("SUSAN'S VISITS", "MARY-JANE
SMITH") hold back the other cards that carry them, and are hidden elsewhere in their own card,
as a name found otherwise is; a word-name, surname and "'S" in capitals is a name ("ROSE
SMITH'S SON RANG"); "Hope Street helps me" is a place (code review A4, session 32); "Sunny
Bank helps me" is held (House, Bank are surnames: test_carers_named_like_places)."""
from __future__ import annotations

import pytest

from tests.importing.test_guard_possessives_and_capitals import _held
from wtfc.importing.typed_details import shown_as_kinds
from wtfc.importing.watch_guard import watched_redacted


@pytest.mark.parametrize("first", [
    "SUSAN'S VISITS ARE SHORT", "THANKS TO SUSAN'S HUSBAND", "SUSAN’S VISITS ARE SHORT"])
def test_a_possessive_in_capitals_holds_back_the_other_cards_with_the_name(first):
    assert _held([first, "SUSAN NEVER COMES ON TIME"]) == [True, True]


def test_a_hyphenated_given_name_in_capitals_holds_back_the_other_cards():
    assert _held(["MARY-JANE SMITH HELPS ME", "MARY-JANE NEVER RINGS ME"]) == [True, True]


@pytest.mark.parametrize(("text", "shown"), [
    ("SUSAN'S VISITS ARE SHORT AND SUSAN NEVER RINGS",
     "[name] VISITS ARE SHORT AND [name] NEVER RINGS"),
    ("PATRICIA'S HUSBAND CAME BUT PATRICIA NEVER RINGS",
     "[name] HUSBAND CAME BUT [name] NEVER RINGS"),
    ("MARY-JANE SMITH HELPS. MARY-JANE IS KIND", "[name] HELPS. [name] IS KIND"),
    ("ROSE SMITH'S SON RANG", "[name] SON RANG"),
    ("SUE SMITH'S VISITS ARE SHORT", "[name] VISITS ARE SHORT"),
    ("PAT HALL'S WIFE RANG", "[name] WIFE RANG"),
    ("HOPE GREEN'S SON RANG", "[name] SON RANG"),
])
def test_the_letter_and_the_room_views_hide_every_mention(text, shown):
    assert shown_as_kinds(text) == shown
    assert watched_redacted(text) == shown


@pytest.mark.parametrize("text", [
    "Hope Street helps me", "Grace Street helps me",
    "ROSE HILL'S SHOPS ARE CLOSED", "ST MARY'S VISITS ARE SHORT"])
def test_places_stay_as_typed(text):
    assert watched_redacted(text) == text
