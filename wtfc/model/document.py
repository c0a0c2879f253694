"""The open workshop: the ``Workshop`` plus fast look-ups and the change events views follow.

Parts are never changed in place. A command replaces a whole part with an edited copy
(``part.model_copy(update=...)``), so a command can keep the before and after of every part it
touches and undo is exact. ``Document.put`` (and ``put_all``, for a whole edit) is the one place
parts are added, replaced or removed.

Every page reads the same derived facts after every edit (which themes a card sits in, the
unsorted cards, how many people a theme speaks for); with 10,000 cards recomputing them each
time costs milliseconds per call, so the document keeps them until a put of their collections.
Finding a part's place in its list is a look-up too (a stale place is noticed and recomputed),
so undoing a 10,000-card import or deleting 500 cards takes milliseconds, not seconds.

Views follow each edit through ``events``; many steps done at once (a jump in Edit > History)
are told as one edit inside ``holding()``: a 150-step jump on a 3,000-card workshop laid out the
wall and the outline 150 times, ~12 s frozen, where one layout takes ~0.1 s.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from types import MappingProxyType
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
    ``names_changed()``: ``names_to_watch`` were pasted or changed. No edit (nothing to undo or
    save), so no ``edited``; the room views guard with them and draw again at once.
    """

    parts_changed = Signal(str, frozenset)
    details_changed = Signal(str)
    reset = Signal()
    edited = Signal()
    names_changed = Signal()


class Document:
    """Holds the workshop being worked on; commands edit it through ``put`` and ``set_detail``."""

    def __init__(self, workshop: Workshop | None = None) -> None:
        self.events = DocumentEvents()
        self.workshop = workshop or Workshop()
        # Names the personal-detail guard watches for (people reviewed, staff), pasted by the
        # facilitator. This session only: never part of the workshop, never saved anywhere.
        self.names_to_watch: tuple[str, ...] = ()
        # The code each name in an imported person column was given, so a later import this
        # session gives the same person the same code (``ImportPlan.person_codes``). Names:
        # never saved, and forgotten when another workshop is opened.
        self.import_person_codes: dict[str, str] = {}
        self._index: dict[str, dict[str, Part]] = {}
        self._positions: dict[str, dict[str, int]] = {}  # may be stale: checked when read
        self._placements: Mapping[str, list[str]] | None = None
        self._unsorted: dict[Kind | None, list[Card]] = {}
        self._people_counts: dict[str, tuple[Theme, tuple[int, int]]] = {}
        self._held: _Held | None = None  # announcements gathered while ``holding()``
        self._told: _Held | None = None  # the hold being told, for ``by_step``
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
        """Where the part is in its list. Places are remembered; one that no longer holds the
        part (something before it was added or removed) makes them all be found again."""
        items = self.parts(collection)
        positions = self._positions.get(collection)
        if positions is not None:
            at = positions.get(part_id)
            if at is not None and at < len(items) and items[at].id == part_id:
                return at
        positions = {part.id: i for i, part in enumerate(items)}
        self._positions[collection] = positions
        try:
            return positions[part_id]
        except KeyError:
            raise KeyError(part_id) from None

    def themes_of_card(self) -> Mapping[str, list[str]]:
        """card id → ids of the themes it sits in (a card may sit in several), in wall order.

        Shared and kept until the themes change, so calling it per card is cheap: read it,
        never change it (the mapping refuses changes; copy a list before changing it).
        """
        if self._placements is None:
            result: dict[str, list[str]] = {}
            for theme in self.workshop.themes:
                for card_id in theme.card_ids:
                    result.setdefault(card_id, []).append(theme.id)
            self._placements = MappingProxyType(result)
        return self._placements

    def unsorted_cards(self, kind: Kind | None = None) -> list[Card]:
        """Cards in no theme, in document order, optionally of one kind (a new list)."""
        if kind not in self._unsorted:
            placed = self.themes_of_card()
            self._unsorted[kind] = [c for c in self.workshop.cards
                                    if c.id not in placed and (kind is None or c.kind == kind)]
        return list(self._unsorted[kind])

    def people_count(self, theme: Theme) -> int:
        """How many different people a theme speaks for: the different person codes on its
        cards. A card with no person code (added without one, or imported from a sheet with no
        person column) is counted as no one, as every export counts it."""
        return self._theme_people(theme)[0]

    def unrecorded_count(self, theme: Theme) -> int:
        """How many of a theme's cards have no person recorded (counted as no one)."""
        return self._theme_people(theme)[1]

    def _theme_people(self, theme: Theme) -> tuple[int, int]:
        known = self._people_counts.get(theme.id)
        if known is not None and known[0] is theme:
            return known[1]
        people = [self.card(cid).person for cid in theme.card_ids]
        counts = (len({person for person in people if person}),
                  sum(1 for person in people if not person))
        self._people_counts[theme.id] = (theme, counts)
        return counts

    # -- changing (commands only) --------------------------------------------------------------
    def put(self, collection: str, part_id: str, part: Part | None, index: int | None) -> None:
        """Add, replace or remove one part.

        ``part`` None removes it; a new part goes at ``index`` (end when None); a replaced part
        keeps its place unless ``index`` says otherwise.
        """
        self._forget_derived(collection)
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
            at = len(items) if index is None else index
            items.insert(at, part)
            table[part_id] = part
            positions = self._positions.get(collection)
            if positions is not None and at >= len(items) - 1:  # appended: the others stay put
                positions[part_id] = len(items) - 1

    def put_all(self, puts: Sequence[tuple[str, str, Part | None, int | None]]) -> None:
        """``put`` each (collection, id, part, index) in turn, as one edit does.

        Removals that follow one another in a collection are done in one pass over its list
        (the same result, since a removal takes no place): deleting 500 of 10,000 cards or
        undoing an import is then linear, not one list search per card.
        """
        i = 0
        while i < len(puts):
            collection, part_id, part, index = puts[i]
            end = i
            while (end < len(puts) and puts[end][0] == collection and puts[end][2] is None):
                end += 1
            if end - i > 1:
                self._remove_all(collection, {p[1] for p in puts[i:end]})
                i = end
            else:
                self.put(collection, part_id, part, index)
                i += 1

    def _remove_all(self, collection: str, part_ids: set[str]) -> None:
        self._forget_derived(collection)
        table = self._index[collection]
        gone = {part_id for part_id in part_ids if part_id in table}
        if not gone:
            return
        items = self.parts(collection)
        items[:] = [part for part in items if part.id not in gone]
        for part_id in gone:
            del table[part_id]

    def set_detail(self, field: str, value: Any) -> None:
        setattr(self.workshop, field, value)

    def announce(self, changed: dict[str, set[str]], details: Iterable[str]) -> None:
        """Tell the views what a command changed (called once per do or undo); while
        ``holding()``, gathered to be told once."""
        if self._held is not None:
            self._held.gather(changed, details)
            return
        self._tell(changed, details, {})

    def _tell(self, changed: Mapping[str, set[str]], details: Iterable[str],
              later: Mapping[str, set[str]]) -> None:
        """The parts, the details (the stage: main window shows its page), ``later``, then
        ``edited``. A view's error keeps no other signal from being sent (autosave, waiting
        for ``edited``, would keep a copy of the state before): the first is raised after."""
        emits: list[tuple[Any, tuple[Any, ...]]] = []
        for told in (changed, None, later):
            if told is None:
                emits += [(self.events.details_changed, (field,)) for field in details]
                continue
            emits += [(self.events.parts_changed, (collection, frozenset(ids)))
                      for collection, ids in told.items() if ids]
        error: Exception | None = None
        for signal, args in [*emits, (self.events.edited, ())]:
            try:
                signal.emit(*args)
            except Exception as exc:  # raised once all is told
                error = error or exc
        if error is not None:
            raise error

    @contextmanager
    def holding(self) -> Iterator[None]:
        """Gather what the commands done inside change and tell the views once, at the end:
        each collection's changed ids in one ``parts_changed``, each detail once, then one
        ``edited`` (none if nothing was done). Views see the end state as after one Undo of
        a command that changed all of it. A part added and removed again inside is not named
        (a view would look for it and find it in neither state). Held inside a hold, the outer
        one tells; an error inside still tells what was done before it. Parts last changed
        after the last change of stage are told after the stage: a jump back over a move on
        shows the page landed on before the steps done there, so its board follows them, as
        Undos one at a time do (steps before the move are told while the page left is shown)."""
        if self._held is not None:
            yield
            return
        self._held = _Held(self._index)
        try:
            yield
        finally:
            held, self._held = self._held, None
            if held.announced:
                self._told, held.told = held, held.net_changes(self._index)
                try:
                    self._tell(*held.split_at_stage())
                finally:
                    self._told = None

    def by_step(self, collection: str, ids: Iterable[str]) -> list[list[str]]:
        """``ids`` by the step that last changed them, the latest step first, each sorted. Told
        a ``holding()`` (a History jump), a view that follows the change to one theme goes where
        the last step took it, as after one Undo at a time, not to whichever id sorts first;
        told one step, ``[sorted(ids)]``."""
        steps: dict[int, list[str]] = {}
        latest = self._told.latest.get(collection, {}) if self._told is not None else {}
        for part_id in sorted(ids):
            steps.setdefault(latest.get(part_id, 0), []).append(part_id)
        return [steps[step] for step in sorted(steps, reverse=True)]

    def told(self, collection: str) -> frozenset[str]:
        """The ids of ``collection`` the ``holding()`` being told changed (none outside one)."""
        return frozenset(self._told.told.get(collection, ())) if self._told else frozenset()

    def last_step(self, collection: str, ids: Iterable[str] | None = None) -> int:
        """The step of the ``holding()`` being told that last changed one of ``ids`` (all it
        changed of ``collection`` when None), counted from 1; 0 told one step, or none. A view
        that follows two collections (causes and votes) goes to the later one's change."""
        if self._told is None:
            return 0
        latest = self._told.latest.get(collection, {})
        return max((latest.get(i, 0) for i in (self.told(collection) if ids is None else ids)),
                   default=0)

    @property
    def telling(self) -> bool:
        """A ``holding()`` is being told: the views are told its parts one collection after
        another, and what they remember of the parts before it waits for ``edited``."""
        return self._told is not None

    def latest_first(self, collection: str, ids: Iterable[str]) -> list[str]:
        """``ids`` in ``by_step`` order, as one list."""
        return [part_id for step in self.by_step(collection, ids) for part_id in step]

    def replace_workshop(self, workshop: Workshop) -> None:
        """Swap in another workshop (after opening a file); views rebuild on ``reset``."""
        if workshop is not self.workshop:  # another workshop's people are not these
            self.import_person_codes = {}
        self.workshop = workshop
        self._reindex()
        if self._held is not None:  # views rebuild from this one: earlier changes are moot
            self._held = _Held(self._index)
        self.events.reset.emit()

    def detached_copy(self) -> Document:
        """A document over a copy of this workshop: new lists and look-ups holding the same
        parts (commands replace parts, never change them). Commands done on it change nothing
        here, and nothing that follows this document hears of them. The look-ups are copied,
        not rebuilt: rebuilding them takes ~12 ms at 10,000 cards, copying them ~0.5 ms."""
        copy = Document()
        copy.workshop = self.workshop.model_copy(
            update={name: list(getattr(self.workshop, name)) for name in COLLECTIONS})
        copy._index = {name: dict(table) for name, table in self._index.items()}
        copy._positions = {name: dict(places) for name, places in self._positions.items()}
        return copy

    def _reindex(self) -> None:
        self._index = {name: {p.id: p for p in getattr(self.workshop, name)}
                       for name in COLLECTIONS}
        self._positions = {}
        self._forget_derived("cards")
        self._forget_derived("themes")

    def _forget_derived(self, collection: str) -> None:
        """Drop what was worked out from this collection (it is about to change)."""
        if collection == "themes":
            self._placements = None
            self._unsorted.clear()
        elif collection == "cards":
            self._unsorted.clear()
            self._people_counts.clear()


class _Held:
    """What ``Document.holding`` gathered: changed ids and details, in the order first told,
    which ids there were when the hold began (to leave out parts come and gone), and the step
    that last changed each id (counted from 1, for ``Document.by_step``)."""

    def __init__(self, index: Mapping[str, Mapping[str, Part]]) -> None:
        self.before = {name: set(table) for name, table in index.items()}
        self.changed: dict[str, set[str]] = {}
        self.details: dict[str, None] = {}  # an ordered set
        self.latest: dict[str, dict[str, int]] = {}
        self.told: dict[str, set[str]] = {}  # the net changes, once told
        self.steps = 0
        self.stage_step = 0  # the step that last changed the stage
        self.announced = False

    def gather(self, changed: Mapping[str, set[str]], details: Iterable[str]) -> None:
        self.announced = True
        self.steps += 1
        for collection, ids in changed.items():
            self.changed.setdefault(collection, set()).update(ids)
            self.latest.setdefault(collection, {}).update(dict.fromkeys(ids, self.steps))
        self.details.update(dict.fromkeys(details))
        if "stage" in details:
            self.stage_step = self.steps

    def split_at_stage(self) -> tuple[dict[str, set[str]], dict[str, None], dict[str, set[str]]]:
        """The net changes the steps up to the last change of stage made, the details, and the
        net changes of the steps after it (all in the first when the stage never changed)."""
        if not self.stage_step:
            return self.told, self.details, {}
        before: dict[str, set[str]] = {}
        after: dict[str, set[str]] = {}
        for collection, ids in self.told.items():
            latest = self.latest.get(collection, {})
            before[collection] = {i for i in ids if latest.get(i, 0) <= self.stage_step}
            after[collection] = set(ids) - before[collection]
        return before, self.details, after

    def net_changes(self, index: Mapping[str, Mapping[str, Part]]) -> dict[str, set[str]]:
        return {collection: {i for i in ids if i in self.before.get(collection, ())
                             or i in index.get(collection, {})}
                for collection, ids in self.changed.items()}
