"""Operations on "what would success look like" statements (the Identify success board)."""

from __future__ import annotations

from wtfc.model.commands import Edit, EditBuilder, new_part
from wtfc.model.document import Document
from wtfc.model.errors import EditRefused
from wtfc.model.operations._names import quoted
from wtfc.model.workshop import Perspective, SuccessStatement


def add_success(doc: Document, *, theme_id: str, perspective: Perspective, text: str) -> Edit:
    text = " ".join(text.split())
    if not text:
        raise EditRefused("A success statement needs some words.")
    statement = new_part(SuccessStatement, theme_id=theme_id, perspective=perspective, text=text)
    b = EditBuilder(doc, f"Add success statement {quoted(text)}")
    b.add("success", statement)
    return b.build()


def edit_success(doc: Document, *, success_id: str, text: str | None = None,
                 perspective: Perspective | None = None) -> Edit:
    statement = doc.get("success", success_id)
    update: dict = {}
    if text is not None:
        text = " ".join(text.split())
        if not text:
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


def delete_success(doc: Document, *, success_id: str) -> Edit:
    statement = doc.get("success", success_id)
    b = EditBuilder(doc, f"Delete success statement {quoted(statement.text)}")
    for action in doc.workshop.actions:
        if action.success_id == success_id:
            b.replace("actions", action.id, success_id=None)
    b.remove("success", success_id)
    return b.build()
