"""Theme suggestions: quality on the labelled dev set and speed at workshop and large sizes.

- ``suggest.ari_dev`` / ``suggest.ami_dev`` (goal ARI >= 0.25): automatic-count grouping of the
  500 dev statements against their human labels. ``suggest.ari_dev_half_a`` / ``_half_b``: the
  same on the even and odd rows alone; a large gap between them means a setting suits one
  sample rather than the method (the issue is judged on a held-out set).
- ``suggest.seeded_top1_dev`` (goal >= 0.55): a fixed 20 % of cards are placed in their true
  themes; the share of the rest for which "where does this card go?" ranks the true theme first.
- ``suggest.seconds@1500`` (goal <= 2 s) and ``suggest.seconds@10000`` (goal <= 15 s): group
  that many statements, embedding included, with the table already loaded. The statements are
  dev texts with words dropped and a fragment of another text added (so few are duplicates).
The dev set lives in ../shared/data beside the repository; without it the quality figures are
skipped and the timings use built-in statements.
"""

from __future__ import annotations

import csv
import time
from pathlib import Path

import numpy as np

from wtfc.clustering.agreement import adjusted_mutual_information, adjusted_rand_index
from wtfc.clustering.static_embedding import default_embedder
from wtfc.clustering.suggest import group_labels, rank_themes

DEV_SET = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "care_feedback_dev.csv"
_SEEDED_SHARE = 0.2
_FALLBACK_TEXTS = [
    "The staff were kind and always had time to listen to me.",
    "I waited three weeks for a call back about my care plan.",
    "Nobody told me when the carer would arrive in the morning.",
    "The food at the day centre was cold and there was little choice.",
    "My social worker explained my options clearly and helped me decide.",
    "The building was clean but the toilets were hard to reach with my frame.",
    "I would like more help to get out and see my friends.",
    "The letters about my direct payment were confusing.",
]


def run() -> dict[str, float]:
    default_embedder()  # load once, outside the timings
    figures: dict[str, float] = {}
    texts = _FALLBACK_TEXTS
    if DEV_SET.is_file():
        texts, labels = _read_dev_set()
        figures.update(_quality(texts, labels))
    for n in (1500, 10000):
        sample = _perturbed_sample(texts, n)
        start = time.perf_counter()
        group_labels(sample)
        figures[f"suggest.seconds@{n}"] = round(time.perf_counter() - start, 2)
    return figures


def _read_dev_set() -> tuple[list[str], list[str]]:
    with DEV_SET.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    return [r["text"] for r in rows], [r["label"] for r in rows]


def _quality(texts: list[str], labels: list[str]) -> dict[str, float]:
    found = group_labels(texts)
    halves = {}
    for name, start in (("a", 0), ("b", 1)):
        half = group_labels(texts[start::2])
        halves[f"suggest.ari_dev_half_{name}"] = round(
            adjusted_rand_index(labels[start::2], half), 4
        )
    return {
        "suggest.ari_dev": round(adjusted_rand_index(labels, found), 4),
        "suggest.ami_dev": round(adjusted_mutual_information(labels, found), 4),
        **halves,
        "suggest.groups_dev": float(max(found) + 1),
        "suggest.seeded_top1_dev": round(_seeded_top1(texts, labels), 4),
    }


def _seeded_top1(texts: list[str], labels: list[str]) -> float:
    """Place a fixed 20 % in their true themes; how often is the right theme ranked first?"""
    order = np.random.default_rng(0).permutation(len(texts))
    cut = int(len(texts) * _SEEDED_SHARE)
    themes: dict[str, list[str]] = {}
    for i in order[:cut]:
        themes.setdefault(labels[i], []).append(texts[i])
    rest = order[cut:]
    hits = sum(rank_themes(texts[i], themes)[0][0] == labels[i] for i in rest)
    return hits / len(rest)


def _perturbed_sample(texts: list[str], n: int) -> list[str]:
    """n statements from the given ones: ~20 % of words dropped, a fragment of another added."""
    rng = np.random.default_rng(1)
    sample = []
    for _ in range(n):
        words = texts[int(rng.integers(len(texts)))].split()
        kept = [w for w in words if rng.random() > 0.2] or words
        other = texts[int(rng.integers(len(texts)))].split()
        start = int(rng.integers(max(1, len(other) - 4)))
        sample.append(" ".join(kept + other[start : start + int(rng.integers(3, 7))]))
    return sample
