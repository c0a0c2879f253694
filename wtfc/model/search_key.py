"""Words as a person looks for them: "cafe" is "café" (typed as one letter or pasted as "e"
and an accent), "istanbul" is "İstanbul", "lodz" is "Łódź" and "sian" is "Siân".

A facilitator on an English keyboard types the plain letters, and text pasted from a Mac or
through InPage can hold its accents as separate characters, so the filter, Find, the import's
repeat check and Review's "the same words" all compare these keys, never the text as stored.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Letters NFKD leaves whole (their stroke or ligature is not a separate accent), read as the
# plain letters a person types for them.
_PLAIN = {
    "ł": "l", "Ł": "L", "ı": "i", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ð": "d", "Ð": "D",
    "ħ": "h", "Ħ": "H", "ŧ": "t", "Ŧ": "T", "ƚ": "l", "ɨ": "i", "ƀ": "b", "ƶ": "z", "Ƶ": "Z",
    "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "þ": "th", "Þ": "TH",
}
_STROKED = re.compile(f"[{''.join(_PLAIN)}]")  # looked for first: most texts have none
_TABLE = str.maketrans(_PLAIN)
_FIRST_MARK = "\u0300"  # no accent (combining mark) comes before it: most letters skip the lookup
# Word, Outlook and phones type curly quotes and the modifier apostrophe where a keyboard types
# ' and ": "can't" finds "can’t". Replaced first, so text whose only non-ASCII letters they are
# (most cards pasted from Word) still takes the quick way.
_QUOTES = (("\u2019", "'"), ("\u2018", "'"), ("\u02bc", "'"), ("\u201c", '"'), ("\u201d", '"'))


def search_key(text: str) -> str:
    """``text`` without case or accents (NFKD, combining marks dropped, ł→l, ı→i, ø→o, đ→d,
    ß→ss and the like, case-folded), its curly quotes straight (’ ‘ ʼ → ', “ ” → "): two
    texts a person would call the same words have the same key, whatever the keyboard or the
    encoding they came by."""
    if text.isascii():  # nothing to unaccent: most cards
        return text.casefold()
    return _unaccented(text)


# Find keys every card's words at each keystroke and Collect at each sort: remembered, as
# NFKD letter by letter made a Welsh or Urdu wall of 10,000 cards 3-5x slower to search.
@lru_cache(maxsize=1 << 16)
def _unaccented(text: str) -> str:
    """``search_key`` of text that is not all ASCII."""
    for curly, straight in _QUOTES:
        if curly in text:
            text = text.replace(curly, straight)
    if text.isascii():  # only quotes from Word: 10,000 such cards sorted twice as slowly
        return text.casefold()
    combining = unicodedata.combining
    text = "".join([ch for ch in unicodedata.normalize("NFKD", text)
                    if ch < _FIRST_MARK or not combining(ch)])
    if _STROKED.search(text):
        text = text.translate(_TABLE)
    return text.casefold()
