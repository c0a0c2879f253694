"""Which column holds what: guessed from the headings (and values), shown in the mapping step,
corrected by the user. Two layouts:

- long: one row per statement, with a text column and a kind column (plus person and tags);
- wide: one row per person, with statement columns of a fixed kind ("Working 1", "Future 2").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from wtfc.importing.fields import Field as Field  # the columns' fields: imported from here too
from wtfc.importing.fields_by_values import SAMPLE_ROWS as _SAMPLE_ROWS
from wtfc.importing.fields_by_values import fields_from_values
from wtfc.importing.fields_by_values import mostly as _mostly
from wtfc.importing.kind_values import KindValues, normalise_value
from wtfc.importing.person_columns import PERSON_HEADING, is_lettered_code, likeliest_person
from wtfc.importing.table import SourceTable
from wtfc.model.workshop import Kind

# "not working", "isn't really working", "things that aren't working" (after normalising)
_NOT = r"(not|isn t|isnt|aren t|arent|never|no longer|nothing)( (really|always|so|quite|yet))?"

# After "working": a kind column ("Working or not") or no statements at all ("Working hours")
_NOT_STATEMENTS = r"(?! or not| (age|hours|days|pattern|patterns|status|time|week)\b)"

# Headings, after normalising (lower case, words only), matched in this order.
_HEADING_RULES: tuple[tuple[Field, re.Pattern[str]], ...] = tuple(
    (field, re.compile(pattern))
    for field, pattern in (
        # "Not working well" / "NWW" and "Working well" / "WW": council review forms
        (
            Field.NOT_WORKING,
            rf"\b{_NOT} working\b|\bnot going (so )?well|doesn t work|"
            r"does not work|\bstopped working\b|^(what )?could be better|^n ?w ?w? ?\d*$|"
            r"\b(ddim|dim) yn gweithio\b|\bnad yw n gweithio\b",  # Welsh
        ),
        (Field.WORKING,
         rf"^(what s |what is |whats )?working\b{_NOT_STATEMENTS}|^w ?w? ?\d+$|^ww$|going well|"
         r"^what works\b|^(beth sy n |beth sydd yn |yn )?gweithio\b"),
        (Field.FUTURE, r"\bfuture\b|^f ?\d+$|^wish|\bdyfodol\b"),
        (Field.KIND, r"^(card )?(type|kind|colou?r|category|rag|math|categori)$|"
                     r"^(w ?nw|ww ?nww|working or not)"),
        (
            Field.TEXT,
            r"^(the )?(statement|statements|text|comment|comments|feedback|quote|card|"
            # not "Card id": wtfc's own data export numbers its cards so ("c01")
            r"description|words|what (was|they) said|what people said|response)s?\b"
            r"(?! (id|ids|ref|reference|no|number)$)|"
            # a care system's form, one answer a row; the heading alone, as a statement may
            # start "Answer phone…"
            r"^(the )?(answers?|answer text|free text answer)$|"
            r"^(datganiad|datganiadau|sylw|sylwadau)$",  # Welsh: statement(s), comment(s)
        ),
        (Field.PERSON, PERSON_HEADING),
        # the person's, not each card's, where a person column says whose
        # (``_person_tags_with_a_person``)
        (Field.PERSON_ROLE, r"^(role|voice|person s role|whose voice)$"),
        (Field.PERSON_AGE_BAND, r"^(age band|age group|age range)$"),
        (Field.PERSON_LOCALITY, r"^(locality|area|district|neighbourhood|ardal)$"),
        (Field.PERSON_SERVICE_TYPE, r"^(service|service type|type of service)$"),
        (
            Field.TAG,
            r"^(tags?|setting|age|team|provider|review type|group|gender|ethnicity)$",
        ),
    )
)

# "Top thing working", "Things that are working well", "Working 2": matched after every rule
# above, so "not working" is theirs; a "not" further back ("Not sure it is working") is no
# Working heading either.
_WORKING_ANYWHERE = re.compile(
    r"^(?!.*\b(not|isn t|isnt|aren t|arent|never|no longer)\b.*\bworking\b)"
    rf".*\bworking\b{_NOT_STATEMENTS}"
)

HEADER_SEARCH_ROWS = 15
_MAX_HEADING_LENGTH = 40


@dataclass(frozen=True)
class ColumnMapping:
    """What each column holds, which row has the headings, and what kind values mean.

    ``certain`` is True when every heading was recognised (a file made from the collection
    template): the import can then skip the mapping step. Edit with the ``with_*`` methods,
    which return a copy.
    """

    fields: tuple[Field, ...]
    header_row: int | None
    kind_values: KindValues
    certain: bool = False
    # the facilitator chose to fill the person column's blanks from the row above
    # (``person_fill``); a change of the person column takes the choice back
    fill_person_down: bool = False

    @property
    def layout(self) -> str:
        return "wide" if any(f.fixed_kind for f in self.fields) else "long"

    @property
    def first_data_row(self) -> int:
        return 0 if self.header_row is None else self.header_row + 1

    def with_field(self, column: int, field: Field) -> ColumnMapping:
        fields = list(self.fields)
        fields += [Field.IGNORE] * (column + 1 - len(fields))
        keep = Field.PERSON not in (field, fields[column]) and self.fill_person_down
        fields[column] = field
        return replace(self, fields=tuple(fields), certain=False, fill_person_down=keep)

    def with_fill_person_down(self, on: bool) -> ColumnMapping:
        return replace(self, fill_person_down=on)

    def with_header_row(self, header_row: int | None) -> ColumnMapping:
        return replace(self, header_row=header_row, certain=False)

    def with_kind_value(self, value: str, kind: Kind | None) -> ColumnMapping:
        return replace(self, kind_values=self.kind_values.with_value(value, kind))

    def columns(self, field: Field) -> list[int]:
        return [i for i, f in enumerate(self.fields) if f == field]

    def finds_statements(self) -> bool:
        """Whether the statements and their kind are found: a sheet of them, even when which
        of two columns is the person is for the facilitator to choose."""
        return not self.problems() or (
            len(self.columns(Field.PERSON)) > 1 and len(self.problems()) == 1)

    def problems(self, names: Sequence[str] = ()) -> list[str]:
        """What stops an import with this mapping, in plain English (empty: ready). ``names``:
        the columns as the screen shows them, to say which two clash ("column B" without)."""
        has_text = Field.TEXT in self.fields
        has_fixed = any(f.fixed_kind for f in self.fields)
        if not has_text and not has_fixed:
            return [
                "Choose the column that holds the statements (or, for one row per person, "
                "the Working / Not working / Future columns)."
            ]
        if has_text and Field.KIND not in self.fields and not has_fixed:
            return [
                "Choose the column that says whether each statement is working, not "
                "working or for the future."
            ]
        for field, what in ((Field.PERSON, "the person"), (Field.KIND, "the kind of statement")):
            if len(clash := self.columns(field)) > 1:
                return [_set_twice(clash, what, names)]
        return []


_COUNTS = {2: "Two", 3: "Three", 4: "Four", 5: "Five"}


def _set_twice(columns: list[int], what: str, names: Sequence[str]) -> str:
    """"Two columns are set to the person: 'Client ID' and 'Name'. Set one of them to 'Leave
    out'." The choice is named by its own label in the column's box. A heading the sheet
    repeats (two 'Notes') is named with its letter too, or the two would read the same."""
    def named(i: int) -> str:
        name = names[i] if i < len(names) else ""
        if not name:
            return f"column {column_letter(i)}"
        return f"column {column_letter(i)} '{name}'" if names.count(name) > 1 else f"'{name}'"

    said = [named(i) for i in columns]
    listed = f"{', '.join(said[:-1])} and {said[-1]}"
    count = _COUNTS.get(len(columns), f"{len(columns):,}")
    which = "one of them" if len(columns) == 2 else "all but one of them"
    return (f"{count} columns are set to {what}: {listed}. Set {which} to "
            f"'{Field.IGNORE.label}'.")


def column_letter(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def column_names(table: SourceTable, mapping: ColumnMapping) -> list[str]:
    """A name for each column: its heading, or "Column C" when it has none."""
    headings = table.rows[mapping.header_row] if mapping.header_row is not None else ()
    width = max(table.width, len(mapping.fields))
    return [
        (headings[i] if i < len(headings) and headings[i] else f"Column {column_letter(i)}")
        for i in range(width)
    ]


def named_alone(names: list[str], column: int) -> bool:
    """Whether ``--map HEADING=…`` names the column: no other has its heading (the first would
    be taken) and it holds no "=" (read up to the first)."""
    name = names[column].casefold()
    return "=" not in name and [n.casefold() for n in names].count(name) == 1


def field_for_heading(heading: str, *, loose: bool = True) -> Field | None:
    """The field a column heading names, or None. Long cells are titles or data, not headings.

    ``loose``: "working" anywhere ("Top thing working") names the Working statements; the
    strict reading, which a statement such as "My carer is working hard" cannot pass, is the
    one that tells a first row of data from a heading row.
    """
    words = heading_words(heading)
    if not words or len(heading) > _MAX_HEADING_LENGTH:
        return None
    for field, rule in _HEADING_RULES:
        if rule.search(words):
            return field
    if loose and _WORKING_ANYWHERE.search(words):
        return Field.WORKING
    return None


def heading_words(heading: str) -> str:
    """A heading as the rules read it: lower case, words only ("Client's ID" is "client s id")."""
    return re.sub(r"[^a-z0-9]+", " ", heading.casefold()).strip()


def guess_mapping(
    table: SourceTable, *, layout: str | None = None, kind_values: KindValues | None = None
) -> ColumnMapping:
    """The likeliest mapping: the row with most recognised headings is the heading row.

    `layout` ("long" or "wide") overrides the guess where the headings allow both.
    """
    kind_values = kind_values or KindValues.default()
    if len(table.rows) == 1 and _a_cards_row(table.rows[0], kind_values):
        # one row with no heading in it ("P07 | My daughter does my shopping | Working", a late
        # card's row pasted alone): its statement; an empty sheet's headings stay headings
        return ColumnMapping(fields_from_values(table, 0, kind_values), None, kind_values)
    header_row, best = None, 0
    for index, row in enumerate(table.rows[:HEADER_SEARCH_ROWS]):
        if _is_data(table, index, kind_values):
            break  # the statements start here; headings, if any, were above
        # Distinct cells only: a merged title repeats one text across the row.
        recognised = sum(1 for cell in set(row) if field_for_heading(cell))
        if recognised > best:
            header_row, best = index, recognised
    if header_row is None:
        by_values = fields_from_values(table, 0, kind_values)
        if _headings_over_kinds(table, by_values, kind_values):  # "Q1, Q2, Q3" over P01…
            return ColumnMapping(fields_from_values(table, 1, kind_values), 0, kind_values)
        return ColumnMapping(by_values, None, kind_values)
    headings = table.rows[header_row]
    fields: list[Field] = [field_for_heading(h) or Field.IGNORE for h in headings]
    fields += [Field.IGNORE] * (table.width - len(fields))
    fields = _one_person(table, header_row, fields)
    fields = _question_as_kind(table, header_row, fields, kind_values)
    if layout == "long":
        fields = [Field.TEXT if f.fixed_kind else f for f in fields]
    elif layout == "wide" and Field.TEXT in fields and not any(f.fixed_kind for f in fields):
        fields = [Field.IGNORE if f == Field.KIND else f for f in fields]
    elif any(f.fixed_kind for f in fields) and Field.KIND not in fields:
        # One row per person: a "Comments" column beside "Working 1" is the care manager's
        # note, with no kind to make a card of; left out and said, as "Notes" is.
        fields = [Field.IGNORE if f == Field.TEXT else f for f in fields]
    fields = _person_tags_with_a_person(fields)
    mapping = ColumnMapping(tuple(fields), header_row, kind_values)
    certain = not mapping.problems() and all(field_for_heading(h) for h in headings if h)
    if not mapping.problems() or Field.TEXT in fields:
        return replace(mapping, certain=certain)
    # Headings found but no statements among them: fall back on what the values look like.
    by_values = fields_from_values(table, header_row + 1, kind_values,
                                   [heading_words(h) for h in headings])
    merged = tuple(
        f if f != Field.IGNORE or (v == Field.PERSON and Field.PERSON in fields) else v
        for f, v in zip(fields, by_values, strict=False)
    )
    return ColumnMapping(merged, header_row, kind_values)


def _one_person(table: SourceTable, header_row: int, fields: list[Field]) -> list[Field]:
    """Two headings read as the person ("Name" and "Service user ID"): the import takes one, so
    the one clearly the person is kept and the others left out (and named as left out). When
    none is clearly the person ("Name" beside a "Client ID" filled on some rows only), both
    stay: the facilitator chooses, as "Only one column can hold the person" asks."""
    columns = [i for i, f in enumerate(fields) if f == Field.PERSON]
    if len(columns) < 2:
        return fields
    headings = table.rows[header_row]
    rows = table.rows[header_row + 1 : header_row + 1 + _SAMPLE_ROWS]
    likeliest = likeliest_person([
        (heading_words(headings[i]), [row[i].strip() if i < len(row) else "" for row in rows])
        for i in columns])
    if likeliest is None:
        return fields
    keep = columns[likeliest]
    return [Field.IGNORE if f == Field.PERSON and i != keep else f for i, f in enumerate(fields)]


_QUESTION = re.compile(r"^(the )?(questions?|question asked|prompt|cwestiwn)$")


def _question_as_kind(table: SourceTable, header_row: int, fields: list[Field],
                      kinds: KindValues) -> list[Field]:
    """A "Question" column ("What is working?" on each answer's row, as care systems export a
    form) is the kind where its values read as kinds and no other column gives it; a question
    that is no kind ("How do you get about?") leaves it out."""
    if Field.KIND in fields or any(f.fixed_kind for f in fields):
        return fields
    headings = table.rows[header_row]
    for column, heading in enumerate(headings):
        if (fields[column] == Field.IGNORE and _QUESTION.match(heading_words(heading))
                and (values := column_values(table, column, header_row + 1))
                and _mostly(values, kinds.kind_of)):
            return [Field.KIND if i == column else f for i, f in enumerate(fields)]
    return fields


def _person_tags_with_a_person(fields: list[Field]) -> list[Field]:
    """A Locality or Role column is the person's where the sheet says whose each row is (a
    person column, or one row per person); else nobody could take it, and it stays each
    card's tag, as before the person's fields were known."""
    if Field.PERSON in fields or any(f.fixed_kind for f in fields):
        return fields
    return [Field.TAG if f.person_attr else f for f in fields]


def column_values(table: SourceTable, column: int, first: int) -> list[str]:
    """The filled cells of ``column`` in the rows sampled from ``first`` down, trimmed."""
    sample = table.rows[first : first + _SAMPLE_ROWS]
    return [row[column].strip() for row in sample if column < len(row) and row[column].strip()]


def _a_cards_row(row: Sequence[str], kind_values: KindValues) -> bool:
    """A lone row that is a card's: fewer headings than not among its cells but kind words (a
    statement may start like one: "Working with Sam…"), half with a person's code beside."""
    others = [c for c in row if c and kind_values.kind_of(c) is None]
    twice = 2 * sum(1 for c in others if field_for_heading(c, loose=False))
    return bool(others) and (twice < len(others) or (twice == len(others)
                                                     and any(map(is_lettered_code, others))))


def _is_data(table: SourceTable, index: int, kind_values: KindValues) -> bool:
    """Whether the row holds a kind word ("Working") over a column of kind words, and no
    heading but kind words: a row of statements in a sheet with no heading row ("P1, Working,
    Nice food"), not the "Working" heading of the wide layout, which has statements below."""
    row = table.rows[index]
    if any(field_for_heading(c, loose=False) and kind_values.kind_of(c) is None for c in row):
        return False
    below = table.rows[index + 1 : index + 1 + _SAMPLE_ROWS]
    for column, cell in enumerate(row):
        if not cell or kind_values.kind_of(cell) is None:
            continue
        values = [r[column] for r in below if column < len(r) and r[column]]
        if values and _mostly(values, kind_values.kind_of):
            return True
    return False


def _headings_over_kinds(table: SourceTable, fields: tuple[Field, ...], kinds: KindValues) -> bool:
    """Whether row 1 holds headings wtfc does not know: no kind ("Q3") over a column of kinds
    ("Working" x 6); read as data it was a row skipped and advice to define "Q3" as a kind."""
    first = table.rows[0] if len(table.rows) >= 3 else []
    if not any(f == Field.KIND and c < len(first) and first[c] and kinds.kind_of(first[c]) is None
               for c, f in enumerate(fields)):
        return False
    # a kind cell spelt nearly like a known kind ("Workng", "Wroking") is a row's mistyped kind,
    # whatever else is in it (no person column, a first name, a one-word statement)
    if any(f == Field.KIND and c < len(first) and kinds.nearly_a_kind(first[c])
           for c, f in enumerate(fields)):
        return False
    # and nothing else in it reads as a row of data: a statement of words or a person's code
    # under it is P01's row with a mistyped kind ("Workng"), skipped and said, never dropped
    for c, f in enumerate(fields):
        cell = first[c].strip() if c < len(first) else ""
        if f == Field.TEXT and (len(cell.split()) > 3 or len(cell) > _MAX_HEADING_LENGTH):
            return False
        if f == Field.PERSON and is_lettered_code(cell) and _letters(cell) in {
                _letters(v) for v in column_values(table, c, 1)}:  # "P01" over P02… ("Q1" not)
            return False
    return True


def _letters(code: str) -> str:
    return code.rstrip("0123456789").upper()


def kind_readings(table: SourceTable, mapping: ColumnMapping) -> list[tuple[str, Kind]]:
    """Each value of the kind column(s) that is not a kind's own name ("Good", "NWW", "red"),
    with the kind it is read as, in the order first met: the confirm page says how it read
    them, so a guess is never quiet."""
    own = {normalise_value(k.label) for k in Kind} | {normalise_value(k.long_label) for k in Kind}
    readings: dict[str, tuple[str, Kind]] = {}
    for row in table.rows[mapping.first_data_row:]:
        for column in mapping.columns(Field.KIND):
            value = row[column] if column < len(row) else ""
            key = normalise_value(value)
            kind = mapping.kind_values.kind_of(value) if value else None
            if kind is not None and key not in own and key not in readings:
                readings[key] = (value, kind)
    return list(readings.values())
