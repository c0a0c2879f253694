"""Where a text holds a name pasted in Names to watch for, by the facilitator's word.

The guard reads a sentence's first "May" or "Will" as the everyday word; a name the
facilitator pasted to watch for is a name wherever it stands capitalised ("May is always
kind"). One rule for the check's list, History's labels, and every guard that takes the names
(``watch_guard``: the exports' questions, the letter, the room views), so here, free of Qt (the
importing layer's exports read it as the Collect page does).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_LETTER = re.compile(r"[^\W\d_]")
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
    # "May's": the name is "May", redacted as "[name]'s"
    found = [(m.start(), m.end() - 2 * bool(re.search(r"['’][sS]$", m.group())))
             for m in _WORD.finditer(text) if m.group()[0].isupper()]
    if not found:
        return []
    # Each of the text's few capitalised words is looked for in the names, not every name's
    # words gathered for each text: with 1,700 names pasted that took 5 ms a text, and every
    # guard that takes the names reads each text so (the letter, the room views, the exports').
    names: str | None = None
    split = False  # the names one word a line (``_WORD``'s), not as pasted
    watched: dict[str, bool] = {}
    kept = []
    for a, b in found:
        word = _plain(text[a:b])
        if len(word) < 2 or word in _TITLES:
            continue
        if names is None:
            names = "\n".join(pasted)
            # "İ" lowers to "i" and a combining dot, which _WORD does not take for a letter, and
            # "Σ" as what follows it in the line: the words are split before they are lowered,
            # as ``_plain`` reads each
            split = any(c in names for c in "\u0130\u0307\u03a3")
            names = "\n".join(["", *_WORD.findall(names), ""]) if split else names
            names = names.lower().replace("’", "'")
        if word not in watched:
            watched[word] = (f"\n{word}\n" in names or f"\n{word}'s\n" in names) if split \
                else _a_name_word(names, word)
        if watched[word]:
            kept.append((a, b))
    return kept


def _a_name_word(names: str, word: str) -> bool:
    """Whether ``word`` is a whole word of ``names`` as ``_WORD`` splits them ("jones" of
    "jones" or "jones's", not of "jonesy" or "o'jones"), as ``_plain`` reads each."""
    at = names.find(word)
    while at >= 0:
        end = at + len(word)
        if not _inside(names, at) and (_ends(names, end) or (
                names.startswith("'s", end) and _ends(names, end + 2))):
            return True
        at = names.find(word, at + 1)
    return False


def _letter(text: str, at: int) -> bool:
    return 0 <= at < len(text) and _LETTER.match(text, at) is not None


def _inside(text: str, at: int) -> bool:
    """Whether ``at`` is inside a word: after a letter, or an apostrophe after one ("o'neill")."""
    return _letter(text, at - 1) or (text[at - 1:at] == "'" and _letter(text, at - 2))


def _ends(text: str, at: int) -> bool:
    """Whether a word ends at ``at``: no letter follows, nor an apostrophe and a letter."""
    return not _letter(text, at) and not (text[at:at + 1] == "'" and _letter(text, at + 1))
