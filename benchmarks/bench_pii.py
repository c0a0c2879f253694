"""The personal-detail guard on its hand-labelled set of care-review statements.

``pii.recall`` (goal >= 0.95): labelled details found. ``pii.precision`` (goal >= 0.80): findings
that are real details. The set is tests/importing/data/personal_details_statements.txt; how a
finding is matched to a label is in wtfc/importing/guard_scoring.py. ``pii.us_per_statement`` is
the guard's time for one statement.
"""

from __future__ import annotations

import time
from pathlib import Path

from wtfc.importing.guard_scoring import read_labelled_statements, score_guard
from wtfc.importing.personal_details import find_personal_details

TEST_SET = (
    Path(__file__).resolve().parent.parent
    / "tests" / "importing" / "data" / "personal_details_statements.txt"
)  # fmt: skip


def run() -> dict[str, float]:
    statements = read_labelled_statements(TEST_SET)
    score = score_guard(statements)
    start = time.perf_counter()
    rounds = 10
    for _ in range(rounds):
        for statement in statements:
            find_personal_details(statement.text, known_names=statement.known_names)
    per_statement = (time.perf_counter() - start) / (rounds * len(statements)) * 1e6
    return {
        "pii.recall": round(score.recall, 4),
        "pii.precision": round(score.precision, 4),
        "pii.us_per_statement": round(per_statement, 1),
    }
