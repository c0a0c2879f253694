"""Code review 33 A8: given names ending like English participles went up whole after "NAME IS"
/ "is called" ("MY CARERS NAME IS JAWED", S1); a word-name's surname in capitals was left on the
room view and the letter ("MY HUSBAND [name] OWENS DIED", S2). Checked as the room view and the
letter print a card (``watched_redacted``) and as Add card lists what it found (``details_in``)."""

from __future__ import annotations

import pytest

from wtfc.importing.watch_guard import watched_redacted
from wtfc.ui.card_guard import details_in

_ED_NAMES = ["JAWED", "SHAHZED", "SHAKED", "RASHIED", "WASSED", "ZAIED"]


@pytest.mark.parametrize("name", _ED_NAMES)
def test_a_name_ending_like_a_participle_is_hidden_after_name_is(name):
    assert watched_redacted(f"MY CARERS NAME IS {name}") == "MY CARERS NAME IS [name]"
    assert watched_redacted(f"my carer is called {name.lower()}") == "my carer is called [name]"


@pytest.mark.parametrize("card", [
    "THE CARERS NAME WAS SCRIBBLED", "MY HUSBANDS NAME IS ENGRAVED ON THE BENCH",
    "HIS NAME WAS DROPPED", "HIS NAME WAS RECORDED WRONG", "HER NAME IS MISSPELT",
    "HIS NAME WAS CROSSED OUT", "HER NAME WAS MISSED OFF THE LIST", "his name was changed"])
def test_what_is_said_of_a_name_still_goes_up(card):
    assert watched_redacted(card) == card


@pytest.mark.parametrize(("card", "room"), [
    ("MY HUSBAND JACK OWENS DIED", "MY HUSBAND [name] DIED"),
    ("MY CARER MARK WILLIAMS", "MY CARER [name]"),
    ("MY HUSBAND BILL WILLIAMS DIED", "MY HUSBAND [name] DIED"),
    ("MY HUSBAND ROSE HARGREAVES DIED", "MY HUSBAND [name] DIED"),
    ("MY CARER BILL HARGREAVES IS LOVELY", "MY CARER [name] IS LOVELY"),
    ("BILL SMITH CAME", "[name] CAME"),
    ("BILL HARGREAVES CAME LATE AGAIN", "[name] CAME LATE AGAIN"),
    ("BILL TREVITHICK CAME LATE", "[name] CAME LATE"),
    ("GRANT TREVITHICK CAME LATE", "[name] CAME LATE"),
    ("MY HUSBAND WILL HARGREAVES DIED", "MY HUSBAND [name] DIED"),
    ("MY HUSBAND MAY HARGREAVES DIED", "MY HUSBAND [name] DIED")])
def test_a_word_name_and_its_surname_in_capitals_are_hidden_whole(card, room):
    assert watched_redacted(card) == room
    found = [d.text for d in details_in(card)]
    assert len(found) == 1 and " " in found[0], found  # Add card names the whole name


@pytest.mark.parametrize("card", [
    "MY SON WILL VISIT", "MY SON MAY COME", "MY SON WILL NEVER RING", "MY GAS BILL",
    "BILL IS TOO HIGH", "MY DAUGHTER MAY BRING THE SHOPPING", "MY SON WILL TAKE ME"])
def test_word_names_used_as_words_in_capitals_still_go_up(card):
    assert watched_redacted(card) == card
