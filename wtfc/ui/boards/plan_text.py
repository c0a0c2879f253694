"""The Plan and Act boards' words for an action: its status, its dates and what has happened
so far, never by colour alone; the room views and the Review board say them the same way."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtGui import QColor

from wtfc.export.content import count_phrase
from wtfc.model.agreed_words import (
    HEARD,
    AgreedAction,
    agreed_date_note,
    changed_words,
    done_short_words,
    slipped,
)
from wtfc.model.agreed_words import done_late as was_done_late
from wtfc.model.compare_words import tally_words
from wtfc.model.counting import rank_words
from wtfc.model.dates import long_date, short_date
from wtfc.model.document import Document
from wtfc.model.link_words import aims_at_words, late_status, tackles_words
from wtfc.model.operations.actions import (
    check_due_since,
    is_open,
    is_overdue,
    needs_check,
    needs_reason,
)
from wtfc.model.unnamed_themes import shown_theme_name
from wtfc.model.workshop import Action, ActionStatus, Theme, Workshop

OVERDUE_INK = QColor("#8A3200")     # dark vermillion text: 7:1 on the pale tint below
OVERDUE_TINT = QColor("#FBEDE5")
SHORT_NAME = 40  # characters of a theme's name in a line of words about several themes


def status_text(action: Action, today: dt.date) -> str:
    """The status in words, "⚠ Late: not started" or "⚠ Late: started" when it is late (never
    colour alone; the feedback sheet's own "Late, not started"): "Overdue · Not started" was two
    facts joined by a dot, and "overdue" is not one of the statuses."""
    if is_overdue(action, today):
        return late_status(action.status)
    if action.status == ActionStatus.DONE:  # "✔ Done, 3 months late": after the date agreed
        return f"✔ {done_short_words(action)}"
    return "– Dropped" if action.status == ActionStatus.DROPPED else action.status.label


def rank_mark(theme: Theme | None) -> str:
    """"Priority 2" for priority 2, as the room and the exports say it ("#2" left the room
    to guess what it was); "" for a theme not chosen."""
    ranked = theme is not None and theme.priority.chosen and theme.priority.rank
    return rank_words(theme.priority.rank) if ranked and theme is not None else ""


def theme_line(theme: Theme | None) -> str:
    """The theme an action answers, where several are shown: "Priority 2: I am not sure who
    is coming or when"; the name alone for a theme not chosen. One with no words in its name
    (an older file's lone zero-width space) is "Unnamed theme", as its poster prints it."""
    if not theme:
        return ""
    mark, name = rank_mark(theme), shown_theme_name(theme.name)
    return f"{mark}: {name}" if mark else name


def priority_order(theme: Theme) -> tuple[bool, int]:
    """A theme's place on Plan and Act: the priorities by rank (an unranked one after them),
    then the others, as the action poster and the other boards' theme box have them."""
    return not theme.priority.chosen, theme.priority.rank or 10_001


def themes_in_priority_order(themes: Sequence[Theme]) -> list[Theme]:
    return sorted(themes, key=priority_order)  # stable: the others keep the file's order


def actions_in_priority_order(actions: Sequence[Action], workshop: Workshop) -> list[Action]:
    """``actions`` by their theme's priority, then in the order they were written: after a
    re-rank a lane read "Priority 2…", "Priority 4…", "Priority 1…"."""
    place = {t.id: priority_order(t) for t in workshop.themes}
    return sorted(actions, key=lambda a: place.get(a.theme_id, (True, 10_001)))


def answers_text(action: Action, doc: Document, *, one_theme: bool = False) -> tuple[str, str]:
    """What an action answers, for the Plan and Act boards' "Answers" column, in the words the
    room view and the exports use (``link_words``): its theme, unless ``one_theme`` is shown
    (the Show box names it: on every row it said nothing), and when it is linked the cause it
    tackles and the success statement it aims at, a line each (the cell cuts each short:
    ``plan_answers.AnswersDelegate``); and the same in whole words for the cell's tooltip. A
    cause not agreed to address begins "⚠ Tackles (cause not agreed)", where the cell keeps it
    however narrow the column (cut to one line, it read "Tackles (cause …")."""
    theme = doc.get("themes", action.theme_id)
    cause = doc.get("causes", action.cause_id) if action.cause_id else None
    success = doc.get("success", action.success_id) if action.success_id else None
    lines = [] if one_theme else [theme_line(theme)]
    # "Priority 2: I am not…" in the tip as in the cell; Act's panel under the list shows the
    # tip (its Answers column a scroll away), and the bare name there read as another theme
    tips = [theme_line(theme)]
    if cause is not None:  # a cause not (or no longer) agreed to address says so, first
        mark = "" if cause.agreed else "⚠ "
        kind = theme.kind if theme is not None else None  # a hope's: "In the way: …"
        lines.append(mark + tackles_words(cause, kind))
        tips.append(mark + tackles_words(cause, kind, in_full=True))
    if success is not None:
        lines.append(aims_at_words(success))
        tips.append(aims_at_words(success, whose=True))
    return "\n".join(lines), "\n".join(tips)


def date_text(date: dt.date | None) -> str:
    return short_date(date) if date else "—"


def by_when_text(date: dt.date | None) -> str:
    """An action's date on the boards: "1 Apr 2027", or "To be agreed" as the exports say
    ("Date to be agreed"), not a bare dash."""
    return date_text(date) if date else "To be agreed"


def when_text(action: AgreedAction) -> str:
    """The By when column: "1 Oct 2027 (agreed: 1 Oct 2026)" once the date has moved since
    the workshop, so a new date never hides the slip; else as ``by_when_text``."""
    note = agreed_date_note(action)
    return f"{by_when_text(action.by_when)} ({note})" if note else by_when_text(action.by_when)


def owner_text(owner: str) -> str:
    """Who owns an action on the boards: a blank owner reads "To be agreed" as the date does
    (the exports' "Who" column says the same; the projector says "Owner to be agreed")."""
    return owner or "To be agreed"


def progress_text(action: Action, today: dt.date, names: tuple[str, ...] | None = None) -> str:
    """What has happened so far, after when it was last checked: "Not checked yet" or "Due a
    check" first on an open action that needs one (never by colour alone). With ``names`` (the
    names to watch, while this screen hides held-back details: ``held_back_boards``) the words
    typed after the day read as the room view draws them, "[name] rang on [phone]", by its own
    guard: beside the room view on one screen the board showed them as typed."""

    def said(words: str) -> str:
        if names is None or not words.strip():
            return words
        from wtfc.ui.boards.plan_card_words import guarded  # the room view's (kept) guard

        return guarded(words, names)

    changed = said(changed_words(action))  # the words the room agreed, first: what changed
    heard = f"{HEARD}: {said(action.heard_at_check)}" if action.heard_at_check else ""
    checked = _checked_text(action, today, said(action.progress_note))
    return "\n".join(line for line in (changed, checked, heard) if line)


def _checked_text(action: Action, today: dt.date, note: str) -> str:
    if action.checked_on is None:
        if is_open(action):  # counted "never checked" in the summary: the row says so too
            return f"Not checked yet: {note}" if note else "Not checked yet"
        return note
    when = date_text(action.checked_on)
    when = (f"Due a check · last checked {when}" if needs_check(action, today)
            else f"Checked {when}")
    return f"{when}: {note}" if note else when


def status_heard(action: Action, today: dt.date) -> str:
    """The status cell's words as a screen reader hears them, its mark left out: "Done",
    "Dropped", and a late one "Late, started" (Review hears last time's so), as the cell's
    "⚠ Late: started" says it: a late action in progress was heard as just "In progress"."""
    if is_overdue(action, today):
        return late_status(action.status).removeprefix("⚠ ").replace(":", ",")
    if action.status in (ActionStatus.DONE, ActionStatus.DROPPED):
        return status_text(action, today).removeprefix("✔ ").removeprefix("– ")
    return action.status.label


def action_said(action: Action, today: dt.date, *, act: bool = False,
                names: tuple[str, ...] | None = None) -> str:
    """An action's row as a screen reader hears it on arrowing: the action, then what the
    other columns show of it, "…. In progress. Head of Commissioning, by 30 April 2027"
    ("Late — " first when it is late, as the row shows it, then "Late, started": see
    ``status_heard``). Only the first column is read, so the status, owner and date had never
    been heard: Space, which changes the status, was the only way to learn it. On Act
    (``act``) then what has happened so far, the column checked there (". Not checked yet"),
    as Review says last time's ("So far …"), its words hidden with ``names`` as the cell's."""
    what = " ".join(action.what.split())
    stop = "" if what.endswith((".", "!", "?")) else "."
    late = "Late — " if is_overdue(action, today) else ""
    when = f"by {long_date(action.by_when)}" if action.by_when else "date to be agreed"
    if slipped(action) and action.agreed_by_when is not None:  # heard, as the row shows it
        again = "" if action.by_when else " again"
        when += f"{again} (the date agreed was {long_date(action.agreed_by_when)})"
    status = status_heard(action, today)
    owner = action.owner.strip() or "Owner to be agreed"
    said = f"{late}{what}{stop} {status}. {owner}, {when}"
    if act and (progress := progress_text(action, today, names)):
        from wtfc.ui.boards.summary_said import spoken  # "Due a check · last…": no "·" said

        said = f"{said}. {spoken(' '.join(progress.split()))}"
    return said


def answers_said(cell: str) -> str:
    """What the row's Answers cell says (``cell``: its lines, the theme's left out when the Show
    box names it), as a screen reader hears it after the row's words: a sentence a line, marks
    in words ("Because (cause not agreed): …"). Only the first column is read, so the theme,
    cause and success statement an action answers were never heard: with every theme shown,
    nothing said which theme a row was for."""
    from wtfc.ui.boards.summary_said import spoken

    lines = (" ".join(line.split()) for line in cell.split("\n"))
    return " ".join(line if line.endswith((".", "!", "?", "”")) else f"{line}."
                    for line in map(spoken, lines) if line)


def checks_text(due: int, never: int, since: dt.date) -> str:
    """How many open actions are due a check (never checked, or not since ``since``)."""
    day = long_date(since)
    if not due:
        return f"Every open action has been checked since {day}."
    some = f"{due} open action{'s' if due != 1 else ''}"
    if never == due:
        return f"Due a check: {some}, never checked."
    return (f"Due a check: {some} not checked since {day}"
            f"{f' ({never} never)' if never else ''}.")


NO_ACTIONS_TO_CHECK = "No actions to check yet: add them on 6 Plan."


def short_name(name: str, length: int = SHORT_NAME) -> str:
    """A theme's name cut at a whole word to about ``length`` characters, with "…"."""
    if len(name) <= length:
        return name
    cut = name[:length].rsplit(" ", 1)[0] if " " in name[:length] else name[:length]
    return cut.rstrip(" ,;:.") + "…"


def waiting_priorities(workshop: Workshop) -> list[Theme]:
    """The chosen priorities with no action yet, or only dropped ones, in rank order."""
    answered = {a.theme_id for a in workshop.actions if a.status != ActionStatus.DROPPED}
    return sorted((t for t in workshop.themes if t.priority.chosen and t.id not in answered),
                  key=lambda t: t.priority.rank or 10_001)


def _priorities_that(themes: Sequence[Theme], one: str, several: str, length: int) -> str:
    if not themes:
        return ""
    named = [f"{t.priority.rank or ''} ({short_name(shown_theme_name(t.name), length)})"
             .lstrip() if length else f"{t.priority.rank or ''}"
             for t in themes]  # 0: the ranks alone; "(Unnamed theme)", never "()"
    if len(named) == 1:
        return f"Priority {named[0]} {one}."
    return f"Priorities {', '.join(named[:-1])} and {named[-1]} {several}."


def waiting_priorities_text(themes: Sequence[Theme], actions: Sequence[Action] = (),
                            length: int = SHORT_NAME) -> str:
    """Which chosen priorities have no action yet, or (among ``actions``) only dropped ones,
    each name cut to about ``length`` characters: "Priority 2 (I am not sure who is coming or
    when) has no actions yet." "Priority 3 (I feel lonely and cut off) has only dropped
    actions." A priority left without one is the gap the plan must not hide, and the counts
    alone ("8 actions: …") never showed it; one whose actions were all dropped was counted as
    answered and named nowhere."""
    dropped = {a.theme_id for a in actions}  # a waiting priority's actions are all dropped
    never = [t for t in themes if t.id not in dropped]
    given_up = [t for t in themes if t.id in dropped]
    return " ".join(words for words in (
        _priorities_that(never, "has no actions yet", "have no actions yet", length),
        _priorities_that(given_up, "has only dropped actions", "have only dropped actions",
                         length)) if words)


def actions_summary_text(shown: list[Action], today: dt.date, *, act: bool,
                         waiting: Sequence[Theme] = ()) -> str:
    """The counts above the Plan and Act boards' lanes: the actions shown by status and how
    many of them are late on ``today`` ("13 actions: 6 not started · 5 in progress · 1 done ·
    1 dropped; ⚠ 1 of them late as of 29 November 2026."), the chosen priorities ``waiting``
    with no action yet, and (on Act, ``act``) how many are dropped with no reason and how many
    are due a check. With no action shown it says so, and on Act where they are added: "0
    actions · 0 overdue (⚠) … Every open action has been checked" read as if there were
    actions, all checked."""
    if not shown:
        return NO_ACTIONS_TO_CHECK if act else "No actions yet."
    statuses = [(sum(a.status == status for a in shown), status.label) for status in ActionStatus]
    # late is not a status: it is said of some of them, so the statuses add up to the actions
    late = sum(is_overdue(a, today) for a in shown)
    done_late = sum(map(was_done_late, shown))  # "2 done (1 after the date agreed)": "none
    now = " now" if done_late else ""  # of them late" alone would say it was on time
    on_time = "" if late else f"; not late{now}" if len(shown) == 1 else \
        f"; none of them late{now}"
    counts = f"{tally_words(statuses, len(shown), late, between=' · ', done_late=done_late)}" \
        f"{on_time} as of {long_date(today)}."
    if waiting:
        counts = f"{counts} {waiting_priorities_text(waiting, shown)}"
    if not act:
        return counts
    if (why := sum(map(needs_reason, shown))):  # the feedback sheet would say only "stopped"
        counts = f"{counts} {count_phrase(why, 'dropped action')} with no reason yet: Enter " \
            "on one to say why."
    if not any(is_open(a) for a in shown):
        return f"{counts} Every action is done or dropped: none is left to check."
    due = [a for a in shown if needs_check(a, today)]
    never = sum(a.checked_on is None for a in due)
    return f"{counts} {checks_text(len(due), never, check_due_since(today))}"
