"""Whether a word is an English word, not a typo: two rows of one person that differ by a
real word for another ("Meals on time" / "Meds on time", "My hearing" / "My heating") are two
things said, while "carrers" put right as "carers" is one thing typed again.

The list is the words of the clustering's word table (``clustering/assets/static_minilm.npz``,
MiniLM's 30,000 whole words and pieces; read once, a few milliseconds), with the words of care
it lacks ("carer", "hoist", "commode"); a plural or a possessive counts by its word.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import numpy as np

_TABLE = Path(__file__).resolve().parent.parent / "clustering" / "assets" / "static_minilm.npz"

# Words of care and of older people's lives that MiniLM's table has only in pieces
_CARE_TEXT = """
carer carers careworker careworkers hoist commode physio physiotherapist podiatrist chiropodist
zimmer walker rollator dosette blister telecare careline lifeline pendant befriender befriending
reablement respite domiciliary carehome incontinence catheter stoma dementia alzheimers
wheelchair mobility scooter grandson granddaughter grandchildren grandkids
"""
_CARE_WORDS = frozenset(_CARE_TEXT.split())

_LETTERS = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")


@lru_cache(maxsize=1)
def _table_words() -> frozenset[str]:
    try:
        with np.load(_TABLE, allow_pickle=False) as data:
            entries = data["entries"].tobytes().decode("utf-8").split("\n")
    except (OSError, KeyError, ValueError):  # no table: every word counts as known (kept apart)
        return frozenset()
    return frozenset(entry for entry in entries if entry.isalpha())


def known_word(word: str) -> bool:
    """Whether ``word`` (lower case, as ``repeats.comparable`` gives it) is a word of English
    or of care, not a slip of the keys. With no word table every word counts as known, so
    nothing is taken for a typo."""
    table = _table_words()
    if not table:
        return True
    bare = word.replace("’", "'")
    for form in (bare, bare.replace("'", ""), bare.split("'")[0]):
        if form in table or form in _CARE_WORDS:
            return True
        if form.endswith("s") and (form[:-1] in table or form[:-1] in _CARE_WORDS):
            return True
    return False


def words_of(text: str) -> list[str]:
    """The words of ``text`` (letters, an apostrophe inside), without punctuation."""
    return _LETTERS.findall(text)
