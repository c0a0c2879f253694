"""Answers a care system exports with their question in front: "What is working? - My carers
are kind". A form's Response column holds them so, often with no column for the question.

The question is no one's words: it is taken off the card. Where no column gives the kind, the
question gives it, if most answers in the column start with one wtfc reads as a kind (so a
column of everyday answers, one of which begins "Working well: …", is never read this way).
Where a column gives the kind, only a copy of the row's kind cell is taken off.
"""

from __future__ import annotations

import re
from itertools import islice
from typing import NamedTuple

from wtfc.importing.answers_mapping import AnswersMapping, answers_mapping, kind_asked
from wtfc.importing.kind_values import KindValues, normalise_value
from wtfc.importing.mapping import ColumnMapping, Field
from wtfc.importing.markup_cells import without_markup
from wtfc.importing.table import SourceTable
from wtfc.model.workshop import Kind

# Where a question may end: " - " (any dash), ":" or "?". Questions are short: only the
# first 90 characters are looked at.
_ENDS = re.compile(r"\s+[-–—]+\s+|:|\?")
_LONGEST = 90
_MARKS = " \t\n-–—:?"
_SAMPLE = 200  # answers looked at to judge a column (a 100,000-row sheet is judged quickly)

TAKEN_OFF = "Each answer starts with its question; the question is taken off"


class Asked(NamedTuple):
    kind: Kind
    question: str  # as written, its closing mark and all ("What is working?")
    answer: str  # what follows it, the card's words


def asked(text: str, kinds: KindValues) -> Asked | None:
    """``text``'s question and answer where it starts with a question ``kinds`` reads as a kind
    and has words after it, else None. The first end that closes such a question is taken:
    "What is working? - My carers: kind" is "What is working?" and "My carers: kind"."""
    for end in _ENDS.finditer(text, 0, _LONGEST):
        question = text[:end.end()].strip()
        answer = text[end.end():].lstrip(_MARKS)
        if answer and question[:1].isalpha() and (kind := kinds.kind_of(question)) is not None:
            return Asked(kind, question, answer)
    return None


def copies(question: Asked, kind_cell: str) -> bool:
    """Whether the answer's question is its row's kind cell over again ("What is working?"
    both): only such a copy goes, so "Working well - carers" under "Working" keeps its words."""
    return normalise_value(question.question) == normalise_value(kind_cell)


def _asks(table: SourceTable, mapping: ColumnMapping, column: int) -> bool:
    """Whether most answers in ``column`` (those with words, among the first ones) start with
    a question read as a kind."""
    cells = (row[column] for row in table.rows[mapping.first_data_row:] if column < len(row))
    answers = list(islice(filter(None, (without_markup(c).strip() for c in cells)), _SAMPLE))
    found = sum(1 for words in answers if asked(words, mapping.kind_values))
    return found * 2 > len(answers)


def with_asked(table: SourceTable, mapping: ColumnMapping) -> ColumnMapping:
    """``mapping`` knowing which of the sheet's columns start each answer with its question
    (judged again for its heading row): an ``AnswersMapping`` when any does."""
    first = mapping.first_data_row
    width = max((len(row) for row in table.rows[first:first + _SAMPLE]), default=0)
    found = frozenset(c for c in range(width) if _asks(table, mapping, c))
    known = found or isinstance(mapping, AnswersMapping)
    return answers_mapping(mapping, asked=found) if known else mapping


def asked_note(table: SourceTable, mapping: ColumnMapping) -> str:
    """What the mapping step says of answers that start with their question ("" if none):
    the question is taken off each card, and where no column gives the kind, it gives it."""
    statements = [c for c, f in enumerate(mapping.fields) if f == Field.TEXT or f.fixed_kind]
    if kind_asked(mapping):
        return (f"{TAKEN_OFF}, and each card's kind is read from it "
                "(“What is working? - …” is a Working card).")
    if Field.KIND in mapping.fields and any(_asks(table, mapping, c) for c in statements):
        return f"{TAKEN_OFF} where it repeats the row's kind."
    return ""
