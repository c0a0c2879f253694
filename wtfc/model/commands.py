"""Undoable edits, without Qt.

Every edit a user can make is a ``Command`` with ``do``, ``undo`` and a human label
("Move 3 cards to 'I feel like a package'"). Almost all of them are an ``Edit``: the list of parts
it adds, replaces or removes (with their before and after copies) and the workshop details it
changes. Because parts are never changed in place (see ``document.py``), applying the afters
does the edit and putting back the befores, in reverse order, undoes it exactly.

The operation functions that build commands live in ``wtfc.model.operations``; the UI pushes the
commands onto a QUndoStack through ``wtfc.ui.undo``. Commands never push commands.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Annotated, Any, Protocol, TypeVar

from pydantic import TypeAdapter, ValidationError

from wtfc.model.document import Document
from wtfc.model.errors import EditRefused
from wtfc.model.workshop import Part, Workshop

P = TypeVar("P", bound=Part)


class Command(Protocol):
    """What the undo stack needs from an edit."""

    label: str

    def do(self, doc: Document) -> None: ...

    def undo(self, doc: Document) -> None: ...


@dataclass(frozen=True)
class Change:
    """One part added (before None), replaced, or removed (after None)."""

    collection: str
    part_id: str
    before: Part | None
    after: Part | None
    index_after: int | None = None  # where ``do`` puts it (None: end for an add, stays put)
    index_before: int | None = None  # where ``undo`` puts it back (its place before the change)


@dataclass
class Edit:
    """A command made of part changes and detail changes, applied as one undo step."""

    label: str
    changes: list[Change] = field(default_factory=list)
    details: list[tuple[str, Any, Any]] = field(default_factory=list)  # (field, before, after)

    def do(self, doc: Document) -> None:
        changed: dict[str, set[str]] = {}
        doc.put_all([(ch.collection, ch.part_id, ch.after, ch.index_after)
                     for ch in self.changes])
        for ch in self.changes:
            changed.setdefault(ch.collection, set()).add(ch.part_id)
        for name, _, after in self.details:
            doc.set_detail(name, after)
        doc.announce(changed, [name for name, _, _ in self.details])

    def undo(self, doc: Document) -> None:
        changed: dict[str, set[str]] = {}
        doc.put_all([(ch.collection, ch.part_id, ch.before, ch.index_before)
                     for ch in reversed(self.changes)])
        for ch in reversed(self.changes):
            changed.setdefault(ch.collection, set()).add(ch.part_id)
        for name, before, _ in reversed(self.details):
            doc.set_detail(name, before)
        doc.announce(changed, [name for name, _, _ in self.details])

    @property
    def is_empty(self) -> bool:
        return not self.changes and not any(b != a for _, b, a in self.details)


class EditBuilder:
    """Collects the changes of one edit while reading the document as it will be after them.

    Operations read parts through ``current`` so a second change to the same part builds on the
    first; the document itself is untouched until the edit is done.
    """

    def __init__(self, doc: Document, label: str) -> None:
        self.doc = doc
        self.label = label
        self._pending: dict[tuple[str, str], Part | None] = {}
        self._changes: list[Change] = []
        self._details: list[tuple[str, Any, Any]] = []
        # collection → its ids in order as they will be after the changes so far; made on the
        # first remove or move in that collection, then kept up to date change by change
        self._order: dict[str, list[str]] = {}

    def current(self, collection: str, part_id: str) -> Any:
        key = (collection, part_id)
        if key in self._pending:
            return self._pending[key]
        return self.doc.get(collection, part_id)

    def add(self, collection: str, part: Part, index: int | None = None) -> None:
        self._changes.append(Change(collection, part.id, None, part, index_after=index))  # type: ignore[attr-defined]
        self._pending[(collection, part.id)] = part  # type: ignore[attr-defined]
        order = self._order.get(collection)
        if order is not None:
            order.insert(len(order) if index is None else index, part.id)  # type: ignore[attr-defined]

    def replace(self, collection: str, part_id: str, **update: Any) -> Any:
        """The part with ``update`` applied; no change is recorded when nothing differs, so an
        edit that changes nothing (Enter on unchanged words) is empty and adds no undo step."""
        before = self.current(collection, part_id)
        after = checked(before.model_copy(update=update))
        if after == before:
            return before
        self._changes.append(Change(collection, part_id, before, after))
        self._pending[(collection, part_id)] = after
        return after

    def remove(self, collection: str, part_id: str) -> None:
        before = self.current(collection, part_id)
        if before is None:
            return
        index = self._index_after_pending(collection, part_id)
        self._changes.append(Change(collection, part_id, before, None, index_before=index))
        self._pending[(collection, part_id)] = None
        del self._order[collection][index]

    def move(self, collection: str, part_id: str, index: int) -> None:
        """Move a part to another place in its list (themes on the wall, for instance)."""
        part = self.current(collection, part_id)
        old = self._index_after_pending(collection, part_id)
        if index == old:
            return
        self._changes.append(Change(collection, part_id, part, part, index, old))
        order = self._order[collection]
        del order[old]
        order.insert(index, part_id)

    def detail(self, name: str, value: Any) -> None:
        info = Workshop.model_fields[name]
        kind: Any = Annotated[info.annotation, *info.metadata] if info.metadata \
            else info.annotation
        try:
            value = TypeAdapter(kind).validate_python(value)
        except ValidationError as exc:
            raise EditRefused(_plain_refusal(exc, name)) from exc
        self._details.append((name, getattr(self.doc.workshop, name), value))

    def build(self) -> Edit:
        return Edit(self.label, self._changes, self._details)

    def _index_after_pending(self, collection: str, part_id: str) -> int:
        """The part's position once the earlier pending adds and removes have happened."""
        if collection not in self._order:
            self._order[collection] = self._replayed_order(collection)
        return self._order[collection].index(part_id)

    def _replayed_order(self, collection: str) -> list[str]:
        """The collection's ids in order after the changes recorded so far."""
        ids = [p.id for p in self.doc.parts(collection)]
        for ch in self._changes:
            if ch.collection != collection:
                continue
            if ch.before is None:
                ids.insert(len(ids) if ch.index_after is None else ch.index_after, ch.part_id)
            elif ch.after is None:
                ids.remove(ch.part_id)
            elif ch.index_after is not None:
                ids.remove(ch.part_id)
                ids.insert(ch.index_after, ch.part_id)
        return ids


def new_part(model: type[P], **fields: Any) -> P:
    """A new part, or ``EditRefused`` saying in plain English which value is out of bounds."""
    try:
        return model(**fields)
    except ValidationError as exc:
        raise EditRefused(_plain_refusal(exc)) from exc


def checked(part: P) -> P:
    """The part validated again, or ``EditRefused``.

    ``model_copy(update=...)`` does not validate: without this a 301-character theme name or a
    rank of 0 would be saved into a file that then refuses to open.
    """
    try:
        return type(part).model_validate(part.model_dump(warnings=False))
    except ValidationError as exc:
        raise EditRefused(_plain_refusal(exc)) from exc


def _plain_refusal(exc: ValidationError, name: str = "") -> str:
    err = exc.errors(include_url=False)[0]
    what = " ".join(str(x) for x in err["loc"] if isinstance(x, str)) or name or "value"
    what = what.replace("_", " ")
    ctx = err.get("ctx", {})
    if err["type"] == "string_too_long":
        return f"That is too long: the {what} can have at most {ctx['max_length']:,} characters."
    if err["type"] == "too_long":
        return f"There are too many {what}: at most {ctx['max_length']:,}."
    if err["type"] == "greater_than_equal":
        return f"The {what} must be at least {ctx['ge']:,}."
    if err["type"] == "less_than_equal":
        return f"The {what} can be at most {ctx['le']:,}."
    return f"The {what} cannot be that: {err['msg'][0].lower()}{err['msg'][1:]}."


@dataclass
class CommandGroup:
    """Several commands done as one undo step (undone in reverse)."""

    label: str
    commands: list[Command]

    @property
    def is_empty(self) -> bool:
        return all(getattr(c, "is_empty", False) for c in self.commands)

    def do(self, doc: Document) -> None:
        for command in self.commands:
            command.do(doc)

    def undo(self, doc: Document) -> None:
        for command in reversed(self.commands):
            command.undo(doc)
