"""A role in lower case after a name and a comma ("Hope Green, carer", "Aisha Khan, neighbour,
rings daily") was watched for as a name of its own, in any case: with such a list pasted in
Names to watch for, given to ``wtfc import --names`` or dropped on the box, "The carer came
late" and "My daughter rang" were held back as names. It is read as beside a name in a bracket
or after a colon is: no name ("carer" in lower case names no one; "Son" with a capital may)."""

from __future__ import annotations

import pytest

from wtfc.importing.pasted_names import parse_names
from wtfc.ui.card_guard import details_in


@pytest.mark.parametrize(("pasted", "card"), [
    ("Hope Green, carer", "The carer came late"),
    ("Zebulon Quarrie, son\nHope Green, daughter", "My son and my daughter rang"),
    ("Aisha Khan, neighbour, rings daily", "The neighbour was kind"),
    ("Kofi Mensah; social worker", "The social worker never came"),
    ("P01, Zebulon Quarrie, son", "My son rang"),
])
def test_a_lower_case_role_after_a_comma_holds_back_no_card(pasted, card):
    assert details_in(card, parse_names(pasted)) == []


@pytest.mark.parametrize(("pasted", "card"), [
    ("Hope Green, carer", "Hope came late"),  # the name still watched
    ("Zebulon Quarrie, Son", "Son rang me"),  # a capital: may be a name
    ("quarrie, zebulon", "zebulon rang me"),  # "Surname, First" in lower case: two names
    ("nguyen, son", "son rang me"),  # all in lower case: Nguyen Sơn maybe
    ("carer", "The carer came late"),  # a line of its own: pasted as a name
    ("Kwabena Mensah (daughter Grace), son", "Grace helps every Tuesday"),
])
def test_names_beside_it_and_a_role_pasted_alone_are_still_watched(pasted, card):
    assert details_in(card, parse_names(pasted)) != []
