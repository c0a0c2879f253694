"""Did a save take words off? Words of the version it replaced (kept beside it as ``.bak``) that
the file it wrote no longer holds: a name redacted or edited out of a card, a card or theme
deleted, a theme renamed. The app says so at that save, as the kept versions still hold them
(``ui.remove_earlier_versions.words_still_kept``).

Words are counted, not only looked for: "Rose" redacted from one card is taken off even while
another card says "my rose garden", and a card deleted as the duplicate of another takes its
words off once. Moving cards, a stage or a status changed takes none off; words moved into a
card added (a card split in two) are not taken off.

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
from itertools import compress
from operator import is_not

from pydantic import BaseModel

from wtfc.model.document import COLLECTIONS
from wtfc.model.workshop import Workshop

# Fields that hold no one's words: ids, codes, dates and fixed choices (a stage, a kind). A
# change in these is no word taken off ("not_started" gone once an action is started).
WORDLESS = frozenset({
    "id", "schema_version", "date", "stage", "kind", "person", "former_codes", "voice",
    "category", "perspective", "role", "status", "by_when", "checked_on", "next_review",
    "card_ids", "start", "end", "minutes", "count",
})
WORD = re.compile(r"\w+")


def words_in(data: bytes) -> Counter[str]:
    """How often each word is in a workshop file's text, in any letter case; none when it is
    not one."""
    try:
        tree = json.loads(data)
    except (ValueError, UnicodeDecodeError):  # damaged: nothing to say it holds
        return Counter()
    found: Counter[str] = Counter()
    _count(tree, found)
    return found


def took_words_off(before: bytes, after: bytes) -> bool:
    """True when ``before`` (the version a save replaced) has a word more often than ``after``."""
    return bool(words_in(before) - words_in(after))


def parts_took_words_off(before: Workshop, after: Workshop) -> bool:
    """``took_words_off`` for the workshop as last saved (``before``, its collections' lists
    copied then, as ``Document.detached_copy`` does) and as now."""
    lost: Counter[str] = Counter()
    kept: Counter[str] = Counter()
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
                    continue
            moved.append(name)
            by_id = {part.id: part for part in new}
            for part in old:
                if (replacing := by_id.get(part.id)) is not part:  # went, or was replaced
                    _count(part, lost)
                    if replacing is not None:
                        _count(replacing, kept)
        elif old is not new and name not in WORDLESS:  # a detail is set whole, never changed
            _count(old, lost)
            _count(new, kept)
    if not lost - kept:
        return False
    for name in moved:  # the words lost may be in a part added since (a card split in two)
        had = {part.id for part in getattr(before, name)}
        for part in getattr(after, name):
            if part.id not in had:
                _count(part, kept)
    return bool(lost - kept)


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
