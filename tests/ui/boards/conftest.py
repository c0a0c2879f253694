"""A small fictional workshop with priorities, why-trees, success statements and actions."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from wtfc.model.document import Document
from wtfc.model.workshop import (
    Action,
    ActionStatus,
    Card,
    Cause,
    Kind,
    Person,
    Perspective,
    Priority,
    Role,
    SuccessStatement,
    Theme,
    Workshop,
)

if TYPE_CHECKING:
    from PySide6.QtCore import QSize

    from wtfc.ui.boards.views import CausesRoomView

NW, W, F = Kind.NOT_WORKING, Kind.WORKING, Kind.FUTURE
TODAY = dt.date(2025, 3, 1)
RENDERS = Path(__file__).resolve().parents[3] / "build" / "renders"

_THEMES = {
    "package": (NW, "I feel like a package, not a person", [
        "Carers come in, do the jobs and go", "Nobody asks me how I am",
        "I am just a name on a rota", "They talk over me to each other",
        "My care plan was written without me", "They rush my shower"]),
    "who": (NW, "I never know who is coming or when", [
        "Different carer every day", "Nobody tells me when they will be late",
        "I wait in all morning", "New carers don't know my routine"]),
    "lonely": (NW, "I am lonely since the day centre closed", [
        "I don't see anyone at weekends", "The bus to town stopped running",
        "My friends from the centre have gone"]),
    "meals": (NW, "My meals are not how I like them", ["Meals arrive cold"]),
    "friends": (W, "I like the friends I have made at the lunch club", [
        "Lunch club on Tuesdays is the best day", "We play dominoes after lunch"]),
    "home": (F, "I want to stay in my own home", [
        "I want to stay here until the end", "I'd like help with the garden"]),
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
    themes[0] = themes[0].model_copy(update={"priority": Priority(
        chosen=True, rank=1, votes=14, reason="Most cards, and every table raised it")})
    themes[1] = themes[1].model_copy(update={"priority": Priority(chosen=True, rank=2, votes=9)})
    themes[2] = themes[2].model_copy(update={"priority": Priority(votes=4)})
    causes = [
        Cause(id="a", theme_id="package", text="Visits are booked in 15-minute slots",
              team="Blue table"),
        Cause(id="b", theme_id="package", parent_id="a",
              text="Contracts pay by the minute, not by outcome", team="Blue table",
              root_cause=True, agreed=True),
        Cause(id="c", theme_id="package", parent_id="a",
              text="Travel time between visits is unpaid", team="Blue table"),
        Cause(id="d", theme_id="package", text="Paid carers are too task focused",
              team="Blue table"),
        Cause(id="e", theme_id="package", parent_id="d",
              text="Training covers tasks, not getting to know people", team="Blue table",
              root_cause=True),
        Cause(id="s1", theme_id="who", text="Rotas are made the night before",
              team="Green table"),
    ]
    success = [
        SuccessStatement(id="s-op", theme_id="package", perspective=Perspective.OLDER_PEOPLE,
                         text="I have time to talk with the people who help me"),
        SuccessStatement(id="s-st", theme_id="package",
                         perspective=Perspective.STAFF_AND_MANAGERS,
                         text="We plan visits around the person, not the clock"),
        SuccessStatement(id="s-co", theme_id="package", perspective=Perspective.COMMISSIONERS,
                         text="We buy outcomes, not minutes"),
    ]
    actions = [
        Action(id="x1", theme_id="package", cause_id="b", success_id="s-co",
               role=Role.COMMISSIONERS, what="Pilot outcome-based home care contracts",
               owner="Commissioning team", by_when=dt.date(2025, 9, 30),
               first_step="Pick two providers for the pilot",
               how_we_know="Fewer 'rushed' cards at next year's review"),
        Action(id="x2", theme_id="package", cause_id="e", role=Role.PROVIDERS,
               what="Add 'getting to know you' visits to induction", owner="Provider forum",
               by_when=dt.date(2025, 1, 31), status=ActionStatus.IN_PROGRESS,
               first_step="Draft the induction session"),
        Action(id="x3", theme_id="who", role=Role.PROVIDERS,
               what="Send a weekly rota letter to each person", owner="Home care leads",
               by_when=dt.date(2025, 2, 1), status=ActionStatus.DONE),
        Action(id="x4", theme_id="who", role=Role.OLDER_PEOPLES_ORGANISATIONS,
               what="Run a 'know your rights' session on home care", owner="Age Friendly Forum",
               by_when=dt.date(2025, 5, 1)),
    ]
    return Workshop(title="Spring review 2025", date=TODAY, people=people, cards=cards,
                    themes=themes, causes=causes, success=success, actions=actions)


@pytest.fixture
def doc() -> Document:
    return Document(sample_workshop())


@pytest.fixture
def causes_board(doc, undo, show):
    """Root causes' board (the why-tree) on ``doc``, shown at 1400×800."""
    from wtfc.ui.boards.causes import CausesBoard

    return show(CausesBoard(doc, undo), 1400, 800)


def deep_chain_doc(levels: int = 6) -> tuple[Document, str]:
    """The demo with its first priority's why-tree one chain of long reasons, ``levels`` deep
    (and no actions); with that theme's id."""
    from wtfc.model.demo import demo_path
    from wtfc.model.storage import load_workshop

    base = load_workshop(demo_path()).workshop
    theme = next(t for t in base.themes if t.priority.rank == 1)
    causes = [Cause(id=f"k{i}", theme_id=theme.id, parent_id=f"k{i - 1}" if i else None,
                    team="Team A", text=f"Level {i + 1}: because the contract for the community "
                    "transport service does not pay for drivers at weekends or evenings")
              for i in range(levels)]
    return Document(base.model_copy(update={"causes": causes, "actions": []})), theme.id


@pytest.fixture
def causes_room(qtbot):
    """``causes_room(doc, theme_id, size)``: the why-tree's room view of that theme, shown at
    ``size`` and fitted as ``wtfc render`` fits it."""
    from wtfc.ui.boards import views

    def shown(doc: Document, theme_id: str, size: QSize) -> CausesRoomView:
        widget = views.CausesRoomView(doc, doc.theme(theme_id))
        qtbot.addWidget(widget)
        widget.resize(size)
        widget.show()
        widget.prepare_for_render()
        return widget
    return shown


def save_render(widget, name: str) -> Path:
    """Keep a picture of a board for a person to look at (build/renders/NAME.png)."""
    RENDERS.mkdir(parents=True, exist_ok=True)
    path = RENDERS / f"{name}.png"
    assert widget.grab().save(str(path))
    return path
