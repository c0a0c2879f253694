"""What the feedback sheet says, in plain words, read from the model (``ExportContent``).

The sheet goes back to the older people whose reviews were used (the method's last step: feed
back what was done). So it names no person code and quotes no card but as said below: the
themes' "I" statements, with how many people said something like each (as the report counts
them: the different person codes on a theme's cards that may be shown), the priorities, and the
actions, each by the role that does it, with what has happened so far; one the group stopped
is said plainly ("We have stopped this"), with the why when the group wrote one, never left
out: a reader told last time it would happen is told it will not. It names no member of staff: no
owner, and not the facilitator (questions go to the reader's care manager). One or two people
(or times a theme was said, where no one is recorded) are "a few", so a count never points at
someone. A theme with no "I" statement yet is left out of what we heard and said to be still
being named; what was agreed about it is told all the same, under "About something we are
still naming", several such groups as one (``feedback_sheet_groups.py``). A kind with cards
but no named theme is still said, "not finished sorting" (``feedback_sheet_unsorted.py``).
Held-back cards never reach here: ``ExportContent`` has already dropped them.
``feedback_sheet.py`` lays these words out on A4.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from wtfc.export.added_after import added_after_words
from wtfc.export.content import UNTITLED, ExportContent, ThemeContent, whole_date
from wtfc.export.feedback_sheet_groups import told_together
from wtfc.export.feedback_sheet_leads import ended, on_lines, sentences
from wtfc.export.feedback_sheet_roles import who_does
from wtfc.export.feedback_sheet_status import status_words, when_words
from wtfc.export.feedback_sheet_told import told_of
from wtfc.export.feedback_sheet_unsorted import not_sorted_kinds, some_loose
from wtfc.model.agreed_words import (
    HEARD_AT_CHECK,
    agreed_date,
    agreed_what,
    date_moved,
    since_agreed_words,
)
from wtfc.model.record_checks import review_passed
from wtfc.model.unnamed_themes import is_unnamed
from wtfc.model.workshop import Action, ActionStatus, Kind, Role, RoomRole, Workshop

# Actions spelt out, priorities first: past them the themes are named with how many things are
# planned, and the reader is told to ask, so 30 priorities do not make a letter of 20 pages.
IN_FULL = 36
NOTE_ROOM = 0.7  # of an action's share of ``IN_FULL``, for its note (the demo's: 2-3 lines)
FEW = 2  # people: up to this many read "a few", never a number that points at someone
ORDER = (Kind.WORKING, Kind.NOT_WORKING, Kind.FUTURE)  # a letter starts with what is going well
HEADINGS = {
    Kind.WORKING: "What you told us is working",
    Kind.NOT_WORKING: "What you told us is not working",
    Kind.FUTURE: "What you told us is important for the future",
}
# Said once above the lists, so each theme is one line: its name and "(6 people)".
HEARD_INTRO = (
    "We put what people told us into groups, the biggest first. After each one is how many "
    "people said something like it."
)
# Over this time's themes when "Since last time" comes first, so a reader never takes this
# time's groups for last time's: without it they followed on under "Since last time (continued)".
HEARD_HEADING = "What you told us this time"
NO_THEMES = "We have not finished sorting what people said yet. We will tell you when we have."
NO_PRIORITIES = "We have not chosen what to work on first yet. We will tell you when we have."
NO_ACTIONS = "We have not agreed what to do about this yet. We will tell you when we have."
PRIORITIES_INTRO = (
    "We chose these to work on first, the most important first. Under each one is "
    "what we are going to do about it."
)
# A theme with no "I" statement yet is left out of the lists, and this said where it would
# have been; a priority's actions are told under "About something we are still naming".
STILL_NAMING = "We are still naming some of what you told us."
STILL_NAMING_CHOSEN = "We are still naming some of what we chose to work on first."
# When none of the priorities has its "I" statement yet: "some" would say others are named.
STILL_NAMING_ALL_CHOSEN = "We are still naming what we chose to work on first."
IN_BRIEF = (
    "To keep this letter short, it does not say what we are going to do about these. "
    "Your care manager can tell you."
)
QUESTIONS = "Questions? Ask your care manager."  # no member of staff is named on the sheet
NEXT_REVIEW_UNKNOWN = "We will look again at what has changed at the next reviews."


@dataclass(frozen=True)
class Said:
    """One theme as the sheet lists it: its "I" statement and how many said it."""

    name: str
    count: str  # "(12 people)", "(a few people)", "(at least 3 people; said 5 times)"


@dataclass(frozen=True)
class Doing:
    """One action as the sheet lists it."""

    what: str
    who: str  # "Care managers", explained the first time where it needs it
    when: str  # "By 31 March 2027." or "The date is still to be agreed."
    status: str  # "Started." … ("" for one we have stopped: ``so_far`` says so)
    so_far: str = ""  # "What has happened so far: …", or "We have stopped this: …"
    # (then "What people told us at the check: …", a line of its own: ``on_lines``)
    stopped: bool = False  # dropped: not counted as planned


@dataclass(frozen=True)
class DoingFor:
    """A theme and its actions, those stopped last: a priority's even with none."""

    theme: str  # "" for a group not named yet
    actions: list[Doing]
    rank: int | None = None  # a priority's stored number, as every other paper prints it
    groups: int = 1  # with ``theme`` "": how many groups not named yet, told as one


@dataclass(frozen=True)
class InBrief:
    """A theme named without its actions, past ``IN_FULL``."""

    theme: str
    planned: str  # "(4 things planned)", "(nothing agreed yet)"
    rank: int | None = None
    groups: int = 1  # as ``DoingFor.groups``


@dataclass(frozen=True)
class FeedbackWords:
    title: str  # "" for a workshop with no title: "Untitled workshop" is not printed
    intro: list[str]
    said: dict[Kind, list[Said]]
    unnamed_said: bool  # some themes with cards have no "I" statement yet: left out
    unsorted: frozenset[Kind]  # kinds with cards and no named theme: "not finished sorting"
    some_loose: bool  # a listed kind has cards in no theme: said once
    priorities: list[DoingFor]  # in rank order, those not named yet too
    unnamed_priorities: int  # priorities with no "I" statement yet: each by its number
    others: list[DoingFor]  # themes chosen as no priority that have actions all the same
    priorities_in_brief: list[InBrief]  # the priorities past ``IN_FULL``, in rank order
    others_in_brief: list[InBrief]
    as_of: str
    next_steps: str
    questions: str

    @property
    def any_actions(self) -> bool:
        return any(d.actions for d in (*self.priorities, *self.others))


# The letter's promise, made only where the guard has read what it prints (``feedback_sheet_guard``)
TELLS = "This letter tells you what we heard and what we are going to do."
NOT_WHO = "It does not say who said what"
# the personal-detail guard's redaction: "[name] told us…" (export may not import the guard)
Guard = Callable[[str], str]
STOPPED = "We have stopped this"  # a dropped action, said in words, never left out
SO_FAR = "What has happened so far"  # the Act stage's note, as the app names it


def feedback_words(content: ExportContent, guard: Guard | None = None) -> FeedbackWords:
    """``guard``: the personal-detail guard's redaction, which the Act stage's notes are printed
    through (``feedback_sheet_guard``); without it they are printed as typed."""
    ws = content.workshop
    said = {kind: [_said(t) for t in _biggest_first(content, kind)] for kind in ORDER}
    unsorted = not_sorted_kinds(content, ORDER, _name)
    cut = _in_full([d for d, _ in _doing(content)])  # (it reads only whether notes are)
    doing = _doing(content, guard, cut)  # the guard reads only the notes printed in full
    full, brief = doing[:cut], doing[cut:]
    # a date that has passed by the day of the sheet is no promise: as when none is set
    next_steps = (
        f"We will look again at what has changed on {whole_date(ws.next_review)}."
        if ws.next_review is not None and not review_passed(ws, content.today)
        else NEXT_REVIEW_UNKNOWN
    )
    return FeedbackWords(
        title="" if content.title == UNTITLED else content.title,
        intro=_intro(content),
        said=said,
        unnamed_said=any(t.card_count and not _name(t) and t.theme.kind in ORDER
                         for t in content.themes),
        unsorted=unsorted,
        some_loose=some_loose(content, unsorted),
        priorities=[d for d, chosen in full if chosen],
        unnamed_priorities=sum(1 for d, chosen in doing if chosen and not d.theme),
        others=[d for d, chosen in full if not chosen],
        priorities_in_brief=[_in_brief(d) for d, chosen in brief if chosen],
        others_in_brief=[_in_brief(d) for d, chosen in brief if not chosen],
        as_of=f"This is how things stood on {whole_date(content.today)}.",
        next_steps=next_steps,
        questions=QUESTIONS,
    )


def _intro(content: ExportContent) -> list[str]:
    ws = content.workshop
    when = f"On {whole_date(ws.date)}" if ws.date else ""
    where = f"at {ws.venue.strip()}" if ws.venue.strip() else ""
    opening = " ".join(x for x in (when, where) if x)
    met = (f"{opening + ', ' if opening else ''}{_who_met(ws)}plan, pay for and give care met "
           f"at a workshop")
    met = met[0].upper() + met[1:]  # "At Riverside Hall, …" with a venue and no date yet
    # One or two people are not counted aloud: the letter would point at them.
    looked = (f"We looked at what {content.people_count:,} people said in their reviews"
              if content.people_count > FEW else "We looked at what was said in reviews")
    return [
        "Thank you for talking to us at your review.",
        f"{met}. {looked}{told_of(content, ORDER, content.people_count > FEW)}.",
        f"{TELLS} {NOT_WHO}.",  # "…, and it names no one": ``feedback_sheet_guard`` vouches
    ]


def _who_met(ws: Workshop) -> str:
    """Who the letter says met, by the workshop's record of who was in the room. Older people
    and family carers take part as equals (the method asks a third of the room be older people);
    a letter saying only "people who plan, pay for and give care met" tells its readers they
    were not there. Nobody counted keeps the old words: the record may not have been kept."""
    counted = {c.role for c in ws.in_the_room if c.count > 0}
    lay = [words for role, words in ((RoomRole.OLDER_PEOPLE, "older people"),
                                     (RoomRole.FAMILY_CARERS, "family carers")) if role in counted]
    return f"{', '.join(lay)} and people who " if lay else "people who "


def _biggest_first(content: ExportContent, kind: Kind) -> list[ThemeContent]:
    """A kind's named themes with cards, most people first, counted as the room counts them:
    one with every card held back too (the letter quotes no card), or a priority it lists
    would be one nobody told us."""
    themes = [t for t in content.themes if t.theme.kind == kind and t.card_count and _name(t)]
    return sorted(themes, key=lambda t: (-t.people, -t.card_count))


def _name(theme: ThemeContent) -> str:
    """The theme's "I" statement, "" for none yet: a group not named yet ("Group 1 (not named
    yet)") is a name for the room to find it by, not something anyone told us."""
    name = theme.theme.name.strip()
    return "" if is_unnamed(name) else name


def _said(theme: ThemeContent) -> Said:
    """How many said it, as the report counts a theme's people, in brackets after the name. A
    card with no person recorded may be someone else's, so with any such card the count is "at
    least" and how often it was said is given too. One or two (people or times) read "a few":
    a smaller number would point at someone, as "said once" would."""
    people, times = theme.people, theme.card_count  # held-back cards too, as the room counts
    uncoded = bool(theme.counts.unrecorded)
    said = f"said {_few(times, 'times')}"
    if not people:  # no person recorded on any card: say how often, never "0 people"
        count = said
    elif people <= FEW:
        count = "a few people"
    else:
        count = f"{'at least ' if uncoded else ''}{people:,} people"
    if people and uncoded and times > FEW:
        count += f"; {said}"
    return Said(_name(theme), _unbroken(f"({count})"))


def _unbroken(words: str) -> str:
    """``words`` kept on one line, wrapping only after a "; " ("(4 people)" is never split)."""
    return "; ".join(part.replace(" ", "\u00a0") for part in words.split("; "))


def _few(number: int, things: str) -> str:
    return f"a few {things}" if number <= FEW else f"{number:,} {things}"


def _doing(content: ExportContent, guard: Guard | None = None,
           cut: int | None = None) -> list[tuple[DoingFor, bool]]:
    """Each priority (by rank) and each other theme with actions, with its actions soonest
    first and those we have stopped after them; and whether it is a priority. The other
    themes not named yet are one, after the named (``told_together``); the first ``cut``'s
    notes (all: None) through ``guard``."""
    explained: set[Role] = set()
    out: list[tuple[DoingFor, bool]] = []  # priorities first, by rank, as everywhere
    every = [(t, [a for by_role in t.actions.values() for a in by_role]) for t in content.themes]
    themes = [(t, actions) for t, actions in every if actions or t.theme.priority.chosen]
    for theme, actions in told_together(
        themes, lambda t: not t.theme.priority.chosen and not _name(t)
    ):
        chosen = theme.theme.priority.chosen
        kept = sorted(actions, key=lambda a: (
            a.status == ActionStatus.DROPPED, a.by_when is None, a.by_when or dt.date.max
        ))
        read = guard if cut is None or len(out) < cut else None
        doing = [_doing_one(a, who_does(a.role, explained), content.today, read,
                            added_after_words(a, content.workshop)) for a in kept]
        rank = theme.theme.priority.rank if chosen else None
        groups = len({a.theme_id for a in kept}) or 1
        out.append((DoingFor(_name(theme), doing, rank, groups), chosen))
    return out


def _doing_one(action: Action, who: str, today: dt.date, guard: Guard | None,
               added: str = "") -> Doing:
    """As ``feedback_sheet_since._was`` says last time's: the words and date agreed, then what
    changed since (and ``added``, "Added after the workshop (…)": R5 F6), and what people told
    us at the check, a line of its own, through ``guard`` (a moved date read as agreed: W1 R1)."""
    what, changed = agreed_what(action).strip(), sentences(since_agreed_words(action), ended(added))
    heard = " ".join(action.heard_at_check.split())
    heard = f"{HEARD_AT_CHECK}: {guard(heard) if guard else heard}" if heard else ""
    if action.status == ActionStatus.DROPPED:  # its date is no promise now: not printed
        return Doing(what, who, "", "", on_lines(sentences(stopped_words(action, guard),
                                                           changed), heard), stopped=True)
    agreed_on = agreed_date(action) if date_moved(action) else None
    when = f"By\xa0{whole_date(agreed_on)}." if agreed_on else when_words(action)
    return Doing(what, who, when, sentences(status_words(action, today), changed),
                 on_lines(so_far_words(action, guard), heard))


def stopped_words(action: Action, guard: Guard | None = None) -> str:
    """"We have stopped this." or, with the group's note of why, "We have stopped this: …";
    no reason is made up where none was written."""
    note = _act_note(action, guard)
    return f"{STOPPED}: {note}" if note else f"{STOPPED}."


def so_far_words(action: Action, guard: Guard | None = None) -> str:
    note = _act_note(action, guard)
    return f"{SO_FAR}: {note}" if note else ""


def _act_note(action: Action, guard: Guard | None) -> str:
    """The Act stage's note, on one line, through ``guard``: written months after the day,
    often by an officer, it names people ("Mrs Patel told us her carer Linda…") in a letter
    that goes to people's homes."""
    note = " ".join(action.progress_note.split())
    return guard(note) if guard and note else note


def _in_full(doing: list[DoingFor]) -> int:
    """How many of ``doing`` (in the order printed) are spelt out: the first always, then
    each whose actions still fit in ``IN_FULL``. The rest are named, so the order holds."""
    shown = 0.0
    for n, doing_for in enumerate(doing):
        shown += max(1.0, sum(_room(x) for x in doing_for.actions))  # none: "We have not …"
        if n and shown > IN_FULL:
            return n
    return len(doing)


def _room(doing: Doing) -> float:
    """An action's share of ``IN_FULL``: a note of what has happened so far takes about as
    many lines again as the action's own words and who does it."""
    return 1.0 + (NOTE_ROOM if _note(doing) else 0.0)


def _in_brief(doing_for: DoingFor) -> InBrief:
    planned = sum(1 for doing in doing_for.actions if not doing.stopped)
    things = "1 thing" if planned == 1 else f"{planned:,} things"
    if planned:
        said = f"({things} planned)"
    elif doing_for.actions:  # every one stopped: not "nothing agreed", which was not so
        said = "(we have stopped what we planned)"
    else:
        said = "(nothing agreed yet)"
    return InBrief(doing_for.theme, _unbroken(said), doing_for.rank, doing_for.groups)


def number_mark(rank: int | None) -> str:
    """"2." for Priority 2; a bullet for one with no number (only a workshop made in code:
    a file's priorities are numbered as it opens, ``priority_numbers``)."""
    return f"{rank}." if rank else "•"


def printed_texts(content: ExportContent) -> Iterator[tuple[str, str]]:
    """(text, where) for each of the workshop's own words the sheet prints, for the warning
    about writing a PDF cannot show (``unshowable.py``)."""
    ws = content.workshop
    words = feedback_words(content)
    yield words.title, "title"
    yield ws.venue, "venue"
    for themes in words.said.values():
        for said in themes:
            yield said.name, "theme"
    for doing_for in (*words.priorities, *words.others):
        yield doing_for.theme, "theme"  # "" for a group not named yet (its card: not here)
        for doing in doing_for.actions:
            yield doing.what, "action"
            if note := _note(doing):
                yield note, "progress"
    for in_brief in (*words.priorities_in_brief, *words.others_in_brief):
        yield in_brief.theme, "theme"


def _note(doing: Doing) -> str:
    """The group's own words in ``doing.so_far`` ("" for none), without the sheet's lead-in."""
    return doing.so_far.partition(": ")[2]
