"""Build ``wtfc/assets/demo-previous.wtfc``: the demo's previous cycle, for the Review board.

A smaller spring workshop from the same (fictional) service: some themes were bigger then,
some are new since, one has gone, and last time's actions have moved on or stalled. The room
chose three priorities, said what success would look like and how it would know each action
worked, and looked back on the day (Review opens with those yardsticks); so Review shows what
became of them: the shops gone (its bus runs), 'who is coming' grown (its letter never sent),
and loneliness, not chosen then, shrunk, to be chosen this time. Derived from the demo so the
two stay consistent; deterministic, so running it again gives the same bytes. Run with the
project's venv: ``.venv/bin/python tools/build_demo_previous.py`` (``--out PATH`` writes
elsewhere: the test builds into a temporary folder and compares the bytes).
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

from wtfc.model.agenda import USUAL_MINUTES
from wtfc.model.demo import demo_path
from wtfc.model.storage import load_workshop, save_workshop
from wtfc.model.workshop import (
    Action,
    ActionStatus,
    Card,
    Kind,
    Perspective,
    Priority,
    Reflection,
    Role,
    Stage,
    StagePlan,
    SuccessStatement,
    Theme,
    Workshop,
)

OUT = demo_path().with_name("demo-previous.wtfc")

# Last spring: fewer people (P13–P16 had no review yet), and a theme that has since gone.
LEFT_OUT_PEOPLE = {"P13", "P14", "P15", "P16"}
GONE_CARDS = [
    ("g1", "P02", "I can't get to the shops since the bus route changed."),
    ("g2", "P05", "Mum can't get to the shops on her own any more and hates asking."),
    ("g3", "P09", "The shops are too far now the bus doesn't come up our road."),
]

# What the room chose last spring (a theme not listed was not voted for). Each action below
# answers one of these; loneliness had votes but no place, and was chosen this time.
LAST_SPRING_PRIORITIES = {
    "t04": Priority(
        chosen=True,
        rank=1,
        votes=12,
        reason="The biggest 'not working' theme: older people and family carers "
        "spoke about it most.",
    ),
    "t90": Priority(
        chosen=True,
        rank=2,
        votes=9,
        reason="Since the bus route changed, people on three estates cannot shop "
        "for themselves, and the Older People's Forum could act quickly.",
    ),
    "t05": Priority(
        chosen=True,
        rank=3,
        votes=7,
        reason="Fewer cards, but providers said a weekly letter would be easy to start.",
    ),
    "t06": Priority(votes=5),
}

# Last spring's yardsticks, which Review opens with: what the room said success would look like
# for each priority, in the voices of the day, and what it would do differently.
LAST_SPRING_SUCCESS = [
    ("s1", "t04", Perspective.OLDER_PEOPLE, "My carer asks me how I like things done."),
    ("s2", "t04", Perspective.FAMILY_CARERS, "Dad's carers know him, not just his care plan."),
    ("s3", "t90", Perspective.OLDER_PEOPLE, "I can do my own shopping again."),
    ("s4", "t90", Perspective.COMMISSIONERS, "We pay for transport to the shops from every "
     "estate."),
    ("s5", "t05", Perspective.OLDER_PEOPLE, "I know who is coming before they knock on the door."),
    ("s6", "t05", Perspective.STAFF_AND_MANAGERS, "We tell people when their carer changes."),
]
LAST_SPRING_LOOKING_BACK = Reflection(
    went_well="People who use services spoke first at every table, and the priorities were "
    "agreed before lunch.",
    not_so_well="Few commissioners came, and the action plan was rushed in the last half hour.",
    do_differently="Send the invitations earlier so commissioners can come, and check each "
    "action every month, not only at the next workshop.",
)


def build_previous(current: Workshop) -> Workshop:
    cards = [c for c in current.cards if c.person not in LEFT_OUT_PEOPLE and not c.held_back]
    kept = {c.id for c in cards}
    cards += [
        Card(
            id=i,
            kind=Kind.NOT_WORKING,
            text=t,
            person=p,
            source="Person-centred review, March 2026",
        )
        for i, p, t in GONE_CARDS
    ]
    themes = []
    for theme in current.themes:
        ids = [c for c in theme.card_ids if c in kept]
        if theme.id == "t05":  # "who is coming or when" was smaller last time: it grew since
            ids = ids[:3]
        if theme.id == "t06":  # loneliness was bigger in the spring: it shrank since
            placed = {c for t in current.themes for c in t.card_ids}
            ids = (
                ids + [c.id for c in cards if c.kind == Kind.NOT_WORKING and c.id not in placed][:4]
            )
        if theme.id == "t07":  # did not exist last time: new this time
            continue
        themes.append(
            theme.model_copy(
                update={
                    "card_ids": ids,
                    "priority": LAST_SPRING_PRIORITIES.get(theme.id, Priority()),
                }
            )
        )
    themes.append(
        Theme(
            id="t90",
            kind=Kind.NOT_WORKING,
            name="I can't get to the shops",
            card_ids=[i for i, _, _ in GONE_CARDS],
            priority=LAST_SPRING_PRIORITIES["t90"],
        )
    )
    actions = [
        Action(
            id="p1",
            theme_id="t04",
            role=Role.COMMISSIONERS,
            owner="Head of Commissioning",
            what="Pilot outcome-based home care contracts in one area",
            by_when=dt.date(2026, 9, 30),
            status=ActionStatus.IN_PROGRESS,
            checked_on=dt.date(2026, 9, 15),
            progress_note="The pilot area is agreed; the first contract waits for the "
            "provider's new finance system.",
            how_we_know="People in the pilot area say their carers have time to do things "
            "the way they like.",
        ),
        Action(
            id="p2",
            theme_id="t04",
            role=Role.PROVIDERS,
            owner="Home care managers' forum",
            what="Add 'getting to know you' visits to carers' induction",
            by_when=dt.date(2026, 7, 31),
            status=ActionStatus.DONE,
            checked_on=dt.date(2026, 8, 4),
            progress_note="Every new carer now visits the person once before their first shift.",
            how_we_know="At their next review, people say they met their carer before the "
            "first visit.",
        ),
        Action(
            id="p3",
            theme_id="t05",
            role=Role.PROVIDERS,
            owner="Registered Manager, home care",
            what="Send each person a weekly letter saying who is coming and when",
            by_when=dt.date(2026, 6, 30),
            status=ActionStatus.NOT_STARTED,
            how_we_know="Fewer people say they don't know who is coming at their next review.",
        ),
        Action(
            id="p4",
            theme_id="t90",
            role=Role.OLDER_PEOPLES_ORGANISATIONS,
            owner="Older People's Forum",
            what="Start a shopping bus with the community transport scheme",
            by_when=dt.date(2026, 10, 31),
            status=ActionStatus.DONE,
            checked_on=dt.date(2026, 10, 28),
            progress_note="Runs every Thursday from the three sheltered schemes.",
            how_we_know="Nobody says 'I can't get to the shops' at next spring's reviews.",
        ),
    ]
    return Workshop(
        title="Spring 2026 cycle — older people's services",
        date=dt.date(2026, 4, 21),
        venue=current.venue,
        facilitator=current.facilitator,
        # last spring's own words: a report compared with it asks about words still the same
        purpose="Use what older people, family carers and staff told us in this spring's "
                "person-centred reviews to agree what most needs to change in older people's "
                "services, and who will do what by when.",
        scope="Twelve reviews from February and March 2026: home care, day services, extra care "
              "housing and people living alone without services, across Riverside, North, Old "
              "Town and Hillside. Each review gives the person's top two working, top two not "
              "working and top two for the future.",
        stage=Stage.ACT,
        people=[p for p in current.people if p.id not in LEFT_OUT_PEOPLE],
        cards=cards,
        themes=themes,
        actions=actions,
        success=[
            SuccessStatement(id=i, theme_id=t, perspective=p, text=words)
            for i, t, p, words in LAST_SPRING_SUCCESS
        ],
        reflection=LAST_SPRING_LOOKING_BACK,
        # a week before this autumn's workshop (12 November), which came a little late
        next_review=dt.date(2026, 11, 5),
        # planned as usual; the facilitator's notes were for this autumn's day only
        agenda=[StagePlan(stage=s, minutes=m) for s, m in USUAL_MINUTES.items()],
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Write the bundled demo's previous cycle.")
    parser.add_argument("--out", type=Path, default=OUT, help=f"where to write (default {OUT})")
    args = parser.parse_args(argv)
    # No .bak next to the bundled file: git keeps its history.
    save_workshop(build_previous(load_workshop(demo_path()).workshop), args.out, backup=False)
    print(f"Wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
