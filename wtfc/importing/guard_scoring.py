"""Measures the personal-detail guard on a hand-labelled set of statements.

The set's format (one statement a line, details marked "{{category:words}}", "@known_names:"
lines, "#" comments) is described at the top of
tests/importing/data/personal_details_statements.txt.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from wtfc.importing.personal_details import CATEGORIES, Finding, find_personal_details

_MARK = re.compile(r"\{\{(?P<category>[a-z_]+):(?P<words>[^}]*)\}\}")


@dataclass(frozen=True, slots=True)
class LabelledStatement:
    text: str
    expected: tuple[Finding, ...]
    known_names: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class GuardScore:
    """Span figures: a labelled detail counts as found when a finding of the same category
    overlaps it; a finding counts as right when it overlaps a labelled detail of its category."""

    recall: float
    precision: float
    statements: int
    missed: tuple[tuple[str, Finding], ...]
    false_alarms: tuple[tuple[str, Finding], ...]


def read_labelled_statements(path: Path) -> list[LabelledStatement]:
    statements = []
    known_names: tuple[str, ...] = ()
    for line_number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("@known_names:"):
            names = line.removeprefix("@known_names:").split(",")
            known_names = tuple(n.strip() for n in names if n.strip())
            continue
        statements.append(_parse_marked_line(line, known_names, line_number))
    return statements


def score_guard(statements: list[LabelledStatement]) -> GuardScore:
    missed: list[tuple[str, Finding]] = []
    false_alarms: list[tuple[str, Finding]] = []
    labelled = found_labelled = findings_total = right_findings = 0
    for statement in statements:
        findings = find_personal_details(statement.text, known_names=statement.known_names)
        for expected in statement.expected:
            labelled += 1
            if any(_agree(expected, f) for f in findings):
                found_labelled += 1
            else:
                missed.append((statement.text, expected))
        for finding in findings:
            findings_total += 1
            if any(_agree(expected, finding) for expected in statement.expected):
                right_findings += 1
            else:
                false_alarms.append((statement.text, finding))
    return GuardScore(
        recall=found_labelled / labelled if labelled else 1.0,
        precision=right_findings / findings_total if findings_total else 1.0,
        statements=len(statements),
        missed=tuple(missed),
        false_alarms=tuple(false_alarms),
    )


def _agree(expected: Finding, finding: Finding) -> bool:
    overlaps = finding.start < expected.end and expected.start < finding.end
    return overlaps and finding.category == expected.category


def _parse_marked_line(
    line: str, known_names: tuple[str, ...], line_number: int
) -> LabelledStatement:
    text_parts: list[str] = []
    expected: list[Finding] = []
    position = 0
    length = 0
    for mark in _MARK.finditer(line):
        before = line[position : mark.start()]
        text_parts.append(before)
        length += len(before)
        category, words = mark.group("category"), mark.group("words")
        if category not in CATEGORIES:
            raise ValueError(f"line {line_number}: unknown category {category!r}")
        expected.append(Finding(length, length + len(words), category, words))
        text_parts.append(words)
        length += len(words)
        position = mark.end()
    text_parts.append(line[position:])
    return LabelledStatement("".join(text_parts), tuple(expected), known_names)
