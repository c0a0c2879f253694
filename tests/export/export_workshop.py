"""A small but complete workshop for the export tests (the demo is tested too, when present).
Test files import it from here, never from a conftest: which ``conftest`` Python finds by that
name depends on which folders a run collects."""

from __future__ import annotations

import datetime as dt

from wtfc.model.workshop import (
    Action,
    Card,
    Cause,
    Kind,
    Person,
    PersonalDetail,
    Perspective,
    Priority,
    Role,
    SuccessStatement,
    Theme,
    Voice,
    Workshop,
)

HELD_BACK_TEXT = "Mrs Example at 4 Acacia Road says the carers never come on time"
INJECTION_TEXT = "=HYPERLINK(\"http://example.invalid\",\"click\")"


def make_workshop() -> Workshop:
    people = [Person(id=f"P{i:02}", voice=v) for i, v in enumerate(
        [Voice.OLDER_PERSON] * 7 + [Voice.FAMILY_CARER] * 3 + [Voice.STAFF] * 2 + [None],
        start=1)]
    cards = [
        Card(id="c1", kind=Kind.NOT_WORKING, person="P01",
             text="The carers change every week so I never know who is coming."),
        Card(id="c2", kind=Kind.NOT_WORKING, person="P02",
             text="Nobody tells me when the visit will be late."),
        Card(id="c3", kind=Kind.NOT_WORKING, person="P03",
             text="I have to explain my whole life story again to each new carer, and it is "
                  "tiring and upsetting, and sometimes I just give up and let them get on with "
                  "it even when they do it wrong."),
        Card(id="c4", kind=Kind.NOT_WORKING, person="P08", text="-1 stars for the rota system"),
        Card(id="c5", kind=Kind.WORKING, person="P04",
             text="My regular carer knows how I like my tea."),
        Card(id="c6", kind=Kind.WORKING, person="P05",
             text="The day centre on Tuesdays is the best part of my week."),
        Card(id="c7", kind=Kind.FUTURE, person="P06",
             text="I want to keep living in my own home with my cat."),
        Card(id="c8", kind=Kind.FUTURE, person="P07", text=INJECTION_TEXT),
        Card(id="c9", kind=Kind.FUTURE, person="P09",
             text="Hoffwn i gael gofal yn Gymraeg: ŵyr, ŷd."),
        Card(id="c10", kind=Kind.NOT_WORKING, person="P10", text=HELD_BACK_TEXT,
             personal_details=[PersonalDetail(start=0, end=11, category="name",
                                              text="Mrs Example")]),
        Card(id="c11", kind=Kind.WORKING, person="P11", text="@home support works well."),
        Card(id="c12", kind=Kind.NOT_WORKING, person="P12",
             text="The form was too long to fill in."),
    ]
    themes = [
        Theme(id="t1", kind=Kind.NOT_WORKING, name="I don't know who is coming or when",
              card_ids=["c1", "c2", "c3", "c4", "c10"],
              priority=Priority(chosen=True, rank=1, votes=9, reason="Most cards")),
        Theme(id="t2", kind=Kind.FUTURE, name="I want to stay in my own home",
              card_ids=["c7", "c8", "c9"], priority=Priority(chosen=True, rank=2, votes=5)),
        Theme(id="t3", kind=Kind.WORKING, name="I have people who know me",
              card_ids=["c5", "c6"]),
    ]
    causes = [
        Cause(id="k1", theme_id="t1", text="Rotas are planned around runs, not people."),
        Cause(id="k2", theme_id="t1", parent_id="k1", text="Contracts pay by the minute.",
              root_cause=True, agreed=True),
        Cause(id="k3", theme_id="t1", text="No one phones when a visit runs late.",
              root_cause=True),
    ]
    success = [
        SuccessStatement(id="s1", theme_id="t1", perspective=Perspective.OLDER_PEOPLE,
                         text="I know who is coming and I have met them before."),
        SuccessStatement(id="s2", theme_id="t1", perspective=Perspective.COMMISSIONERS,
                         text="Contracts reward continuity of carer."),
    ]
    actions = [
        Action(id="a1", theme_id="t1", role=Role.COMMISSIONERS, owner="Head of commissioning",
               what="Pay for continuity: outcome-based contracts from April.",
               by_when=dt.date(2025, 4, 1), first_step="Draft the new specification"),
        Action(id="a2", theme_id="t1", role=Role.PROVIDERS, owner="Care agency managers",
               what="+ Phone people when a visit will be more than 15 minutes late.",
               by_when=dt.date(2025, 1, 31)),
        Action(id="a3", theme_id="t2", role=Role.CARE_MANAGERS, owner="",
               what="Ask about staying at home at every review."),
    ]
    return Workshop(title="Older people's services review", date=dt.date(2024, 11, 12),
                    venue="Town hall", facilitator="Workshop facilitator",
                    people=people, cards=cards, themes=themes, causes=causes,
                    success=success, actions=actions)


def north_and_south() -> tuple[list[Person], list[Card]]:
    """A reviewer's 11 people, all older people of 85+: North 6 on home care (P1-P6) and South 5
    on a day centre (P7-P11), each with one card not working (c1-c11, "Thing 1." ...)."""
    places = ["North"] * 6 + ["South"] * 5
    services = ["home care"] * 6 + ["day centre"] * 5
    people = [
        Person(id=f"P{i}", voice=Voice.OLDER_PERSON, locality=pl, service_type=sv, age_band="85+")
        for i, (pl, sv) in enumerate(zip(places, services, strict=True), start=1)
    ]
    cards = [
        Card(id=f"c{i}", kind=Kind.NOT_WORKING, text=f"Thing {i}.", person=f"P{i}")
        for i in range(1, 12)
    ]
    return people, cards
