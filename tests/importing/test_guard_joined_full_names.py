"""Two full names joined by "and" in mixed case: the guard found only one, and the feedback
letter and the export's question printed "Grace Long and [name] met the provider" (review 33
R9 S1). With no names pasted, the verb "hope" of a card naming Hope was hidden too: "I hope my
carer Hope Green listens to me" printed "I [name] my carer [name] …" (review 33 R9 R3). Read as
the exports read a text: ``watched_redacted``, no names pasted (``wtfc export``)."""

from __future__ import annotations

import pytest

from wtfc.importing.watch_guard import watched_redacted


@pytest.mark.parametrize(("text", "shown"), [
    ("Grace Long and Ann Lee met the provider", "[name] and [name] met the provider"),
    ("What has happened so far: Grace Long and Ann Lee met the provider; it went well.",
     "What has happened so far: [name] and [name] met the provider; it went well."),
    ("Ann Lee and Will Long came to the meeting", "[name] and [name] came to the meeting"),
])
def test_both_full_names_joined_by_and_are_hidden(text: str, shown: str) -> None:
    assert watched_redacted(text) == shown


@pytest.mark.parametrize(("text", "shown"), [
    ("Rose Court and Ann Lee met", "Rose Court and [name] met"),
    ("May Day and Ann Lee", "May Day and [name]"),
    ("Ann Lee and Grace Church", "[name] and Grace Church"),
    ("I met Ann Lee and Mark Twain Road", "I met [name] and Mark Twain Road"),
])
def test_a_place_or_a_day_joined_to_a_name_stays(text: str, shown: str) -> None:
    assert watched_redacted(text) == shown


@pytest.mark.parametrize(("text", "shown"), [
    ("I hope my carer Hope Green listens to me", "I hope my carer [name] listens to me"),
    ("Hope Green came. I hope my son comes too", "[name] came. I hope my son comes too"),
])
def test_a_cards_word_name_is_not_spread_to_its_verb(text: str, shown: str) -> None:
    assert watched_redacted(text) == shown
