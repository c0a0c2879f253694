"""The rest of a name a quote mark cut off: "Mrs O' Neill" (a stray space in O'Neill),
"Mrs O‘Neill" (the wrong quote mark) and "Mrs 'Pat' Jones" (a nickname in quotes).

The guard reads a quote mark as the end of a word, so it found "Mrs O" and "'Pat'" and Redact
left "[name]' Neill" and "Mrs '[name]' Jones" on the wall.
"""

from __future__ import annotations

import re

from wtfc.importing.name_letters import LOWER, UPPER
from wtfc.importing.name_words import NOT_NAMES, PLACE_WORDS
from wtfc.importing.words_before import title_before
from wtfc.model.search_key import search_key

_SURNAME = rf"[{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)?"
# "O'Neill", "D’Souza" after a nickname
_NICKNAMED_SURNAME = rf"(?:[OD]['’])?{_SURNAME}"
# "O' Neill", "O‘Neill", "D` Souza": the prefix letter's apostrophe, a space or a wrong mark
_PREFIX_REST = re.compile(rf"(?:['’][ \t]+|[‘`][ \t]*){_SURNAME}")
# "'Pat' Jones": the closing quote of a nickname and the surname after it
_AFTER_NICKNAME = re.compile(rf"['’\"”][ \t]+({_NICKNAMED_SURNAME})(?:['’]s)?(?![\w'’-])")
QUOTES = frozenset("'’‘`\"”")  # a name that ends at one of these may go on past it
_OPENING_QUOTES = "'‘\"“"
_NOT_SURNAMES = NOT_NAMES | PLACE_WORDS  # "Mrs 'Pat' Day Centre" is no surname


def past_quotes(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` (the names found, in reading order) with what a quote mark cut off each."""
    out: list[tuple[int, int]] = []
    for start, end in spans:
        if text[end - 1] in "OD" and (end - start == 1 or text[end - 2] in " \t"):
            rest = _PREFIX_REST.match(text, end)  # "Mrs O' Neill"
            if rest is not None:
                end = rest.end()
        out.append((start, end))
        if start > 0 and text[start - 1] in _OPENING_QUOTES and _after_a_name(text, start - 1, out):
            surname = _AFTER_NICKNAME.match(text, end)
            if surname is not None and search_key(surname[1]) not in _NOT_SURNAMES:
                out.append(surname.span(1))  # "Mrs 'Pat' Jones", "Mrs Patricia 'Pat' Jones"
    return out


def _after_a_name(text: str, quote: int, found: list[tuple[int, int]]) -> bool:
    """Whether a title or a name found ends just before the opening quote at ``quote``."""
    before = text[max(0, quote - 30) : quote]
    if title_before(before) is not None:
        return True
    return any(end <= quote and not text[end:quote].strip() for _, end in found[:-1])
