"""Which words a rewording took off count as a name (History hides them; a sheet imported
again holds its row back with them flagged), by the guard's own lists."""

from __future__ import annotations

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


def test_the_import_reads_sentence_starts_too():
    """The wall's card was reworded from the row: any name-like word it lost is flagged."""
    assert dropped_spans("Zebedee from the agency is always late",
                         "Someone from the agency is always late") == [(0, 7, "Zebedee")]
    assert dropped_spans("The agency is always late", "Agency always late") == []
