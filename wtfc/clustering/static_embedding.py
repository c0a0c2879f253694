"""Statement embeddings from a static word table distilled from all-MiniLM-L6-v2 (numpy only).

The table ships in ``assets/static_minilm.npz`` (~7 MB; how it is made: tools/
distill_static_embeddings.py). A statement's vector is the sum of its words' rows, each row
already scaled by how informative the word is, normalised to unit length. No torch, no network:
loading takes a fraction of a second and embedding 10,000 statements about one second.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

import numpy as np

from wtfc.clustering.tokens import table_entries

ASSET = Path(__file__).resolve().parent / "assets" / "static_minilm.npz"


class StaticEmbedder:
    """Maps statements to unit vectors; statements with no known word map to the zero vector."""

    def __init__(self, path: Path = ASSET) -> None:
        with np.load(path, allow_pickle=False) as data:
            entries = data["entries"].tobytes().decode("utf-8").split("\n")
            # float32 once at load: int8 rows would overflow when summed, float16 is slow in numpy
            self._vectors = data["codes"].astype(np.float32) * data["scale"][:, None]
            weights = data["weights"].astype(np.float32)
        self._row = {entry: i for i, entry in enumerate(entries)}
        self._weight = dict(zip(entries, weights.tolist(), strict=True))

    @property
    def dimensions(self) -> int:
        return int(self._vectors.shape[1])

    def informativeness(self, word: str) -> float:
        """0..1: near 0 for words like "the" and "was", 1 for rare words (and unknown ones)."""
        return self._weight.get(word, 1.0)

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        """(len(texts), dimensions) float32, unit rows; a row of zeros for an empty statement."""
        out = np.zeros((len(texts), self.dimensions), dtype=np.float32)
        for i, text in enumerate(texts):
            rows = [self._row[e] for e in table_entries(text, self._row)]
            if rows:
                out[i] = self._vectors[rows].sum(axis=0)
        norms = np.linalg.norm(out, axis=1, keepdims=True)
        np.divide(out, norms, out=out, where=norms > 0)
        return out


@lru_cache(maxsize=1)
def default_embedder() -> StaticEmbedder:
    """The shipped table, loaded on first use (never at app start-up) and then kept."""
    return StaticEmbedder()
