"""How well a grouping agrees with reference labels: adjusted Rand index and adjusted mutual
information (Hubert & Arabie 1985; Vinh, Epps & Bailey 2010), in numpy alone so that measuring
needs no scikit-learn. Both are 0 for a random grouping and 1 for a perfect one. ``purity``
judges suggested themes, which leave some cards out: are the cards a theme holds one topic?"""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Sequence
from math import lgamma, log

import numpy as np


def contingency(truth: Sequence[Hashable], found: Sequence[Hashable]) -> np.ndarray:
    """Counts of items per (reference label, found group) pair."""
    if len(truth) != len(found):
        raise ValueError("the two labelings have different lengths")
    _, t = np.unique(np.asarray(truth, dtype=object).astype(str), return_inverse=True)
    _, f = np.unique(np.asarray(found, dtype=object).astype(str), return_inverse=True)
    table = np.zeros((t.max(initial=-1) + 1, f.max(initial=-1) + 1), dtype=np.int64)
    np.add.at(table, (t, f), 1)
    return table


def adjusted_rand_index(truth: Sequence[Hashable], found: Sequence[Hashable]) -> float:
    table = contingency(truth, found)
    n = table.sum()

    def pairs(x: np.ndarray) -> float:
        return float((x * (x - 1) // 2).sum())

    both, rows, cols = pairs(table), pairs(table.sum(1)), pairs(table.sum(0))
    total = n * (n - 1) / 2
    if total == 0:
        return 1.0
    expected = rows * cols / total
    maximum = (rows + cols) / 2
    if maximum == expected:  # both labelings trivial (one group, or all singletons)
        return 1.0
    return (both - expected) / (maximum - expected)


def adjusted_mutual_information(truth: Sequence[Hashable], found: Sequence[Hashable]) -> float:
    """AMI with the arithmetic-mean normaliser (scikit-learn's default)."""
    table = contingency(truth, found)
    n = int(table.sum())
    a, b = table.sum(1), table.sum(0)
    if len(a) == len(b) == 1 or len(a) == len(b) == n:
        return 1.0
    mi = _mutual_information(table, n)
    emi = _expected_mutual_information(a, b, n)
    mean_entropy = (_entropy(a, n) + _entropy(b, n)) / 2
    denominator = mean_entropy - emi
    if abs(denominator) < np.finfo(float).eps:
        return 1.0 if abs(mi - emi) < np.finfo(float).eps else 0.0
    return (mi - emi) / denominator


def _entropy(counts: np.ndarray, n: int) -> float:
    p = counts[counts > 0] / n
    return float(-(p * np.log(p)).sum())


def _mutual_information(table: np.ndarray, n: int) -> float:
    a, b = table.sum(1), table.sum(0)
    nz = np.nonzero(table)
    nij = table[nz].astype(float)
    return float((nij / n * np.log(nij * n / (a[nz[0]] * b[nz[1]]))).sum())


def _expected_mutual_information(a: np.ndarray, b: np.ndarray, n: int) -> float:
    """E[MI] under the hypergeometric model of random groupings with these group sizes."""
    emi = 0.0
    log_fact = [lgamma(i + 1) for i in range(n + 1)]
    for ai in a.tolist():
        for bj in b.tolist():
            for nij in range(max(1, ai + bj - n), min(ai, bj) + 1):
                log_p = (
                    log_fact[ai]
                    + log_fact[bj]
                    + log_fact[n - ai]
                    + log_fact[n - bj]
                    - log_fact[n]
                    - log_fact[nij]
                    - log_fact[ai - nij]
                    - log_fact[bj - nij]
                    - log_fact[n - ai - bj + nij]
                )
                emi += nij / n * log(n * nij / (ai * bj)) * np.exp(log_p)
    return emi


def purity(truth: Sequence[Hashable], groups: Sequence[Sequence[int]]) -> float:
    """Share of the grouped items that belong to their group's commonest reference label
    (1.0: every group is one label); ``groups`` hold indices into ``truth``, and items in no
    group are not counted. 1.0 when nothing is grouped."""
    grouped = sum(len(g) for g in groups)
    if grouped == 0:
        return 1.0
    agreeing = sum(max(Counter(truth[i] for i in g).values()) for g in groups if g)
    return agreeing / grouped
