"""A name in single quotes, straight or curly, is a name: the quote marks are not part of it.

The guard read an apostrophe as part of a word wherever it stood, for "O'Neill", "don't" and
"Patricia's"; so "'Patricia" was no capitalised word and "Patricia'" no given name, and "My carer
'Patricia' is lovely" reached the wall whole, while "‘Patricia Jones’" was held back as
"Patricia Jones’", its redaction eating the closing quote mark. An apostrophe between letters
still belongs to its word.
"""

from __future__ import annotations

import pytest

from wtfc.importing.personal_details import find_personal_details, redact


@pytest.mark.parametrize(("text", "shown"), [
    ("My carer 'Patricia' is lovely", "My carer '[name]' is lovely"),
    ("I like 'Patricia Jones' best", "I like '[name]' best"),
    ("'Beth Jones'", "'[name]'"),
    ("she said 'Patricia is off'", "she said '[name] is off'"),
    ("unknown kind ('Patricia Jones')", "unknown kind ('[name]')"),
    ("‘Patricia Jones’ is kind", "‘[name]’ is kind"),
    ("My carer ‘Patricia’ is lovely", "My carer ‘[name]’ is lovely"),
    ("'Rose' came late", "'[name]' came late"),
    ("My friend ‘Sue’ never comes", "My friend ‘[name]’ never comes"),
    ("'Mrs Jones' came", "'[name]' came"),
    ("‘Mrs J Smith’ came", "‘[name]’ came"),
    ("'J Smith' rang", "'[name]' rang"),
    ("the carer said 'mrs smith' is off", "the carer said '[name]' is off"),
    ("'MR JONES' IS RUDE", "'[name]' IS RUDE"),
    ("James' car blocks my drive", "[name]' car blocks my drive"),
])
def test_a_name_in_quotes_is_redacted_with_its_quote_marks_left_round_the_label(text, shown):
    assert redact(text, find_personal_details(text)) == shown


def test_a_pasted_name_in_quotes_is_found_and_after_a_hyphen_but_not_inside_o_neill():
    def found(text: str, name: str) -> list[str]:
        return [f.text for f in find_personal_details(text, known_names=[name])]

    assert found("'Hargreaves' never phones", "Wilf Hargreaves") == ["Hargreaves"]
    assert found("the Wood-Hughes family", "Ann Hughes") == ["Hughes"]
    # "O'Neill" is found whole, as an "O'" surname, never as the pasted "Neill" inside it
    assert found("Neill is not O'Neill", "Neill Smith") == ["Neill", "O'Neill"]


@pytest.mark.parametrize(("text", "names"), [
    ("Mrs O'Neill came", ["Mrs O'Neill"]),
    ("'Mrs O'Neill' rang me", ["Mrs O'Neill"]),
    ("Ask for Mr. O'Neill-Smith", ["Mr. O'Neill-Smith"]),
    ("Mrs Patel’s home is too far", ["Mrs Patel’s"]),
    ("my carer D'Souza", ["D'Souza"]),
])
def test_an_apostrophe_between_letters_stays_in_the_name(text, names):
    assert [f.text for f in find_personal_details(text)] == names


@pytest.mark.parametrize("text", [
    "'Working' isn't the word",
    "'Home care' is fine",
    "the 'new' carers",
    "rock 'n' roll",
    "'til Tuesday",
    "I don't like the ‘quick’ visits",
    "We go to 'Capel Mair' on Sundays",
    "I go to 'St Mary's' for lunch",
])
def test_quoted_words_that_name_no_one_are_not_flagged(text):
    assert find_personal_details(text) == []
