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
    if kind_asked(mapping):
        return (f"{TAKEN_OFF}, and each card's kind is read from it "
                "(“What is working? - …” is a Working card).")
    copied = _copied(table, mapping)
    if not copied:
        return ""
    if copied * 2 > _rows_with_words(table, mapping):
        return f"{TAKEN_OFF} (“What is working? - …”, as its row's kind says)."
    answers = "1 answer starts with its" if copied == 1 else f"{copied:,} answers start with their"
    return f"{answers} question (“What is working? - …”, as the row's kind says): it is taken off."


def _copied(table: SourceTable, mapping: ColumnMapping) -> int:
    """Statement cells that start with a copy of their row's kind cell (``copies``). Every row
    is read, a cell only when its first word is the kind cell's."""
    kind_column = next(iter(mapping.columns(Field.KIND)), None)
    if kind_column is None:
        return 0
    found = 0
    for row in islice(table.rows, mapping.first_data_row, None):
        kind_cell = row[kind_column] if kind_column < len(row) else ""
        first = kind_cell.split(maxsplit=1)[0].casefold() if kind_cell.strip() else ""
        for column in mapping.columns(Field.TEXT) if first else ():
            cell = row[column].lstrip() if column < len(row) else ""
            rest = cell[len(kind_cell):]
            if cell.startswith(kind_cell) and rest.lstrip(_MARKS) and (
                    kind_cell[-1] in "?:" or _ENDS.match(rest)):
                found += 1  # as written, the usual copy (a 100,000-row sheet: each correction)
            elif cell[:len(first)].casefold() == first and (
                    question := asked(without_markup(cell).strip(), mapping.kind_values)):
                found += copies(question, kind_cell)
    return found


def _rows_with_words(table: SourceTable, mapping: ColumnMapping) -> int:
    columns = mapping.columns(Field.TEXT)
    return sum(1 for row in islice(table.rows, mapping.first_data_row, None)
               if any(c < len(row) and row[c].strip() for c in columns))
