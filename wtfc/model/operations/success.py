"""Operations on "what would success look like" statements (the Identify success board)."""

from __future__ import annotations

from wtfc.model.blank_text import is_blank
from wtfc.model.commands import Edit, EditBuilder, new_part
from wtfc.model.document import Document
from wtfc.model.errors import EditRefused
from wtfc.model.link_words import links_lost
from wtfc.model.operations._existing import check_links, existing
from wtfc.model.operations._names import quoted
from wtfc.model.workshop import Action, Perspective, SuccessStatement


def add_success(doc: Document, *, theme_id: str, perspective: Perspective, text: str) -> Edit:
    text = " ".join(text.split())
    if is_blank(text):
        raise EditRefused("A success statement needs some words.")
    check_links(doc, {"theme_id": theme_id})
    statement = new_part(SuccessStatement, theme_id=theme_id, perspective=perspective, text=text)
    b = EditBuilder(doc, f"Add success statement {quoted(text)}")
    b.add("success", statement)
    return b.build()


def edit_success(doc: Document, *, success_id: str, text: str | None = None,
                 perspective: Perspective | None = None) -> Edit:
    statement: SuccessStatement = existing(doc, "success", success_id)
    update: dict = {}
    if text is not None:
        text = " ".join(text.split())
        if is_blank(text):
            raise EditRefused("A success statement needs some words.")
        update["text"] = text
    if perspective is not None:
        update["perspective"] = perspective
    label = f"Edit success statement {quoted(statement.text)}"
    if text in (None, statement.text) and perspective not in (None, statement.perspective):
        whose = perspective.label.removesuffix(" would say")
        label = f"Move {quoted(statement.text)} to what {whose.lower()} would say"
    b = EditBuilder(doc, label)
    b.replace("success", success_id, **update)
    return b.build()


def actions_aiming_at(doc: Document, success_id: str) -> list[Action]:
    """The actions linked to this success statement: deleting it unlinks them."""
    return [a for a in doc.workshop.actions if a.success_id == success_id]


def delete_success(doc: Document, *, success_id: str) -> Edit:
    """Delete a statement; actions linked to it keep their theme and cause, and the label
    names them ("… (the action 'Pilot…' loses its link)")."""
    statement: SuccessStatement = existing(doc, "success", success_id)
    unlinked = actions_aiming_at(doc, success_id)
    b = EditBuilder(doc, f"Delete success statement {quoted(statement.text)}"
                    + links_lost(unlinked))
    for action in unlinked:
        b.replace("actions", action.id, success_id=None)
    b.remove("success", success_id)
    return b.build()


def reorder_success(doc: Document, *, success_id: str, index: int) -> Edit:
    """Put a statement at ``index`` among its column's (its theme's statements from its
    perspective): posters, the report and the room view print them in this order."""
    statement: SuccessStatement = existing(doc, "success", success_id)
    column = [s.id for s in doc.workshop.success
              if s.theme_id == statement.theme_id and s.perspective == statement.perspective]
    at, index = column.index(success_id), max(0, min(index, len(column) - 1))
    if index == at:
        raise EditRefused("That statement is already there.")
    whose = statement.perspective.label.removesuffix(" would say").lower()
    way = "up" if index < at else "down"
    b = EditBuilder(doc, f"Move {quoted(statement.text)} {way} in what {whose} would say")
    # the whole list's place of the statement it goes before (up) or after (down)
    b.move("success", success_id, [s.id for s in doc.workshop.success].index(column[index]))
    return b.build()
