"""A small known workshop, an event recorder and the do → undo → redo check the model tests share.

The sample workshop has fixed ids so a test can say "the staff theme" and mean one thing:

- people P01, P02, P03
- not-working cards n1…n6, working cards w1, w2, future card f1
- theme ``package`` ("I feel like a package") holds n1, n2, n3
- theme ``staff`` ("I never know who is coming") holds n3 (also in ``package``), n4
- theme ``good`` (working, "I like my day centre") holds w1
- unsorted: n5, n6, w2, f1
- the ``package`` why-tree: a → b → c, and d (all under the theme); ``staff`` has s1
- success statements on ``package`` and ``staff``; actions on ``package`` (linked to b and its
  success statement) and on ``staff``
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field

from wtfc.model.commands import Command
from wtfc.model.document import COLLECTIONS, Document
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
    Workshop,
)

NW, W, F = Kind.NOT_WORKING, Kind.WORKING, Kind.FUTURE


def sample_workshop() -> Workshop:
    people = [Person(id="P01"), Person(id="P02"), Person(id="P03")]
    cards = [
        Card(id="n1", kind=NW, text="Different carers every week", person="P01"),
        Card(id="n2", kind=NW, text="Nobody asks me what I want", person="P01"),
        Card(id="n3", kind=NW, text="The rota is never sent to me", person="P02"),
        Card(id="n4", kind=NW, text="They rush me at breakfast", person="P02"),
        Card(id="n5", kind=NW, text="I am lonely in the evenings", person="P03"),
        Card(id="n6", kind=NW, text="Dennis told me the bus is gone", person="P03",
             personal_details=[PersonalDetail(start=0, end=6, category="name", text="Dennis")]),
        Card(id="w1", kind=W, text="The day centre lunch club", person="P01"),
        Card(id="w2", kind=W, text="My neighbour pops in", person="P03"),
        Card(id="f1", kind=F, text="Staying in my own home", person="P02"),
    ]
    themes = [
        Theme(id="package", kind=NW, name="I feel like a package", card_ids=["n1", "n2", "n3"],
              comments=["Raised by most people"], priority=Priority(votes=5)),
        Theme(id="staff", kind=NW, name="I never know who is coming", card_ids=["n3", "n4"],
              priority=Priority(votes=2)),
        Theme(id="good", kind=W, name="I like my day centre", card_ids=["w1"]),
    ]
    causes = [
        Cause(id="a", theme_id="package", text="Visits are booked by time slot"),
        Cause(id="b", theme_id="package", parent_id="a", text="Contracts pay by the minute"),
        Cause(id="c", theme_id="package", parent_id="b", text="Budgets were cut"),
        Cause(id="d", theme_id="package", text="Nobody reads the support plan"),
        Cause(id="s1", theme_id="staff", text="High staff turnover"),
    ]
    success = [
        SuccessStatement(id="sp", theme_id="package", perspective=Perspective.OLDER_PEOPLE,
                         text="I know the people who help me"),
        SuccessStatement(id="ss", theme_id="staff", perspective=Perspective.STAFF_AND_MANAGERS,
                         text="We send the rota every Friday"),
    ]
    actions = [
        Action(id="ap", theme_id="package", cause_id="b", success_id="sp",
               role=Role.COMMISSIONERS, what="Pay for outcomes, not minutes",
               by_when=dt.date(2027, 3, 1)),
        Action(id="as", theme_id="staff", role=Role.PROVIDERS, what="Post the rota weekly"),
    ]
    return Workshop(title="Spring reviews", people=people, cards=cards, themes=themes,
                    causes=causes, success=success, actions=actions)


def sample_document() -> Document:
    return Document(sample_workshop())


def theme_cards(doc: Document, theme_id: str) -> list[str]:
    return list(doc.theme(theme_id).card_ids)


def unsorted_ids(doc: Document) -> list[str]:
    return [c.id for c in doc.unsorted_cards()]


def ids(doc: Document, collection: str) -> list[str]:
    return [p.id for p in doc.parts(collection)]


def assert_valid(doc: Document) -> None:
    """The workshop passes the file's validation and the document's look-ups match its lists.

    The look-ups the document keeps between edits (places in the lists, which themes hold a
    card, the unsorted cards, people per theme) must equal those of a document made afresh.
    """
    Workshop.model_validate(doc.workshop.model_dump())
    fresh = Document(doc.workshop.model_copy())
    for collection in COLLECTIONS:
        for i, part in enumerate(doc.parts(collection)):
            assert doc.get(collection, part.id) is part, (collection, part.id)
            assert doc.index_of(collection, part.id) == i, (collection, part.id)
    assert dict(doc.themes_of_card()) == dict(fresh.themes_of_card())
    for kind in (None, *Kind):
        assert doc.unsorted_cards(kind) == fresh.unsorted_cards(kind), kind
    for theme in doc.workshop.themes:
        assert doc.people_count(theme) == fresh.people_count(theme), theme.id
        assert doc.unrecorded_count(theme) == fresh.unrecorded_count(theme), theme.id


@dataclass
class EventLog:
    """Every event a document emitted, in order, as a view would have seen them."""

    parts: list[tuple[str, frozenset]] = field(default_factory=list)
    details: list[str] = field(default_factory=list)
    edited: int = 0

    @classmethod
    def watching(cls, doc: Document) -> EventLog:
        log = cls()
        doc.events.parts_changed.connect(lambda c, i: log.parts.append((c, i)))
        doc.events.details_changed.connect(log.details.append)
        doc.events.edited.connect(log._on_edited)
        return log

    def _on_edited(self) -> None:
        self.edited += 1

    def changed(self) -> dict[str, frozenset]:
        """collection → ids announced (one announcement per collection per step)."""
        result: dict[str, frozenset] = {}
        for collection, part_ids in self.parts:
            assert collection not in result, f"{collection} announced twice in one step"
            result[collection] = part_ids
        return result

    def clear(self) -> None:
        self.parts.clear()
        self.details.clear()
        self.edited = 0


def do_undo_redo(doc: Document, command: Command, check_done: Callable[[Document], None],
                 *, changed: dict[str, set[str]] | None = None,
                 details: list[str] | None = None) -> None:
    """Do, undo, redo ``command``, checking what a user sees and what the views are told.

    ``check_done`` asserts the edited state; after undo the workshop must equal the one before,
    after redo the one after. Each step emits its parts/details events and ``edited`` once.
    """
    before = doc.workshop.model_copy(deep=True)
    log = EventLog.watching(doc)

    command.do(doc)
    check_done(doc)
    assert_valid(doc)
    done = doc.workshop.model_copy(deep=True)
    _check_events(log, changed, details)

    log.clear()
    command.undo(doc)
    assert doc.workshop == before
    assert_valid(doc)
    _check_events(log, changed, details)

    log.clear()
    command.do(doc)
    assert doc.workshop == done
    check_done(doc)
    assert_valid(doc)
    _check_events(log, changed, details)


def _check_events(log: EventLog, changed: dict[str, set[str]] | None,
                  details: list[str] | None) -> None:
    assert log.edited == 1
    if changed is not None:
        assert log.changed() == {k: frozenset(v) for k, v in changed.items()}
    if details is not None:
        assert sorted(log.details) == sorted(details)
