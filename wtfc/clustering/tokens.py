"""Split a statement into the words and word pieces the static embedding table knows.

The table (see ``static_embedding.py``) holds whole English words and, for words it lacks,
WordPiece fragments from all-MiniLM-L6-v2's own vocabulary ("physio" + "##therapist"). This
module is shared by the run-time embedder and ``tools/distill_static_embeddings.py`` so both
normalise text the same way.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Container

# Words with an optional English contraction ("wasn't", "carer's"): each is one table entry.
_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]{1,2})?")
# WordPiece gives up on very long runs; so do we (they are codes or pasted junk, not words).
_MAX_WORD_CHARS = 40
CONTINUATION = "##"
# Contractions typed without their apostrophe, as care managers' notes often are: the table
# rates "dont" 0.95 informative against 0.39 for "don't", so "I dont know…" cards were grouped
# by "dont" and given it as their reason. Not "wont", "ill", "id", "its", "were" or "well":
# each is also a word of its own.
_APOSTROPHE_LESS = {
    bare: bare[:-1] + "'" + bare[-1]
    for bare in ["dont", "cant", "didnt", "doesnt", "isnt", "wasnt", "wouldnt", "couldnt",
                 "shouldnt", "arent", "werent", "havent", "hasnt", "hadnt", "thats", "theres"]
} | {"im": "i'm", "ive": "i've"}


def normalise(text: str) -> str:
    """Lower-case, strip accents and unify apostrophes, as the uncased MiniLM tokenizer does."""
    if not text.isascii():  # the per-character pass is the slow part: skip it when it can't matter
        text = unicodedata.normalize("NFKD", text)
        text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return text.lower().replace("\u2019", "'").replace("\u2018", "'").replace("`", "'")


def words(text: str) -> list[str]:
    """The words of ``text`` after normalisation, in order ("dont" read as "don't")."""
    return [_APOSTROPHE_LESS.get(w, w) for w in _WORD.findall(normalise(text))]


def word_pieces(word: str, vocabulary: Container[str]) -> list[str]:
    """Greedy longest-match WordPiece split of one word; [] when no split exists (BERT's [UNK])."""
    if len(word) > _MAX_WORD_CHARS:
        return []
    pieces: list[str] = []
    start = 0
    while start < len(word):
        end = len(word)
        found = None
        while end > start:
            piece = word[start:end] if start == 0 else CONTINUATION + word[start:end]
            if piece in vocabulary:
                found = piece
                break
            end -= 1
        if found is None:
            return []
        pieces.append(found)
        start = end
    return pieces
