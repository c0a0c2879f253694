"""Did a save take words off that may name someone? Words of the version it replaced (kept
beside it as ``.bak``) that the file it wrote no longer holds: a name redacted or edited out of
a card, a card deleted that named someone. The app says so at that save, as the kept versions
still hold them (``ui.remove_earlier_versions.words_still_kept``).

Most saves take some word off (a typo fixed, a theme named or merged, a duplicate deleted), and
a note at each is soon ignored. So a word taken off counts only when it may name someone: a
flagged personal detail's, or one the caller's ``NameLike`` picks from a part's words as they
were and are (``importing.dropped_names``: capitalised, name-like, not a typo fixed). Undoing a
redaction takes off only "[name]".

Words are counted, not only looked for: "Rose" redacted from one card is taken off even while
another card says "my rose garden", and a card deleted as the duplicate of another takes its
words off once. Moving cards, a stage or a status changed takes none off; words moved into a
card added (a card split in two) are not taken off.

A person who withdrew counts whatever their cards said ("I want to choose when my visits
happen" has no name-like word): a save after the last of someone's cards went (People… →
Remove this person…, or each deleted) took off their words, which the kept versions still hold.

The usual save compares the workshop in memory with the one last saved or opened here
(``parts_took_words_off``): parts are never changed in place, only replaced, so the parts that
went or were replaced are found by identity and only their words are counted (a few ms at
10,000 cards). When the file replaced is not the one last saved here (changed elsewhere), the
two files are compared (``took_words_off``, ~1 s at 10,000 cards: rare).
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Callable, Iterable
from itertools import compress
from operator import is_not

from pydantic import BaseModel

from wtfc.model.document import COLLECTIONS
from wtfc.model.json_bounds import too_big_to_read
from wtfc.model.workshop import Person, Workshop

# Fields that hold no one's words: ids, codes, dates and fixed choices (a stage, a kind). A
# change in these is no word taken off ("not_started" gone once an action is started).
WORDLESS = frozenset({
    "id", "schema_version", "date", "stage", "kind", "person", "former_codes", "voice",
    "category", "perspective", "role", "status", "by_when", "checked_on", "next_review",
    "card_ids", "start", "end", "minutes", "count",
    "agreed_by_when", "done_on", "added_on",  # an action's format 6 dates
    "withdrawn_codes",
})
WORD = re.compile(r"\w+")
# The words of a part's text (its fields, one a line) that may name someone and are gone in its
# new text (None: the part was deleted). Given by the caller: model does not read names.
NameLike = Callable[[str, str | None], Iterable[str]]
Change = tuple[object, object | None]  # a part or detail as it was, and is (None: gone)


def words_in(data: bytes) -> Counter[str]:
    """How often each word is in a workshop file's text, in any letter case; none when it is
    not one."""
    found: Counter[str] = Counter()
    try:
        _count(file_tree(data), found)
    except RecursionError:  # nested nearly as deep as json reads: no workshop is
        return Counter()
    return found


def took_words_off(before: bytes, after: bytes, name_like: NameLike | None = None) -> bool:
    """True when ``before`` (the version a save replaced) has a word more often than ``after``
    and, given ``name_like``, the word may name someone (parts matched by id). False when
    either is no workshop file (damaged, or made to harm: see ``file_tree``)."""
    try:
        return _took_words_off(file_tree(before), file_tree(after), name_like)
    except RecursionError:  # nested nearly as deep as json reads (counted on after reading)
        return False


def _took_words_off(was: object, now: object, name_like: NameLike | None) -> bool:
    if isinstance(was, dict) and isinstance(now, dict) and _row_gone(
            _rows(was.get("people")), _rows(now.get("people"))):
        return True  # a person withdrew: their tags (and their cards) are in the version kept
    lost: Counter[str] = Counter()
    kept: Counter[str] = Counter()
    _count(was, lost)
    _count(now, kept)
    gone = lost - kept
    if not gone or name_like is None or not isinstance(was, dict):
        return bool(gone)
    now = now if isinstance(now, dict) else {}
    if _someone_gone(_persons(was.get("cards")), _persons(now.get("cards"))):
        return True
    changed: list[Change] = []
    for key, old in was.items():
        new = now.get(key)
        if key in COLLECTIONS and isinstance(old, list):
            by_id = {p.get("id"): p for p in new if isinstance(p, dict)} \
                if isinstance(new, list) else {}
            changed += [(part, by_id.get(part.get("id"))) for part in old
                        if isinstance(part, dict) and by_id.get(part.get("id")) != part]
        elif key not in WORDLESS and old != new:
            changed.append((old, new))
    return _may_name_someone(gone, changed, name_like)


def parts_took_words_off(before: Workshop, after: Workshop,
                         name_like: NameLike | None = None) -> bool:
    """``took_words_off`` for the workshop as last saved (``before``, its collections' lists
    copied then, as ``Document.detached_copy`` does) and as now."""
    lost: Counter[str] = Counter()
    kept: Counter[str] = Counter()
    changed: list[Change] = []
    moved = []  # collections whose parts were added, removed or reordered
    for name in Workshop.model_fields:
        old, new = getattr(before, name), getattr(after, name)
        if name in COLLECTIONS:
            if len(old) == len(new):  # the usual save: a few parts replaced where they were
                differ = list(compress(zip(old, new, strict=True), map(is_not, old, new)))
                if all(was.id == now.id for was, now in differ):
                    for was, now in differ:
                        _count(was, lost)
                        _count(now, kept)
                    changed += differ
                    continue
            moved.append(name)
            by_id = {part.id: part for part in new}
            for part in old:
                if (replacing := by_id.get(part.id)) is not part:  # went, or was replaced
                    _count(part, lost)
                    changed.append((part, replacing))
                    if replacing is not None:
                        _count(replacing, kept)
        elif old is not new and name not in WORDLESS:  # a detail is set whole, never changed
            _count(old, lost)
            _count(new, kept)
            changed.append((old, new))
    if "people" in moved and _row_gone(_people(before.people), _people(after.people)):
        return True  # a person withdrew (no card of theirs, perhaps): their tags went
    if "cards" in moved and _someone_gone(((c.id, c.person) for c in before.cards),
                                          ((c.id, c.person) for c in after.cards)):
        return True
    if not lost - kept:
        return False
    for name in moved:  # the words lost may be in a part added since (a card split in two)
        had = {part.id for part in getattr(before, name)}
        for part in getattr(after, name):
            if part.id not in had:
                _count(part, kept)
    return _may_name_someone(lost - kept, changed, name_like)


_TAGS = ("voice", "age_band", "service_type", "locality")
Row = tuple[object, tuple[object, ...], tuple[object, ...]]  # code, former codes, the rest


def _rows(people: object) -> list[Row]:
    """``Row`` of each People row in a file's JSON."""
    if not isinstance(people, list):
        return []
    return [(p.get("id"), tuple(map(str, p.get("former_codes") or ())),
             tuple(str(p.get(tag) or "") for tag in _TAGS)) for p in people if isinstance(p, dict)]


def _people(people: Iterable[Person]) -> list[Row]:
    """``Row`` of each Person in memory (the voice by its value, as saved)."""
    return [(p.id, tuple(p.former_codes),
             tuple(getattr(getattr(p, tag), "value", getattr(p, tag)) or "" for tag in _TAGS))
            for p in people]


def _row_gone(before: list[Row], after: list[Row]) -> bool:
    """Whether a People row went whose code no row has now, as its own or merged into it (a
    merge keeps it in ``former_codes``), and that no row under a new code is, renamed (a
    rename keeps the rest of the row as it was)."""
    have = {code for code, former, _ in after for code in (code, *former)}
    codes_before = {code for code, _, _ in before}
    renamed = Counter((former, rest) for code, former, rest in after if code not in codes_before)
    for code, former, rest in before:
        if code in have:
            continue
        if not renamed[former, rest]:
            return True  # withdrew: the kept version still has their tags
        renamed[former, rest] -= 1
    return False


def _persons(cards: object) -> list[tuple[object, object]]:
    """(id, person) of each card in a file's JSON."""
    if not isinstance(cards, list):
        return []
    return [(c.get("id"), c.get("person")) for c in cards if isinstance(c, dict)]


def _someone_gone(before: Iterable[tuple[object, object]],
                  after: Iterable[tuple[object, object]]) -> bool:
    """Whether a card went whose person has no card left (they withdrew: their words went)."""
    now = dict(after)
    went = {person for card_id, person in before if person and card_id not in now}
    return bool(went - set(now.values()))


def _may_name_someone(gone: Counter[str], changed: list[Change],
                      name_like: NameLike | None) -> bool:
    """Whether a word ``gone`` may name someone: any, without ``name_like``; else a flagged
    personal detail's of a part changed, or one ``name_like`` picks from its words."""
    if not gone or name_like is None:
        return bool(gone)
    for was, now in changed:
        details = getattr(was, "personal_details", None) if not isinstance(was, dict) \
            else was.get("personal_details")
        texts = [getattr(d, "text", None) if not isinstance(d, dict) else d.get("text")
                 for d in details or ()]
        texts += name_like(_text(was), None if now is None else _text(now))
        if any(w.casefold() in gone for t in texts if isinstance(t, str) for w in WORD.findall(t)):
            return True
    return False


def file_tree(data: bytes) -> object:
    """A workshop file's JSON as Python's json reads it; None when it is damaged, nested
    deeper than Python reads, or holds more lists and records than any workshop: a kept
    version is whatever file a save replaced, and 20 MB of "[]," takes 1 GB to read."""
    if too_big_to_read(data, "a kept version") is not None:
        return None
    try:
        return json.loads(data)
    except (ValueError, RecursionError):  # (UnicodeDecodeError is a ValueError)
        return None



def _text(value: object) -> str:
    """A part's or detail's words, a field a line, as ``_count`` counts them (not its flagged
    details' copies of its own words)."""
    lines: list[str] = []
    _strings(value, lines)
    return "\n".join(lines)


def _strings(value: object, found: list[str]) -> None:
    if isinstance(value, BaseModel | dict):
        items = ((k, getattr(value, k)) for k in type(value).model_fields) \
            if isinstance(value, BaseModel) else value.items()
        for key, inner in items:
            if key not in WORDLESS and key != "personal_details" \
                    and not key.endswith(("_id", "_ids")):
                _strings(inner, found)
    elif isinstance(value, list | tuple):
        for inner in value:
            _strings(inner, found)
    elif isinstance(value, str):
        found.append(value)


def _count(value: object, found: Counter[str]) -> None:
    """Count the words in a file's JSON or in a part: the same fields, by the same names."""
    if isinstance(value, BaseModel):
        for key in type(value).model_fields:
            if key not in WORDLESS and not key.endswith(("_id", "_ids")):
                _count(getattr(value, key), found)
    elif isinstance(value, dict):
        for key, inner in value.items():
            if key not in WORDLESS and not key.endswith(("_id", "_ids")):
                _count(inner, found)
    elif isinstance(value, list | tuple):
        for inner in value:
            _count(inner, found)
    elif isinstance(value, str):
        found.update(word.casefold() for word in WORD.findall(value))
