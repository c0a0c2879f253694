"""In a card in capitals not in English, a given name that is also a word went up whole even with
its surname: "MOJA OPIEKUNKA SUE SMITH JEST MILA", "MERI BETI SUE SMITH AATI HAI" ("MOJA
OPIEKUNKA MARY SMITH JEST MILA" was caught) (code review A11 S5). Such a word starting the
sentence is still read as the word."""

from __future__ import annotations

import pytest

from wtfc.importing.personal_details import find_personal_details, redact


def _wall(text: str) -> str:
    return redact(text, find_personal_details(text))


@pytest.mark.parametrize(("text", "wall"), [
    ("MOJA OPIEKUNKA SUE SMITH JEST MILA", "MOJA OPIEKUNKA [name] JEST MILA"),
    ("MERI BETI SUE SMITH AATI HAI", "MERI BETI [name] AATI HAI"),
    ("MERI BETI GRACE JONES AATI HAI", "MERI BETI [name] AATI HAI")])
def test_sue_smith_in_a_community_language_card(text, wall):
    assert _wall(text) == wall


@pytest.mark.parametrize("text", [
    "GRACE PERIOD NAHI HAI", "ROSE WATER NAHI HAI", "HOPE MEDICAL NIE POMAGA",
    "JOY DIVISION BAHUT ACHHA"])
def test_a_word_starting_a_community_language_card_stays(text):
    assert not find_personal_details(text), _wall(text)
