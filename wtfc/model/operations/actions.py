"""Operations on the action plan (the Plan and Act boards): who does what, by when, and what
has happened since."""

from __future__ import annotations

import contextlib
import datetime as dt
from typing import Any

from wtfc.model.blank_text import is_blank
from wtfc.model.clock_check import before_the_workshop_wrongly
from wtfc.model.commands import Edit, EditBuilder, new_part
from wtfc.model.document import Document
from wtfc.model.errors import EditRefused
from wtfc.model.operations._existing import check_links, existing
from wtfc.model.operations._names import quoted
from wtfc.model.workshop import Action, ActionStatus, Role
from wtfc.model.workshop_day import workshop_day

_FIELDS = ("theme_id", "cause_id", "success_id", "role", "owner", "what", "by_when",
           "first_step", "how_we_know", "resources", "status", "progress_note", "checked_on",
           "heard_at_check")
_PROGRESS = {"progress_note", "checked_on", "heard_at_check"}
# set by edit_action alongside what and by_when or the status, never passed in by a caller
_KEPT = ("agreed_what", "agreed_by_when", "done_on")
# Done or dropped is a check: the group has just said how the action ended.
ENDED = (ActionStatus.DONE, ActionStatus.DROPPED)
# An open action not checked for this long is due a check on the Act board. A quarter is our
# choice (WTFC sets no interval): long enough that a plan checked at each meeting is not nagged.
CHECK_INTERVAL = dt.timedelta(days=91)


def _clean(fields: dict[str, Any]) -> dict[str, Any]:
    unknown = set(fields) - set(_FIELDS)  # _KEPT too: only edit_action itself sets them
    if unknown:
        raise TypeError(f"unknown action fields: {sorted(unknown)}")
    from wtfc.model.control_characters import ONE_LINE_ACTION, on_one_line, with_line_breaks

    # one-line boxes, printed on one line on the posters: Word's line break as a space
    for key in ONE_LINE_ACTION:
        if key in fields and isinstance(fields[key], str):
            fields[key] = on_one_line(fields[key])
    if isinstance(fields.get("heard_at_check"), str):  # one line, as How we'll know beside it
        fields["heard_at_check"] = on_one_line(fields["heard_at_check"]).strip()
    if isinstance(fields.get("progress_note"), str):  # a note of lines: as a newline
        fields["progress_note"] = with_line_breaks(fields["progress_note"]).strip()
    if "what" in fields and is_blank(str(fields["what"])):
        raise EditRefused("An action needs to say what will be done.")
    for key, kind in (("role", Role), ("status", ActionStatus)):
        if key in fields and not isinstance(fields[key], kind):
            # a Qt list hands back the plain string; a bad one is refused when validated
            with contextlib.suppress(ValueError):
                fields[key] = kind(fields[key])
    return fields


def add_action(doc: Document, *, theme_id: str, role: Role, what: str, owner: str = "",
               by_when: dt.date | None = None, first_step: str = "", how_we_know: str = "",
               cause_id: str | None = None, success_id: str | None = None,
               status: ActionStatus = ActionStatus.NOT_STARTED, progress_note: str = "",
               checked_on: dt.date | None = None, resources: str = "",
               heard_at_check: str = "", today: dt.date | None = None,
               now: dt.datetime | None = None) -> Edit:
    fields = _clean(dict(theme_id=theme_id, role=role, what=what, owner=owner, by_when=by_when,
                         first_step=first_step, how_we_know=how_we_know, resources=resources,
                         cause_id=cause_id, success_id=success_id, status=status,
                         progress_note=progress_note, checked_on=checked_on,
                         heard_at_check=heard_at_check))
    check_links(doc, fields)
    today = today or dt.date.today()
    if fields["status"] == ActionStatus.DONE:  # added as done: found done at its check
        fields["done_on"] = checked_on or today
    day, added = doc.workshop.date, workshop_day(today, now)  # 00:10 is still the evening's
    if day is not None and added > day:  # typed up later: its own first day is still agreeing
        fields["added_on"] = added
    action = new_part(Action, **fields)
    b = EditBuilder(doc, f"Add action {quoted(action.what)}")
    b.add("actions", action)
    return b.build()


def edit_action(doc: Document, *, action_id: str, today: dt.date | None = None,
                now: dt.datetime | None = None, **fields: Any) -> Edit:
    """Change any of an action's fields (role, owner, what, by_when, status, links, progress
    note, checked_on…). The undo label names what really changed: the dialog passes every
    field, and "Record progress on …" reads better in the history than "Edit action …".

    ``today`` (the computer's date when None) says whether the change is made after the
    workshop's day, when the words or date the room agreed are kept (``kept_agreed``), and
    dates ``done_on`` when the action becomes done (``done_dated``). Both are part of the same
    replaced action, so undo and redo put them back with the rest. ``now`` (the clock when
    None) says the time: in today's small hours the room is still on the day before
    (``workshop_day``), so an evening workshop's edits at 00:10 are its own."""
    action: Action = existing(doc, "actions", action_id)
    fields = _clean(fields)
    check_links(doc, fields)
    today = today or dt.date.today()
    fields.update(kept_agreed(doc, action, fields, workshop_day(today, now)))
    fields.update(done_dated(action, fields, today))
    from wtfc.model.control_characters import ONE_LINE_ACTION, on_one_line

    changed = {key for key, value in fields.items()
               if getattr(action, key) != value and key not in _KEPT
               and not (key in ONE_LINE_ACTION and on_one_line(getattr(action, key)) == value)} \
        or set(fields)
    new = {key: getattr(value, "label", value) for key, value in fields.items()}
    if "status" in changed and changed <= {"status", "checked_on"}:
        label = f"Mark {quoted(action.what)} as {str(new['status']).lower()}"
    elif changed == {"role"}:
        label = f"Move {quoted(action.what)} to {new['role']}"
    elif changed <= _PROGRESS:
        label = f"Record progress on {quoted(action.what)}"
    else:
        label = f"Edit action {quoted(action.what)}"
    b = EditBuilder(doc, label)
    b.replace("actions", action_id, **fields)
    return b.build()


def kept_agreed(doc: Document, action: Action, fields: dict[str, Any],
                today: dt.date) -> dict[str, Any]:
    """``agreed_what`` / ``agreed_by_when`` for an edit on ``today`` (the workshop day of the
    edit, see ``workshop_day``): the room's words or date, kept at the first change after the
    workshop's day, and let go when changed back to them. Edits on or
    before the day are the room still agreeing, and so are those on the day an action was
    added after it (``added_on``): typed up from the flip chart the day after and its typo
    corrected that afternoon is what the room agreed, not a change since. With no date set the
    day cannot be told from
    later, and a workshop is dated by its Prepare long before any check six months on, so an
    undated workshop's edits count as the room's own: keeping every redraft on the day as
    "changed since" would be the worse mistake. A date set where the room agreed none is the
    first date, not a slip: nothing is kept for it. A day before the workshop's own where the
    record says it cannot be (a laptop at 2001: ``before_the_workshop_wrongly``) is no longer
    the room agreeing: an edit there took the agreed words away for good."""
    from wtfc.model.control_characters import on_one_line

    day = doc.workshop.date
    if day is None or (today <= max(day, action.added_on or day)
                       and not before_the_workshop_wrongly(doc.workshop, today)):
        return {}
    kept: dict[str, Any] = {}
    for key, agreed_key in (("what", "agreed_what"), ("by_when", "agreed_by_when")):
        if key not in fields:
            continue
        agreed, now, new = getattr(action, agreed_key), getattr(action, key), fields[key]
        if key == "what" and now is not None and on_one_line(now) == new:
            continue  # an older file's "late.  Say…" squeezed by the box: not a change
        if agreed is None and new != now and now is not None:
            kept[agreed_key] = now
        elif agreed is not None and new == agreed:
            kept[agreed_key] = None  # back to what the room agreed: nothing has changed
    return kept


def done_dated(action: Action, fields: dict[str, Any], today: dt.date) -> dict[str, Any]:
    """``done_on`` for an edit of the status: the day it becomes done (the check date when
    this edit sets one by hand, as "found done at the check of 20 April", else ``today``),
    None when it stops being done. A done action's check dated before the day it was done
    takes that day with it: marked done on a laptop whose clock was ahead, and the check put
    right as the clock warning advises, the letter said "Done, 1 year and 9 months after the
    date agreed" for an action done early. Only back: a later check of a done action (the
    dialog's "Today") is a new check, not the day it was done."""
    status = fields.get("status", action.status)
    checked = fields.get("checked_on")
    if status == ActionStatus.DONE and action.status != ActionStatus.DONE:
        by_hand = checked is not None and checked != action.checked_on and checked <= today
        return {"done_on": checked if by_hand else today}
    if status != ActionStatus.DONE and action.done_on is not None:
        return {"done_on": None}
    if status == ActionStatus.DONE and checked is not None and action.done_on is not None \
            and checked < action.done_on:
        return {"done_on": checked}
    return {}


def move_status(doc: Document, *, action_id: str, status: ActionStatus,
                today: dt.date, now: dt.datetime | None = None) -> Edit:
    """Space's one step: the new status, and for done or dropped the check dated ``today``,
    as a note written in the dialog is (it said nothing of when, so the feedback sheet and
    Review had no date). A later date already stored (a laptop's clock was wrong) stays."""
    action: Action = existing(doc, "actions", action_id)
    fields: dict[str, Any] = {"status": status}
    if status in ENDED and (action.checked_on is None or action.checked_on < today):
        fields["checked_on"] = today
    return edit_action(doc, action_id=action_id, today=today, now=now, **fields)


def needs_reason(action: Action) -> bool:
    """Dropped with no word of why: the feedback sheet would say only "Dropped"."""
    return action.status == ActionStatus.DROPPED and not action.progress_note.strip()


def delete_action(doc: Document, *, action_id: str) -> Edit:
    action: Action = existing(doc, "actions", action_id)
    b = EditBuilder(doc, f"Delete action {quoted(action.what)}")
    b.remove("actions", action_id)
    return b.build()


def is_open(action: Action) -> bool:
    """Not started or in progress: still to be done."""
    return action.status in (ActionStatus.NOT_STARTED, ActionStatus.IN_PROGRESS)


def is_overdue(action: Action, today: dt.date) -> bool:
    """Past its date and neither done nor dropped."""
    return action.by_when is not None and action.by_when < today and is_open(action)


def check_due_since(today: dt.date) -> dt.date:
    """An open action last checked before this date (or never) is due a check."""
    return today - CHECK_INTERVAL


def needs_check(action: Action, today: dt.date) -> bool:
    """Open, and never checked or not since ``check_due_since(today)``. Done and dropped
    actions need no more checks."""
    return is_open(action) and (action.checked_on is None
                                or action.checked_on < check_due_since(today))
