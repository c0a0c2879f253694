"""``wtfc suggest CSV --text-column text --id-column id -o clusters.csv [--k N]``: group the
statements of any CSV and write ``id,cluster``. A CSV with a ``kind`` column (or the one named
by ``--kind-column``) is grouped kind by kind, as the app suggests themes: a working card and a
not-working card about carers are different themes, so each cluster is of one kind
("not working-3"). Kinds are read as Import reads them ("Not Working", "What's not working",
"red", "NWW" are all not working); the rows whose kind it cannot read (blank, "amber") are
grouped together as one kind and said. Unnamed, the columns are found in any case, and the id
also as "Card id", so the data export's cards file is read as it is. A problem with the files is
one plain sentence on standard error and exit code 1 (a workshop file given as CSV, no text or id
column when none was named: as ``wtfc import`` when it cannot tell which column holds the
statements); wrong
arguments (argparse's own, a named column the CSV lacks, an output not ending in .csv) are said
with the usage, exit code 2."""

from __future__ import annotations

import argparse
import csv
import io
import sys
from collections.abc import Sequence
from pathlib import Path

from wtfc.clustering.suggest import group_labels
from wtfc.model.errors import WorkshopFileError
from wtfc.model.kind_values import KindValues, normalise_value
from wtfc.model.storage import write_atomically
from wtfc.model.workshop_start import START_BYTES, starts_as_workshop

_SHOWN_COLUMNS = 12  # enough to choose from; a sheet with hundreds says how many more
_SHOWN_KINDS = 5  # unread kind values named in the note; more are counted
_UNREAD = "unknown kind"  # the kind the rows with a kind wtfc could not read are grouped as


class _InputProblem(Exception):
    """Something about the user's files, said in words they can act on."""


def main_suggest(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="wtfc suggest",
        description="Suggest themes for the statements in a CSV file and write id,cluster. "
                    "When the CSV has a kind column (working, not working, future, read as "
                    "Import reads it), each kind is grouped on its own and the cluster says its "
                    "kind: 'not working-3'.",
    )
    parser.add_argument("csv", type=Path, help="CSV file of statements")
    # no default here, so a column the user named can be told from the one wtfc assumed
    parser.add_argument("--text-column", metavar="COLUMN",
                        help="column holding the statement (default: text, in any case)")
    parser.add_argument("--id-column", metavar="COLUMN",
                        help="column holding each statement's id (default: id or Card id, "
                             "in any case, as the data export writes)")
    parser.add_argument("--kind-column", metavar="COLUMN",
                        help="column holding each statement's kind; statements are grouped "
                             "kind by kind (default: kind, when the CSV has it; without it, "
                             "all statements are grouped together)")
    parser.add_argument(
        "-o", "--output", type=Path, required=True, metavar="OUT.csv",
        help="the CSV file to write id,cluster to",
    )
    parser.add_argument("--k", type=_theme_count, default=None,
                        help="number of themes (of each kind), 1 or more (default: automatic)")
    try:
        args = parser.parse_args(argv)
    except SystemExit as stop:  # argparse has printed its usage message; give its code back
        return int(stop.code or 0)
    try:
        output = _output_name(args.output)
        columns = _Columns(args.text_column, args.id_column, args.kind_column)
        ids, texts, kinds = _read_statements(args.csv, columns)
    except _WrongArgument as wrong:  # as argparse's own: the usage, exit code 2
        print(f"Problem: {wrong}\n{parser.format_usage().rstrip()}", file=sys.stderr)
        return 2
    except _InputProblem as problem:
        print(f"Problem: {problem}", file=sys.stderr)
        return 1
    read = _read_kinds(kinds) if kinds is not None else None
    clusters = _clusters(texts, read, k=args.k)
    try:
        _write_clusters(output, ids, clusters)
    except _InputProblem as problem:
        print(f"Problem: {problem}", file=sys.stderr)
        return 1
    known = {kind for kind in read or () if kind != _UNREAD}
    kinds_note = f" of {_count(len(known), 'kind')}" if known else ""
    print(f"Wrote {_count(len(ids), 'statement')}{kinds_note} in "
          f"{_count(len(set(clusters)), 'theme')} to {output}.")
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


def _clusters(texts: list[str], kinds: list[str] | None, *, k: int | None) -> list[str]:
    """Each statement's cluster: "1", "2"… or, kind by kind, "working-1", "not working-2"…"""
    if kinds is None:
        return [str(label + 1) for label in group_labels(texts, k=k)]
    clusters = [""] * len(texts)
    for kind in dict.fromkeys(kinds):  # in the order the kinds first come
        rows = [i for i, row_kind in enumerate(kinds) if row_kind == kind]
        labels = group_labels([texts[i] for i in rows], k=k)
        for row, label in zip(rows, labels, strict=True):
            clusters[row] = f"{kind}-{label + 1}"
    return clusters


class _WrongArgument(_InputProblem):
    """An argument given in a form wtfc cannot use: exit code 2, as argparse gives its own."""


# Unnamed columns are found by these headings in any case: the data export's cards file says
# "Text" and "Card id", and handing it to suggest as it is should just work.
_ASSUMED = {"text": ("text",), "id": ("id", "card id")}


class _Columns:
    """The two columns to read, and which of them the user named (a named column that is not
    there is a wrong argument; the assumed one missing is the file's problem)."""

    def __init__(self, text: str | None, ident: str | None, kind: str | None = None) -> None:
        self.text = text if text is not None else "text"
        self.id = ident if ident is not None else "id"
        self.kind = kind  # None: "kind" (in any case) when the CSV has it
        self.named = {o: c for o, c in (("--text-column", text), ("--id-column", ident),
                                        ("--kind-column", kind)) if c}

    def find_assumed(self, columns: Sequence[str]) -> None:
        """Each column the user did not name, as the CSV spells it ("Text", "Card id"); the
        exact heading first, so a CSV with both "text" and "Text" reads "text"."""
        named = set(self.named)
        for option, attr in (("--text-column", "text"), ("--id-column", "id")):
            if option in named:
                continue
            headings = _ASSUMED[attr]
            found = next((c for h in headings for c in columns if c == h), None) or next(
                (c for h in headings for c in columns if c.strip().lower() == h), None)
            if found is not None:
                setattr(self, attr, found)

    def kind_in(self, columns: Sequence[str]) -> str | None:
        """The kind column to group by, if any: the one named, else one called kind/Kind
        (the app's data export writes "Kind")."""
        if self.kind is not None:
            return self.kind
        return next((c for c in columns if c.strip().lower() == "kind"), None)


def _count(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def _output_name(output: Path) -> Path:
    """``-o`` as written: ``.csv`` added when it has no ending, another ending refused
    (``c.txt`` or ``c.xlsx`` would hold CSV that opens wrongly or not at all)."""
    ending = output.suffix
    if not output.name or not ending[1:].isalnum():  # none ("clusters", "Spring. Final")
        return output.with_name(output.name + ".csv") if output.name else output
    if ending.lower() != ".csv":
        raise _WrongArgument(f"'{output.name}' does not end in .csv, but wtfc suggest writes "
                             f"a CSV file. Name it {output.stem}.csv (or leave the ending off "
                             f"and wtfc adds it).")
    return output


def _theme_count(text: str) -> int:
    if not text.strip().isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"give a whole number of at least 1, not '{text}'")
    return int(text)


def _read_statements(path: Path,
                     wanted: _Columns) -> tuple[list[str], list[str], list[str] | None]:
    """The ids, the texts and, when there is a kind column, the kinds (as written, trimmed)."""
    if not path.is_file():
        raise _InputProblem(f"There is no file at {path}.")
    try:
        with path.open("rb") as raw:
            _refuse_workshop(path, raw.read(START_BYTES))
        with path.open(newline="", encoding="utf-8-sig") as handle:
            reader = csv.DictReader(handle)
            columns = reader.fieldnames or []
            wanted.find_assumed(columns)
            _check_columns(path, columns, wanted)
            kind_column = wanted.kind_in(columns)
            rows = [(row[wanted.id] or "", row[wanted.text] or "",
                     (row[kind_column] or "").strip() if kind_column else "") for row in reader]
    except UnicodeDecodeError:
        raise _InputProblem(f"{path.name} is not UTF-8 text; save it as 'CSV UTF-8'.") from None
    except csv.Error as error:
        raise _InputProblem(f"{path.name} is not a readable CSV file ({error}).") from None
    except OSError as error:
        raise _InputProblem(f"wtfc cannot read {path} ({error.strerror}).") from None
    kinds = [r[2] for r in rows] if kind_column else None
    return [r[0] for r in rows], [r[1] for r in rows], kinds


def _refuse_workshop(path: Path, start: bytes) -> None:
    """A workshop file is JSON: read as CSV its "columns" were its whole first line (the demo's
    42,000 characters, card words among them, held-back ones too), listed as the columns. Told
    by its ending or its first bytes (a copy saved as .csv, pretty-printed or not). The advice
    gives the file as the user typed it, so that it works from the folder they are in; the
    export's files go there."""
    if path.suffix.lower() == ".wtfc" or starts_as_workshop(start):
        stem = path.stem
        raise _InputProblem(
            f"{path.name} is a wtfc workshop, not a CSV file of statements. In the app, its "
            f"cards get theme suggestions on the Theme stage (S). Here, export its cards first "
            f'(wtfc export data "{path}" -o "{stem}.csv"), then: wtfc suggest '
            f'"{stem}-cards.csv" -o OUT.csv'
        )


def _check_columns(path: Path, columns: Sequence[str], wanted: _Columns) -> None:
    """A column named that is not there is a wrong argument (exit 2); the columns wtfc assumed
    (text, id) missing are the file's problem (exit 1, as ``wtfc import`` gives when it cannot
    tell which column holds the statements), both said at once with the options that name them."""
    listed = ", ".join(columns[:_SHOWN_COLUMNS]) if columns else "none"
    if len(columns) > _SHOWN_COLUMNS:
        listed += f" and {len(columns) - _SHOWN_COLUMNS:,} more"
    needed = (wanted.text, wanted.id, *([wanted.kind] if wanted.kind else []))  # kind: named
    missing = [c for c in dict.fromkeys(needed) if c not in columns]
    for option, column in wanted.named.items():
        if column in missing:
            raise _WrongArgument(
                f"{option} {column}: {path.name} has no column called '{column}' "
                f"(its columns: {listed}). Give {option} one of them."
            )
    if not missing:
        return
    options = {wanted.text: "--text-column COLUMN (the statements)",
               wanted.id: "--id-column COLUMN (each statement's id)"}
    called = " or ".join(f"'{c}'" for c in missing)
    say = " and ".join(options[c] for c in missing)
    raise _InputProblem(f"{path.name} has no column called {called} (its columns: {listed}). "
                        f"Say which to read with {say}.")


def _write_clusters(path: Path, ids: list[str], clusters: list[str]) -> None:
    """Written whole or not at all (through a temporary file), as a workshop is saved: a full
    USB stick leaves no empty or cut-short ``clusters.csv`` to be mistaken for the answer."""
    text = io.StringIO(newline="")
    writer = csv.writer(text)
    writer.writerow(["id", "cluster"])
    writer.writerows(zip(ids, clusters, strict=True))
    if path.is_dir():  # as an export says it: a workshop save's words would name a workshop
        raise _InputProblem(f"'{path}' is a folder. Give the output a file name.")
    try:
        write_atomically(text.getvalue().encode("utf-8"), path, backup=False)
    except WorkshopFileError as error:  # its problem alone: the advice is the app's Save As
        raise _InputProblem(error.problem) from None
