"""What ``wtfc import`` says when what it was given cannot be used, in the command line's own
words: its options to type, where the app's import dialog says which control to choose.
"""

from __future__ import annotations

import os
import re
import stat
from pathlib import Path

from wtfc.importing.errors import ImportFailed
from wtfc.importing.file_names import shown_name
from wtfc.importing.mapping import ColumnMapping, Field, column_names
from wtfc.importing.person_fill import fill_down
from wtfc.importing.sources import WORKSHOP_ENDING, is_workshop_start
from wtfc.importing.table import SourceTable
from wtfc.model.control_characters import name_shown  # a file's name in words (U+202E, ⏎)

_WORKBOOK_ENDINGS = {".xlsx", ".xlsm", ".xls", ".ods"}
# endings refused for --into: files a workshop is made from, saved beside or turned into
_FILE_ENDINGS = _WORKBOOK_ENDINGS | {
    ".csv", ".tsv", ".txt", ".json", ".xml", ".pdf", ".doc", ".docx", ".odt", ".rtf", ".md",
    ".html", ".htm", ".ppt", ".pptx", ".odp", ".zip", ".png", ".jpg", ".jpeg", ".tmp", ".old",
    ".orig", ".log", ".db", ".sqlite",
}  # fmt: skip
_BACKUP_ENDING = re.compile(r"\.bak\d*", re.IGNORECASE)  # the app's own .bak, .bak2…
_SHOWN_COLUMNS = 12  # a JSON file read as CSV has dozens: the first few say what it is


class WrongArgument(ImportFailed):
    """An option given in a form wtfc cannot use: exit code 2, as argparse gives its own."""


def into_file(into: str) -> Path:
    """``--into`` as a workshop file: ``.wtfc`` added when the name has no ending (File ▸
    Open shows only .wtfc files), another ending refused, and the word ``demo`` refused (every
    command reads it as the bundled demo, so a file called demo could never be read back)."""
    if into.strip() == "demo":
        raise WrongArgument(
            "--into demo: the word demo stands for the demo workshop that comes with wtfc, "
            "which is never changed. To start from the demo, open it (wtfc demo), save a copy "
            "with Save As and give that file to --into; or give a new name, such as --into "
            '"Spring review.wtfc".'
        )
    path = Path(into)
    if not path.name or _is_folder(path):
        return path  # a folder: said in plain words when it is read
    if into.endswith(("/", os.sep)):  # meant as a folder, and there is none of that name
        raise WrongArgument(
            f"--into {name_shown(into)}: there is no folder {name_shown(str(path))}. Give the "
            "workshop file's name, such as --into \"Spring review.wtfc\"."
        )
    if path.name.startswith(".") and path.name.strip(".").lower() in ("", WORKSHOP_ENDING[1:]):
        raise WrongArgument(  # ".wtfc" alone would be saved as the hidden file ".wtfc.wtfc"
            f"--into {path.name}: give the workshop file a name, such as --into "
            '"Spring review.wtfc".'
        )
    ending = path.suffix
    if ending.lower() == WORKSHOP_ENDING:
        return path
    if not _is_file_ending(ending):  # none, or part of the name ("Review 12.11.2026")
        # a dot left at the end ("Review.") is not doubled: Review.wtfc, not Review..wtfc
        return path.with_name(path.name.rstrip(".") + WORKSHOP_ENDING)
    stem = path.stem  # the name without the refused ending: x.wtfc.bak → x.wtfc
    suggested = stem if stem.lower().endswith(WORKSHOP_ENDING) else stem + WORKSHOP_ENDING
    raise WrongArgument(
        f"--into {name_shown(path.name)}: a workshop file's name ends in {WORKSHOP_ENDING}, "
        f"not {ending}. Name it {name_shown(suggested)} (or leave the ending off and wtfc adds it)."
    )


def _is_file_ending(ending: str) -> bool:
    """A known kind of file's ending (.csv, .bak2…): a dot in a name is often part of it, as in
    a date (12.11.2026) or a version (v2.1), and only a real ending is refused."""
    return ending.lower() in _FILE_ENDINGS or bool(_BACKUP_ENDING.fullmatch(ending))


def _is_folder(path: Path) -> bool:
    try:
        return path.is_dir()
    except OSError:  # a name too long for the disk: said in plain words when it is read
        return False


def refuse_workshop_source(source: Path, names: tuple[str, ...]) -> None:
    """A workshop file given as SOURCE is refused in plain words, whatever its ending (read as
    CSV it is a row of JSON, and its "columns" say nothing): exit code 1, a problem with the
    file given. A pipe or a device is refused before it is opened: opening a pipe waits for a
    writer for ever."""
    try:
        mode = source.stat().st_mode
        if not stat.S_ISREG(mode) and not stat.S_ISDIR(mode):
            raise ImportFailed(f"{shown_name(source.name, names)} is not a file wtfc can open: "
                               f"give the spreadsheet or CSV file itself.")
        with source.open("rb") as handle:
            head = handle.read(200)
    except OSError:  # missing, a folder…: read_source says so in its own words
        return
    if is_workshop_start(source, head):
        name = shown_name(source.name, names)
        # The wish may be either way round: another area's workshop to bring in (the data
        # export's Cards sheet is the way, with what it leaves behind said), or this one to
        # add statements to (--into).
        raise ImportFailed(
            f"{name} is a workshop file, not statements: wtfc import reads statements from a "
            f"spreadsheet (.xlsx) or a CSV file. To bring its cards into another workshop, "
            f'export its data (wtfc export data "{name}" -o cards.xlsx, or in wtfc File → '
            f"Export → Data for commissioners) and import that file's Cards sheet, with "
            f"--own-codes if its person codes may be another area's people. Held-back cards "
            f"are not in the export, and a locality or other tag it hides (fewer than 5 "
            f"people have it) arrives blank. To add statements to {name} instead, give it to "
            f'--into, as in: wtfc import statements.csv --into "{name}".'
        )


def refuse_fill_down(table: SourceTable, mapping: ColumnMapping) -> None:
    """--fill-down where the person column does not read as a code on each person's first row
    and blanks below: whose a blank is would be a guess, so nothing is imported (exit 2).
    Always in the wide layout, where a blank is a person of its own row."""
    people = mapping.columns(Field.PERSON)
    if mapping.layout == "wide":
        blank = (f"a blank “{shown_name(column_names(table, mapping)[people[0]])}”" if people
                 else "a row with no code")
        raise WrongArgument(
            f"--fill-down: each row here is one person's review (a column for each kind), so "
            f"{blank} is a person with no code, perhaps someone who did not want to be known, "
            "never the person on the row above. Leave out --fill-down.")
    if not people:
        raise WrongArgument("--fill-down fills the person column's blanks, and no column gives "
                            "the person: say which with --map COLUMN=person.")
    if fill_down(table, mapping) is None:
        heading = shown_name(column_names(table, mapping)[people[0]])
        raise WrongArgument(
            f"--fill-down: “{heading}” does not read as a code on each person's first row with "
            "blanks below it, so whose each blank is would be a guess. Write the code on each "
            "row, or leave out --fill-down.")


def mapping_problem(
    table: SourceTable, mapping: ColumnMapping, source: Path, names: tuple[str, ...]
) -> str:
    """Why the columns cannot be imported as they are read, naming the columns found and the
    options that say what they hold ("" when they can)."""
    problems = mapping.problems()
    if not problems:
        return ""
    fields = mapping.fields
    by_rows = any(f.fixed_kind for f in fields)
    wide = (
        "or, when each row is one person with Working, Not working and Future columns, "
        "give --layout wide"
    )
    if Field.TEXT not in fields and not by_rows:
        what = (
            "wtfc could not tell which column holds the statements. Say which with --map "
            "COLUMN=text, and which column says working, not working or future with --map "
            f"COLUMN=kind; {wide} (or --map COLUMN=working, COLUMN=not_working, "
            f"COLUMN=future)."
        )
    elif Field.KIND not in fields and not by_rows:
        what = (
            "No column says whether each statement is working, not working or for the "
            f"future. Say which column does with --map COLUMN=kind; {wide}. If no column "
            f"says it, add one to the file (Working, Not working or Future on each row)."
        )
    else:  # more than one person or kind column, given with --map
        what = (
            f"{problems[0]} Give each column one field with --map COLUMN=FIELD (--map "
            f"COLUMN=ignore leaves one out)."
        )
    lead = ""
    if source.suffix.lower() in _WORKBOOK_ENDINGS and table.encoding:
        lead = (
            f"{table.source_name} ends in {source.suffix} but is not a workbook: it was "
            f"read as plain text. "
        )
    return f"{lead}{what} {columns_found(table, mapping, names)}"


def columns_found(table: SourceTable, mapping: ColumnMapping, names: tuple[str, ...]) -> str:
    """'The columns in s.csv: 'who' (person), 'said' (text).' Headings are shown as the guard
    shows a file's name: a heading can name someone."""
    shown = [
        f"'{shown_name(name, names)}'" + (f" ({field.value})" if field != Field.IGNORE else "")
        for name, field in zip(
            column_names(table, mapping),
            (*mapping.fields, *[Field.IGNORE] * table.width),
            strict=False,
        )
    ]
    more = len(shown) - _SHOWN_COLUMNS
    listed = ", ".join(shown[:_SHOWN_COLUMNS]) + (f" and {more:,} more" if more > 0 else "")
    return f"The columns in {table.source_name}: {listed}."
