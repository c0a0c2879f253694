"""What the mapping step and the report say of how a care system's export wrote its answers:
the question in front of each (``asked_answers``), more than one in a cell (``split_answers``).
"""

from __future__ import annotations

from collections import Counter
from itertools import islice

from wtfc.importing.mapping import ColumnMapping, Field
from wtfc.importing.markup_cells import may_hold_markup, without_markup
from wtfc.importing.split_answers import parted
from wtfc.importing.table import SourceTable
from wtfc.model.counting import count_phrase

KEEP_CHOICE = "Keep each cell as one card"
A_LINE = "a line each"
_HOW = {"line": A_LINE, "; ": "parted by “; ”", "both": f"{A_LINE}, or parted by “; ”"}


def split_choice(how: str) -> str:
    """The choice to make a card of each answer, as they are parted ("One card a line")."""
    return "One card a line" if how == A_LINE else "One card an answer"


def questions_note(answers: int) -> str:
    """Answers a care system wrote after their question: the cards hold the answers only."""
    if answers == 1:
        return ("1 answer started with its question (such as “What is working? - …”): the "
                "question was taken off the card.")
    return (f"{answers:,} answers started with their question (such as “What is working? - "
            "…”): the questions were taken off the cards.")


def several_answers(table: SourceTable, mapping: ColumnMapping) -> tuple[int, str]:
    """How many statement cells hold more than one answer, and how they are parted ("a line
    each"): the mapping step offers a card for each. Every row is read (the quick look at each
    cell is for a line end or "; ")."""
    columns = [c for c, f in enumerate(mapping.fields) if f == Field.TEXT or f.fixed_kind]
    found: Counter[str] = Counter()
    for cells in islice(table.rows, mapping.first_data_row, None):
        for column in columns:
            cell = cells[column] if column < len(cells) else ""
            if "\n" in cell or ";" in cell or "<" in cell or "{" in cell:
                words = without_markup(cell) if may_hold_markup(cell) else cell
                if how := parted(words)[1]:
                    found[how] += 1
    total = sum(found.values())
    if not total:
        return 0, ""
    how = next(iter(found)) if len(found) == 1 else "both"
    return total, _HOW[how]


def several_offer(cells: int, how: str) -> str:
    """The mapping step's question: "14 cells hold more than one answer (a line each):"."""
    hold = "holds" if cells == 1 else "hold"
    return f"{count_phrase(cells, 'cell')} {hold} more than one answer ({how}):"


def several_note(split: int, kept: int) -> list[str]:
    """The report's lines for cells holding more than one answer, made a card each or kept."""
    out = []
    if split:
        held = f"{count_phrase(split, 'cell')} held more than one answer"
        out.append(f"{held}: each answer became a card of its own, of the row's kind and "
                   "person.")
    if kept:
        hold = f"{count_phrase(kept, 'cell')} {'holds' if kept == 1 else 'hold'}"
        out.append(f"{hold} more than one answer: each was kept as one card, as chosen.")
    return out
