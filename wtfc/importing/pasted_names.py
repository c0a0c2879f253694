"""Where a text holds a name pasted in Names to watch for, by the facilitator's word.

The guard reads a sentence's first "May" or "Will" as the everyday word; a name the
facilitator pasted to watch for is a name wherever it stands capitalised ("May is always
kind"). One rule for the check's list, History's labels and the exports' questions, so here,
free of Qt (the importing layer's exports read it as the Collect page does).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
# a title pasted with a name ("Mrs Patel") is not itself a name ("Mrs" stays as typed)
_TITLES = frozenset(["mr", "mrs", "ms", "miss", "mx", "dr", "prof", "rev", "sir"])


def _plain(word: str) -> str:
    """"May’s" is "may": the possessive is kept outside the name ("[name]'s")."""
    word = word.lower().replace("’", "'")
    return word[:-2] if word.endswith("'s") else word


def pasted_at(text: str, pasted: Iterable[str]) -> list[tuple[int, int]]:
    """Where ``text`` has a capitalised word of a name pasted to watch for, wherever it stands:
    "May is always kind" with May pasted (the guard reads a sentence's first "May" as the
    word; the facilitator said it is a name). A lower-case "you may ask" stays the word."""
    watched = {w for n in pasted for w in map(_plain, _WORD.findall(n))
               if w not in _TITLES and len(w) > 1}
    found = [(m.start(), m.end() - 2 * bool(re.search(r"['’][sS]$", m.group())))
             for m in _WORD.finditer(text) if watched and m.group()[0].isupper()]
    # "May's": the name is "May", redacted as "[name]'s"
    return [(a, b) for a, b in found if _plain(text[a:b]) in watched]
