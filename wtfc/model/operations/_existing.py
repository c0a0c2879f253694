"""The parts an edit names, or a plain refusal when one has gone.

A panel, dialog or board may still offer a part that an Undo, a merge or a delete took away
since it was shown. Without this check an edit crashed on the missing part (a traceback, not
words), or worse, was built and done and left a workshop that saves a file that will not
open ("Cause … belongs to a theme that does not exist").
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from wtfc.model.document import Document
from wtfc.model.errors import EditRefused

# what the refusal says is gone, by collection (a theme can also have been merged away)
_GONE = {
    "cards": "That card was deleted or undone meanwhile",
    "themes": "That theme is no longer on the wall (it was deleted or merged)",
    "causes": "That cause was deleted or undone meanwhile",
    "success": "That success statement was deleted or undone meanwhile",
    "actions": "That action was deleted or undone meanwhile",
}


def existing(doc: Document, collection: str, part_id: str | None) -> Any:
    """The part of ``collection`` with this id, or a refusal saying it has gone."""
    part = None if part_id is None else doc.get(collection, part_id)
    if part is None:
        raise EditRefused(f"{_GONE[collection]}; nothing was changed.")
    return part


def all_existing(doc: Document, collection: str, part_ids: Iterable[str]) -> list[Any]:
    """Every one of these parts, or a refusal if any has gone (no edit does half its parts)."""
    return [existing(doc, collection, part_id) for part_id in part_ids]


def check_links(doc: Document, fields: dict[str, Any]) -> None:
    """The theme, cause and success statement an action (or new cause or statement) is to
    link to all exist: a link to a gone one saves a file that will not open."""
    for key, collection in (("theme_id", "themes"), ("cause_id", "causes"),
                            ("success_id", "success"), ("parent_id", "causes")):
        if fields.get(key) is not None:
            existing(doc, collection, fields[key])
