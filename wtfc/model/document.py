"""The open workshop: the ``Workshop`` plus fast look-ups and the change events views follow.

Parts are never changed in place. A command replaces a whole part with an edited copy
(``part.model_copy(update=...)``), so a command can keep the before and after of every part it
touches and undo is exact. ``Document.put`` is the one place parts are added, replaced or removed.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from psygnal import Signal, SignalGroup

from wtfc.model.workshop import Card, Kind, Part, Theme, Workshop

COLLECTIONS = ("people", "cards", "themes", "causes", "success", "actions")


class DocumentEvents(SignalGroup):
    """Events of a ``Document``.

    ``parts_changed(collection, ids)``: parts of one collection were added, replaced or removed.
    ``details_changed(field)``: a workshop field (title, stage, …) changed.
    ``reset()``: the whole workshop was replaced (a file was opened).
    ``edited()``: after every applied command, once its parts and details events have gone out.
    """

    parts_changed = Signal(str, frozenset)
    details_changed = Signal(str)
    reset = Signal()
    edited = Signal()


class Document:
    """Holds the workshop being worked on; commands edit it through ``put`` and ``set_detail``."""

    def __init__(self, workshop: Workshop | None = None) -> None:
        self.events = DocumentEvents()
        self.workshop = workshop or Workshop()
        # Names the personal-detail guard watches for (people reviewed, staff), pasted by the
        # facilitator. This session only: never part of the workshop, never saved anywhere.
        self.names_to_watch: tuple[str, ...] = ()
        self._index: dict[str, dict[str, Part]] = {}
        self._reindex()

    # -- reading -------------------------------------------------------------------------------
    def get(self, collection: str, part_id: str) -> Any:
        """The part with this id, or None."""
        return self._index[collection].get(part_id)

    def card(self, card_id: str) -> Card:
        return self._index["cards"][card_id]  # type: ignore[return-value]

    def theme(self, theme_id: str) -> Theme:
        return self._index["themes"][theme_id]  # type: ignore[return-value]

    def parts(self, collection: str) -> list[Any]:
        return getattr(self.workshop, collection)

    def index_of(self, collection: str, part_id: str) -> int:
        for i, part in enumerate(self.parts(collection)):
            if part.id == part_id:
                return i
        raise KeyError(part_id)

    def themes_of_card(self) -> dict[str, list[str]]:
        """card id → ids of the themes it sits in (a card may sit in several)."""
        result: dict[str, list[str]] = {}
        for theme in self.workshop.themes:
            for card_id in theme.card_ids:
                result.setdefault(card_id, []).append(theme.id)
        return result

    def unsorted_cards(self, kind: Kind | None = None) -> list[Card]:
        """Cards in no theme, in document order, optionally of one kind."""
        placed = self.themes_of_card()
        return [c for c in self.workshop.cards
                if c.id not in placed and (kind is None or c.kind == kind)]

    def people_count(self, theme: Theme) -> int:
        """How many different people a theme speaks for."""
        people = {self.card(cid).person or cid for cid in theme.card_ids}
        return len(people)

    # -- changing (commands only) --------------------------------------------------------------
    def put(self, collection: str, part_id: str, part: Part | None, index: int | None) -> None:
        """Add, replace or remove one part.

        ``part`` None removes it; a new part goes at ``index`` (end when None); a replaced part
        keeps its place unless ``index`` says otherwise.
        """
        items = self.parts(collection)
        table = self._index[collection]
        if part_id in table:
            at = self.index_of(collection, part_id)
            if part is None:
                del items[at]
                del table[part_id]
                return
            if index is None or index == at:
                items[at] = part
            else:
                del items[at]
                items.insert(index, part)
            table[part_id] = part
        elif part is not None:
            items.insert(len(items) if index is None else index, part)
            table[part_id] = part

    def set_detail(self, field: str, value: Any) -> None:
        setattr(self.workshop, field, value)

    def announce(self, changed: dict[str, set[str]], details: Iterable[str]) -> None:
        """Tell the views what a command changed (called once per do or undo)."""
        for collection, ids in changed.items():
            if ids:
                self.events.parts_changed.emit(collection, frozenset(ids))
        for field in details:
            self.events.details_changed.emit(field)
        self.events.edited.emit()

    def replace_workshop(self, workshop: Workshop) -> None:
        """Swap in another workshop (after opening a file); views rebuild on ``reset``."""
        self.workshop = workshop
        self._reindex()
        self.events.reset.emit()

    def _reindex(self) -> None:
        self._index = {name: {p.id: p for p in getattr(self.workshop, name)}
                       for name in COLLECTIONS}
