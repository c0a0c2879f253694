"""The topic projection: it stretches what separates themes, says what it was trained on, and the
large-input path of the grouping still puts one topic's cards together."""

from __future__ import annotations

import numpy as np
import pytest

from wtfc.clustering import grouping
from wtfc.clustering.agreement import adjusted_rand_index
from wtfc.clustering.static_embedding import StaticEmbedder
from wtfc.clustering.suggest import group_labels
from wtfc.clustering.topic_projection import (
    fit_topic_projection,
    load_topic_projection,
    save_topic_projection,
)


def _two_themes() -> tuple[np.ndarray, list[str]]:
    # themes differ a little along axis 0; statements vary a lot along axis 1 (tone, say)
    rng = np.random.default_rng(0)
    labels = ["waiting"] * 40 + ["food"] * 40
    x = rng.normal(size=(80, 4)) * [0.1, 1.0, 0.1, 0.1]
    x[:40, 0] += 0.3
    return x / np.linalg.norm(x, axis=1, keepdims=True), labels


def _separation(x: np.ndarray, labels: list[str]) -> float:
    """Mean cosine within themes minus mean cosine across them."""
    u = x / np.linalg.norm(x, axis=1, keepdims=True)
    same = np.equal.outer(labels, labels)
    s = u @ u.T
    return float(s[same].mean() - s[~same].mean())


def test_projection_pulls_each_theme_together():
    x, labels = _two_themes()
    matrix = fit_topic_projection(vectors=x, labels=labels)
    assert matrix.shape == (4, 4) and matrix.dtype == np.float32
    assert _separation(x @ matrix, labels) > 2 * _separation(x, labels)


def test_fitting_is_deterministic_and_checks_its_input():
    x, labels = _two_themes()
    assert np.array_equal(
        fit_topic_projection(vectors=x, labels=labels),
        fit_topic_projection(vectors=x, labels=labels),
    )
    with pytest.raises(ValueError, match="two different themes"):
        fit_topic_projection(vectors=x, labels=["one"] * 80)
    with pytest.raises(ValueError, match="same length"):
        fit_topic_projection(vectors=x, labels=labels[:3])
    with pytest.raises(ValueError, match="shrinkage"):
        fit_topic_projection(vectors=x, labels=labels, shrinkage=2.0)


def test_saved_projection_reads_back_with_its_note(tmp_path):
    x, labels = _two_themes()
    matrix = fit_topic_projection(vectors=x, labels=labels)
    save_topic_projection(tmp_path / "p.npz", matrix=matrix, about="Learned from test data.")
    loaded, about = load_topic_projection(tmp_path / "p.npz")
    assert np.array_equal(loaded, matrix) and about == "Learned from test data."


def test_shipped_projection_says_what_it_was_trained_on(embedder):
    matrix, about = load_topic_projection()
    assert matrix.shape == (embedder.dimensions, embedder.dimensions)
    assert "NHS Friends and Family Test" in about and "labels" in about


def test_plain_table_is_available_without_the_projection(embedder):
    texts = ["The wait for a visit was too long.", "Lunch was tasty."]
    plain = StaticEmbedder(projection=None).embed(texts)
    assert np.allclose(embedder.with_projection(None).embed(texts), plain, atol=1e-6)
    assert not np.allclose(embedder.embed(texts), plain, atol=1e-3)


def test_large_input_path_is_deterministic_and_keeps_topics_together(
    monkeypatch, embedder, topic_cards
):
    # the small-groups-first path normally starts above 3,000 statements; force it here
    monkeypatch.setattr(grouping, "COARSEN_ABOVE", 4)
    monkeypatch.setattr(grouping, "_STATEMENTS_PER_SMALL_GROUP", 2)
    texts = [t for cards in topic_cards.values() for t in cards]
    truth = [topic for topic, cards in topic_cards.items() for _ in cards]
    found = group_labels(texts, embedder=embedder)
    assert found == group_labels(list(texts), embedder=embedder)
    assert adjusted_rand_index(truth, found) >= 0.4
