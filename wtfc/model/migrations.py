"""Bring an older file's JSON up to the current schema, one version at a time.

``MIGRATIONS[n]`` turns a version-n document into version n+1. The loader runs every file
through ``migrate``; a step must not fail on a damaged file (a part that is not what it should
be is left as it is), so validation afterwards can say what is wrong in plain English.
A file of a newer format is read the other way (``known_fields_only``, from
``newer_format``): only what this version knows is kept, a choice it does not know is shown as
its nearest (``newer_values``), and the file opens read-only.

Format history:

1. The first format.
2. Actions gain ``progress_note`` ("What has happened so far") and ``checked_on`` (when the group
   last checked it, in the Act stage), and ``people_and_carers`` joins the roles. An older file
   has no notes and no action ever checked.
3. The workshop record: ``in_the_room`` (how many of each role were there), ``reflection`` (what
   went well, what didn't go so well, what to do differently), ``next_review`` (when the group
   will look again) and ``teams`` (each root-cause team's roles and summary). An older file
   recorded none of these: it has nobody counted, no reflection, no review date and no teams.
4. The day's plan: ``agenda`` (each stage's planned minutes and the facilitator's own notes).
   An older file planned nothing. Each cause's optional ``category`` came in 4 too (before any
   release of it), so a 4 without it reads as None.
5. ``agreements`` on the workshop (how the room agreed to work together and to decide, from
   Prepare), ``resources`` on each action (the resources it needs and who else must be
   brought in) and ``former_codes`` on each person (the codes merged into it with Rename
   person code…, so a later import's P7 is still P07). An older file recorded none of these:
   all are empty, and a merge made before is not known.
6. On each action, ``agreed_what`` / ``agreed_by_when`` (the words and date the room agreed,
   kept once either is changed after the workshop's day), ``done_on`` (the day it was
   recorded done) and ``heard_at_check`` (what people told us at the check, against "How
   we'll know"). An older file kept none: every action reads as agreed, one done before says
   only "Done", as it did, and nothing was heard at a check. ``added_on`` (the day an action
   was added, when after the workshop's: edits that day are still the room's agreement) came
   in 6 too, before its release; a 6 without it was added on the day, as an older file's are.
   So did ``withdrawn_codes`` on the workshop (Remove this person…), and ``team`` on each
   theme (the team its why-tree is given to, named with T before any cause: an older file
   names a tree's teams on its causes only). So did ``starts_at`` on the workshop (the clock
   time the day starts at, from Prepare's day's plan) and ``break_after`` on a stage of the
   day's plan (the minutes of a break after it, such as lunch): an older file has no start
   time and no breaks, and its plan reads as before. A workshop with none of
   these set is still written as format 5 (``format_needed``): the release before opens it to
   work on, where a format 6 file it only shows.
"""

from __future__ import annotations

import copy
from collections import Counter
from collections.abc import Callable
from typing import Any

from pydantic import BaseModel

from wtfc.model.workshop import SCHEMA_VERSION, Workshop

# The oldest format written: a workshop that uses nothing of format 6 is saved as the release
# before wrote it, so a colleague still on that release can work on it, not only look.
OLDEST_WRITTEN = 5


def format_needed(workshop: Workshop) -> int:
    """The oldest format (from ``OLDEST_WRITTEN``) that holds all of ``workshop``. Format 6's
    additions are left out of the file while unset (workshop.py's ``exclude_if``), so a
    workshop with none of them set is a format 5 file byte for byte, and says so. A new
    format's additions belong here too: tests/model/test_oldest_format.py checks against the
    snapshot of format 5's fields."""
    if workshop.withdrawn_codes or any(theme.team for theme in workshop.themes) or any(
            a.agreed_what is not None or a.agreed_by_when is not None or a.done_on is not None
            or a.added_on is not None or a.heard_at_check for a in workshop.actions):
        return 6
    if workshop.starts_at is not None or any(p.break_after for p in workshop.agenda):
        return 6  # the day's start time and breaks
    return OLDEST_WRITTEN


def _actions_gain_progress(data: dict[str, Any]) -> dict[str, Any]:
    """1 → 2: every action has an empty progress note and has never been checked."""
    actions = data.get("actions")
    if isinstance(actions, list):
        for action in actions:
            if isinstance(action, dict):
                action.setdefault("progress_note", "")
                action.setdefault("checked_on", None)
    return data


def _workshop_gains_record(data: dict[str, Any]) -> dict[str, Any]:
    """2 → 3: nothing of the workshop record was kept yet."""
    data.setdefault("in_the_room", [])
    data.setdefault("reflection", {"went_well": "", "not_so_well": "", "do_differently": ""})
    data.setdefault("next_review", None)
    data.setdefault("teams", [])
    return data


def _workshop_gains_agenda(data: dict[str, Any]) -> dict[str, Any]:
    """3 → 4: no stage had a plan or notes yet."""
    data.setdefault("agenda", [])
    return data


def _agreements_and_resources(data: dict[str, Any]) -> dict[str, Any]:
    """4 → 5: no agreements recorded, no action said what it needs, no merge remembered."""
    data.setdefault("agreements", "")
    for name, key, empty in (("actions", "resources", ""), ("people", "former_codes", [])):
        parts = data.get(name)
        if isinstance(parts, list):
            for part in parts:
                if isinstance(part, dict):
                    part.setdefault(key, copy.copy(empty))
    return data


def _actions_keep_the_agreed(data: dict[str, Any]) -> dict[str, Any]:
    """5 → 6: nothing changed since the day is known, nor when a done action was done, nor
    what people told us at a check."""
    actions = data.get("actions")
    if isinstance(actions, list):
        for action in actions:
            if isinstance(action, dict):
                for key in ("agreed_what", "agreed_by_when", "done_on"):
                    action.setdefault(key, None)
                action.setdefault("heard_at_check", "")
    return data


MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {
    1: _actions_gain_progress,
    2: _workshop_gains_record,
    3: _workshop_gains_agenda,
    4: _agreements_and_resources,
    5: _actions_keep_the_agreed,
}


def migrate(data: dict[str, Any]) -> dict[str, Any]:
    version = data.get("schema_version", 1)
    while version < SCHEMA_VERSION:
        data = MIGRATIONS[version](data)
        version += 1
        data["schema_version"] = version
    return data


def known_fields_only(data: Any, model: type[BaseModel],
                      dropped: Counter[tuple[tuple[str, ...], str]] | None = None,
                      where: tuple[str, ...] = ()) -> Any:
    """Keep only the fields this version knows: a file of a newer format is read read-only
    with what this version can show, where ``migrate`` brings an older one up. ``dropped``
    counts what was let go, by where it was (``("actions",)``) and its name, for the note
    that says so."""
    if not isinstance(data, dict):
        return data
    out = {}
    for key, value in data.items():
        field = model.model_fields.get(key)
        if field is None:
            if dropped is not None:
                dropped[(where, key)] += 1
            continue
        sub = _model_in(field.annotation)
        if sub is not None and isinstance(value, list):
            value = [known_fields_only(v, sub, dropped, (*where, key)) for v in value]
        elif sub is not None:
            value = known_fields_only(value, sub, dropped, (*where, key))
        out[key] = value
    return out


def _model_in(annotation: Any) -> type[BaseModel] | None:
    for candidate in (annotation, *getattr(annotation, "__args__", ())):
        if isinstance(candidate, type) and issubclass(candidate, BaseModel):
            return candidate
    return None
