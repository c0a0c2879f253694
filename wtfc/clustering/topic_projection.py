"""A linear map of statement vectors that stretches the directions separating feedback topics.

Plain static embeddings place statements by everything they say: tone, length, praise or
complaint, as well as topic. Grouping by theme needs the topic part. This map is learned from
labelled feedback (shrunk linear discriminant analysis):

1. Whiten by the spread *within* labelled themes, shrunk towards the identity: directions in
   which statements of one theme differ a lot (style, tone) count for less.
2. In that space, stretch the few directions along which the themes' centres differ
   (the discriminant directions) by ``1 + boost``; all other directions keep their length,
   so topics the labels never mention still separate as before.

Shrinkage and boost were chosen by cross-fitting (learn on one half of the labelled statements,
measure grouping on the other half); a broad range of values works about equally well.
What the shipped map was trained on is stored beside it (``about``) and stated in the README.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from pathlib import Path

import numpy as np

PROJECTION_ASSET = Path(__file__).resolve().parent / "assets" / "topic_projection.npz"
SHRINKAGE = 0.6
BOOST = 3.0


def fit_topic_projection(
    *,
    vectors: np.ndarray,
    labels: Sequence[Hashable],
    shrinkage: float = SHRINKAGE,
    boost: float = BOOST,
) -> np.ndarray:
    """(d, d) float32 map for unit statement vectors (rows) with one theme label each.

    ``shrinkage`` 0..1: 1 ignores the within-theme spread, 0 trusts it fully (unstable with
    few statements). ``boost`` >= 0: how much longer the discriminant directions become.
    """
    if len(vectors) != len(labels):
        raise ValueError("vectors and labels must be the same length")
    if not 0.0 <= shrinkage <= 1.0 or boost < 0:
        raise ValueError("shrinkage must be within 0..1 and boost at least 0")
    x = np.asarray(vectors, dtype=np.float64)
    themes, theme_of = np.unique(np.asarray(labels, dtype=object).astype(str), return_inverse=True)
    if len(themes) < 2:
        raise ValueError("at least two different themes are needed to learn a projection")
    counts = np.bincount(theme_of).astype(np.float64)
    centres = np.zeros((len(themes), x.shape[1]))
    np.add.at(centres, theme_of, x)
    centres /= counts[:, None]
    within = x - centres[theme_of]
    scatter = within.T @ within / len(x)
    mean_variance = np.trace(scatter) / len(scatter)
    shrunk = (1 - shrinkage) * scatter + shrinkage * mean_variance * np.eye(len(scatter))
    whiten = _inverse_square_root(shrunk)
    offsets = (centres - x.mean(axis=0)) * np.sqrt(counts / len(x))[:, None]
    between = whiten @ (offsets.T @ offsets) @ whiten
    _, eigenvectors = np.linalg.eigh(between)  # ascending: the last ones separate themes most
    directions = eigenvectors[:, ::-1][:, : len(themes) - 1]
    stretch = np.eye(len(scatter)) + boost * directions @ directions.T
    matrix = whiten @ stretch
    # only directions matter (statement vectors are normalised after the map): keep numbers small
    return (matrix / np.abs(matrix).max()).astype(np.float32)


def save_topic_projection(path: Path, *, matrix: np.ndarray, about: str) -> None:
    """Compressed .npz that numpy alone reads; ``about`` says what the map was trained on."""
    np.savez_compressed(
        path,
        matrix=matrix.astype(np.float32),
        about=np.frombuffer(about.encode("utf-8"), dtype=np.uint8),
    )


def load_topic_projection(path: Path = PROJECTION_ASSET) -> tuple[np.ndarray, str]:
    """The map and the note on what it was trained on."""
    with np.load(path, allow_pickle=False) as data:
        return data["matrix"].astype(np.float32), data["about"].tobytes().decode("utf-8")


def _inverse_square_root(matrix: np.ndarray) -> np.ndarray:
    values, vectors = np.linalg.eigh(matrix)
    return (vectors / np.sqrt(np.maximum(values, 1e-12))) @ vectors.T
