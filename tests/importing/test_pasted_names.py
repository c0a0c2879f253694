"""A name pasted in Names to watch for with its title ("Dr Okoro", "Mrs Patel"): the name is
watched wherever it stands, the title is not ("Dr appointments are too short" names nobody)."""

from __future__ import annotations

import pytest

from wtfc.importing.pasted_names import pasted_at


@pytest.mark.parametrize(("pasted", "text"), [
    ("Dr Okoro", "Dr appointments are too short"),
    ("Dr. Okoro", "Dr appointments are too short"),
    ("Mrs Patel", "Mrs Jones from next door helps"),
    ("Prof Hughes", "Prof talks are too long"),
])
def test_a_title_pasted_with_a_name_is_not_watched(pasted, text):
    assert pasted_at(text, [pasted]) == []


def test_the_name_pasted_with_its_title_still_is():
    assert pasted_at("Okoro visits", ["Dr Okoro"]) == [(0, 5)]
    text = "Visits from Dr Okoro's team"
    assert [text[a:b] for a, b in pasted_at(text, ["Dr Okoro"])] == ["Okoro"]
