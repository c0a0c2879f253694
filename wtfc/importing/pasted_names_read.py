"""The names pasted to watch for, read once for every text checked against them.

``pasted_names`` reads each text of the letter, the room views and the exports against the
whole pasted list; gathering every name's words for each text took 1 ms a text at 1,700 names
(session 36's F3), so the list is read here once and kept until the workshop's words are
forgotten (``forget_words``).
"""

from __future__ import annotations

import functools
import re

from wtfc.importing.note_words import ONE_WORD_ROLES

WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")


@functools.lru_cache(maxsize=8)
def read_names(raw: str) -> tuple[frozenset[str], str, bool, str]:
    """The pasted names (one a line) read once for every text checked against them: the roles
    pasted with a capital, the names lowered one a line, whether split into words, and the
    words looked in. Cached: gathering every name's words for each text took 1 ms a text at
    1,700 names, and the letter and the room views read each text so."""
    # a note's role ("husband frank") is no name but pasted so ("Nguyen Son"; R9, A9 R1)
    roles_named = frozenset(w.lower() for w in WORD.findall(raw)
                            if w[:1].isupper() and w.lower() in ONE_WORD_ROLES)
    lines = f"\n{raw}\n".lower().replace("’", "'")
    # "İ" lowers to "i" and a combining dot, which _WORD does not take for a letter, and
    # "Σ" as what follows it in the line: the words are split before they are lowered, as
    # ``_plain`` reads each
    split = any(c in raw for c in "\u0130\u0307\u03a3")
    names = "\n".join(["", *WORD.findall(raw), ""]).lower().replace("’", "'") \
        if split else lines
    return roles_named, lines, split, names
