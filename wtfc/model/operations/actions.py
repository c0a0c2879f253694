"""Operations on the action plan (the Plan board): who does what, by when."""

from __future__ import annotations

import datetime as dt
from typing import Any

from wtfc.model.commands import Edit, EditBuilder, new_part
from wtfc.model.document import Document
from wtfc.model.errors import EditRefused
from wtfc.model.operations._names import quoted
from wtfc.model.workshop import Action, ActionStatus, Role

_FIELDS = ("theme_id", "cause_id", "success_id", "role", "owner", "what", "by_when",
           "first_step", "how_we_know", "status")


def _clean(fields: dict[str, Any]) -> dict[str, Any]:
    unknown = set(fields) - set(_FIELDS)
    if unknown:
        raise TypeError(f"unknown action fields: {sorted(unknown)}")
    for key in ("owner", "what", "first_step", "how_we_know"):
        if key in fields and isinstance(fields[key], str):
            fields[key] = fields[key].strip()
    if "what" in fields and not fields["what"]:
        raise EditRefused("An action needs to say what will be done.")
    return fields


def add_action(doc: Document, *, theme_id: str, role: Role, what: str, owner: str = "",
               by_when: dt.date | None = None, first_step: str = "", how_we_know: str = "",
               cause_id: str | None = None, success_id: str | None = None,
               status: ActionStatus = ActionStatus.NOT_STARTED) -> Edit:
    fields = _clean(dict(theme_id=theme_id, role=role, what=what, owner=owner, by_when=by_when,
                         first_step=first_step, how_we_know=how_we_know, cause_id=cause_id,
                         success_id=success_id, status=status))
    action = new_part(Action, **fields)
    b = EditBuilder(doc, f"Add action {quoted(action.what)}")
    b.add("actions", action)
    return b.build()


def edit_action(doc: Document, *, action_id: str, **fields: Any) -> Edit:
    """Change any of an action's fields (role, owner, what, by_when, status, links…)."""
    action = doc.get("actions", action_id)
    fields = _clean(fields)
    if set(fields) == {"status"}:
        label = f"Mark {quoted(action.what)} as {fields['status'].label.lower()}"
    elif set(fields) == {"role"}:
        label = f"Move {quoted(action.what)} to {fields['role'].label}"
    else:
        label = f"Edit action {quoted(action.what)}"
    b = EditBuilder(doc, label)
    b.replace("actions", action_id, **fields)
    return b.build()


def delete_action(doc: Document, *, action_id: str) -> Edit:
    action = doc.get("actions", action_id)
    b = EditBuilder(doc, f"Delete action {quoted(action.what)}")
    b.remove("actions", action_id)
    return b.build()


def is_overdue(action: Action, today: dt.date) -> bool:
    """Past its date and neither done nor dropped."""
    return (action.by_when is not None and action.by_when < today
            and action.status in (ActionStatus.NOT_STARTED, ActionStatus.IN_PROGRESS))
