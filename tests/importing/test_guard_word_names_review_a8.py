"""Code review 33 A8: given names ending like English participles went up whole after "NAME IS"
/ "is called" ("MY CARERS NAME IS JAWED", S1); a word-name's surname in capitals was left on the
room view and the letter ("MY HUSBAND [name] OWENS DIED", S2). Checked as the room view and the
letter print a card (``watched_redacted``) and as Add card lists what it found (``details_in``)."""

from __future__ import annotations

import pytest

from wtfc.importing.watch_guard import watched_findings, watched_redacted
from wtfc.ui.card_guard import details_in, parse_names

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


# R1: with word-names pasted, everyday cards, typed normally or in lower case, go up whole
_WORD_NAMES_PASTED = parse_names(
    "Bill Hargreaves; Rose Hill; Dawn Price; Hope Green; Faith Obi; Will Turner; Mark Evans; "
    "Joy Adebayo; Grace Okonkwo; Pat Jones; May Patel")


@pytest.mark.parametrize("card", [
    "Energy bill keeps going up", "Council tax bill came", "My husband rose early",
    "dawn calls are too early", "the water bill came", "i hate dawn visits",
    "dawn visits are too early", "no more dawn visits please", "hope comes from my church",
    "my carer will never come", "will the carer come on time?", "may is my carer review month",
    "bill came in the post and it was far too much.", "bill is my daughter's job to sort out.",
    "i came home in may from the hospital.", "on 12 may from the council a letter came.",
    "march to may from the agency was awful.", "may came early", "bill keeps going up",
    "joy came at last", "hope keeps me going", "faith helped me through",
    "early may my carer left", "bill after bill came", "my husband rose early"])
def test_everyday_cards_go_up_with_word_names_pasted(card):
    assert details_in(card, _WORD_NAMES_PASTED) == []


# R2: capitals, no names pasted: the verb after a relation, as in mixed case
@pytest.mark.parametrize("card", [
    "MY HUSBAND ROSE TO GET A DRINK AND FELL", "MY MUM ROSE AT SIX EVERY DAY",
    "MY WIFE ROSE FROM HER CHAIR", "MY SON ROSE THROUGH THE RANKS", "MY SON BILL ME FOR PETROL",
    "MY CARER MARK THE BOOK EVERY DAY", "MY DAUGHTER HOPE SO", "MY HUSBAND ROSE EARLY"])
def test_a_word_name_used_as_a_verb_after_a_relation_goes_up(card):
    assert details_in(card) == []
    assert watched_findings(card) == []


@pytest.mark.parametrize(("card", "room"), [
    ("MY WIFE ROSE IS POORLY", "MY WIFE [name] IS POORLY"),
    ("MY CARER BILL IS LOVELY", "MY CARER [name] IS LOVELY"),
    ("I ASKED MY CARER SUE TO HELP", "I ASKED MY CARER [name] TO HELP")])
def test_a_word_name_after_a_relation_is_still_held(card, room):
    assert watched_redacted(card) == room


# R3: lower case, names pasted: plain person sentences
_PASTED = parse_names('"Smith, Jack" <jack.smith@example.org>; Bill Hargreaves; Joy Adebayo; '
                      "Grace Okonkwo; Rose Hill; Mark Evans; Pat Jones")


@pytest.mark.parametrize(("card", "room"), [
    ("my carer is bill", "my carer is [name]"), ("i miss pat", "i miss [name]"),
    ("thank you joy", "thank you [name]"), ("i want to see jack", "i want to see [name]"),
    ("ask for rose", "ask for [name]"), ("rose and mark came", "[name] and [name] came"),
    ("jack and joy visit", "[name] and [name] visit")])
def test_a_pasted_word_name_in_a_lower_case_person_sentence_is_held(card, room):
    assert watched_redacted(card, tuple(_PASTED)) == room
