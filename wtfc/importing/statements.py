"""Turns mapped rows into would-be cards ("statements"), or a reason each one is skipped."""

from __future__ import annotations

from dataclasses import dataclass

from wtfc.importing.limits import MAX_CARD_TEXT
from wtfc.importing.mapping import ColumnMapping, Field, column_letter, column_names
from wtfc.importing.person_fill import fill_person_cells
from wtfc.importing.report import SkippedRow, SkipReason
from wtfc.importing.table import SourceTable
from wtfc.model.card_tags_shown import SEPARATOR
from wtfc.model.small_groups import HIDDEN
from wtfc.model.workshop import Kind


@dataclass(frozen=True)
class Statement:
    """One statement from the sheet, not yet a card."""

    row: int  # as numbered in the spreadsheet
    column: str  # heading of the column the words came from
    kind: Kind
    text: str
    person: str  # the person cell as written ("" when there is none)
    tags: tuple[str, ...]
    # the person's role and coarse tags on this row, as written: (field, cell), blanks left out
    person_tags: tuple[tuple[Field, str], ...] = ()


def _shown(cell: str) -> str:
    """A tag cell without the words wtfc's data export writes for a tag it may not show (the
    export's cards read back), which are no one's tag: "(not shown, so no one…)" is blank,
    "Carer; (not shown…)" is "Carer"."""
    if HIDDEN not in cell:
        return cell
    return SEPARATOR.join(part for part in cell.split(SEPARATOR) if part.strip() != HIDDEN).strip()


@dataclass(frozen=True)
class RowsRead:
    statements: list[Statement]
    skipped: list[SkippedRow]
    rows_read: int
    blank_rows: int


def read_statements(
    table: SourceTable,
    mapping: ColumnMapping,
    *,
    first: int | None = None,
    limit: int | None = None,
) -> RowsRead:
    """Every statement below the heading row, with a SkippedRow for each that cannot be a card.

    Completely blank rows are counted, not reported one by one: hand-made sheets have many.
    """
    names = column_names(table, mapping)
    start = mapping.first_data_row if first is None else first
    stop = len(table.rows) if limit is None else min(len(table.rows), start + limit)
    text_columns = [
        (i, f.fixed_kind) for i, f in enumerate(mapping.fields) if f == Field.TEXT or f.fixed_kind
    ]
    kind_column = next(iter(mapping.columns(Field.KIND)), None)
    person_column = next(iter(mapping.columns(Field.PERSON)), None)
    tag_columns = mapping.columns(Field.TAG)
    person_tag_columns = [(i, f) for i, f in enumerate(mapping.fields) if f.person_attr]
    filled = fill_person_cells(table, mapping)  # {} unless the facilitator chose it
    statements: list[Statement] = []
    skipped: list[SkippedRow] = []
    rows_read = blank_rows = 0
    wide = mapping.layout == "wide"
    formulas = table.unsaved_formulas
    # Each kind cell's value looked up once: they repeat. A blank cell is no kind.
    kinds: dict[str, Kind | None] = {"": None}
    for index in range(start, stop):
        cells = table.rows[index]
        row_number = index + 1
        if not any(cells):
            blank_rows += index not in table.hidden_rows  # (the report says those itself)
            continue
        rows_read += 1
        width = len(cells)
        person = cells[person_column] if person_column is not None and person_column < width else ""
        person = person or filled.get(index, "")
        tags = tuple(tag[:300] for c in tag_columns if c < width and (tag := _shown(cells[c])))
        tags = tags[:50]
        person_tags = tuple((f, value) for c, f in person_tag_columns
                            if c < width and (value := " ".join(_shown(cells[c]).split())))
        found_words = False
        for column, fixed_kind in text_columns:
            text = " ".join(cells[column].split()) if column < width else ""
            where = names[column] if wide else ""
            # calamine reads an error cell as empty, openpyxl as its value ("#NAME?")
            if (not text or text[0] == "#") and (error := table.excel_error((index, column))):
                found_words = True
                cell = f"{column_letter(column)}{row_number}"
                skipped.append(SkippedRow(row_number, where, SkipReason.EXCEL_ERROR,
                                          f"cell {cell} shows {error}"))
                continue
            if not text:
                if (index, column) in formulas:
                    found_words = True  # (words that read as nothing: not an empty row)
                    detail = "" if wide else f"in {names[column]}"
                    skipped.append(SkippedRow(row_number, where, SkipReason.FORMULA, detail))
                continue
            found_words = True
            if len(text) > MAX_CARD_TEXT:
                skipped.append(
                    SkippedRow(
                        row_number,
                        where,
                        SkipReason.TOO_LONG,
                        f"{len(text):,} characters; a card holds at most {MAX_CARD_TEXT:,}",
                    )
                )
                continue
            kind = fixed_kind
            if kind is None:
                kind_value = (
                    cells[kind_column] if kind_column is not None and kind_column < width else ""
                )
                if kind_value not in kinds:
                    kinds[kind_value] = mapping.kind_values.kind_of(kind_value)
                kind = kinds[kind_value]
                if kind is None:
                    if not kind_value and (index, kind_column) in formulas:
                        skipped.append(SkippedRow(row_number, where, SkipReason.FORMULA,
                                                  f"in {names[kind_column or 0]}"))
                        continue
                    detail = f"'{kind_value}'" if kind_value else "the kind cell is blank"
                    skipped.append(SkippedRow(row_number, where, SkipReason.UNKNOWN_KIND, detail))
                    continue
            statements.append(Statement(row_number, names[column], kind, text, person, tags,
                                        person_tags))
        if not found_words:
            skipped.append(SkippedRow(row_number, "", SkipReason.EMPTY, "no statement in it"))
    return RowsRead(statements, skipped, rows_read, blank_rows)

