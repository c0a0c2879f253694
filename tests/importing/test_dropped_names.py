"""Which words a rewording took off count as a name (History hides them; a sheet imported
again holds its row back with them flagged), by the guard's own lists."""

from __future__ import annotations

import pytest

from wtfc.importing.dropped_names import dropped_names, dropped_spans


def test_a_name_typed_over_with_name_counts_even_starting_the_sentence():
    assert dropped_names("Zebedee came late again", "[name] came late again") == ["Zebedee"]
    assert dropped_names("Mrs Quarmby never rings", "[name] never rings") == ["Quarmby"]


def test_a_name_mid_sentence_counts_when_it_goes():
    assert dropped_names("Thank you Eirlys for the lifts", "Thanks for the lifts") == ["Eirlys"]
    # starts the words: could be any word (a name no list knows; Eirlys is on the list now)
    assert dropped_names("Zebedee's lifts", "") == []
    assert dropped_names("Lifts from Eirlys's son", "Lifts") == ["Eirlys"]


def test_everyday_words_and_typo_fixes_never_count():
    # a sentence's first word, "I", a month, a day, a body, an acronym
    assert dropped_names("Felt lonely in May. I waited each Tuesday for the Council and NHS",
                         "Lonely") == []
    assert dropped_names("Zebedee came late agian", "Zebedee came late again") == []
    assert dropped_names("Staff are always late", "Someone is always late") == []


def test_a_sentence_start_replaced_by_a_stand_in_counts():
    """ "Zebedee from the agency…" made "Someone from the agency…": the word after it stayed, a
    stand-in took its place (review 29 A1 #8). Not "Honestly" dropped from another sentence."""
    assert dropped_names("Zebedee from the agency never comes on time",
                         "Someone from the agency never comes on time") == ["Zebedee"]
    assert dropped_names("Zebedee never comes. Honestly awful",
                         "They never come. Awful") == ["Zebedee"]
    assert dropped_names("Eirlys rang twice", "[name] rang twice") == ["Eirlys"]
    assert dropped_names("Zebedee from the agency", "The agency") == []  # nothing in its place


def test_a_typo_fixed_is_no_name_taken_off():
    """Review 29 A1 #6: "…come on [name]" after "Tuesdya" was put right."""
    assert dropped_names("The carer did not come on Tuesdya",
                         "The carer did not come on Tuesday") == []
    assert dropped_names("Came on Tusday", "Came on Tuesday") == []
    assert dropped_names("Thank you Eirlys", "Thank you Carys") == ["Eirlys"]  # another name
    assert dropped_names("Ask Jo", "Ask me") == ["Jo"]  # too short to tell a typo


def test_a_translated_or_rewritten_row_flags_nothing():
    """Review 29 A1 #7: most of the row's words gone is a translation, not a name taken off;
    a sentence's first word counts only where a person is said to follow."""
    assert dropped_spans("Dw i ddim yn gwybod pwy sy'n dod", "I do not know who is coming") == []
    assert dropped_spans("Lovely carers, Diolch yn fawr", "Lovely carers, thank you") == []
    assert dropped_spans("Bore da to everyone at the lunch club",
                         "Good morning to everyone at the lunch club") == []
    assert dropped_spans("Carers rush. Honestly nobody listens",
                         "Carers rush and nobody listens") == []
    assert dropped_spans("Zebedee never rang me back", "The agency never rang me back") == [
        (0, 7, "Zebedee")]  # what follows says a person


@pytest.mark.parametrize("card", ["Someone from the agency is always late",
                                  "[name] is always late", "Someone is always late",
                                  "The agency is always late"])
def test_a_long_row_shortened_on_the_wall_still_flags_its_name(card):
    """Review 29 A4 #1: most of the row's words are gone, but the card is all the row's words
    (or a stand-in): shortened, not translated."""
    assert dropped_spans("Zebedee from the agency is always late and never rings to say so",
                         card) == [(0, 7, "Zebedee")]


def test_the_import_reads_sentence_starts_too():
    """The wall's card was reworded from the row: a name-like word it lost is flagged."""
    assert dropped_spans("Zebedee from the agency is always late",
                         "Someone from the agency is always late") == [(0, 7, "Zebedee")]
    assert dropped_spans("The agency is always late", "Agency always late") == []


@pytest.mark.parametrize(("row", "card"), [
    ("Zebedee is late", "The carer is late and the agency never tells us who is coming"),
    ("My carer Zebedee is always late",
     "My carer is always late and nobody tells me why or when they will come"),
    ("I was told by Quarmby it would be sorted",
     "I was told it would be sorted, but months later nothing has changed at all"),
])
def test_a_row_made_longer_on_the_wall_with_its_name_taken_off_still_flags_it(row, card):
    """A card written out longer, the name gone, is no translation: most of the row's words
    are still there (code review A6 #3: these came back from a re-import not held back)."""
    name = row.split()[0] if row.startswith("Zebedee") else ("Zebedee" if "Zebedee" in row
                                                             else "Quarmby")
    assert [word for *_, word in dropped_spans(row, card)] == [name]


@pytest.mark.parametrize(("was", "now", "name"), [
    ("Zebedee is always late", "The carer is always late", "Zebedee"),
    ("Quarmby", "Head of Commissioning", "Quarmby"),
    ("Bill's group", "Carers who never come", "Bill"),
])
def test_a_name_starting_a_part_reworded_away_is_a_name_gone(was, now, name):
    """An action's owner, a theme's name or a card that began with a name the lists do not know,
    typed over: the save says its earlier version still holds it (code review A6 #1)."""
    from wtfc.importing.dropped_names import names_gone

    assert names_gone(was, now) == [name]


def test_a_group_named_at_last_is_no_name_gone():
    from wtfc.importing.dropped_names import names_gone

    assert names_gone("Group 3 (not named yet)", "I feel lonely and cut off") == []
