"""``wtfc suggest CSV --text-column text --id-column id -o clusters.csv [--k N]``: group the
statements of any CSV and write ``id,cluster``. The statements are grouped as the app suggests
themes (``suggest_themes``), so a statement the app would leave for the room to sort has an empty
cluster, and the closing lines say which and why (``cli_left_out``). A CSV with a ``kind`` column
(or the one named by ``--kind-column``) is grouped kind by kind, as the app suggests themes: a
working card and a not-working card about carers are different themes, so each cluster is of one
kind ("not working-3"). Kinds are read as Import reads them ("Not Working", "What's not working",
"red", "NWW" are all not working); the rows whose kind it cannot read (blank, "amber") are grouped
together as one kind and said. Columns are found as ``cli_columns`` says: the data export's cards
file ("Text", "Card id") is read as it is, and a repeated or blank id is refused, naming its column
(a facilitator's "ID" is often the person's code). A problem with the files is one plain sentence on
standard error and exit code 1 (a workshop file given as CSV, no text or id column when none was
named: as ``wtfc import`` when it cannot tell which column holds the statements); wrong arguments
(argparse's own, a named column the CSV lacks, an output not ending in .csv) are said with the
usage, exit code 2."""

from __future__ import annotations

import argparse
import csv
import io
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from wtfc.clustering.cli_columns import Columns, InputProblem, WrongArgument
from wtfc.clustering.cli_left_out import LeftOut, nothing_to_group
from wtfc.clustering.suggest import group_labels, suggest_themes
from wtfc.model.control_characters import name_shown  # a file's name in words (U+202E, ⏎)
from wtfc.model.errors import WorkshopFileError
from wtfc.model.kind_values import KindValues, normalise_value
from wtfc.model.storage import write_atomically
from wtfc.model.workshop_start import START_BYTES, starts_as_workshop

_SHOWN_KINDS = 5  # unread kind values named in the note; more are counted
# Import's size limit (wtfc/importing/limits.py MAX_FILE_BYTES), repeated here as the layers
# keep clustering from importing wtfc.importing. tests/clustering/test_cli_limits.py pins them
MAX_FILE_BYTES = 50 * 1024 * 1024
# Grouping needs about 30 KB a statement: 50,000 took 1.4 GB and two minutes, where 200,000
# (Import's row limit) ran a 4-8 GB laptop out of memory
MAX_STATEMENTS = 50_000
_UNREAD = "unknown kind"  # the kind the rows with a kind wtfc could not read are grouped as


def main_suggest(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="wtfc suggest",
        description="Suggest themes for the statements in a CSV file and write id,cluster, "
                    "grouped as the app suggests themes. A statement that fits no theme, says "
                    "nothing on its own ('ok', 'see above') or has words wtfc can't match "
                    "(another language?) has an empty cluster, and is named. When the CSV "
                    "has a kind column (working, not working, future, read as Import reads "
                    "it), each kind is grouped on its own and the cluster says its kind: "
                    "'not working-3'. A column you name is found as written, else as "
                    "the one heading that differs from it only in case ('person' reads "
                    "'Person').",
    )
    parser.add_argument("csv", type=Path, help="CSV file of statements")
    # no default here, so a column the user named can be told from the one wtfc assumed
    parser.add_argument("--text-column", metavar="COLUMN",
                        help="column holding the statement (default: text, else Text, "
                             "else the one heading 'text' in another case)")
    parser.add_argument("--id-column", metavar="COLUMN",
                        help="column holding each statement's own id (default: id, else "
                             "Card id as the data export writes, else one 'ID' or 'Card ID' "
                             "whose values are all different). Repeated or blank ids are "
                             "refused, naming the column")
    parser.add_argument("--kind-column", metavar="COLUMN",
                        help="column holding each statement's kind; statements are grouped "
                             "kind by kind (default: kind or Kind, when the CSV has it; without "
                             "it, all statements are grouped together)")
    parser.add_argument(
        "-o", "--output", type=Path, required=True, metavar="OUT.csv",
        help="the CSV file to write id,cluster to. Ids are written exactly as read, so they "
             "match your file's: Excel may take one starting with =, +, - or @ for a formula",
    )
    parser.add_argument("--k", type=_theme_count, default=None,
                        help="number of themes (of each kind), 1 or more: every statement "
                             "with something to group by is put in one (default: automatic, "
                             "as the app suggests)")
    try:
        args = parser.parse_args(argv)
    except SystemExit as stop:  # argparse has printed its usage message; give its code back
        return int(stop.code or 0)
    try:
        output = _output_name(args.output)
        columns = Columns(args.text_column, args.id_column, args.kind_column)
        ids, texts, kinds = _read_statements(args.csv, columns)
        read = _read_kinds(kinds) if kinds is not None else None
        clusters, left = _clusters(ids, texts, read, k=args.k)
        _write_clusters(output, ids, clusters)
    except WrongArgument as wrong:  # as argparse's own: the usage, exit code 2
        print(f"Problem: {wrong}\n{parser.format_usage().rstrip()}", file=sys.stderr)
        return 2
    except InputProblem as problem:
        print(f"Problem: {problem}", file=sys.stderr)
        return 1
    except MemoryError:  # within the limits, on a laptop with little memory free
        print(f"Problem: this computer ran out of memory grouping the statements of "
              f"{name_shown(args.csv.name)}. Close other programs and try again, or split the "
              f"file and suggest each part.", file=sys.stderr)
        return 1
    known = {kind for kind in read or () if kind != _UNREAD}
    kinds_note = f" of {_count(len(known), 'kind')}" if known else ""
    print(f"Wrote {_count(len(ids), 'statement')}{kinds_note} in "
          f"{_count(len(set(clusters) - {''}), 'theme')} to {name_shown(str(output))}.")
    for line in left.lines():
        print(line)
    if kinds is not None and read is not None and _UNREAD in read:
        print(_unread_note([value for value, kind in zip(kinds, read, strict=True)
                            if kind == _UNREAD]))
    return 0


def _read_kinds(values: list[str]) -> list[str]:
    """Each row's kind as Import reads its value ("working", "not working", "future"), or
    ``_UNREAD``: grouped as one kind, not a kind per spelling."""
    words = KindValues.default()
    read: dict[str, str] = {}  # values repeat: each looked up once
    for value in dict.fromkeys(values):
        kind = words.kind_of(value) if value else None
        read[value] = kind.label.lower() if kind is not None else _UNREAD
    return [read[value] for value in values]


def _unread_note(values: list[str]) -> str:
    """'3 rows had a kind wtfc could not read ('amber', blank): grouped as one, …'"""
    spellings: dict[str, str] = {}  # "amber" and "Amber" named once, as first written
    for value in values:
        spellings.setdefault(normalise_value(value), value)
    shown = [f"'{value}'" if value else "blank" for value in spellings.values()]
    listed = ", ".join(shown[:_SHOWN_KINDS])
    if len(shown) > _SHOWN_KINDS:
        listed += f" and {len(shown) - _SHOWN_KINDS:,} more"
    had = "1 row had" if len(values) == 1 else f"{len(values):,} rows had"
    return (f"{had} a kind wtfc could not read ({listed}): grouped as one, '{_UNREAD}'. "
            f"Write working, not working or future in them to group them with that kind.")


def _clusters(ids: list[str], texts: list[str], kinds: list[str] | None, *,
              k: int | None) -> tuple[list[str], LeftOut]:
    """Each statement's cluster: "1", "2"… or, kind by kind, "working-1", "not working-2"…;
    "" for one in no cluster (``LeftOut`` says which and why)."""
    clusters = [""] * len(texts)
    left = LeftOut()
    parts = ({"": list(range(len(texts)))} if kinds is None else  # kinds in the order they come
             {kind: [i for i, row_kind in enumerate(kinds) if row_kind == kind]
              for kind in dict.fromkeys(kinds)})
    for kind, rows in parts.items():
        numbers = _grouped([texts[i] for i in rows], k=k)
        for row, number in zip(rows, numbers, strict=True):
            if number:
                clusters[row] = f"{kind}-{number}" if kinds is not None else str(number)
        alone = [row for row, number in zip(rows, numbers, strict=True) if not number]
        left.add([ids[i] for i in alone], [texts[i] for i in alone])
    return clusters, left


def _grouped(texts: list[str], *, k: int | None) -> list[int]:
    """Each statement's group, numbered from 1 (largest first), or 0 for none. Automatic: the
    app's suggestions (``suggest_themes``: grouped, then loose groups split and cards that fit
    their group poorly left out), each a group; grouped alone, without the splitting, 29 of 55
    cards came out in a cluster of another topic, against 11 in the app (review 36 R5-R4). With
    ``k``: exactly that many groups of the statements there is something to group by."""
    if k is None:
        found = suggest_themes(texts, [str(i) for i in range(len(texts))])
        numbers = [0] * len(texts)
        for number, suggestion in enumerate(found, start=1):
            for member in suggestion.member_ids:
                numbers[int(member)] = number
        return numbers
    rows = [i for i, why in enumerate(nothing_to_group(texts)) if why is None]
    numbers = [0] * len(texts)
    for row, label in zip(rows, group_labels([texts[i] for i in rows], k=k), strict=True):
        numbers[row] = label + 1
    return numbers


def _count(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def _output_name(output: Path) -> Path:
    """``-o`` as written: ``.csv`` added when it has no ending, another ending refused
    (``c.txt`` or ``c.xlsx`` would hold CSV that opens wrongly or not at all)."""
    ending = output.suffix
    if not output.name or not ending[1:].isalnum():  # none ("clusters", "Spring. Final")
        return output.with_name(output.name + ".csv") if output.name else output
    if ending.lower() != ".csv":
        raise WrongArgument(f"'{name_shown(output.name)}' does not end in .csv, but wtfc suggest "
                             f"writes a CSV file. Name it {name_shown(output.stem)}.csv (or "
                             f"leave the ending off and wtfc adds it).")
    return output


def _theme_count(text: str) -> int:
    if not text.strip().isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"give a whole number of at least 1, not '{text}'")
    return int(text)


def _read_statements(path: Path,
                     wanted: Columns) -> tuple[list[str], list[str], list[str] | None]:
    """The ids, the texts and, when there is a kind column, the kinds (as written, trimmed)."""
    if not path.exists():
        raise InputProblem(f"There is no file at {name_shown(str(path))}.")
    if not path.is_file():  # a folder, a pipe, a device (/dev/zero would read for ever)
        raise InputProblem(f"'{name_shown(str(path))}' is not a file wtfc can open.")
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise InputProblem(
                f"{name_shown(path.name)} is {size / 1024 / 1024:,.0f} MB; wtfc suggest reads "
                f"CSV files of up to {MAX_FILE_BYTES // 1024 // 1024} MB. Split it and suggest "
                f"each part.")
        with path.open("rb") as raw:
            _refuse_workshop(path, raw.read(START_BYTES))
        reader = csv.DictReader(io.StringIO(_decoded(path, path.read_bytes()), newline=""))
        columns = list(reader.fieldnames or [])
        # read whole, as a spreadsheet numbers its rows: an id column is judged by its
        # values. A row with every cell blank (Excel saves some after the last) is no
        # statement, and no blank id either
        rows = _statement_rows(path, reader)
    except csv.Error as error:
        raise InputProblem(f"{name_shown(path.name)} is not a readable CSV file "
                           f"({error}).") from None
    except OSError as error:
        raise InputProblem(f"wtfc cannot read {name_shown(str(path))} "
                           f"({error.strerror}).") from None
    text, ident, kind = wanted.choose(name_shown(path.name), columns, rows)  # for its words
    ids = [row.get(ident) or "" for _, row in rows]
    texts = [row.get(text) or "" for _, row in rows]
    kinds = [(row.get(kind) or "").strip() for _, row in rows] if kind else None
    return ids, texts, kinds


def _decoded(path: Path, data: bytes) -> str:
    """Excel's "CSV UTF-8" (a BOM) or plain UTF-8; a line that is not UTF-8 in the Windows code
    page, as the app's Import reads it, so the ids match its cards ('Café-1', never 'CafÃ©-1')."""
    from wtfc.model.text_lines import decode_lines

    data = data.removeprefix(b"\xef\xbb\xbf")
    if b"\x00" in data and not _is_utf8(data):  # UTF-16, or no text: NULs are no cp1252 text
        raise InputProblem(f"{name_shown(path.name)} is not UTF-8 text; save it as 'CSV UTF-8'.")
    return decode_lines(data)[0]


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _statement_rows(path: Path,
                    reader: csv.DictReader[str]) -> list[tuple[int, dict[Any, Any]]]:
    """Each filled row with its line number; past ``MAX_STATEMENTS`` the rest are only counted,
    to say how many there are without holding them."""
    rows: list[tuple[int, dict[Any, Any]]] = []
    extra = 0
    for number, row in enumerate(reader, start=2):
        if any(_filled(value) for value in row.values()):
            if len(rows) < MAX_STATEMENTS:
                rows.append((number, row))
            else:
                extra += 1
    if extra:
        raise InputProblem(
            f"{name_shown(path.name)} has {len(rows) + extra:,} statements; wtfc suggest "
            f"groups up to {MAX_STATEMENTS:,} at a time. Split it (by area or by kind) and "
            f"suggest each part.")
    return rows


def _filled(value: str | list[str] | None) -> bool:
    """A cell with something in it; cells past the headings come as a list."""
    if isinstance(value, list):
        return any(v.strip() for v in value)
    return bool(value and value.strip())


def _refuse_workshop(path: Path, start: bytes) -> None:
    """A workshop file is JSON: read as CSV its "columns" were its whole first line (the demo's
    42,000 characters, card words among them, held-back ones too), listed as the columns. Told
    by its ending or its first bytes (a copy saved as .csv, pretty-printed or not). The advice
    gives the file as the user typed it, so that it works from the folder they are in; the
    export's files go there."""
    if path.suffix.lower() == ".wtfc" or starts_as_workshop(start):
        stem = _in_a_command(path.stem)
        raise InputProblem(
            f"{name_shown(path.name)} is a wtfc workshop, not a CSV file of statements. In the "
            f"app, its cards get theme suggestions on the Theme stage (S). Here, export its "
            f"cards first "
            f'(wtfc export data "{_in_a_command(str(path))}" -o "{stem}.csv"), then: wtfc '
            f'suggest "{stem}-cards.csv" -o OUT.csv'
        )


def _in_a_command(name: str) -> str:
    """A name in a command to be copied and run: as it is, unless showing it plainly changes
    more than the marks that set a right-to-left name apart (those marks, copied into the
    shell, would name another file: review A6); a bidi override or line break is still never
    printed raw."""
    shown = name_shown(name)
    return name if shown.removeprefix("\u2068").removesuffix("\u2069") == name else shown


def _write_clusters(path: Path, ids: list[str], clusters: list[str]) -> None:
    """Written whole or not at all (through a temporary file), as a workshop is saved: a full
    USB stick leaves no empty or cut-short ``clusters.csv`` to be mistaken for the answer."""
    text = io.StringIO(newline="")
    writer = csv.writer(text)
    writer.writerow(["id", "cluster"])
    writer.writerows(zip(ids, clusters, strict=True))
    if path.is_dir():  # as an export says it: a workshop save's words would name a workshop
        raise InputProblem(f"'{name_shown(str(path))}' is a folder. Give the output a file name.")
    try:
        # with a BOM, as the data export: Excel on Windows reads a CSV without one in the
        # Windows code page, and 'Café-1' would read 'CafÃ©-1'
        write_atomically(text.getvalue().encode("utf-8-sig"), path, backup=False)
    except WorkshopFileError as error:  # its problem alone: the advice is the app's Save As
        raise InputProblem(error.problem) from None
