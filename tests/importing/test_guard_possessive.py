"""A title, a surname and "'s" are a person whatever place word follows: "Mr Khan's house" and
"Mrs Patel's road" are asked about as "Mrs Patel's visits" are; "Mrs Green Lane" is a place."""

from __future__ import annotations

import pytest

from wtfc.importing.building import build_import
from wtfc.importing.mapping import guess_mapping
from wtfc.importing.personal_details import find_personal_details, redact
from wtfc.importing.table import SourceTable
from wtfc.importing.typed_details import typed_details
from wtfc.model.workshop import Action, ActionStatus, Kind, Priority, Role, Theme, Workshop


@pytest.mark.parametrize(("text", "shown"), [
    ("Stopped: Mr Khan's house is being sold", "Stopped: [name] house is being sold"),
    ("Mrs Patel's road", "[name] road"),
    ("Mrs Patel’s home is too far", "[name] home is too far"),
    ("Near Dr Shah's surgery", "Near [name] surgery"),
    ("mrs patel's road", "[name] road"),
    ("MR KHAN'S HOUSE", "[name] HOUSE"),
])
def test_a_title_and_a_possessive_are_a_person(text, shown):
    assert redact(text, find_personal_details(text)) == shown


@pytest.mark.parametrize("text", ["Mrs Green Lane", "St Mary's Road", "Lives on Mill Lane"])
def test_a_place_without_a_possessive_title_is_still_a_place(text):
    assert find_personal_details(text) == []


def test_a_locality_of_someone_s_road_is_not_kept_on_import():
    table = SourceTable(rows=[("Person", "Locality", "Kind", "Statement"),
                              ("P01", "Mrs Patel's road", "Working", "I like the lunch club"),
                              ("P02", "Hillside", "Working", "The bus is late")],
                        source_name="people.csv")
    plan = build_import(table, guess_mapping(table), workshop=Workshop())
    assert [p.locality for p in plan.people] == ["", "Hillside"]
    assert "Patel" not in "\n".join(plan.report.lines())


def _workshop(theme: str, note: str) -> Workshop:
    return Workshop(
        themes=[Theme(id="t1", kind=Kind.NOT_WORKING, name=theme,
                      priority=Priority(chosen=True, rank=1))],
        actions=[Action(id="a1", theme_id="t1", role=Role.PROVIDERS, what="Rebook the rounds",
                        status=ActionStatus.DROPPED, progress_note=note)])


def test_the_reason_line_and_a_theme_name_are_asked_about():
    ws = _workshop("Mrs Patel's road is never gritted", "Stopped: Mr Khan's house is being sold")
    assert [f.where for f in typed_details(ws, "feedback")] == [
        "The theme “[name] road is never gritted”",
        "What has happened so far to an action in the theme “[name] road is never gritted”: "
        "“Stopped: [name] house is being sold”"]


@pytest.mark.parametrize("text", [
    "Dr Gray's Hospital is too far away",  # a place named after someone (code review K-2 F4)
    "Lady Margaret's Hospital is closing",
    "Sister Dora’s Hospital",
])
def test_a_title_and_a_possessive_in_a_place_s_capitalised_name_are_a_place(text):
    assert find_personal_details(text) == []


def test_the_same_title_and_possessive_before_a_lower_case_place_word_is_still_a_person():
    text = "Lady Smith's house is empty"
    assert redact(text, find_personal_details(text)) == "[name] house is empty"
