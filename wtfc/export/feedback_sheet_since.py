"""The feedback sheet's "Since last time": what we said last time we would do, and what happened.

Here too is how any action and what became of it is drawn (``action_lines``), this time's as
last time's: "We have stopped this" and "What has happened so far" in bold, in words.

Given last time's workshop (``wtfc export feedback --previous LAST.wtfc``, or the file the
Review board compares with), the letter opens with it, before this time's themes: a person told
in spring "we will pay for blocks of time with a regular team" is told in autumn that it was
done, is in progress, is late, has not started, or that we have stopped it, each in words (never
by colour alone), with what has happened so far as the group wrote it. Last time's actions are
grouped by the theme they answered, as last time's letter had them: priorities first. A group
last time's room had not named has its actions told too, as this time's are, under "About
something we were still naming" (``feedback_sheet_groups``): never its "Group 1 (not named yet)".
Several such groups are one, "About things we were still naming", after the named themes:
told where the first stood, they used up the part's length and a named theme's actions were
left among "the other 30 things" not listed. A priority last time's room never named keeps its
place among the priorities (with any other priority not named), and the other groups come
after the named themes, "About other things we were still naming".

It prints last time's actions' words, their notes and their themes' names, nothing else of that
workshop (no owner, no title, no card: the checks read none); the personal-detail guard and
the check for writing a PDF cannot draw read the same parts first (``model/last_time_parts.py``,
``what="feedback"``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer

from wtfc.export import fonts as f
from wtfc.export.content import ExportContent, ThemeContent, whole_date
from wtfc.export.continued import CarriedOn
from wtfc.export.feedback_sheet_groups import WERE_STILL_NAMING_OTHERS, about, were_about
from wtfc.export.feedback_sheet_leads import lead_ins_markup, on_lines, sentences
from wtfc.export.feedback_sheet_status import status_words
from wtfc.export.feedback_sheet_words import (
    Doing,
    FeedbackWords,
    Guard,
    so_far_words,
    stopped_words,
)
from wtfc.export.not_checked import not_checked
from wtfc.export.paragraph import BidiParagraph
from wtfc.export.report_sections import p
from wtfc.model.agreed_words import HEARD_AT_CHECK, agreed_what, done_late, since_agreed_words
from wtfc.model.operations.actions import is_overdue
from wtfc.model.workshop import Action, ActionStatus, Workshop

if TYPE_CHECKING:
    from wtfc.export.feedback_sheet import _Styles

HEADING = "Since last time"
# Spelt out before the rest are only counted: last time's 13 actions take about two pages;
# a big workshop's 60 would take ten before this time's themes.
IN_FULL = 20
# Of last time's action re-typed into this time's plan (``model/carried_on.py``): its old status
# beside this time's would give one action two ("Not started" here, "In progress" below).
CARRYING_ON = "We are carrying this on: see below."
# With nothing agreed last time and nothing listed this time either.
LATER = "We will tell you what we will do when we have agreed it."
MORE = ("To keep this letter short, it does not list the other {n} things we said we would "
        "do. Your care manager can tell you about them.")


@dataclass(frozen=True)
class WasDoing:
    """One of last time's actions and what became of it."""

    what: str
    happened: str  # "Done.", "Late, in progress.", "We have stopped this: …", CARRYING_ON
    so_far: str  # "What has happened so far: …" or ""


@dataclass(frozen=True)
class SinceWords:
    intro: str
    tally: str  # "2 are done. 1 is in progress. …" ("" with nothing agreed last time)
    themes: list[tuple[str, list[WasDoing]]]  # last time's theme's name ("" not named), actions
    more: str  # past ``IN_FULL``: said, not listed
    not_named: int = 0  # how many groups last time's room had not named its actions are about
    unnamed_headings: tuple[str, ...] = ()  # over each "" of ``themes``, in turn


def since_words(previous: Workshop, today: dt.date, now: list[str] | None = None,
                guard: Guard | None = None, held_on: dt.date | None = None) -> SinceWords:
    """``now``: the words of this time's actions the letter lists below (none: it lists
    none); one of last time's that is among them again says so instead of its old status.
    ``guard``: what last time's notes are printed through, as this time's (``feedback_words``).
    ``held_on``: this workshop's date; last time's is said only where it came before (a file
    of this very day read "At our last workshop, on 20 April 2027" in a letter of that day's
    workshop: ``last_time_order``)."""
    from wtfc.model.unnamed_themes import is_unnamed

    last = ExportContent(previous, today=today)
    when = f", on {whole_date(previous.date)}" if previous.date and (
        held_on is None or previous.date < held_on) else ""
    actions = [a for t in last.themes for by_role in t.actions.values() for a in by_role]
    if not actions:  # promise "below" only when the letter lists one of this time's actions
        below = "This time we did: it is below." if now else LATER
        return SinceWords(f"At our last workshop{when}, we did not agree anything to do yet. "
                          f"{below}", "", [], "")
    from wtfc.model.carried_on import carried_on

    # Only an unfinished one is carried on, as the method has it: one done or stopped keeps
    # its words ("We have stopped this: …" says why), even if the plan has it again.
    open_ = [a for a in actions if a.status in (ActionStatus.NOT_STARTED, ActionStatus.IN_PROGRESS)]
    carried = {id(open_[i]) for i in carried_on([a.what for a in open_], now or [])}
    themes: list[tuple[str, list[WasDoing]]] = []
    headings: list[str] = []
    shown, not_named = 0, 0

    def name(theme: ThemeContent) -> str:  # "Group 1 (not named yet)": for last time's room
        said = theme.theme.name.strip()
        return "" if is_unnamed(said) else said

    # priorities first, by rank, as last time's letter had them; the priorities not named as
    # one where the first of them stood, the other groups not named as one after the rest
    every = [(name(t), t.theme.priority.chosen,
              [a for by_role in t.actions.values() for a in by_role]) for t in last.themes]
    every = [x for x in every if x[2]]
    chosen_unnamed = [a for called, chosen, own in every if not called and chosen for a in own]
    other_unnamed = [a for called, chosen, own in every if not called and not chosen for a in own]
    told: list[tuple[str, list[Action], bool]] = []  # name, actions, a priority's not named
    for called, chosen, own in every:
        if called:
            told.append((called, own, False))
        elif chosen and not any(first for _, _, first in told):
            told.append(("", chosen_unnamed, True))
    if other_unnamed:
        told.append(("", other_unnamed, False))
    for called, all_own, chosen in told:
        own = sorted(all_own, key=_order)[: max(0, IN_FULL - shown)]
        if not own:
            continue
        themes.append((called, [_was(a, today, guard, previous.date,
                                     carrying_on=id(a) in carried) for a in own]))
        shown += len(own)
        if not called:
            groups = len({a.theme_id for a in own})
            not_named += groups
            others = not chosen and bool(headings)  # after a priority's: "other things"
            headings.append(WERE_STILL_NAMING_OTHERS if others else were_about(groups))
    left = len(actions) - shown
    return SinceWords(
        f"At our last workshop{when}, we said we would do these things. This is what has "
        f"happened to each of them, as things stood on {whole_date(today)}.",
        _tally([a for a in actions if id(a) not in carried], today, len(carried),
               previous.date),
        themes,
        MORE.format(n=f"{left:,}") if left else "",
        not_named,
        tuple(headings),
    )


def listed(words: FeedbackWords) -> list[str]:
    """This time's actions the letter lists in full and not as stopped: those one of last
    time's can be carried on to ("see below")."""
    return [d.what for x in (*words.priorities, *words.others) for d in x.actions
            if not d.stopped]


def _order(action: Action) -> tuple:
    """Soonest first and those we have stopped last, as in the rest of the letter."""
    stopped = action.status == ActionStatus.DROPPED
    return stopped, action.by_when is None, action.by_when or dt.date.max


def _was(action: Action, today: dt.date, guard: Guard | None, held_on: dt.date | None, *,
         carrying_on: bool = False) -> WasDoing:
    # "we said we would do these things": the words the room agreed, and what changed since
    what, changed = agreed_what(action).strip(), since_agreed_words(action)
    heard = " ".join(action.heard_at_check.split())  # through the guard, as the note is
    heard = f"{HEARD_AT_CHECK}: {guard(heard) if guard else heard}" if heard else ""
    # what people told us is often why an action stopped or goes on: the report prints it too
    if carrying_on:
        return WasDoing(what, _with(CARRYING_ON, changed), heard)
    if action.status == ActionStatus.DROPPED:
        return WasDoing(what, _with(stopped_words(action, guard), changed), heard)
    # the note and what people told us a line each, each lead-in bold (not run on as one)
    return WasDoing(what, _with(status_words(action, today, held_on), changed),
                    on_lines(so_far_words(action, guard), heard))


def _with(happened: str, changed: str) -> str:
    """"We have stopped this: no money. We changed this: …": the note ended before."""
    return sentences(happened, changed)


def _tally(actions: list[Action], today: dt.date, carried: int = 0,
           held_on: dt.date | None = None) -> str:
    """How last time's actions went, in short sentences ("4 are done. 5 are in progress, and 1
    of them is late. …"): a number here counts things, not people, so 1 is said too.
    ``actions``: those not ``carried`` on into this time's plan, which are said apart. Those
    nobody has checked since last time's workshop (``held_on``) are counted after them."""
    def count(n: int, one: str, many: str) -> str:
        return f"{n:,} {one if n == 1 else many}"

    def late_of(status: ActionStatus, n: int) -> str:
        late = sum(1 for a in actions if a.status == status and is_overdue(a, today))
        if not late:
            return ""
        if n == 1:  # "1 of them is late" of one thing
            return " but late" if status == ActionStatus.IN_PROGRESS else " and is late"
        if late == n:  # "both", as anyone says it of two, not "all 2"
            return ", and both are late" if n == 2 else f", and all {n:,} are late"
        return f", and {count(late, 'of them is', 'of them are')} late"

    status = [a.status for a in actions]
    done = status.count(ActionStatus.DONE)
    started = status.count(ActionStatus.IN_PROGRESS)
    waiting = status.count(ActionStatus.NOT_STARTED)
    stopped = status.count(ActionStatus.DROPPED)
    said = [f"We said we would do {count(len(actions) + carried, 'thing', 'things')}."]
    if done:
        late = sum(map(done_late, actions))  # done, but after the date the room agreed
        after = "" if not late else " after the date we agreed" if done == 1 else \
            f", {'all' if late == done else f'{late:,}'} of them after the date we agreed"
        said.append(f"{count(done, 'is', 'are')} done{after}.")
    if started:
        said.append(f"{count(started, 'is', 'are')} in progress"
                    f"{late_of(ActionStatus.IN_PROGRESS, started)}.")
    if waiting:
        said.append(f"{count(waiting, 'has', 'have')} not started yet"
                    f"{late_of(ActionStatus.NOT_STARTED, waiting)}.")
    if stopped:
        said.append(f"We have stopped {stopped:,}.")
    if carried:
        said.append(f"We are carrying {carried:,} of them on this time: see below.")
    unchecked = sum(1 for a in actions if not_checked(a.status, a.checked_on, held_on, today))
    if unchecked:
        said.append(f"{count(unchecked, 'has', 'have')} not been checked since the workshop.")
    return " ".join(said)


def since_flowables(since: SinceWords, s: _Styles) -> list[Flowable]:
    """The part, under its heading, each of last time's themes with its actions under it; a
    page it carries on to says "Since last time (continued)"."""
    head: list[Flowable] = [p(HEADING, s.h1), p(since.intro, s.body)]
    if since.tally:
        head.append(p(since.tally, s.bold))
    if not since.themes:
        return [KeepTogether(head)]
    out: list[Flowable] = [CondPageBreak(6 * 21.0), *head,
                           CarriedOn([p(HEADING + " (continued)", s.h2)])]
    headings = iter(since.unnamed_headings)
    for name, actions in since.themes:
        first, *rest = [_was_doing(a, s) for a in actions]
        heading = about(name) if name else next(headings, were_about(since.not_named))
        over = [Spacer(1, 8), p(heading, s.bold)]
        out += [KeepTogether([*over, *first]), *(KeepTogether(x) for x in rest)]
    if since.more:
        out.append(p(since.more, s.body))
    return [*out, CarriedOn([]), Spacer(1, 14)]  # this time's part starts clearly apart


def _was_doing(was: WasDoing, s: _Styles) -> list[Flowable]:
    what = BidiParagraph(f.markup(was.what), s.action, bulletText="•")
    happened = BidiParagraph(so_far_markup(was.happened),
                             s.action_so_far if was.so_far else s.action_who)
    if not was.so_far:
        return [what, happened]
    return [what, happened, BidiParagraph(so_far_markup(was.so_far), s.action_who)]


def action_lines(doing: Doing, s: _Styles) -> list[Flowable]:
    """This time's action: what we will do (up to 4,000 characters, so it may fill a page) by
    a bullet, then who does it, by when and how it stands, and what has happened so far (in
    bold, before who does it, for one we have stopped); every line under the first's start."""
    what = BidiParagraph(f.markup(doing.what), s.action, bulletText="•")
    if doing.stopped:
        who = BidiParagraph(f"<b>Who:</b> {f.markup(doing.who)}.", s.action_who)
        return [what, BidiParagraph(so_far_markup(doing.so_far), s.action_so_far), who]
    who_when = f"<b>Who:</b> {f.markup(doing.who)}. {doing.when} {doing.status}"
    if not doing.so_far:
        return [what, BidiParagraph(who_when, s.action_who)]
    so_far = BidiParagraph(so_far_markup(doing.so_far), s.action_who)
    return [what, BidiParagraph(who_when, s.action_so_far), so_far]


def so_far_markup(words: str) -> str:
    """"Done.", "What has happened so far: …" or "We have stopped this: …" with its lead-in in
    bold and the group's words after it as typed; "What people told us at the check: …" on a
    line of its own after, its lead-in bold too (``feedback_sheet_leads``)."""
    return lead_ins_markup(words)

