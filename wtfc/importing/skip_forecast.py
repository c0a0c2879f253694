"""How many rows an import with this mapping would skip, and why, before it is made.

The mapping step previews only the first rows; this reads every row, so the dialog can say
beside Import that rows will be dropped (a kind value not mapped yet is skipped, and Import
stays enabled). It follows ``read_statements`` but only counts, in one pass with each distinct
kind value looked up once, so it keeps up with every correction on a 100,000-row sheet.
Duplicates are judged only at import, against the workshop; a row a later row of the same
person says again with a word put right (a form exported twice) is counted here.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from wtfc.importing.answers_mapping import keeps_cells, kind_by_question
from wtfc.importing.asked_answers import asked as question_first
from wtfc.importing.edited_rows import edited_later
from wtfc.importing.limits import MAX_CARD_TEXT
from wtfc.importing.list_heading import heading_kind
from wtfc.importing.mapping import ColumnMapping, Field
from wtfc.importing.markup_cells import may_hold_markup, without_markup
from wtfc.importing.no_answer import no_answer
from wtfc.importing.person_fill import fill_person_cells
from wtfc.importing.repeats import comparable
from wtfc.importing.report import markup_note
from wtfc.importing.split_answers import answers_in
from wtfc.importing.statements import cell_error
from wtfc.importing.table import SourceTable
from wtfc.model.blank_text import INVISIBLE, is_blank
from wtfc.model.workshop import Kind


@dataclass(frozen=True)
class SkipForecast:
    """Rows (cells, in the wide layout) the import would skip, by reason.

    ``unknown`` counts the statements skipped for each kind value not known yet ("amber": 3);
    ``asked`` lists every unknown value in the kind column, most common first (what the
    mapping step asks about, statements or not).
    """

    unknown: dict[str, int] = field(default_factory=dict)
    no_kind: int = 0
    no_statement: int = 0
    too_long: int = 0
    asked: list[str] = field(default_factory=list)
    formulas: int = 0  # statement or kind cells empty because a formula's result was not saved
    # statements skipped for a statement, person or kind cell showing an Excel error, and the
    # error values seen ("#N/A", "#NAME?"), which say what to do
    excel_errors: int = 0
    errors: tuple[str, ...] = ()
    no_answer: int = 0  # statements that are only "N/A", "None", "-", "See above"…
    # statement and tag cells holding web or Word formatting, which Import takes off
    markup_cells: int = 0
    # rows a later row of the same person and kind says again with a word put right (a form
    # exported as a draft, then complete: ``edited_rows``), skipped for the later row
    versions: int = 0
    # the rows (as the sheet counts them) these are in: a cell of two answers is a card each,
    # so "skip 4" was 2 rows to a facilitator checking the sheet (0: as many as ``total``)
    rows: int = 0

    @property
    def total(self) -> int:
        return (sum(self.unknown.values()) + self.no_kind + self.no_statement + self.too_long
                + self.formulas + self.excel_errors + self.no_answer + self.versions)

    def describe(self) -> str:
        """What Import will skip, and what formatting it takes off, in plain English ("" when
        nothing)."""
        markup = markup_note(self.markup_cells, coming=True) if self.markup_cells else ""
        return " ".join(filter(None, [self._skips(), markup]))

    def _skips(self) -> str:
        total = self.total
        if not total:
            return ""
        rows = _counted(total, self.rows or total)
        values = ", ".join(f"“{v[:30]}”" for v in list(self.unknown)[:3])
        values += "…" if len(self.unknown) > 3 else ""
        several = len(self.unknown) > 1
        to_keep = (f"Say what {'they mean' if several else 'it means'} under “How the kinds "
                   "are written” to keep them.")
        if self.unknown and total == sum(self.unknown.values()):
            its = "its" if total == 1 else "their"
            return (f"⚠ Import will skip {rows}: {its} kind ({values}) is not known. "
                    f"{to_keep if total > 1 else to_keep.replace('them.', 'it.')}")
        parts = []
        if self.unknown:
            parts.append(f"{sum(self.unknown.values()):,} with a kind not known yet ({values})")
        if self.no_kind:
            parts.append(f"{self.no_kind:,} with no kind")
        if self.no_statement:
            parts.append(f"{self.no_statement:,} with no statement")
        if self.no_answer:  # "N/A": so the facilitator knows they were not lost
            parts.append(f"{self.no_answer:,} with no answer (such as “N/A” or “See above”)")
        if self.too_long:
            parts.append(f"{self.too_long:,} too long for a card")
        if self.versions:  # exact repeats are judged at import, against the workshop too
            parts.append(f"{self.versions:,} said again by a later row of the same person, a "
                         "word put right (the later row's words are kept)")
        if self.formulas:
            parts.append(f"{self.formulas:,} with a formula whose result was not saved")
        if self.excel_errors:
            parts.append(f"{self.excel_errors:,} with a cell showing an Excel error "
                         f"({', '.join(self.errors)})")
        text = f"⚠ Import will skip {rows}: " + ", ".join(parts) + "."
        if self.formulas:
            text += " Open the file in Excel, save it, and import it again."
        if self.excel_errors:
            text += _error_steps(self.errors)
        return text + (f" {to_keep}" if self.unknown else "")


def _error_steps(errors: tuple[str, ...]) -> str:
    """What to do in Excel, by the error: #NAME? is words Excel took for a formula ("-lonely");
    the others come from a real formula (a lookup's #N/A), with no words to keep."""
    steps = ["type an apostrophe (') before the words in each cell showing #NAME?"
             ] if "#NAME?" in errors else []
    if others := [error for error in errors if error != "#NAME?"]:
        steps.append("type the words or code in place of the formula in each cell showing "
                     + " or ".join(others))
    return " In Excel, " + " and ".join(steps) + ", save, and import again."


def forecast_skips(table: SourceTable, mapping: ColumnMapping) -> SkipForecast:
    """Count what ``read_statements`` would skip over the whole table (no problems assumed:
    with a mapping problem nothing is read, and nothing is forecast)."""
    kind_column = next(iter(mapping.columns(Field.KIND)), None)
    person_column = next(iter(mapping.columns(Field.PERSON)), None)
    if mapping.problems():
        return SkipForecast(asked=_asked(table, mapping, kind_column))
    text_columns = [
        (i, f.fixed_kind) for i, f in enumerate(mapping.fields) if f == Field.TEXT or f.fixed_kind
    ]
    known: dict[str, Kind | None] = {}
    seen: Counter[str] = Counter()
    unknown: Counter[str] = Counter()
    no_kind = no_statement = too_long = formulas = excel_errors = no_answers = markup = 0
    tag_columns = [c for c, f in enumerate(mapping.fields) if f == Field.TAG or f.person_attr]
    first = mapping.first_data_row
    unsaved = table.unsaved_formulas
    # statement columns whose answers' questions give the kinds (``read_statements``)
    kind_asked = kind_by_question(mapping)
    keep = keeps_cells(mapping)
    errors: set[str] = set()
    fill = fill_person_cells(table, mapping)
    kept: list[tuple[str, str, str, int]] = []  # the cards' person, kind, words and row
    under_error = fill.errors if fill else {}  # filled-down blanks below an error person cell
    skipped: set[int] = set()  # the rows with something skipped
    for index, cells in enumerate(table.rows[first:], start=first):
        if not any(cells):
            continue  # blank rows are passed over, not skipped
        width = len(cells)
        value = cells[kind_column] if kind_column is not None and kind_column < width else ""
        if value and value not in known:
            known[value] = mapping.kind_values.kind_of(value)
        kind_error = (cell_error(table, index, kind_column, cells)
                      if not value or known[value] is None else "")
        if value and known[value] is None and not kind_error:  # "#REF!" is not a kind to say
            seen[value] += 1
        person_error = (cell_error(table, index, person_column, cells)
                        or under_error.get(index, ("", ""))[1])
        # as read_statements: every tag cell of a row with words, every statement cell
        markup += sum(1 for c in tag_columns if c < width and _has_markup(cells[c]))
        found = False
        before = (no_kind, too_long, formulas, excel_errors, no_answers, sum(unknown.values()))
        for column, fixed_kind in text_columns:
            text = cells[column] if column < width else ""
            if may_hold_markup(text) and (words := without_markup(text)) is not text:
                markup += 1
                text = words
            if error := cell_error(table, index, column, cells):
                found = True
                excel_errors += 1
                errors.add(error)
                continue
            if _blank(text):
                if (index, column) in unsaved:
                    found = True
                    formulas += 1
                continue
            found = True
            # as read_statements: the person's error, "N/A", then the kind's error
            said = no_answer(text)
            # a cell of several answers is a card each (``split_answers``), so each is skipped
            # on its own: an answer that is only "Nothing to add." as no answer (``none``), the
            # others (``rest``) for the cell's kind
            pieces = answers_in(text) if not (keep or said) and (
                "\n" in text or "; " in text) else []
            none = sum(1 for piece in pieces if no_answer(piece))
            rest = len(pieces) - none if pieces else 1
            if error := person_error or (kind_error if fixed_kind is None and not said else ""):
                excel_errors += 1 if person_error else rest  # (the person's: once a cell)
                no_answers += 0 if person_error else none
                errors.add(error)
            elif said:
                no_answers += 1
            elif len(" ".join(text.split())) > MAX_CARD_TEXT and (
                    keep or max(map(len, answers_in(text)), default=MAX_CARD_TEXT + 1)
                    > MAX_CARD_TEXT):  # a long cell of several answers: each a card
                too_long += 1
            elif column in kind_asked:
                kindless, said_none = _unasked(text, keep, mapping)
                no_kind += kindless
                no_answers += said_none
            else:
                no_answers += none
                if fixed_kind is None and not value and (index, kind_column) in unsaved:
                    formulas += rest
                elif fixed_kind is None and not value:
                    no_kind += rest
                elif fixed_kind is None and known[value] is None:
                    unknown[value] += rest
                elif person_column is not None:  # a card: for the person's later versions
                    person = cells[person_column].strip() if person_column < width else ""
                    kind = fixed_kind or known[value]
                    kept.append((person or (fill.cells.get(index, "") if fill else ""),
                                 kind.value if kind else "", comparable(text), index + 1))
        no_statement += not found
        if not found or before != (no_kind, too_long, formulas, excel_errors, no_answers,
                                   sum(unknown.values())):
            skipped.add(index)
    asked = sorted(seen, key=lambda v: -seen[v])
    ordered = {v: unknown[v] for v in asked if unknown[v]}
    versions = edited_later(kept)
    skipped.update(kept[index][3] - 1 for index in versions)
    return SkipForecast(ordered, no_kind, no_statement, too_long, asked, formulas, excel_errors,
                        tuple(sorted(errors)), no_answers, markup, len(versions), len(skipped))


def _counted(answers: int, rows: int) -> str:
    """What is skipped, counted as the sheet shows it: "2 rows", or "4 answers from 2 rows"
    where some rows' cells hold several answers, each a card."""
    in_rows = "1 row" if rows == 1 else f"{rows:,} rows"
    return in_rows if answers == rows else f"{answers:,} answers from {in_rows}"


def _unasked(text: str, keep: bool, mapping: ColumnMapping) -> tuple[int, int]:
    """The answers in a cell whose kind its questions give that ``read_statements`` skips: (no
    kind, no answer). A split cell's answer with no question of its own takes the kind of the
    question above it; one before any question has no kind."""
    pieces = answers_in(text) if not keep and ("\n" in text or "; " in text) else []
    kind = heading_kind(text, pieces, mapping.kind_values)  # a list's heading taken off
    kindless = said_none = 0
    for piece in pieces or [" ".join(text.split())]:
        question = question_first(piece, mapping.kind_values)
        kind = question.kind if question else kind
        if no_answer(question.answer if question else piece):
            said_none += 1
        else:
            kindless += kind is None
    return kindless, said_none


def _has_markup(cell: str) -> bool:
    return may_hold_markup(cell) and without_markup(cell) is not cell


def _blank(text: str) -> bool:
    """``is_blank`` as read_statements asks it (a copied zero-width space is no words, so no
    card), looked at only when the words start with an invisible character: every cell of a
    100,000-row sheet is asked on each correction."""
    words = text.strip()
    return not words or (words[0] in INVISIBLE and is_blank(words))


def _asked(table: SourceTable, mapping: ColumnMapping, column: int | None) -> list[str]:
    if column is None:
        return []
    counts: Counter[str] = Counter()
    first = mapping.first_data_row
    for index, cells in enumerate(table.rows[first:], start=first):
        value = cells[column] if column < len(cells) else ""
        if (value and mapping.kind_values.kind_of(value) is None
                and not cell_error(table, index, column, cells)):
            counts[value] += 1
    return sorted(counts, key=lambda v: -counts[v])
