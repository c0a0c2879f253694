"""How two copies of one workshop differ, in words: a recovery copy and its saved file, or the
workshop open here and a file changed elsewhere.

Parts are matched by id: added, removed, changed, and the order of the parts both hold (themes
dragged on the wall, success statements moved). An order is work too: a box saying "the same"
while only the order differs is read as "nothing to lose", and the order is thrown away.
"""

from __future__ import annotations

import bisect
import datetime as dt
from dataclasses import dataclass, field

from wtfc.model.document import COLLECTIONS
from wtfc.model.workshop import Workshop

_PART_WORDS = {"people": ("person", "people"), "cards": ("card", "cards"),
               "themes": ("theme", "themes"), "causes": ("root cause", "root causes"),
               "success": ("success statement", "success statements"),
               "actions": ("action", "actions")}
# where the order shows, as a facilitator knows it
_ORDER_WORDS = {"people": "the people", "cards": "the cards", "themes": "the themes on the wall",
                "causes": "the root causes", "success": "the success statements",
                "actions": "the actions"}


@dataclass
class Comparison:
    """How a snapshot differs from the saved file it came from."""

    saved_file_time: dt.datetime | None  # None: never saved, or the file is gone/unreadable
    saved_problem: str = ""
    saved_missing: bool = False  # no file at its path now: deleted, moved, or its drive gone
    saved_after_copy: bool = False  # the file was saved again after the copy was taken
    # the file is not the one the session worked on (a colleague's save synced in, say): the
    # copy holds work found in no file, and the file may hold work the copy lacks
    changed_elsewhere: bool = False
    added: dict[str, int] = field(default_factory=dict)
    removed: dict[str, int] = field(default_factory=dict)
    changed: dict[str, int] = field(default_factory=dict)
    # the parts both hold, in another order: how many were moved (the fewest moves that
    # give one order from the other)
    reordered: dict[str, int] = field(default_factory=dict)
    # the codes withdrawn from the saved file that the copy does not record as withdrawn: they
    # withdrew after it was taken (Remove this person…), so the file changed here, not
    # elsewhere; ``withdrawn_held``: those whose cards the copy holds, which Restore leaves
    # out (not counted above)
    withdrawn_since: tuple[str, ...] = ()
    withdrawn_held: tuple[str, ...] = ()

    def describe(self) -> str:
        """'12 more cards, 3 more themes, 2 cards changed, the themes on the wall in another
        order (1 moved)' or 'the same as the saved file'."""
        phrases = []
        for name in COLLECTIONS:
            for counts, word in ((self.added, "more"), (self.removed, "fewer")):
                if counts.get(name):
                    phrases.append(f"{counts[name]} {word} {_words(name, counts[name])}")
            if self.changed.get(name):
                n = self.changed[name]
                phrases.append(f"{n} {_words(name, n)} changed")
            if self.reordered.get(name):
                phrases.append(f"{_ORDER_WORDS[name]} in another order "
                               f"({self.reordered[name]} moved)")
        if self.changed.get("details"):
            phrases.append("workshop details changed")
        return ", ".join(phrases) if phrases else "the same as the saved file"

    def describe_both(self, saved: str, newer: str) -> list[str]:
        """Each side's own parts when both changed: "the saved file has 2 cards the copy does
        not", never "2 fewer cards", which reads as the copy's loss."""
        lines = []
        if only_saved := counted(self.removed):
            lines.append(f"{saved} has {only_saved} that {newer} does not")
        if only_newer := counted(self.added):
            lines.append(f"{newer} has {only_newer} that {saved} does not")
        if different := counted(self.changed):
            lines.append(f"{different} {'is' if _one(self.changed) else 'are'} different in "
                         f"the two")
        if self.changed.get("details"):
            lines.append("the workshop details are different")
        if self.reordered_any:
            lines.append(f"the order of {self.order_words()} is different in the two")
        return lines

    def order_words(self) -> str:
        """"the themes on the wall and the success statements" ("" when no order differs)."""
        parts = [_ORDER_WORDS[name] for name in COLLECTIONS if self.reordered.get(name)]
        return ", ".join(parts[:-1]) + " and " + parts[-1] if len(parts) > 1 else "".join(parts)

    @property
    def reordered_any(self) -> bool:
        return any(self.reordered.values())

    @property
    def only_order(self) -> bool:
        """The same parts, alike, but some in another order."""
        return self.reordered_any and not any(
            (*self.added.values(), *self.removed.values(), *self.changed.values()))

    @property
    def same(self) -> bool:
        return not any((*self.added.values(), *self.removed.values(), *self.changed.values(),
                        *self.reordered.values()))


def counted(counts: dict[str, int]) -> str:
    """"2 cards and 1 theme" ("" for none); workshop details are not counted here."""
    parts = [f"{counts[name]} {_words(name, counts[name])}" for name in COLLECTIONS
             if counts.get(name)]
    return ", ".join(parts[:-1]) + " and " + parts[-1] if len(parts) > 1 else "".join(parts)


def _one(counts: dict[str, int]) -> bool:
    return sum(counts.get(name, 0) for name in COLLECTIONS) == 1


def _words(collection: str, n: int) -> str:
    one, many = _PART_WORDS[collection]
    return one if n == 1 else many


def differences(saved: Workshop, newer: Workshop) -> Comparison:
    """What ``newer`` adds to, takes from, changes and reorders in ``saved`` (no time)."""
    return compare_parts(saved, newer, None)


def compare_parts(saved: Workshop, newer: Workshop, saved_time: dt.datetime | None) -> Comparison:
    """A recovery copy compared with its saved file (``saved_time`` given) is compared as
    Restore opens it: without the people withdrawn from the file since (``withdrawn_since``),
    so their cards are not counted as work the copy holds."""
    since: tuple[str, ...] = ()
    held: tuple[str, ...] = ()
    if saved_time is not None:
        from wtfc.model.operations.withdraw import kept_withdrawn

        since = tuple(c for c in saved.withdrawn_codes if c not in newer.withdrawn_codes)
        kept = kept_withdrawn(saved, newer)
        newer, held = kept.workshop, kept.codes
    result = Comparison(saved_time, withdrawn_since=since, withdrawn_held=held)
    for name in COLLECTIONS:
        before = {p.id: p for p in getattr(saved, name)}
        after = {p.id: p for p in getattr(newer, name)}
        result.added[name] = len(after.keys() - before.keys())
        result.removed[name] = len(before.keys() - after.keys())
        result.changed[name] = sum(1 for i in after.keys() & before.keys() if after[i] != before[i])
        result.reordered[name] = _moved(list(before), list(after))
    exclude = set(COLLECTIONS)
    result.changed["details"] = int(saved.model_dump(exclude=exclude)
                                    != newer.model_dump(exclude=exclude))
    return result


def _moved(before: list[str], after: list[str]) -> int:
    """How many of the ids both lists hold must move to turn one order into the other: those
    outside the longest run kept in order (one theme dragged to the front is 1, not all)."""
    where = {key: index for index, key in enumerate(before)}
    places = [where[key] for key in after if key in where]
    tails: list[int] = []  # the smallest last place of a kept run of each length
    for place in places:
        at = bisect.bisect_left(tails, place)
        tails[at:at + 1] = [place]
    return len(places) - len(tails)
