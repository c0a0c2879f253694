"""Under each priority the report counts its people by locality and by service type, so a
commissioner can tell whether a theme is one locality's or one service's; a group of fewer than
5 people is never named (the small-cell rule: "other (not named)"), nor can its number be worked
out from the others. The tags set for every person reached no output before."""

from __future__ import annotations

import datetime as dt

from export_checks import all_text, all_text_of, demo_report_pdf, reader, squash
from export_workshop import north_and_south

from wtfc.export.content import ExportContent
from wtfc.export.report import report_pdf
from wtfc.export.report_people import UNNAMED, _breakdown, breakdown_lines
from wtfc.export.unshowable import unshowable_parts, warning
from wtfc.importing.typed_details import quote_as_kinds
from wtfc.model.workshop import Card, Kind, Person, Priority, Theme, Voice, Workshop

TODAY = dt.date(2026, 11, 29)
SMALL_GROUPS = ("Zedbury", "Quayside", "day services", "extra care")


def _tagged() -> Workshop:
    """Ten people: six in Northfield (one typed in lower case), two in Zedbury, one in
    Quayside, one with no locality; five on home care, four on day services, one extra care."""
    places = ["Northfield"] * 5 + ["northfield ", "Zedbury", "Zedbury", "Quayside", ""]
    services = ["home care"] * 5 + ["day services"] * 4 + ["extra care"]
    people = [
        Person(
            id=f"P{i}",
            voice=Voice.OLDER_PERSON,
            locality=place,
            service_type=service,
            age_band="85+",
        )
        for i, (place, service) in enumerate(zip(places, services, strict=True), start=1)
    ]
    cards = [
        Card(id=f"c{i}", kind=Kind.NOT_WORKING, text=f"Late again, week {i}.", person=f"P{i}")
        for i in range(1, 11)
    ]
    cards.append(Card(id="c11", kind=Kind.NOT_WORKING, text="No one rings."))  # no code
    cards += [
        Card(id=f"w{i}", kind=Kind.WORKING, text=f"My carer is kind, week {i}.", person=f"P{i}")
        for i in range(7, 10)
    ]
    themes = [
        Theme(
            id="t1",
            kind=Kind.NOT_WORKING,
            name="I do not know when they will come",
            card_ids=[c.id for c in cards if c.kind == Kind.NOT_WORKING],
            priority=Priority(chosen=True, rank=1, votes=4),
        ),
        Theme(id="t2", kind=Kind.WORKING, name="My carers are kind", card_ids=["w7", "w8", "w9"]),
    ]
    return Workshop(title="Tags", people=people, cards=cards, themes=themes)


def test_a_priority_names_only_groups_of_five_or_more():
    content = ExportContent(_tagged(), today=TODAY)
    assert breakdown_lines(content, content.theme("t1")) == [
        # the data export hides Zedbury 2 and Quayside 1, the one Northfield on day services
        # (the only one with their tags) and the one with no locality (a blank one person
        # has is a group of one): 5 hidden beside Northfield's 5 count no small group; the
        # number of localities is not said, as it would tell whether the hidden ones' are
        # among them
        "By locality: Northfield 5 people · other (not named): 5 people",
        "By service type: home care 5 people · other (not named): 5 people",
    ]


def _north_and_south(south_on_second: int) -> Workshop:
    """The reviewer's workshop: 11 people, North 6 (home care) and South 5 (day centre);
    everyone's cards are in priority 1, all of North's and some of South's in priority 2."""
    people, cards = north_and_south()
    second = 6 + south_on_second
    cards += [
        Card(id=f"d{i}", kind=Kind.NOT_WORKING, text=f"Other {i}.", person=f"P{i}")
        for i in range(1, second + 1)
    ]
    themes = [
        Theme(id="t1", kind=Kind.NOT_WORKING, name="I wait",
              card_ids=[f"c{i}" for i in range(1, 12)], priority=Priority(chosen=True, rank=1)),
        Theme(id="t2", kind=Kind.NOT_WORKING, name="I am alone",
              card_ids=[f"d{i}" for i in range(1, second + 1)],
              priority=Priority(chosen=True, rank=2)),
    ]
    return Workshop(title="x", people=people, cards=cards, themes=themes)


def test_a_small_group_cannot_be_worked_out_from_the_named_ones():
    """Priority 2 holds North's 6 and 2 of South's 5: "North 6 people · other: 2 people in 1
    locality" (with priority 1's "North 6 · South 5") said South: 2, and day centre: 2."""
    for south in range(1, 5):
        content = ExportContent(_north_and_south(south), today=TODAY)
        assert breakdown_lines(content, content.theme("t1")) == [
            "By locality: North 6 people · South 5 people",
            "By service type: home care 6 people · day centre 5 people",
        ]
        lines = breakdown_lines(content, content.theme("t2"))
        assert lines == [
            f"By locality: {6 + south} people in 2 localities, the localities {UNNAMED}",
            f"By service type: {6 + south} people in 2 service types, the service types {UNNAMED}",
        ]
    content = ExportContent(_north_and_south(0), today=TODAY)  # North alone: named
    assert breakdown_lines(content, content.theme("t2"))[0] == "By locality: North 6 people"


def test_fewer_than_five_unnamed_people_are_not_counted():
    ws = _north_and_south(0)
    ws.themes[1].card_ids = ["d1", "d2", "d3"]  # 3 of North's: one group under 5
    content = ExportContent(ws, today=TODAY)
    assert breakdown_lines(content, content.theme("t2")) == [
        "By locality: fewer than 5 people, whose locality is not named so no one can be recognised",
        "By service type: fewer than 5 people, whose service type is not named so no one can be "
        "recognised",
    ]


def test_the_report_never_names_a_group_under_five():
    text = all_text(reader(report_pdf(_tagged(), today=TODAY)))
    assert squash("By locality: Northfield 5 people · other (not named): 5 people") in text
    assert squash("By service type: home care 5 people") in text
    for name in SMALL_GROUPS:
        assert squash(name).casefold() not in text.casefold(), name
    # the small-cell rule is said once, in "How to read this report", in sentences short
    # enough to follow (one of 62 words before)
    assert (
        squash(
            "A locality or service type with fewer than 5 people is not named, so that no one "
            "can be recognised. Its people are counted together under “other (not named)”, "
            "with anyone whose locality or service type too few people in the workshop share. "
            "Where even that could point to one small group, the smallest named group is "
            "counted there too, or we only say “fewer than 5 people”."
        )
        in text
    )


def test_only_priorities_are_broken_down():
    content = ExportContent(_tagged(), today=TODAY)
    assert breakdown_lines(content, content.theme("t2")) == []
    text = all_text(reader(report_pdf(_tagged(), today=TODAY)))
    assert text.count(squash("By locality:")) == 1


def test_the_demos_priorities_are_broken_down_without_naming_any_small_group():
    text = all_text_of(demo_report_pdf(TODAY))
    # no group is named, so the line says so plainly, with no "other" before nothing; the
    # data export hides every locality, so how many there are is not said either
    assert text.count(squash("By locality:")) == 3
    assert "other(fewer" not in text
    assert squash(f"By locality: 7 people, whose locality is {UNNAMED}") in text
    assert text.count(squash("By service type:")) == 3


def test_a_priority_with_no_group_of_five_names_none_and_says_so():
    ws = _tagged()
    places = ["Zedbury"] * 4 + ["Quayside"] * 4 + ["Northfield", ""]
    for person, place in zip(ws.people, places, strict=True):
        person.locality = place
    content = ExportContent(ws, today=TODAY)
    # the data export hides them all (each under 5 in the workshop, the one blank too)
    assert breakdown_lines(content, content.theme("t1"))[0] == (
        "By locality: 10 people, whose locality is " + UNNAMED
    )
    # groups the data export shows, each under 5 on this priority
    assert _breakdown("By locality", places).words("locality", "localities") == (
        "By locality: 9 people in 3 localities, each fewer than 5, so not named "
        "· not recorded: 1 person"
    )
    for person in ws.people[3:]:
        person.locality = ""
    content = ExportContent(ws, today=TODAY)
    # the 3 hidden Zedbury rows beside 7 blank ones were the 3 left to whoever knows
    # someone lives in Zedbury: the blanks are hidden with them (review code-a1 #2)
    assert breakdown_lines(content, content.theme("t1"))[0] == (
        f"By locality: 10 people, whose locality is {UNNAMED}"
    )


def test_a_workshop_with_no_tags_prints_no_empty_breakdown():
    ws = _tagged()
    ws.people = [Person(id=p.id, voice=p.voice) for p in ws.people]
    content = ExportContent(ws, today=TODAY)
    assert breakdown_lines(content, content.theme("t1")) == []
    text = all_text(reader(report_pdf(ws, today=TODAY)))
    for words in ("By locality", "By service type", "fewer than 5", "not recorded:"):
        assert squash(words) not in text, words


def test_only_the_tags_someone_has_are_broken_down():
    ws = _tagged()
    ws.people = [Person(id=p.id, locality=p.locality) for p in ws.people]
    content = ExportContent(ws, today=TODAY)
    lines = breakdown_lines(content, content.theme("t1"))
    assert [line.split(":")[0] for line in lines] == ["By locality"]
    text = all_text(reader(report_pdf(ws, today=TODAY)))
    assert squash("its people are counted by locality. A locality with fewer than 5") in text


def test_a_named_locality_the_pdf_cannot_show_is_warned_of_before_export():
    """A locality of 5 or more in writing the PDF's fonts lack prints as "[… not shown]": the
    facilitator is told first, as for a card, and where to change it; a group under 5 is not
    printed, so not warned of (nor named anywhere)."""
    ws = _tagged()
    for person in ws.people[:5]:
        person.locality = "北区"
    ws.people[5].locality = "南区"  # one person: counted, never printed
    for person in ws.people[6:]:  # 5 people unnamed in 2 localities, so 北区 can be named
        person.locality = "Quayside"
    text = all_text(reader(report_pdf(ws, today=TODAY)))
    assert squash("By locality: [Chinese or Japanese text not shown] 5 people") in text
    parts = unshowable_parts(ws, "report", quote=quote_as_kinds)
    assert [p.what for p in parts] == [("Chinese or Japanese text",)]
    said = warning(parts)
    theme = "“I do not know when they will come”"
    assert f"The locality “北区”, named under the priority {theme}" in said
    assert "Collect → People (Alt+O)" in said
    assert "南区" not in said
    for what in ("posters", "action-poster", "feedback"):  # they print no localities
        assert unshowable_parts(ws, what, quote=quote_as_kinds) == [], what
