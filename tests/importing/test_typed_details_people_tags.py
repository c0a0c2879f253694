"""The data export prints the people's tags (age band, service type, locality) on its People and
Cards sheets: a tag that may be a personal detail ("Sarah Jones team", "Elm Grove LS6 2AB") is
asked about before it, typed on People or carried from last time by New workshop from this one.
A tag the small-cell rule hides is not printed, so not asked about."""

from __future__ import annotations

import pytest

from wtfc.export.content import ExportContent
from wtfc.export.report_people import named_groups
from wtfc.importing.typed_details import typed_details, typed_details_warning
from wtfc.model.next_cycle import next_cycle
from wtfc.model.workshop import Card, Kind, Person, Priority, Theme, Workshop


def _workshop(named: int) -> Workshop:
    """16 people with a card each; the first ``named`` have the tags that name someone."""
    people = [Person(id=f"P{i:02}", age_band="85+",
                     service_type="Sarah Jones team" if i < named else "Day centre",
                     locality="Elm Grove LS6 2AB" if i < named else "North")
              for i in range(16)]
    cards = [Card(kind=Kind.WORKING, text="The lunch club is good", person=p.id)
             for p in people]
    return Workshop(people=people, cards=cards)


PEOPLE_TAGS = [
    "A person's service type (People): “[name] team”",
    "A person's locality (People): “Elm Grove [postcode]”",
]


def test_people_s_tags_the_data_export_prints_are_asked_about_once_each():
    assert [f.where for f in typed_details(_workshop(8), "data")] == PEOPLE_TAGS
    warning = typed_details_warning(_workshop(8), "data")  # `wtfc export data` tells it
    assert all(where in warning for where in PEOPLE_TAGS)


def test_a_tag_too_few_people_have_is_not_printed_so_not_asked_about():
    assert typed_details(_workshop(3), "data") == []  # "(not shown, so no one…)"
    assert typed_details(_workshop(0), "data") == []  # Day centre, North, 85+: nothing


def test_the_other_exports_do_not_print_people_s_tags_so_do_not_ask():
    for what in ("posters", "action-poster", "report", "feedback"):
        assert typed_details(_workshop(8), what) == []


@pytest.mark.parametrize(("on_priority", "named"), [
    (range(0, 16), True),  # Sarah Jones team 8 · North 8
    (range(0, 12), False),  # 8 and 4: the 4 could be told, so the 8 is not named either
    (range(4, 12), False),  # 4 and 4
])
def test_the_report_asks_about_a_tag_it_names_under_a_priority(tmp_path, on_priority, named):
    """"By service type: Sarah Jones team 8 people · Day centre 8 people" under a priority;
    asked about exactly when the report's line names it."""
    ws = _workshop(8)
    ws.themes = [Theme(id="t1", kind=Kind.WORKING, name="The lunch club",
                       card_ids=[ws.cards[i].id for i in on_priority],
                       priority=Priority(chosen=True, rank=1))]
    asked = [f.where for f in typed_details(ws, "report")]
    content = ExportContent(ws)
    printed = named_groups(content, content.theme("t1"))
    assert ("service type", "Sarah Jones team") in printed if named else printed == []
    assert asked == ([
        "A person's service type (People), as a priority's people are counted: “[name] team”",
        "A person's locality (People), as a priority's people are counted: “Elm Grove "
        "[postcode]”"] if named else [])


def test_tags_carried_to_the_next_cycle_are_asked_about_there_too():
    autumn = next_cycle(_workshop(8))
    autumn.cards = [Card(kind=Kind.WORKING, text="Carers are on time", person=p.id)
                    for p in autumn.people]
    assert [f.where for f in typed_details(autumn, "data")] == PEOPLE_TAGS
