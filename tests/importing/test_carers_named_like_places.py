"""A carer whose surname is also a place's last word (Court, House, Way, Bank, Kitchen) named
with "helps me" is a person: the card is held back and the letter hides the name. Only words
that are nobody's surname ("Street", "Road") make "<word> <place> helps me" a place; "Sunny
Bank helps me" held back is the privacy-first cost (code review A5 S2, session 32)."""
from __future__ import annotations

import pytest

from tests.importing.test_guard_possessives_and_capitals import _held
from wtfc.importing.watch_guard import watched_redacted

CARERS = ["Rose Court helps me every morning", "Grace Kitchen helps me wash",
          "Hope Way helps me with my tablets", "Joy Bank helps me get dressed",
          "Faith House helps me shower", "Sunny Bank helps me", "Summer House helps me"]


def test_an_import_holds_back_a_carer_named_court_kitchen_way_bank_or_house():
    assert _held(CARERS) == [True] * len(CARERS)


def test_the_letter_hides_the_carer_and_every_other_mention():
    assert watched_redacted("Grace Kitchen helps me and Grace is kind") == (
        "[name] helps me and [name] is kind")


@pytest.mark.parametrize("text", ["Hope Street helps me", "Lily Road helps me",
                                  "Pearl Gardens cares for me"])
def test_a_place_no_one_is_called_stays_as_typed(text):
    assert watched_redacted(text) == text
