"""What the feedback sheet says, in plain words, read from the model (``ExportContent``).

The sheet goes back to the older people whose reviews were used (the method's last step: feed
back what was done). So it quotes no card and names no person code: only the themes' "I"
statements, with how many people said something like each (as the report counts them: the
different person codes on a theme's cards that may be shown), the priorities, and the actions
still planned, each by the role that does it (an owner's name is a member of staff's, so it is
left out). Held-back cards never reach here: ``ExportContent`` has already dropped them.
``feedback_sheet.py`` lays these words out on A4.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass

from wtfc.export.content import ExportContent, ThemeContent, format_date
from wtfc.model.counting import count_phrase
from wtfc.model.operations.actions import is_overdue
from wtfc.model.workshop import Action, ActionStatus, Kind, Role

ORDER = (Kind.WORKING, Kind.NOT_WORKING, Kind.FUTURE)  # a letter starts with what is going well
HEADINGS = {
    Kind.WORKING: "What you told us is working",
    Kind.NOT_WORKING: "What you told us is not working",
    Kind.FUTURE: "What you told us is important for the future",
}
NO_THEMES = "We have not finished sorting what people said yet. We will tell you when we have."
NO_PRIORITIES = "We have not chosen what to work on first yet. We will tell you when we have."
NO_ACTIONS = "We have not agreed what to do about this yet. We will tell you when we have."
PRIORITIES_INTRO = (
    "We chose these to work on first, the most important first. Under each one is "
    "what we are going to do about it."
)
UNNAMED = "Something the room has not named yet"  # a theme with no "I" statement
NEXT_REVIEW_UNKNOWN = "We will look again at what has changed for people at the next reviews."
# Who does an action, in everyday words; a role that needs it is explained the first time.
ROLE_WORDS = {
    Role.COMMISSIONERS: (
        "Commissioners",
        "the people who decide which services the council pays for",
    ),
    Role.PROVIDERS: ("Care providers", "the organisations that give care and support"),
    Role.CARE_MANAGERS: ("Care managers", ""),
    Role.OLDER_PEOPLES_ORGANISATIONS: ("Older people's groups", ""),
    Role.PEOPLE_AND_CARERS: ("People who use services, and their carers", ""),
    Role.HEALTH: ("Health services", "such as GPs and hospitals"),
    Role.OTHER: ("Other organisations", ""),
}


@dataclass(frozen=True)
class Said:
    """One theme as the sheet lists it: its "I" statement and how many said it."""

    name: str
    count: str  # "12 people said something like this"


@dataclass(frozen=True)
class Doing:
    """One action as the sheet lists it."""

    what: str
    who: str  # "Care managers", explained the first time where it needs it
    when: str  # "By 31 March 2027." or "The date is still to be agreed."
    status: str  # "It has started." …


@dataclass(frozen=True)
class DoingFor:
    """A theme and the actions still planned for it: a priority's even with none."""

    theme: str
    actions: list[Doing]


@dataclass(frozen=True)
class FeedbackWords:
    title: str
    intro: list[str]
    said: dict[Kind, list[Said]]
    priorities: list[DoingFor]  # in rank order
    others: list[DoingFor]  # themes chosen as no priority that have actions all the same
    as_of: str
    next_steps: str
    questions: str


def feedback_words(content: ExportContent) -> FeedbackWords:
    ws = content.workshop
    said = {kind: [_said(t) for t in _biggest_first(content, kind)] for kind in ORDER}
    doing = _doing(content)
    next_steps = (
        f"We will look again at what has changed for people on {format_date(ws.next_review)}."
        if ws.next_review is not None
        else NEXT_REVIEW_UNKNOWN
    )
    who = f", or {ws.facilitator.strip()}, who ran the workshop" if ws.facilitator.strip() else ""
    return FeedbackWords(
        title=content.title,
        intro=_intro(content),
        said=said,
        priorities=[d for d, chosen in doing if chosen],
        others=[d for d, chosen in doing if not chosen],
        as_of=f"This is how things stood on {format_date(content.today)}.",
        next_steps=next_steps,
        questions=f"Questions? Ask your care manager{who}.",
    )


def _intro(content: ExportContent) -> list[str]:
    ws = content.workshop
    when = f"On {format_date(ws.date)}" if ws.date else ""
    where = f"at {ws.venue.strip()}" if ws.venue.strip() else ""
    opening = " ".join(x for x in (when, where) if x)
    met = (
        "people who plan, pay for and give care met at a workshop"
        if opening
        else "People who plan, pay for and give care met at a workshop"
    )
    whose = (
        f"what {count_phrase(content.people_count, 'person', 'people')} said in "
        f"{'their reviews' if content.people_count > 1 else 'their review'}"
        if content.people_count
        else "what people said in their reviews"
    )
    return [
        "Thank you for talking to us at your review.",
        f"{opening + ', ' if opening else ''}{met}. We looked at {whose}: what is working in "
        f"their lives, what is not working, and what is important for the future.",
        "This letter tells you what we heard and what we are going to do. It does not say who "
        "said what, and it names no one.",
    ]


def _biggest_first(content: ExportContent, kind: Kind) -> list[ThemeContent]:
    """A kind's named themes with something in them that may be shown, most people first."""
    themes = [
        t for t in content.themes if t.theme.kind == kind and t.cards and t.theme.name.strip()
    ]
    return sorted(themes, key=lambda t: (-t.people, -len(t.cards)))


def _said(theme: ThemeContent) -> Said:
    if theme.people:
        count = f"{count_phrase(theme.people, 'person', 'people')} said something like this."
    else:  # cards with no person recorded: say how often, never "0 people"
        times = len(theme.cards)
        count = "This came up once." if times == 1 else f"This came up {times:,} times."
    return Said(theme.theme.name.strip(), count)


def _doing(content: ExportContent) -> list[tuple[DoingFor, bool]]:
    """Each priority (by rank) and each other theme with actions, with its actions still
    planned, soonest first (a dropped one is left out); and whether it is a priority."""
    explained: set[Role] = set()
    out = []
    for theme in content.themes:  # priorities first, by rank, as everywhere
        chosen = theme.theme.priority.chosen
        kept = sorted(
            (
                a
                for by_role in theme.actions.values()
                for a in by_role
                if a.status != ActionStatus.DROPPED
            ),
            key=lambda a: (a.by_when is None, a.by_when or dt.date.max),
        )
        if not kept and not chosen:
            continue
        doing = [
            Doing(a.what.strip(), _who(a.role, explained), _when(a), _status(a, content.today))
            for a in kept
        ]
        out.append((DoingFor(theme.theme.name.strip() or UNNAMED, doing), chosen))
    return out


def _who(role: Role, explained: set[Role]) -> str:
    words, meaning = ROLE_WORDS[role]
    if meaning and role not in explained:
        explained.add(role)
        return f"{words} ({meaning})"
    return words


def _when(action: Action) -> str:
    if action.by_when is None:
        return "The date is still to be agreed."
    return f"By {format_date(action.by_when)}."


def _status(action: Action, today: dt.date) -> str:
    late = is_overdue(action, today)
    if action.status == ActionStatus.DONE:
        return "Done."
    if action.status == ActionStatus.IN_PROGRESS:
        return "Started, but late." if late else "Started."
    return "Late, and not started yet." if late else "Not started yet."


def printed_texts(content: ExportContent) -> Iterator[tuple[str, str]]:
    """(text, where) for each of the workshop's own words the sheet prints, for the warning
    about writing a PDF cannot show (``unshowable.py``)."""
    ws = content.workshop
    yield ws.title, "title"
    yield ws.venue, "venue"
    yield ws.facilitator, "facilitator"
    words = feedback_words(content)
    for themes in words.said.values():
        for said in themes:
            yield said.name, "theme"
    for doing_for in (*words.priorities, *words.others):
        yield doing_for.theme, "theme"
        for doing in doing_for.actions:
            yield doing.what, "action"
