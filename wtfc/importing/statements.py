"""Turns mapped rows into would-be cards ("statements"), or a reason each one is skipped."""

from __future__ import annotations

from dataclasses import dataclass, field

from wtfc.importing.answers_mapping import keeps_cells, kind_by_question
from wtfc.importing.asked_answers import asked, copies
from wtfc.importing.file_names import shown_name
from wtfc.importing.limits import MAX_CARD_TEXT
from wtfc.importing.list_heading import heading_kind
from wtfc.importing.mapping import ColumnMapping, Field, column_letter, column_names
from wtfc.importing.markup_cells import without_markup
from wtfc.importing.no_answer import no_answer
from wtfc.importing.person_fill import fill_person_cells
from wtfc.importing.report import SkippedRow, SkipReason
from wtfc.importing.split_answers import answers_in
from wtfc.importing.table import SourceTable
from wtfc.model.blank_text import is_blank
from wtfc.model.card_tags_shown import SEPARATOR
from wtfc.model.kind_values import is_kind_phrase
from wtfc.model.small_groups import HIDDEN
from wtfc.model.workshop import Kind

# a row whose answer has no question before it, where the questions give the kinds
NO_QUESTION = "its answer does not start with a question that says its kind"
MAX_TAG = 300  # the model's limit for a tag (ShortText); longer is kept cut, and said


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
    # headings of this row's card-tag cells longer than a tag holds, kept cut (the report says)
    cut_tags: tuple[str, ...] = ()


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
    # tag, role… cells showing an Excel error, left blank: (field's heading, cell, "#REF!")
    error_tags: list[tuple[str, str, str]] = field(default_factory=list)
    # statement and tag cells that held web or Word formatting ("&nbsp;", "<p>", "{\rtf1"),
    # taken off before the guard read them
    markup_cells: int = 0
    # answers whose question ("What is working? - …") was taken off the card
    questions: int = 0
    # cells holding more than one answer (``split_answers``): made a card each, or kept whole
    split_cells: int = 0
    kept_cells: int = 0


def no_answer_skip(row: int, where: str, text: str) -> SkippedRow:
    """A statement cell that only says there is no answer ("N/A", "See above"): its words are
    one of a few set phrases, so no one's details, and quoted as typed."""
    return SkippedRow(row, where, SkipReason.NO_ANSWER, f"'{text}'")


def cell_error(table: SourceTable, index: int, column: int | None,
               cells: tuple[str, ...]) -> str:
    """The Excel error value ("#N/A") saved in the cell of row ``index`` (its ``cells``), else
    "": calamine reads an error cell as empty, openpyxl as its value, so only those are looked
    up."""
    if column is None:
        return ""
    text = cells[column] if column < len(cells) else ""
    return table.excel_error((index, column)) if not text or text[0] == "#" else ""


def quoted_kind(value: str) -> str:
    """A kind cell as a skipped row's reason quotes it: the report page and the command line
    may be on the projector, so what the guard finds shows as its kind ("'[name]'"); wtfc's
    own kind phrases as written ("Beth sydd ddim yn gweithio": "Beth" is Welsh for "what")."""
    return f"'{value if is_kind_phrase(value) else shown_name(value)}'"


def _error_skip(row: int, where: str, cell: str, error: str, what: str) -> SkippedRow:
    """A statement skipped for the Excel error in its row's person or kind cell ("A4"), or in
    the person cell above a filled-down blank."""
    return SkippedRow(row, where, SkipReason.EXCEL_ERROR, f"the {what} cell {cell} shows {error}",
                      error=error)


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
    fill = fill_person_cells(table, mapping)  # None unless the facilitator chose it
    filled = fill.cells if fill else {}
    under_error = fill.errors if fill else {}  # blanks below a person cell showing an error
    statements: list[Statement] = []
    skipped: list[SkippedRow] = []
    rows_read = blank_rows = markup_cells = questions = split_cells = kept_cells = 0
    keep = keeps_cells(mapping)
    # statement columns whose answers give their kind by their question (no kind column)
    kind_asked = kind_by_question(mapping)

    def lines_of(cell: str) -> str:
        """A cell's words, any web or Word formatting taken off first (so the guard reads
        "07700 900123", not "07700&nbsp;900123"; "<br>" ends a line), and counted."""
        nonlocal markup_cells
        words = without_markup(cell)
        markup_cells += words is not cell
        return words

    def words_of(cell: str) -> str:
        """A cell's words on one line."""
        return " ".join(lines_of(cell).split())

    wide = mapping.layout == "wide"
    formulas = table.unsaved_formulas
    # Each kind cell's value looked up once: they repeat. A blank cell is no kind.
    kinds: dict[str, Kind | None] = {"": None}
    quoted: dict[str, str] = {}  # an unknown kind cell as its skipped rows' reason quotes it
    error_tags: list[tuple[str, str, str]] = []
    tag_cells = (*tag_columns, *(c for c, _ in person_tag_columns))
    tag_errors: bool | None = None if tag_cells else False  # whether the sheet has any
    for index in range(start, stop):
        cells = table.rows[index]
        row_number = index + 1
        if not any(cells):
            blank_rows += index not in table.hidden_rows  # (the report says those itself)
            continue
        rows_read += 1
        width = len(cells)
        # an error is not a tag: "#REF!" was stored as a locality (openpyxl) or went unsaid.
        # Looked for once the sheet is known to hold errors (asked at the first blank tag cell)
        erring: dict[int, str] = {}
        if tag_errors is not False and any(
                c >= width or not cells[c] or cells[c][0] == "#" for c in tag_cells):
            tag_errors = tag_errors or table.has_excel_errors()
            erring = {c: e for c in tag_cells
                      if tag_errors and (e := cell_error(table, index, c, cells))}
            error_tags += [(names[c], f"{column_letter(c)}{row_number}", e)
                           for c, e in erring.items()]
        person = cells[person_column] if person_column is not None and person_column < width else ""
        kind_cell = cells[kind_column] if kind_column is not None and kind_column < width else ""
        opening = kind_cell.split(maxsplit=1)[0].casefold() if kind_cell.strip() else ""
        # a lookup's #N/A is someone unknown, not a blank (nor a code, nor filled from above)
        person_error = cell_error(table, index, person_column, cells)
        error_cell = f"{column_letter(person_column or 0)}{row_number}"
        if not person and index in under_error:  # that unknown person's row: skipped as theirs
            error_cell, person_error = under_error[index]
        person = person or filled.get(index, "")
        # on one line, as a person's tags: a pasted U+2028 kept went on to the saved file; once
        # (in order), as the data export shows them: "Home⏎care" beside "Home care" is one tag
        whole = {c: tag for c in tag_columns if c < width and c not in erring
                 and (tag := words_of(_shown(cells[c])))}
        tags = tuple(dict.fromkeys(tag[:MAX_TAG] for tag in whole.values()))[:50]
        cut = tuple(names[c] for c, tag in whole.items() if len(tag) > MAX_TAG)
        person_tags = tuple((f, value) for c, f in person_tag_columns if c < width
                            and c not in erring and (value := words_of(_shown(cells[c]))))
        found_words = False
        for column, fixed_kind in text_columns:
            raw = lines_of(cells[column]) if column < width else ""
            text = " ".join(raw.split())
            text = "" if is_blank(text) else text  # a copied zero-width space: no words
            where = names[column] if wide else ""
            # calamine reads an error cell as empty, openpyxl as its value ("#NAME?")
            if (not text or text[0] == "#") and (error := table.excel_error((index, column))):
                found_words = True
                cell = f"{column_letter(column)}{row_number}"
                skipped.append(SkippedRow(row_number, where, SkipReason.EXCEL_ERROR,
                                          f"cell {cell} shows {error}", error=error))
                continue
            if not text:
                if (index, column) in formulas:
                    found_words = True  # (words that read as nothing: not an empty row)
                    detail = "" if wide else f"in {shown_name(names[column])}"
                    skipped.append(SkippedRow(row_number, where, SkipReason.FORMULA, detail))
                continue
            found_words = True
            if person_error:
                skipped.append(_error_skip(row_number, where, error_cell, person_error,
                                           "person"))
                continue
            # a cell holding more than one answer (a line each, "; "): a card each, unless the
            # facilitator chose to keep each cell whole (``split_answers``)
            several = answers_in(raw) if "\n" in raw or "; " in raw else []
            split_cells += bool(several) and not keep
            kept_cells += bool(several) and keep
            answers = several if several and not keep else [text]
            # the kind the cell's last question gave: a split cell's later answers are written
            # under it ("What is not working? - The bus stopped⏎My carer rushes my bath"), a
            # list's items under the heading taken off ("What is working?⏎- My carers⏎- …")
            asked_kind = heading_kind(raw, several, mapping.kind_values) if (
                column in kind_asked and several and not keep) else None
            for text in answers:
                # "What is working? - My carers are kind": the question is taken off, if it is
                # the row's kind cell again (judged below: read only when the first words agree,
                # as most never do) or gives the kind where no column does
                question = asked(text, mapping.kind_values) if column in kind_asked or (
                    opening and text[:len(opening)].casefold() == opening) else None
                given = fixed_kind
                if question and column in kind_asked:
                    given, text, question = question.kind, question.answer, None
                    questions += 1
                    asked_kind = given
                elif column in kind_asked:
                    given = asked_kind
                if no_answer(text) or (question and no_answer(question.answer)):
                    skipped.append(no_answer_skip(row_number, where, text))
                    continue
                if len(text) > MAX_CARD_TEXT:
                    skipped.append(SkippedRow(row_number, where, SkipReason.TOO_LONG, (
                        f"{len(text):,} characters; a card holds at most {MAX_CARD_TEXT:,}")))
                    continue
                kind = given
                if kind is None:
                    kind_value = (cells[kind_column] if kind_column is not None
                                  and kind_column < width else "")
                    if kind_value not in kinds:
                        kinds[kind_value] = mapping.kind_values.kind_of(kind_value)
                    kind = kinds[kind_value]
                    if kind is None:
                        if kind_error := cell_error(table, index, kind_column, cells):
                            cell = f"{column_letter(kind_column or 0)}{row_number}"
                            skipped.append(_error_skip(row_number, where, cell, kind_error,
                                                       "kind"))
                            continue
                        if not kind_value and (index, kind_column) in formulas:
                            heading = shown_name(names[kind_column or 0])
                            skipped.append(SkippedRow(row_number, where, SkipReason.FORMULA,
                                                      f"in {heading}"))
                            continue
                        if kind_value and kind_value not in quoted:  # (guarded once a value)
                            quoted[kind_value] = quoted_kind(kind_value)
                        detail = (quoted[kind_value] if kind_value else NO_QUESTION
                                  if column in kind_asked else "the kind cell is blank")
                        skipped.append(SkippedRow(row_number, where, SkipReason.UNKNOWN_KIND,
                                                  detail))
                        continue
                if question and kind_column is not None and copies(question, cells[kind_column]):
                    text, questions = question.answer, questions + 1
                statements.append(Statement(row_number, names[column], kind, text, person,
                                            tags, person_tags, cut))
        if not found_words:
            skipped.append(SkippedRow(row_number, "", SkipReason.EMPTY, "no statement in it"))
    return RowsRead(statements, skipped, rows_read, blank_rows, error_tags, markup_cells,
                    questions, split_cells, kept_cells)

