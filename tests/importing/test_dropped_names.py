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
    assert dropped_names("Eirlys's lifts", "") == []  # starts the words: could be any word
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
