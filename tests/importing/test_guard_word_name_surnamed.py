"""A carer's everyday-word name (Blessing, Patience, Mercy…) went up whole with its surname in a
card of mixed case ("Blessing Okafor came late", "My carer is Blessing Jones"), and stressed in
capitals before a care role ("BLESSING is my carer") (code review A11 S4). What such a word
names, a prayer, a shop, a ceremony, still goes up whole."""

from __future__ import annotations

import pytest

from wtfc.importing.personal_details import find_personal_details, redact


def _wall(text: str) -> str:
    return redact(text, find_personal_details(text))


@pytest.mark.parametrize(("text", "wall"), [
    ("Blessing Okafor came late", "[name] came late"),
    ("Patience Okafor came late", "[name] came late"),
    ("Mercy Jones is kind", "[name] is kind"),
    ("Blessing Evans rang", "[name] rang"),
    ("My carer is Blessing Jones", "My carer is [name]"),
    ("BLESSING is my carer", "[name] is my carer")])
def test_a_word_name_in_other_shapes(text, wall):
    assert _wall(text) == wall


@pytest.mark.parametrize("text", [
    "Serenity Prayer helps me every day", "Blessing Ceremony was lovely", "Charity Shop is lovely",
    "Trinity House is kind", "Mercy Ships came to the port", "Charity Commission came round",
    "Serenity Spa is lovely", "MERCY from the agency is rare",
    "CHARITY from the council never came", "PATIENCE is the main carer skill"])
def test_what_a_word_name_names_goes_up_whole(text):
    assert not find_personal_details(text), _wall(text)
