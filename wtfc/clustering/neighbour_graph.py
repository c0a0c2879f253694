"""Sparse k-nearest-neighbour graph of unit vectors, built block by block.

A dense threshold graph over 10,000 statements has over a million edges and makes Louvain take
~13 s (shared/research/performance-anchors.md §5); each statement's k closest neighbours give a
graph of at most k·n edges that keeps the local structure clustering needs.
"""

from __future__ import annotations

import numpy as np

# 1,000 rows at a time: a 1,000 x 10,000 float32 block is 40 MB, not the 400 MB of the full matrix.
_BLOCK_ROWS = 1000


def neighbour_count(n: int) -> int:
    """How many neighbours each statement links to: about √n, between 5 and 25, below n."""
    return max(1, min(n - 1, max(5, min(25, round(n**0.5)))))


def knn_edges(vectors: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Undirected edges (i < j) to each row's k most similar rows, weight = cosine, clipped at 0.

    An edge found from both ends appears once. Ties are broken by row index, so the result
    depends only on the input.
    """
    n = len(vectors)
    if n < 2 or k < 1:
        empty = np.zeros(0, dtype=np.int64)
        return empty, empty, np.zeros(0, dtype=np.float32)
    k = min(k, n - 1)
    sources, targets, weights = [], [], []
    for start in range(0, n, _BLOCK_ROWS):
        block = vectors[start : start + _BLOCK_ROWS] @ vectors.T
        rows = np.arange(start, start + len(block))
        block[rows - start, rows] = -np.inf  # never one's own neighbour
        # partial selection (a full sort of each row is 10x slower at n = 10,000); argpartition
        # is deterministic, so equal similarities always resolve the same way
        nearest = np.argpartition(-block, k - 1, axis=1)[:, :k]
        sources.append(np.repeat(rows, k))
        targets.append(nearest.ravel())
        weights.append(np.take_along_axis(block, nearest, axis=1).ravel())
    i = np.concatenate(sources)
    j = np.concatenate(targets)
    w = np.maximum(np.concatenate(weights), 0.0).astype(np.float32)
    low, high = np.minimum(i, j), np.maximum(i, j)
    _, first = np.unique(low * n + high, return_index=True)
    return low[first], high[first], w[first]
