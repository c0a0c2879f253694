"""Group unit vectors: Louvain communities on the neighbour graph (automatic count), or
spherical k-means when the facilitator asks for a number of groups. Both are seeded, so the
same vectors always give the same groups.

Above a few thousand statements, Louvain's first pass over every statement (pure Python in
networkx) takes most of the time. There the statements are first gathered into small tight
groups by a short spherical k-means (about 25 statements each) and Louvain runs on the graph of
those groups, the neighbour-graph weights summed between them: the same modularity the first
pass optimises, reached in seconds instead of tens of seconds at 10,000 statements."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from wtfc.clustering.neighbour_graph import knn_edges, neighbour_count

SEED = 0
_KMEANS_RESTARTS = 5
_KMEANS_ITERATIONS = 60
# Louvain on the statements themselves up to this many; above it, on small groups of them
COARSEN_ABOVE = 3000
_STATEMENTS_PER_SMALL_GROUP = 25
_SMALL_GROUP_ITERATIONS = 15


def louvain_groups(
    vectors: np.ndarray, *, progress: Callable[[float], None] | None = None
) -> np.ndarray:
    """One group number per row; the number of groups is whatever the graph's structure says."""
    n = len(vectors)
    if n < 3:
        return np.zeros(n, dtype=np.int64)
    i, j, w = knn_edges(vectors, neighbour_count(n))
    if progress:
        progress(0.4)
    if n <= COARSEN_ABOVE:
        return _louvain(n, i, j, w)
    small = _small_groups(vectors, n // _STATEMENTS_PER_SMALL_GROUP)
    if progress:
        progress(0.6)
    count = int(small.max()) + 1
    between = np.zeros((count, count))
    np.add.at(between, (np.minimum(small[i], small[j]), np.maximum(small[i], small[j])), w)
    a, b = np.nonzero(between)
    return _louvain(count, a, b, between[a, b])[small]


def _louvain(n: int, i: np.ndarray, j: np.ndarray, w: np.ndarray) -> np.ndarray:
    """Louvain communities of the weighted graph on nodes 0..n-1 (i == j: a self-loop)."""
    # Imported here, on the worker that groups: networkx (pure Python, ~0.3 s to import) would
    # otherwise hold the window when the suggestions panel loads the clustering.
    import networkx as nx

    graph = nx.Graph()
    graph.add_nodes_from(range(n))
    graph.add_weighted_edges_from(zip(i.tolist(), j.tolist(), w.tolist(), strict=True))
    communities = nx.community.louvain_communities(graph, weight="weight", seed=SEED)
    labels = np.empty(n, dtype=np.int64)
    for number, members in enumerate(communities):
        labels[list(members)] = number
    return labels


def _small_groups(vectors: np.ndarray, k: int) -> np.ndarray:
    """Numbers 0..m-1 of about ``k`` tight groups: a short spherical k-means, one seeded start."""
    centres = _kmeans_plus_plus(vectors, k, np.random.default_rng(SEED))
    for _ in range(_SMALL_GROUP_ITERATIONS):
        centres = _centres(vectors, np.argmax(vectors @ centres.T, axis=1), centres)
    _, numbers = np.unique(np.argmax(vectors @ centres.T, axis=1), return_inverse=True)
    return numbers


def kmeans_groups(vectors: np.ndarray, *, k: int) -> np.ndarray:
    """Exactly min(k, distinct rows) groups: spherical k-means, k-means++ starts, best of 5."""
    distinct = len(np.unique(vectors, axis=0))
    k = max(1, min(k, distinct))
    rng = np.random.default_rng(SEED)
    best_labels, best_score = np.zeros(len(vectors), dtype=np.int64), -np.inf
    for _ in range(_KMEANS_RESTARTS):
        centres = _kmeans_plus_plus(vectors, k, rng)
        for _ in range(_KMEANS_ITERATIONS):
            labels = np.argmax(vectors @ centres.T, axis=1)
            updated = _centres(vectors, labels, centres)
            if np.allclose(updated, centres):
                break
            centres = updated
        labels = np.argmax(vectors @ centres.T, axis=1)
        score = float(np.sum(np.max(vectors @ centres.T, axis=1)))
        if len(np.unique(labels)) == k and score > best_score:
            best_labels, best_score = labels, score
    return best_labels


def _kmeans_plus_plus(vectors: np.ndarray, k: int, rng: np.random.Generator) -> np.ndarray:
    """Spread-out starting centres: each next one far (in cosine) from those already chosen."""
    chosen = [int(rng.integers(len(vectors)))]
    distance = 1.0 - vectors @ vectors[chosen[0]]
    for _ in range(1, k):
        d = np.maximum(distance, 0.0) ** 2
        total = d.sum()
        pick = int(rng.choice(len(vectors), p=d / total)) if total > 0 else int(np.argmax(distance))
        chosen.append(pick)
        distance = np.minimum(distance, 1.0 - vectors @ vectors[pick])
    return vectors[chosen].copy()


def _centres(vectors: np.ndarray, labels: np.ndarray, previous: np.ndarray) -> np.ndarray:
    """Normalised mean of each group; a group that lost all its members keeps its old centre."""
    centres = previous.copy()
    for g in range(len(previous)):
        members = vectors[labels == g]
        if len(members):
            mean = members.sum(axis=0)
            norm = np.linalg.norm(mean)
            if norm > 0:
                centres[g] = mean / norm
    return centres
