"""A person gone to, whose surname is also a place's word, joined by "and" to a person the
guard found, went up whole (code review A13 S3, from 67b497f9): "I went to Pat Hall and Ann Lee
for help" printed "I went to Pat Hall and [name] for help". Hall, Hill, Green, Lane, Ward and
Park are common surnames, and a pair joined by "and" to a person is a person; joined by "with"
("I go to Holly Lodge with Ann Lee") or named by a home's word that is rarely a surname
("Hope House", "Rose Lodge") it stays a home."""

from __future__ import annotations

import pytest

from wtfc.importing.personal_details import find_personal_details, redact


def _wall(text: str) -> str:
    return redact(text, find_personal_details(text))


@pytest.mark.parametrize(("card", "wall"), [
    ("I went to Pat Hall and Ann Lee for help", "I went to [name] and [name] for help"),
    ("I WENT TO PAT HALL AND ANN LEE FOR HELP", "I WENT TO [name] AND [name] FOR HELP"),
    ("I WENT TO SUE HILL AND ANN LEE FOR ADVICE", "I WENT TO [name] AND [name] FOR ADVICE"),
    ("I was taken to Pat Hall and Ann Lee by my son",
     "I was taken to [name] and [name] by my son"),
    ("I WAS TAKEN TO PAT HALL AND ANN LEE BY MY SON",
     "I WAS TAKEN TO [name] AND [name] BY MY SON"),
])
def test_a_person_gone_to_stays_hidden(card, wall):
    assert _wall(card) == wall


@pytest.mark.parametrize(("card", "wall"), [
    ("I go to Holly Lodge with Ann Lee every week", "I go to Holly Lodge with [name] every week"),
    ("We went to Grace Hall with Ann Lee", "We went to Grace Hall with [name]"),
    ("I moved to Hope House and Ann Lee helped", "I moved to Hope House and [name] helped"),
])
def test_a_home_gone_to_with_a_person_still_shows(card, wall):
    assert _wall(card) == wall
