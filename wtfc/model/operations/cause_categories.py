"""Putting a why-tree's cause under a category: the fishbone's bones (Understand board)."""

from __future__ import annotations

from wtfc.model.cause_category import CauseCategory
from wtfc.model.commands import Edit, EditBuilder
from wtfc.model.document import Document
from wtfc.model.operations._existing import existing
from wtfc.model.operations._names import quoted
from wtfc.model.workshop import Cause


def set_cause_category(doc: Document, *, cause_id: str, category: CauseCategory | None) -> Edit:
    """Put a cause under a category ("Put 'Rotas just fill gaps' under Money"), or take it
    out of its category (None). Choosing the category it already has changes nothing."""
    cause: Cause = existing(doc, "causes", cause_id)
    if category is not None:
        label = f"Put {quoted(cause.text)} under {category.label}"
    elif cause.category is not None:
        label = f"Take {quoted(cause.text)} out of {cause.category.label}"
    else:
        label = f"Leave {quoted(cause.text)} with no category"
    b = EditBuilder(doc, label)
    b.replace("causes", cause_id, category=category)  # records nothing when it is the same
    return b.build()
