"""``wtfc suggest CSV --text-column text --id-column id -o clusters.csv [--k N]``: group the
statements of any CSV and write ``id,cluster``. A problem with the files is one plain sentence
on standard error and exit code 1; wrong arguments are argparse's, exit code 2."""

from __future__ import annotations

import argparse
import csv
import sys
from collections.abc import Sequence
from pathlib import Path

from wtfc.clustering.suggest import group_labels


class _InputProblem(Exception):
    """Something about the user's files, said in words they can act on."""


def main_suggest(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="wtfc suggest",
        description="Suggest themes for the statements in a CSV file and write id,cluster.",
    )
    parser.add_argument("csv", type=Path, help="CSV file of statements")
    parser.add_argument("--text-column", default="text", help="column holding the statement")
    parser.add_argument("--id-column", default="id", help="column holding each statement's id")
    parser.add_argument(
        "-o", "--output", type=Path, required=True, help="where to write id,cluster"
    )
    parser.add_argument("--k", type=_theme_count, default=None,
                        help="number of themes, 1 or more (default: automatic)")
    try:
        args = parser.parse_args(argv)
    except SystemExit as stop:  # argparse has printed its usage message; give its code back
        return int(stop.code or 0)
    try:
        ids, texts = _read_statements(args.csv, args.text_column, args.id_column)
        labels = group_labels(texts, k=args.k)
        _write_clusters(args.output, ids, labels)
    except _InputProblem as problem:
        print(f"Problem: {problem}", file=sys.stderr)
        return 1
    print(f"Wrote {len(ids)} statements in {len(set(labels))} themes to {args.output}.")
    return 0


def _theme_count(text: str) -> int:
    if not text.strip().isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"give a whole number of at least 1, not '{text}'")
    return int(text)


def _read_statements(path: Path, text_column: str, id_column: str) -> tuple[list[str], list[str]]:
    if not path.is_file():
        raise _InputProblem(f"There is no file at {path}.")
    try:
        with path.open(newline="", encoding="utf-8-sig") as handle:
            reader = csv.DictReader(handle)
            columns = reader.fieldnames or []
            for column in (text_column, id_column):
                if column not in columns:
                    listed = ", ".join(columns) if columns else "none"
                    raise _InputProblem(
                        f"{path.name} has no column called '{column}' (its columns: {listed})."
                    )
            rows = [(row[id_column] or "", row[text_column] or "") for row in reader]
    except UnicodeDecodeError:
        raise _InputProblem(f"{path.name} is not UTF-8 text; save it as 'CSV UTF-8'.") from None
    except csv.Error as error:
        raise _InputProblem(f"{path.name} is not a readable CSV file ({error}).") from None
    except OSError as error:
        raise _InputProblem(f"wtfc cannot read {path} ({error.strerror}).") from None
    return [r[0] for r in rows], [r[1] for r in rows]


def _write_clusters(path: Path, ids: list[str], labels: list[int]) -> None:
    try:
        with path.open("w", newline="", encoding="utf-8") as handle:
            writer = csv.writer(handle)
            writer.writerow(["id", "cluster"])
            writer.writerows(zip(ids, (label + 1 for label in labels), strict=True))
    except OSError as error:
        raise _InputProblem(f"wtfc cannot write {path} ({error.strerror}).") from None
