"""Suggested file names keep no invisible leftover of an emoji (review R4 F4): the U+FE0F of
'❤️' stayed after a space ('Spring review ️.wtfc'), and a title of only '👩‍👩‍👧' was a name of
two zero-width joiners instead of the 'workshop' fallback. Marks and joiners that are part of
a letter stay."""

from __future__ import annotations

import pytest

from wtfc.ui.file_names import safe_name


@pytest.mark.parametrize(("title", "name"), [
    ("Spring review ❤️", "Spring review"),
    ("👩\u200d👩\u200d👧", ""),
    ("Family 👩\u200d👩\u200d👧 day", "Family day"),
    ("\u200dCafé\u0301 ☕️ morning", "Café\u0301 morning"),
    ("আমি জানি", "আমি জানি"),  # vowel signs on their letters
    ("क्\u200dष", "क्\u200dष"),  # a virama and joiner inside a word
    ("می\u200cخواهم", "می\u200cخواهم"),  # a non-joiner between letters (Persian)
])
def test_only_what_belongs_to_a_letter_is_kept(title, name):
    assert safe_name(title) == name
