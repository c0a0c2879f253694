"""Statement embeddings from a static word table distilled from all-MiniLM-L6-v2 (numpy only).

The table ships in ``assets/static_minilm.npz`` (~7 MB; how it is made: tools/
distill_static_embeddings.py). A statement's vector is the sum of its words' rows, each row
already scaled by how informative the word is, mapped by the topic projection
(``topic_projection.py``: learned from labelled NHS feedback, it stretches the directions that
separate feedback topics) and normalised to unit length. Everyday filler ("nobody", "ten",
"went": ``filler.py``) is left out unless a statement has nothing else. No torch, no network:
loading takes a fraction of a second and embedding 10,000 statements about one second.
"""

from __future__ import annotations

import copy
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

import numpy as np

from wtfc.clustering.filler import FILLER_WORDS
from wtfc.clustering.tokens import word_pieces, words
from wtfc.clustering.topic_projection import PROJECTION_ASSET, load_topic_projection

ASSET = Path(__file__).resolve().parent / "assets" / "static_minilm.npz"
# A statement is read only if it has a word the table can stand for (``_recognised``): every
# card of the dev set, the demo and the test sets has one; a Welsh card ("Rwy'n unig iawn"),
# which WordPiece splits into short fragments, has none and was ranked as if it had meaning.
_MIN_RECOGNISED_WEIGHT = 0.3
# ...and at least half its words must be in the table (whole, or a stem and an ending): see embed
_MIN_STEM_LETTERS = 4


class StaticEmbedder:
    """Maps statements to unit vectors; statements with no known word map to the zero vector."""

    def __init__(self, path: Path = ASSET, *, projection: Path | None = PROJECTION_ASSET) -> None:
        """``projection=None`` gives the plain table (to learn or measure a projection)."""
        with np.load(path, allow_pickle=False) as data:
            entries = data["entries"].tobytes().decode("utf-8").split("\n")
            # float32 once at load: int8 rows would overflow when summed, float16 is slow in numpy
            self._vectors = data["codes"].astype(np.float32) * data["scale"][:, None]
            weights = data["weights"].astype(np.float32)
        self._row = {entry: i for i, entry in enumerate(entries)}
        # number words and digits, "nobody", "went"...: shared by cards of any topic (filler.py)
        self._filler = frozenset(
            i for entry, i in self._row.items() if entry in FILLER_WORDS or entry.isdigit()
        )
        self._weight = dict(zip(entries, weights.tolist(), strict=True))
        # applied to each statement's sum, not to the table: 10,000 x d x d is cheap, while
        # projecting every row at load would cost time and a second copy of the table
        self._projection = load_topic_projection(projection)[0] if projection else None

    def with_projection(self, matrix: np.ndarray | None) -> StaticEmbedder:
        """The same table with another projection (None: none); shares the table, no reload."""
        other = copy.copy(self)
        other._projection = None if matrix is None else np.asarray(matrix, dtype=np.float32)
        return other

    @property
    def dimensions(self) -> int:
        return int(self._vectors.shape[1])

    def informativeness(self, word: str) -> float:
        """0..1: near 0 for words like "the" and "was", 1 for rare words (and unknown ones)."""
        return self._weight.get(word, 1.0)

    def _recognised(self, word: str, pieces: list[str]) -> bool:
        """Whether the word is one the table can stand for: a whole entry that is not a number
        nor as common as "the" or "I", or a known stem and an ending ("care" + "##rs")."""
        if pieces == [word]:
            return not word.isdigit() and self._weight[word] >= _MIN_RECOGNISED_WEIGHT
        return _has_stem(pieces)

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        """(len(texts), dimensions) float32, unit rows; a row of zeros for a statement with no
        recognised word (empty, numbers only, or another language: "Rwy'n unig iawn" splits
        only into fragments, "uni" + "##g", "ia" + "##wn", that say nothing of loneliness)."""
        out = np.zeros((len(texts), self.dimensions), dtype=np.float32)
        for i, text in enumerate(texts):
            rows: list[int] = []
            readable = False
            in_table = not_in_table = 0
            for word in words(text):
                pieces = [word] if word in self._row else word_pieces(word, self._row)
                rows += [self._row[p] for p in pieces]
                readable = readable or self._recognised(word, pieces)
                if not word.isdigit():
                    if pieces == [word] or _has_stem(pieces):
                        in_table += 1
                    else:
                        not_in_table += 1
            # most of the words must be in the table: a Welsh or Polish card has an "i" or a
            # "yn" that is, and was grouped "close in meaning" with another on that alone
            readable = readable and in_table * 2 >= in_table + not_in_table
            # filler counts only in a statement with no other word ("Nobody comes"), so that
            # such a card is still readable and placed by what it says
            rows = [r for r in rows if r not in self._filler] or rows
            if rows and readable:
                out[i] = self._vectors[rows].sum(axis=0)
        if self._projection is not None:
            out = out @ self._projection
        norms = np.linalg.norm(out, axis=1, keepdims=True)
        np.divide(out, norms, out=out, where=norms > 0)
        return out


def _has_stem(pieces: list[str]) -> bool:
    """A word split into a known stem and an ending ("care" + "##rs"), not into fragments."""
    return bool(pieces) and len(pieces[0]) >= _MIN_STEM_LETTERS


@lru_cache(maxsize=1)
def default_embedder() -> StaticEmbedder:
    """The shipped table, loaded on first use (never at app start-up) and then kept."""
    return StaticEmbedder()
