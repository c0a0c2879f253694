"""The workshop document: every part a WTFC workshop produces, as typed pydantic models.

This is the file format too (see ``storage.py``): unknown fields are forbidden and every text has
a length limit, so a loaded file is exactly what these classes allow. The parts refer to each
other by id; ``Workshop`` checks every reference when it is validated.

The models announce nothing themselves: edits go through commands (``commands.py``) applied by a
``Document`` (``document.py``), which emits the change events the views follow.
"""

from __future__ import annotations

import datetime as dt
import uuid
from enum import StrEnum
from typing import Annotated

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    field_validator,
    model_validator,
)

from wtfc.model.cause_category import CauseCategory
from wtfc.model.references import reference_problems as reference_problems
from wtfc.model.room_role import RoomRole as RoomRole

# What each format added is in migrations.py (6: an action's agreed words and date, its day
# done, what people told us at its check; the team of a theme's why-tree).
SCHEMA_VERSION = 6
# What a workshop with no title yet is called where a name must show (the window's title, the
# exports): a new workshop's title is empty, so it is typed in, not "Untitled workshop" left.
UNTITLED = "Untitled workshop"

ShortText = Annotated[str, StringConstraints(max_length=300)]
LongText = Annotated[str, StringConstraints(max_length=4000)]
Id = Annotated[str, StringConstraints(min_length=1, max_length=64)]
Code = Annotated[str, StringConstraints(min_length=1, max_length=16)]  # a person's, e.g. "P07"


def _no_items() -> list:
    """A fresh empty list. A plain function rather than ``list``: pydantic reads a factory's
    signature, and reading a built-in's makes Python compile its tokenizer (~8 ms of start-up)."""
    return []


def _unset(value: object) -> bool:
    return value is None


def _blank(value: object) -> bool:
    return value == "" or value == []  # a text, or a list, left out of the file while empty


def new_id() -> str:
    """A fresh id for a card, theme, cause, statement or action."""
    return uuid.uuid4().hex[:12]


class Part(BaseModel):
    """Base of every part of the document: strict about what a file may contain."""

    model_config = ConfigDict(extra="forbid", validate_default=False)


class Kind(StrEnum):
    """What a card says: the three colours of the WTFC method."""

    WORKING = "working"
    NOT_WORKING = "not_working"
    FUTURE = "future"

    # The words are looked up, not built per call: the wall and the outline ask for them once
    # per card on every edit (10,000 times on a big workshop).
    @property
    def label(self) -> str:
        return _KIND_WORDS[self][0]

    @property
    def long_label(self) -> str:
        return _KIND_WORDS[self][1]

    @property
    def symbol(self) -> str:
        """An icon that carries the kind without colour (red/green fails colour-blind people)."""
        return _KIND_WORDS[self][2]


_KIND_WORDS = {  # label, long label, symbol
    Kind.WORKING: ("Working", "What's working", "✓"),
    Kind.NOT_WORKING: ("Not working", "What's not working", "✗"),
    Kind.FUTURE: ("Future", "Important for the future", "★"),
}


class Stage(StrEnum):
    """The eight TLAP steps of Working Together for Change, in order."""

    PREPARE = "prepare"
    COLLECT = "collect"
    THEME = "theme"
    UNDERSTAND = "understand"
    IDENTIFY_SUCCESS = "identify_success"
    PLAN = "plan"
    ACT = "act"
    REVIEW = "review"

    @property
    def label(self) -> str:
        return self.value.replace("_", " ").capitalize()


class Voice(StrEnum):
    OLDER_PERSON = "older_person"
    FAMILY_CARER = "family_carer"
    STAFF = "staff"

    @property
    def label(self) -> str:
        return self.value.replace("_", " ").capitalize()


class Perspective(StrEnum):
    """Whose words a success statement is in (the "what would success look like" poster)."""

    OLDER_PEOPLE = "older_people"
    FAMILY_CARERS = "family_carers"
    STAFF_AND_MANAGERS = "staff_and_managers"
    COMMISSIONERS = "commissioners"

    @property
    def label(self) -> str:
        return {"older_people": "Older people", "family_carers": "Family carers",
                "staff_and_managers": "Staff and managers",
                "commissioners": "Commissioners"}[self.value] + " would say"


class Role(StrEnum):
    """The swim-lanes of the action plan, in the order the boards show them: those who buy,
    provide and arrange services, then the community (older people's organisations, and the
    people who use services with their carers and families, whom TLAP names as doers too),
    then health and anyone else."""

    COMMISSIONERS = "commissioners"
    PROVIDERS = "providers"
    CARE_MANAGERS = "care_managers"
    OLDER_PEOPLES_ORGANISATIONS = "older_peoples_organisations"
    PEOPLE_AND_CARERS = "people_and_carers"
    HEALTH = "health"
    OTHER = "other"

    @property
    def label(self) -> str:
        return {
            "commissioners": "Commissioners",
            "providers": "Providers",
            "care_managers": "Care managers",
            "older_peoples_organisations": "Older people's organisations",
            "people_and_carers": "People who use services and carers",
            "health": "Health",
            "other": "Other",
        }[self.value]


class ActionStatus(StrEnum):
    NOT_STARTED = "not_started"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    DROPPED = "dropped"

    @property
    def label(self) -> str:
        return self.value.replace("_", " ").capitalize()


class RoleCount(Part):
    """How many people of one role were in the room (or in a team)."""

    role: RoomRole
    count: int = Field(ge=0, le=10_000)


class Reflection(Part):
    """What the group agreed after the workshop: what went well, what didn't go so well, and
    what they would do differently next time."""

    went_well: LongText = ""
    not_so_well: LongText = ""
    do_differently: LongText = ""


class Team(Part):
    """A root-cause team: ``name`` is the name ``Theme.team`` and ``Cause.team`` use."""

    id: Id = Field(default_factory=new_id)
    name: Annotated[str, StringConstraints(min_length=1, max_length=300)]
    members: list[RoleCount] = Field(default_factory=_no_items, max_length=len(RoomRole))
    summary: LongText = ""

    @field_validator("name", mode="before")
    @classmethod
    def _tidy_name(cls, name: object) -> object:
        """Kept as the why-tree keeps a team's name ("Team  A " is "Team A"), so a record read
        from a file is found by its name; a name of spaces alone is then empty, and refused."""
        return " ".join(name.split()) if isinstance(name, str) else name


class StagePlan(Part):
    """A stage of the day's plan; its notes are never shown to the room, printed or exported."""

    stage: Stage
    minutes: int | None = Field(default=None, ge=1, le=480)  # planned; None: no plan
    notes: LongText = ""
    break_after: int | None = Field(default=None, ge=1, le=240, exclude_if=_unset)  # format 6


class Person(Part):
    """Someone whose review the cards come from: a pseudonymous code only, never a name."""

    id: Code
    # codes merged into this one (P7 into P07, format 5): a later file's P7 is this person
    former_codes: list[Code] = Field(default_factory=_no_items, max_length=1_000)
    voice: Voice | None = None
    age_band: ShortText = ""
    service_type: ShortText = ""
    locality: ShortText = ""


REDACTION_LABELS = {  # what a redacted personal detail reads as on the card
    "name": "[name]",
    "nhs_number": "[NHS number]",
    "phone": "[phone]",
    "email": "[e-mail]",
    "postcode": "[postcode]",
    "date_of_birth": "[date of birth]",
    "address": "[address]",
}


class PersonalDetail(Part):
    """Words in a card that may identify someone (found by the import's personal-detail guard)."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    category: ShortText
    text: ShortText

    @property
    def placeholder(self) -> str:
        return REDACTION_LABELS.get(self.category, "[personal detail]")


class Card(Part):
    """One statement from a review, in the person's own words.

    A card with ``personal_details`` and not ``details_cleared`` is held back: it stays off the
    room view and out of every export until the facilitator edits, redacts or clears it.
    """

    id: Id = Field(default_factory=new_id)
    kind: Kind
    text: Annotated[str, StringConstraints(min_length=1, max_length=2000)]
    person: Annotated[str, StringConstraints(max_length=16)] = ""
    tags: list[ShortText] = Field(default_factory=_no_items, max_length=50)
    source: ShortText = ""
    personal_details: list[PersonalDetail] = Field(default_factory=_no_items, max_length=100)
    details_cleared: bool = False

    @property
    def held_back(self) -> bool:
        """True while possible personal details wait for the facilitator's decision."""
        return bool(self.personal_details) and not self.details_cleared


class Priority(Part):
    """How the room ranked a theme (Prioritise step)."""

    chosen: bool = False
    rank: int | None = Field(default=None, ge=1, le=10_000)
    votes: int = Field(default=0, ge=0, le=1_000_000)
    reason: LongText = ""


class Theme(Part):
    """A cluster of cards of one kind, named as an "I" statement.

    A card may sit in several themes (affinity mapping allows copies); the order of
    ``card_ids`` is the order on the wall.
    """

    id: Id = Field(default_factory=new_id)
    kind: Kind
    name: Annotated[str, StringConstraints(max_length=300)]
    card_ids: list[Id] = Field(default_factory=_no_items)
    comments: list[LongText] = Field(default_factory=_no_items, max_length=1000)
    priority: Priority = Field(default_factory=Priority)
    # the team its why-tree is given to, named before any cause (format 6; a new cause takes
    # it): left out of the file while empty, as format 5 wrote a theme
    team: ShortText = Field(default="", exclude_if=_blank)


class Cause(Part):
    """A node of a theme's why-tree: the theme is the root, ``parent_id`` None hangs off it."""

    id: Id = Field(default_factory=new_id)
    theme_id: Id
    parent_id: Id | None = None
    text: LongText
    root_cause: bool = False
    agreed: bool = False
    team: ShortText = ""
    category: CauseCategory | None = None  # its bone on the fishbone (None: not chosen yet)


class SuccessStatement(Part):
    """One "what would success look like" statement for a theme, from one perspective."""

    id: Id = Field(default_factory=new_id)
    theme_id: Id
    perspective: Perspective
    text: LongText


class Action(Part):
    """Who does what by when, answering a theme (and optionally a cause and a success).

    In the Act stage the group checks each action: ``progress_note`` says what has happened so
    far and ``checked_on`` when it was last checked (None: never).

    What the room agreed is kept once changed after the day (format 6): ``agreed_what`` and
    ``agreed_by_when`` hold the words and date agreed (None: unchanged since, the action's own
    are the room's), so a slipped date or a reworded action is never read as what was agreed.
    ``done_on`` is the day it was recorded done (None: not done, or done before format 6).
    ``heard_at_check`` is what people told us when it was checked, the answer to
    ``how_we_know`` (format 6). ``added_on``: the day it was added, when after the workshop's.
    """

    id: Id = Field(default_factory=new_id)
    theme_id: Id
    cause_id: Id | None = None
    success_id: Id | None = None
    role: Role
    owner: ShortText = ""
    what: LongText
    by_when: dt.date | None = None
    first_step: LongText = ""
    how_we_know: LongText = ""
    resources: LongText = ""  # the money, people and time it needs, and who else to bring in
    status: ActionStatus = ActionStatus.NOT_STARTED
    progress_note: LongText = ""
    checked_on: dt.date | None = None
    # Written only once set: a format 6 file with nothing changed since the day is one a format
    # 5 wtfc shows whole (read-only), rather than "can't show 'agreed_what' on 13 actions".
    agreed_what: LongText | None = Field(default=None, exclude_if=_unset)
    agreed_by_when: dt.date | None = Field(default=None, exclude_if=_unset)
    done_on: dt.date | None = Field(default=None, exclude_if=_unset)
    added_on: dt.date | None = Field(default=None, exclude_if=_unset)  # typed up later (format 6)
    heard_at_check: LongText = Field(default="", exclude_if=_blank)


class Workshop(Part):
    """The whole workshop: its details, the cards and everything the boards add."""

    schema_version: int = SCHEMA_VERSION
    title: ShortText = ""  # a new workshop's: Prepare's box is empty, with a hint (UNTITLED)
    date: dt.date | None = None
    venue: ShortText = ""
    facilitator: ShortText = ""
    purpose: LongText = ""
    scope: LongText = ""
    agreements: LongText = ""  # how the room agreed to work together and to decide (format 5)
    stage: Stage = Stage.PREPARE
    people: list[Person] = Field(default_factory=_no_items, max_length=100_000)
    cards: list[Card] = Field(default_factory=_no_items, max_length=200_000)
    themes: list[Theme] = Field(default_factory=_no_items, max_length=50_000)
    causes: list[Cause] = Field(default_factory=_no_items, max_length=100_000)
    success: list[SuccessStatement] = Field(default_factory=_no_items, max_length=100_000)
    actions: list[Action] = Field(default_factory=_no_items, max_length=100_000)
    # The workshop record (format 3): each role counted once, in the order of RoomRole.
    in_the_room: list[RoleCount] = Field(default_factory=_no_items, max_length=len(RoomRole))
    reflection: Reflection = Field(default_factory=Reflection)
    next_review: dt.date | None = None
    teams: list[Team] = Field(default_factory=_no_items, max_length=1_000)
    # The day's plan (format 4): each stage at most once, in the order of Stage.
    agenda: list[StagePlan] = Field(default_factory=_no_items, max_length=len(Stage))
    starts_at: dt.time | None = Field(default=None, exclude_if=_unset)  # format 6: day_times.py
    # Codes of people who withdrew (Remove this person…, format 6): never given to anyone new
    # (not written while empty: an older wtfc then shows everything in a format 6 file)
    withdrawn_codes: list[Code] = Field(default_factory=_no_items, max_length=100_000,
                                        exclude_if=_blank)

    @model_validator(mode="after")
    def _check_references(self) -> Workshop:
        problems = reference_problems(self)
        if problems:
            raise ValueError(problems[0])
        return self
