"""Did a save take words off? Words of the version it replaced (kept beside it as ``.bak``) that
the file it wrote no longer holds: a name redacted or edited out of a card, a card or theme
deleted, a theme renamed. The app says so at that save, as the kept versions still hold them
(``ui.words_still_kept``).

The two files are compared rather than the steps taken since the last save, so every way of
taking words off counts (Undo of an Add too, or a colleague's version replaced) and nothing
that keeps them does (moving cards, a stage or a status changed). Read as plain JSON, not as
a workshop: a few ms for a few hundred cards, ~0.3 s for 10,000 on a slow laptop.
"""

from __future__ import annotations

import json
import re

# Fields that hold no one's words: ids, codes, dates and fixed choices (a stage, a kind). A
# change in these is no word taken off ("not_started" gone once an action is started).
WORDLESS = frozenset({
    "id", "schema_version", "date", "stage", "kind", "person", "former_codes", "voice",
    "category", "perspective", "role", "status", "by_when", "checked_on", "next_review",
    "card_ids", "start", "end", "minutes", "count",
})
WORD = re.compile(r"\w+")


def words_in(data: bytes) -> set[str]:
    """The words of a workshop file's text, in any letter case; none when it is not one."""
    try:
        tree = json.loads(data)
    except (ValueError, UnicodeDecodeError):  # damaged: nothing to say it holds
        return set()
    found: set[str] = set()
    _collect(tree, found)
    return found


def took_words_off(before: bytes, after: bytes) -> bool:
    """True when ``before`` (the version a save replaced) has a word ``after`` does not."""
    return not words_in(before) <= words_in(after)


def _collect(value: object, found: set[str]) -> None:
    if isinstance(value, dict):
        for key, inner in value.items():
            if key not in WORDLESS and not key.endswith(("_id", "_ids")):
                _collect(inner, found)
    elif isinstance(value, list):
        for inner in value:
            _collect(inner, found)
    elif isinstance(value, str):
        found.update(word.casefold() for word in WORD.findall(value))
