"""``wtfc import``'s column options read against the sheet: --map COLUMN=FIELD and --kind
VALUE=KIND (a heading, a letter or a number; a form for each reading where one is unclear),
--fill-down, and the answers' own questions. Split from ``cli.py`` to keep it to one job."""

from __future__ import annotations

import argparse
import shlex

from wtfc.importing.answers_mapping import answers_mapping
from wtfc.importing.asked_answers import with_asked
from wtfc.importing.cli_advice import WrongArgument, refuse_fill_down
from wtfc.importing.mapping import ColumnMapping, Field, column_letter, column_names, guess_mapping
from wtfc.importing.table import SourceTable
from wtfc.model.workshop import Kind

_FIELD_WORDS = {
    **{f.value: f for f in Field},
    "statement": Field.TEXT,
    "type": Field.KIND,
    "colour": Field.KIND,
    "tags": Field.TAG,
    "not-working": Field.NOT_WORKING,
    "notworking": Field.NOT_WORKING,
    "skip": Field.IGNORE,
    "none": Field.IGNORE,
}
_KIND_WORDS = {
    **{k.value: k for k in Kind},
    "not-working": Kind.NOT_WORKING,
    "green": Kind.WORKING,
    "red": Kind.NOT_WORKING,
    "blue": Kind.FUTURE,
}


def column_options(table: SourceTable, args: argparse.Namespace) -> ColumnMapping:
    # answers that start with their question ("What is working? - …") may give the kind
    mapping = with_asked(table, guess_mapping(table, layout=args.layout))
    for item in args.map:
        column_text, _, field_text = item.rpartition("=")
        field = _FIELD_WORDS.get(field_text.strip().casefold().replace(" ", "_"))
        if field is None or not column_text.strip():
            said = (f"'{field_text.strip()}' is not a field; "
                    if field is None and field_text.strip() else "")
            raise WrongArgument(
                f"--map {item}: {said}write COLUMN=FIELD, where COLUMN is a heading, a letter "
                "or a number and FIELD one of: " + ", ".join(f.value for f in Field)
                + " (as in --map Statement=text)."
            )
        mapping = mapping.with_field(_column_index(table, mapping, item), field)
    for item in args.kind:
        value, _, kind_text = item.partition("=")
        kind = _KIND_WORDS.get(kind_text.strip().casefold().replace(" ", "_"))
        if not value.strip() or kind is None:
            raise WrongArgument(f"--kind {item}: write VALUE=KIND, where KIND is working, "
                                f"not_working or future (as in --kind amber=not_working).")
        mapping = mapping.with_kind_value(value, kind)
    if args.fill_down:
        refuse_fill_down(table, mapping)
        mapping = mapping.with_fill_person_down(True)
    # a cell holding more than one answer is a card each unless --keep-cells says otherwise
    return answers_mapping(mapping, keep_cells=True) if args.keep_cells else mapping


def _column_index(table: SourceTable, mapping: ColumnMapping, item: str) -> int:
    """The column ``--map item`` names: by heading, letter or number; "heading X" by heading
    only and "column X" by letter or number only. A text with two readings is refused, with a
    form for each: a plain "A" that is one column's heading and another's letter (column E
    headed "A"), or a heading that starts with the word ("Column 1", as LibreOffice heads a
    column with none, while "column 1" is column A)."""
    column, _, field = (part.strip() for part in item.rpartition("="))  # a heading may hold "="
    names = column_names(table, mapping)
    readings = _readings(names, column)
    if len(readings) > 1:
        raise WrongArgument(f"--map {item}: {_two_readings(names, column, readings, field)}")
    if not readings:
        how, _, rest = column.partition(" ")
        prefixed = how.casefold() in ("heading", "column") and rest.strip()
        wanted = rest.strip() if prefixed else column
        raise WrongArgument(f"--map {item}: there is no column '{wanted}' in "
                            f"{table.source_name}. The columns are: " + ", ".join(names) + ".")
    return readings[0][1]


def _readings(names: list[str], text: str) -> list[tuple[str, int]]:
    """Each column ``text`` may name, and how: ("heading", i) for the column headed so,
    ("place", i) for the column of that letter or number, ("said", i) for the column that
    "heading X"/"column X" names by its word. Two readings naming one column are one."""
    def headed(wanted: str) -> int | None:
        return next((i for i, name in enumerate(names) if name.casefold() == wanted.casefold()),
                    None)

    def placed(wanted: str) -> int | None:
        found = next((i for i in range(len(names)) if column_letter(i) == wanted.upper()), None)
        if found is None and wanted.isdigit() and 1 <= int(wanted) <= len(names):
            found = int(wanted) - 1
        return found

    whole = headed(text)
    how, _, rest = text.partition(" ")
    how, rest = how.casefold(), rest.strip()
    if how in ("heading", "column") and rest:
        said = headed(rest) if how == "heading" else placed(rest)
        if said is None and how == "column" and whole is None:
            said = headed(rest)  # "column notes" for the column headed "notes"
        found = [("said", said)] if said is not None else []
    else:
        place = placed(text)
        found = [("place", place)] if place is not None else []
    if whole is not None and all(index != whole for _, index in found):
        found.insert(0, ("heading", whole))
    return found


def _two_readings(names: list[str], column: str, readings: list[tuple[str, int]],
                  field: str) -> str:
    """Why ``column`` is refused, and a form for each column it may mean that reads as that
    column alone (so pasting it cannot be refused again, or take the other)."""
    (_, headed), (how, other) = readings  # the whole text's heading first
    letter = column_letter(other)
    if how == "place":  # "A" heading column E
        unit = "number" if column.isdigit() else "letter"
        why = f"the heading of column {column_letter(headed)} and the {unit} of column {letter}"
    else:  # "Column 1" heading column C; "Heading 2" column A, while "2" heads column C
        word, _, rest = column.partition(" ")
        as_said = (f"the column headed '{rest.strip()}', column {letter}"
                   if word.casefold() == "heading" else f"column {letter}")
        why = f"the heading of column {column_letter(headed)}, and also reads as {as_said}"
    by_heading = _form_for(names, headed, field, by_place=False)
    by_place = _form_for(names, other, field, by_place=True)
    return (f"'{column}' is {why}. Write --map {shlex.quote(by_heading)} for the column "
            f"headed '{names[headed]}', or --map {shlex.quote(by_place)} for column {letter}.")


def _form_for(names: list[str], index: int, field: str, *, by_place: bool) -> str:
    """``--map``'s argument for column ``index`` in the first form that names it alone:
    "column C" or "column 3" (``by_place``), else "heading NAME"."""
    forms = [f"column {column_letter(index)}", f"column {index + 1}"]
    forms.insert(len(forms) if by_place else 0, f"heading {names[index]}")
    for form in forms:
        if [i for _, i in _readings(names, form)] == [index]:
            return f"{form}={field}"
    return f"{forms[0]}={field}"
