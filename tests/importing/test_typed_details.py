"""The words typed during the day, read by the guard before an export prints them."""

from __future__ import annotations

import pytest

from wtfc.importing.typed_details import question, typed_details
from wtfc.model.workshop import Action, Kind, Priority, Role, Theme, Workshop


def _workshop(owner: str) -> Workshop:
    return Workshop(themes=[Theme(id="t1", kind=Kind.NOT_WORKING, name="I am kept waiting",
                                  priority=Priority(chosen=True, rank=1))],
                    actions=[Action(id="a1", theme_id="t1", role=Role.PROVIDERS, owner=owner,
                                    what="Rebook the rounds")])


@pytest.mark.parametrize("what", ["posters", "action-poster", "report", "data"])
def test_an_owners_phone_number_is_asked_about_but_not_the_name_it_is_there_for(what):
    """Every export prints the owner: "Jane Smith, rota manager" is the point of the field,
    but her mobile number on a poster in the council's foyer is not."""
    assert typed_details(_workshop("Jane Smith, rota manager"), what) == []
    found = typed_details(_workshop("Jane Smith, 07700 900123"), what)
    assert [f.where for f in found] == [
        "An action's owner in the theme “I am kept waiting”: “Jane Smith, [phone]”"]
    found = typed_details(_workshop("jane.smith@example.org"), what)
    assert [f.where for f in found] == [
        "An action's owner in the theme “I am kept waiting”: “[e-mail]”"]


@pytest.mark.parametrize("what", ["report"])
def test_the_facilitators_phone_or_e_mail_is_asked_about_but_not_their_name(what):
    """The report prints "Facilitated by …": a name and role is what the field is for, a
    contact is not. No PDF has the facilitator as its Author any more (a name there travelled
    unseen in the posters, which never print it), so only the report asks."""
    ws = _workshop("Jane Smith")
    ws.facilitator = "Sam Jones (Community Connector)"
    assert typed_details(ws, what) == []
    ws.facilitator = "Fac nfacil@x.uk"
    assert [f.where for f in typed_details(ws, what)] == ["The facilitator: “Fac [e-mail]”"]
    ws.facilitator = "Sam Jones 01632 960418"
    assert [f.where for f in typed_details(ws, what)] == [
        "The facilitator: “Sam Jones [phone]”"]


@pytest.mark.parametrize("what", ["posters", "action-poster", "data", "feedback"])
def test_exports_that_do_not_print_the_facilitator_do_not_ask_about_it(what):
    ws = _workshop("Jane Smith")
    ws.facilitator = "Fac nfacil@x.uk"
    assert typed_details(ws, what) == []


def test_the_question_names_the_details_as_it_shows_them_not_by_their_kind():
    """"Kind" is Working / Not working / Future everywhere else, so the question, asked by
    every export and printed by wtfc export, says what the quotes show, as the import screen,
    Review's hint and wtfc render do."""
    said = question(typed_details(_workshop("Jane Smith, 07700 900123"), "report"))
    assert said.startswith("Some words typed during the workshop may be personal details, and "
                           "this export would print them (shown here as [name], [phone]…):\n")
    assert "their kind" not in said
