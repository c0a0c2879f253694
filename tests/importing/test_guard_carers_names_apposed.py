"""A care worker's given name starting a card went to the wall, the A3 poster, the report and
the data export when no names were pasted and the name was on no list of the guard's (review 34
W2 S2): "Bernadette the night carer is wonderful", "Tendai from the agency is always late",
"Theresa rang me". The care workforce's common given names are on the list now, and a
sentence's first word with a care role set beside it ("X the night carer", "X from the agency",
"X from Bluebird Care") is a name; the everyday cards of that shape stay as typed."""

from __future__ import annotations

import pytest

from wtfc.importing.personal_details import find_personal_details, redact

# W2's probe: common given names of care workers in the UK and Ireland
_CARERS = [
    "Bernadette", "Siobhan", "Deirdre", "Mandy", "Bev", "Precious", "Tendai", "Chipo", "Blessing",
    "Marcia", "Lorraine", "Jackie", "Sharon", "Tracey", "Kerry", "Dawn", "Nicola", "Gemma",
    "Stacey", "Bernie", "Maureen", "Theresa", "Bridget", "Agnieszka", "Oksana", "Florin", "Nkechi",
    "Adaeze", "Joy", "Comfort"]


def _wall(text: str) -> str:
    return redact(text, find_personal_details(text))


@pytest.mark.parametrize("name", _CARERS)
def test_a_carers_name_before_the_role_or_the_agency_is_hidden(name: str) -> None:
    assert _wall(f"{name} the night carer is wonderful") == "[name] the night carer is wonderful"
    assert _wall(f"{name} from the agency is always late") == \
        "[name] from the agency is always late"


@pytest.mark.parametrize("name", [
    "Theresa", "Bernadette", "Deirdre", "Kerry", "Stacey", "Marcia", "Tendai", "Oksana"])
def test_a_listed_name_is_hidden_wherever_it_is(name: str) -> None:
    assert _wall(f"Thanks to {name} for the lift") == "Thanks to [name] for the lift"
    assert _wall(f"{name} rang me") == "[name] rang me"


@pytest.mark.parametrize(("text", "wall"), [
    # names on no list: the role set beside them says a person
    ("Gwenllian the night carer is wonderful", "[name] the night carer is wonderful"),
    ("Zebedee from the agency is always late", "[name] from the agency is always late"),
    ("Ekow from Bluebird Care never came", "[name] from Bluebird Care never came"),
    ("Rudo the cleaner is kind", "[name] the cleaner is kind"),
    ("Dawn, the new carer, is kind", "[name], the new carer, is kind"),
    ("The food is cold. Thandeka the new manager never rang",
     "The food is cold. [name] the new manager never rang"),
])
def test_a_name_no_list_knows_with_a_role_beside_it_is_hidden(text: str, wall: str) -> None:
    assert _wall(text) == wall


@pytest.mark.parametrize("text", [
    "Monday the carer came late", "Age UK from the council", "Tesco the shop is too far",
    "Sometimes the night carer is late", "Usually the carer comes on time",
    "Hopefully the new carer is kind", "Therefore, the carer never came",
    "Letters from the council are confusing", "Email from the office never came",
    "Leaflet from the council was helpful", "Give the carer more time",
    "Want the carer to come earlier", "Wow the new nurse is kind", "Overall the carer is good",
    "Bedtime the carer is late", "Hope the new carer is kind", "Will the night carer come?",
    "Signed up for the lunch club", "Comfort from the council is what I need",
    "It was a comfort to see the carer", "Precious time with family",
    "Lunch from Tesco was nice", "Visitors from the church are kind",
])
def test_the_everyday_card_stays(text: str) -> None:
    for typed in (text, text.upper(), text.lower()):
        assert _wall(typed) == typed
