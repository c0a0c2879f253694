"""Operations on the workshop's own details: title, date, venue, stage…"""

from __future__ import annotations

from typing import Any

from wtfc.model.blank_text import is_blank
from wtfc.model.commands import Edit, EditBuilder
from wtfc.model.document import Document
from wtfc.model.errors import EditRefused
from wtfc.model.workshop import Stage

_EDITABLE = ("title", "date", "venue", "facilitator", "purpose", "scope", "agreements")


def edit_details(doc: Document, **fields: Any) -> Edit:
    """Change the workshop's details; a blank title is refused (it heads every export)."""
    unknown = set(fields) - set(_EDITABLE)
    if unknown:
        raise TypeError(f"not workshop details: {sorted(unknown)}")
    if "title" in fields and is_blank(str(fields["title"])):
        raise EditRefused("A workshop needs a title: it heads the report and every poster, "
                          "so it cannot be left blank.")
    from wtfc.model.control_characters import ONE_LINE_DETAILS, on_one_line, with_line_breaks

    b = EditBuilder(doc, "Edit workshop details")
    for name, value in fields.items():
        if isinstance(value, str):  # Word's line break: a space, or a newline where kept
            one_line = name in ONE_LINE_DETAILS
            value = on_one_line(value) if one_line else with_line_breaks(value).strip()
        if getattr(doc.workshop, name) != value:
            b.detail(name, value)
    return b.build()


def set_stage(doc: Document, *, stage: Stage) -> Edit:
    b = EditBuilder(doc, f"Go to stage '{stage.label}'")
    b.detail("stage", stage)
    return b.build()


def move_stage(doc: Document, *, stage: Stage) -> bool:
    """Go to ``stage`` with no undo step: done at once, the views told as for an edit. For a
    stage move while steps wait to be redone (after Undo or a History jump back): a step would
    drop them all, and to a facilitator a move is looking elsewhere, not a change. The caller
    marks the file changed (the stage is saved). True when the stage moved."""
    edit = set_stage(doc, stage=stage)
    if edit.is_empty:
        return False
    edit.do(doc)
    return True
