"""The workshops the board tests build: a small fictional one with priorities, why-trees, success
statements and actions (``sample_workshop``, dated ``TODAY``), last year's version of it for the
Review board, and the demo reshaped (a deep why-tree chain, cards held back)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from wtfc.model.demo import demo_path
from wtfc.model.document import Document
from wtfc.model.storage import load_workshop, save_workshop
from wtfc.model.workshop import (
    Action,
    ActionStatus,
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
    Workshop,
)

NW, W, F = Kind.NOT_WORKING, Kind.WORKING, Kind.FUTURE
TODAY = dt.date(2025, 3, 1)

_THEMES = {
    "package": (
        NW,
        "I feel like a package, not a person",
        [
            "Carers come in, do the jobs and go",
            "Nobody asks me how I am",
            "I am just a name on a rota",
            "They talk over me to each other",
            "My care plan was written without me",
            "They rush my shower",
        ],
    ),
    "who": (
        NW,
        "I never know who is coming or when",
        [
            "Different carer every day",
            "Nobody tells me when they will be late",
            "I wait in all morning",
            "New carers don't know my routine",
        ],
    ),
    "lonely": (
        NW,
        "I am lonely since the day centre closed",
        [
            "I don't see anyone at weekends",
            "The bus to town stopped running",
            "My friends from the centre have gone",
        ],
    ),
    "meals": (NW, "My meals are not how I like them", ["Meals arrive cold"]),
    "friends": (
        W,
        "I like the friends I have made at the lunch club",
        ["Lunch club on Tuesdays is the best day", "We play dominoes after lunch"],
    ),
    "home": (
        F,
        "I want to stay in my own home",
        ["I want to stay here until the end", "I'd like help with the garden"],
    ),
}


def sample_workshop() -> Workshop:
    people, cards, themes = [], [], []
    n = 0
    for key, (kind, name, texts) in _THEMES.items():
        ids = []
        for text in texts:
            n += 1
            person = f"P{(n % 9) + 1:02d}"
            if not any(p.id == person for p in people):
                people.append(Person(id=person))
            card = Card(id=f"c{n}", kind=kind, text=text, person=person)
            cards.append(card)
            ids.append(card.id)
        themes.append(Theme(id=key, kind=kind, name=name, card_ids=ids))
    themes[0] = themes[0].model_copy(
        update={
            "priority": Priority(
                chosen=True, rank=1, votes=14, reason="Most cards, and every table raised it"
            )
        }
    )
    themes[1] = themes[1].model_copy(update={"priority": Priority(chosen=True, rank=2, votes=9)})
    themes[2] = themes[2].model_copy(update={"priority": Priority(votes=4)})
    causes = [
        Cause(
            id="a",
            theme_id="package",
            text="Visits are booked in 15-minute slots",
            team="Blue table",
        ),
        Cause(
            id="b",
            theme_id="package",
            parent_id="a",
            text="Contracts pay by the minute, not by outcome",
            team="Blue table",
            root_cause=True,
            agreed=True,
        ),
        Cause(
            id="c",
            theme_id="package",
            parent_id="a",
            text="Travel time between visits is unpaid",
            team="Blue table",
        ),
        Cause(
            id="d", theme_id="package", text="Paid carers are too task focused", team="Blue table"
        ),
        Cause(
            id="e",
            theme_id="package",
            parent_id="d",
            text="Training covers tasks, not getting to know people",
            team="Blue table",
            root_cause=True,
        ),
        Cause(id="s1", theme_id="who", text="Rotas are made the night before", team="Green table"),
    ]
    success = [
        SuccessStatement(
            id="s-op",
            theme_id="package",
            perspective=Perspective.OLDER_PEOPLE,
            text="I have time to talk with the people who help me",
        ),
        SuccessStatement(
            id="s-st",
            theme_id="package",
            perspective=Perspective.STAFF_AND_MANAGERS,
            text="We plan visits around the person, not the clock",
        ),
        SuccessStatement(
            id="s-co",
            theme_id="package",
            perspective=Perspective.COMMISSIONERS,
            text="We buy outcomes, not minutes",
        ),
    ]
    actions = [
        Action(
            id="x1",
            theme_id="package",
            cause_id="b",
            success_id="s-co",
            role=Role.COMMISSIONERS,
            what="Pilot outcome-based home care contracts",
            owner="Commissioning team",
            by_when=dt.date(2025, 9, 30),
            first_step="Pick two providers for the pilot",
            how_we_know="Fewer 'rushed' cards at next year's review",
        ),
        Action(
            id="x2",
            theme_id="package",
            cause_id="e",
            role=Role.PROVIDERS,
            what="Add 'getting to know you' visits to induction",
            owner="Provider forum",
            by_when=dt.date(2025, 1, 31),
            status=ActionStatus.IN_PROGRESS,
            first_step="Draft the induction session",
        ),
        Action(
            id="x3",
            theme_id="who",
            role=Role.PROVIDERS,
            what="Send a weekly rota letter to each person",
            owner="Home care leads",
            by_when=dt.date(2025, 2, 1),
            status=ActionStatus.DONE,
        ),
        Action(
            id="x4",
            theme_id="who",
            role=Role.OLDER_PEOPLES_ORGANISATIONS,
            what="Run a 'know your rights' session on home care",
            owner="Age Friendly Forum",
            by_when=dt.date(2025, 5, 1),
        ),
    ]
    return Workshop(
        title="Spring review 2025",
        date=TODAY,
        people=people,
        cards=cards,
        themes=themes,
        causes=causes,
        success=success,
        actions=actions,
    )


def demo_priority(rank: int) -> tuple[Document, str]:
    """The demo as a document, with the id of its priority ranked ``rank``."""
    doc = Document(load_workshop(demo_path()).workshop)
    return doc, next(t.id for t in doc.workshop.themes if t.priority.rank == rank)


def deep_chain_doc(levels: int = 6) -> tuple[Document, str]:
    """The demo with its first priority's why-tree one chain of long reasons, ``levels`` deep
    (and no actions); with that theme's id."""
    base = load_workshop(demo_path()).workshop
    theme = next(t for t in base.themes if t.priority.rank == 1)
    causes = [
        Cause(
            id=f"k{i}",
            theme_id=theme.id,
            parent_id=f"k{i - 1}" if i else None,
            team="Team A",
            text=f"Level {i + 1}: because the contract for the community "
            "transport service does not pay for drivers at weekends or evenings",
        )
        for i in range(levels)
    ]
    return Document(base.model_copy(update={"causes": causes, "actions": []})), theme.id


def previous_file(tmp_path: Path) -> Path:
    """Last year's workshop: the 'who' theme was smaller, 'meals' did not exist, 'transport' did."""
    ws = sample_workshop()
    who = next(t for t in ws.themes if t.id == "who")
    cards = [c for c in ws.cards if c.id not in who.card_ids[2:] and c.id != "c14"]
    bus = Card(id="bus", kind=who.kind, text="There is no bus on Sundays", person="P01")
    themes = [
        t.model_copy(update={"card_ids": t.card_ids[:2]}) if t.id == "who" else t
        for t in ws.themes
        if t.id != "meals"
    ]
    themes.append(Theme(id="transport", kind=who.kind, name="I can't get out", card_ids=["bus"]))
    actions = [
        a.model_copy(update={"by_when": dt.date(2024, 10, 1)}) if a.id == "x1" else a
        for a in ws.actions
    ]
    previous = ws.model_copy(
        update={
            "title": "Spring review 2024",
            # a year before this workshop: a file of its own date is said (W1 R4)
            "date": ws.date.replace(year=ws.date.year - 1) if ws.date else None,
            "cards": [*cards, bus],
            "themes": themes,
            "actions": actions,
        }
    )
    path = tmp_path / "spring-2024.wtfc"
    save_workshop(type(ws).model_validate(previous.model_dump()), path)
    return path


LONELY = "I feel lonely and cut off"  # the demo's third priority: 5 cards from 4 people


def held_back_demo(count: int = 3) -> Document:
    """The demo with ``count`` of the lonely theme's cards held back (a name found in each)."""
    ws = load_workshop(demo_path()).workshop
    theme = next(t for t in ws.themes if t.name == LONELY)
    held = set(theme.card_ids[:count])
    detail = [PersonalDetail(start=0, end=1, category="name", text="I")]
    cards = [
        c.model_copy(update={"personal_details": detail}) if c.id in held else c for c in ws.cards
    ]
    return Document(ws.model_copy(update={"cards": cards}))


def blank_named(theme_id: str) -> Workshop:
    """``sample_workshop`` with one theme named only a zero-width space, as an older file
    loads it (typing one is refused; the model keeps what the file holds)."""
    ws = sample_workshop()
    themes = [t.model_copy(update={"name": "\u200b"}) if t.id == theme_id else t
              for t in ws.themes]
    return ws.model_copy(update={"themes": themes})
