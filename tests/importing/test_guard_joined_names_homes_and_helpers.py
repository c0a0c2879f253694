"""A home's name or a helper and its verb beside a name the guard found was taken for a second
person by the joined-names rule (5b4c003e, d1d34880) and held back: "I go to Holly Lodge with
Ann Lee every week" printed "I go to [name] with [name] every week", "MUM MAY STAY WITH JOHN
SMITH" "MUM [name] WITH [name]" (review 34 A10 R2). After where one goes or stays, a place's
word ends a home's name; after who does it, WILL or MAY is the helper; after MY, a thing."""

from __future__ import annotations

import pytest

from wtfc.importing.personal_details import find_personal_details, redact


def _wall(text: str) -> str:
    return redact(text, find_personal_details(text))


@pytest.mark.parametrize(("text", "wall"), [
    ("I go to Holly Lodge with Ann Lee every week", "I go to Holly Lodge with [name] every week"),
    ("I moved to Hope House with Ann Lee", "I moved to Hope House with [name]"),
    ("I went to Rose Lodge with Ann Lee", "I went to Rose Lodge with [name]"),
    ("I stay at Ivy House with John Smith", "I stay at Ivy House with [name]"),
    ("We went to Grace Hall with Ann Lee", "We went to Grace Hall with [name]"),
    ("MUM MAY STAY WITH JOHN SMITH", "MUM MAY STAY WITH [name]"),
    ("DAD WILL STAY WITH ANN LEE OVER CHRISTMAS", "DAD WILL STAY WITH [name] OVER CHRISTMAS"),
    ("I WILL STAY WITH JOHN SMITH", "I WILL STAY WITH [name]"),
    ("SHE WILL GO WITH JOHN SMITH TOMORROW", "SHE WILL GO WITH [name] TOMORROW"),
    ("THE ROSE GARDEN AND ANN LEE", "THE ROSE GARDEN AND [name]"),
    # a person's verb after the list said nothing of the place before it (docs D1)
    ("I WALKED IN THE ROSE GARDEN AND ANN LEE CAME", "I WALKED IN THE ROSE GARDEN AND [name] CAME"),
    ("THE GARDEN AND ANN LEE CAME", "THE GARDEN AND [name] CAME"),
])
def test_a_home_or_a_helper_beside_a_joined_name_stays(text: str, wall: str) -> None:
    assert _wall(text) == wall


@pytest.mark.parametrize(("text", "wall"), [
    # who one speaks to is a person, a place's word or not
    ("I spoke to Pat Hall and Ann Lee", "I spoke to [name] and [name]"),
    ("THANKS TO WILL SMITH AND ANN LEE", "THANKS TO [name] AND [name]"),
    ("Grace Long with Ann Lee met the provider", "[name] with [name] met the provider"),
    ("SUE, ANN LEE AND BOB CAME", "[name], [name] AND [name] CAME"),
])
def test_people_joined_are_still_hidden(text: str, wall: str) -> None:
    assert _wall(text) == wall
