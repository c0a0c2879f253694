"""``wtfc import``: statements from a spreadsheet into a workshop file, without the app.

    wtfc import SOURCE [--into FILE.wtfc] [--sheet NAME] [--layout long|wide]
                       [--map COLUMN=FIELD ...] [--kind VALUE=KIND ...] [--names "A, B"]
                       [--fill-down] [--leave-out-reworded] [--split-lines | --keep-cells]
                       [--own-codes] [--locality NAME]

Creates the workshop file, or adds to it when it exists, and prints the import report. Without
--into it makes a new "Imported statements.wtfc" beside SOURCE ("Imported statements 2.wtfc"
when that is taken; never over a file). Exits 1 with the reason in plain English when nothing
could be imported, 2 when an option is given in a form it cannot use (``cli_advice.py``).
"""

from __future__ import annotations

import argparse
import errno
import sys
from collections.abc import Sequence
from pathlib import Path

from wtfc.importing.building import build_import, import_edit
from wtfc.importing.cli_advice import (
    WrongArgument,
    into_file,
    mapping_problem,
    refuse_workshop_source,
)
from wtfc.importing.cli_mapping import column_options
from wtfc.importing.errors import ImportFailed
from wtfc.importing.file_names import shown_name
from wtfc.importing.mapping import Field
from wtfc.importing.passed_sheets import SheetRefused
from wtfc.importing.pasted_names import parse_names
from wtfc.importing.report import ImportReport, SkipReason
from wtfc.importing.sheet_area import area_detail, area_problem, tidied_area
from wtfc.importing.sources import read_source
from wtfc.model.workshop import Workshop


def main_import(argv: Sequence[str]) -> int:
    args = _parser().parse_args(list(argv))
    from wtfc.model.document import Document
    from wtfc.model.errors import WorkshopFileError
    from wtfc.model.storage import backup_path, save_workshop

    # read as the Names to watch for box reads a paste: a bracket's name is a name of its own
    names = tuple(parse_names(args.names or ""))
    locality = tidied_area(args.locality or "")
    try:
        if problem := area_problem(locality):
            raise WrongArgument(f"--locality: {problem}")
        if detail := area_detail(locality, names):  # said, as People says it, not refused
            print(f"Note: {detail} (In wtfc: Collect → People.)")
        into_path = into_file(args.into) if args.into else None
        workshop = Workshop(title=NEW_TITLE)
        added_to, renumbered = _workshop_to_add_to(into_path) if into_path else (None, "")
        workshop = added_to or workshop
        refuse_workshop_source(Path(args.source), names)
        table = read_source(args.source, sheet=args.sheet, names=names)
        mapping = column_options(table, args)
        if mapping.problems():  # the app's words ("Choose the column…") point at its dialog
            raise ImportFailed(mapping_problem(table, mapping, Path(args.source), names))
        plan = build_import(table, mapping, workshop=workshop, known_names=names,
                            leave_out_other_words=args.leave_out_reworded,
                            own_codes=args.own_codes, locality=locality)
        if not plan.cards:
            print("\n".join(plan.report.lines() + _kind_advice(plan.report)))
            print(plan.nothing_imported_reason(), file=sys.stderr)
            return 1
        doc = Document(workshop)
        import_edit(doc, plan).do(doc)
        # a new file's name is chosen last, so no file can take it while the import runs
        into = into_path or new_workshop_path(Path(args.source).parent)
        save_workshop(doc.workshop, into)
        if renumbered:  # the file is in order now: neither the app nor check will say it
            print(f"Note: {renumbered}")
    except WrongArgument as exc:  # as argparse's own: exit code 2
        print(f"Nothing was imported. {exc}", file=sys.stderr)
        return 2
    except WorkshopFileError as exc:  # the app's advice (Save As) means nothing here
        where = " Choose another file with --into." if exc.advice else ""
        print(f"Nothing was imported. {exc.problem}{where}", file=sys.stderr)
        return 1
    except ImportFailed as exc:
        if isinstance(exc, SheetRefused):  # the app's "choose it" is --sheet here
            exc = ImportFailed(exc.advice(f'import again with --sheet "{shown_name(exc.instead)}"'))
        print(f"Nothing was imported. {exc}", file=sys.stderr)
        return 1
    except OSError as exc:  # looking for the workshop file (the rest say their own problems)
        print(f"Nothing was imported. {_workshop_file_problem(exc, args.into)}", file=sys.stderr)
        return 1
    # No Undo here, and the file is saved: the copy saving kept is the way back, or for a file
    # this import made (no copy kept: there was nothing before it), deleting it.
    if added_to is None:
        taking_out = (f"'{into.name}' is a new file, made by this import: to take the import "
                      f"out, delete '{into.name}'; then import the file again.")
    else:
        taking_out = (f"'{backup_path(into, 1).name}' holds the workshop as it was before this "
                      f"import: to take the import out, open '{into.name}' in wtfc, choose "
                      "File → Go back to an earlier version, the newest, and save; then import "
                      "only the new rows.")
    print("\n".join(plan.report.lines(taking_out=taking_out) + _kind_advice(plan.report)))
    if plan.other_words_rows:  # added, as the app adds them unless told: the way to choose
        print(f"To keep the wall's words instead, go back to '{backup_path(into, 1).name}' (in "
              "wtfc, File → Go back to an earlier version, the newest, and save), then import "
              "again with --leave-out-reworded.")
    if args.leave_out_reworded and plan.unsure_rows and not plan.report.since:  # said last
        print("No row was left out: wtfc cannot tell whether the rows in other words named "
              "above were reworded on the wall, so it added them.")
    if args.into:
        print(f"Saved to {into}.")
    else:
        print(f"Saved to '{into.name}', a new workshop file in the same folder as the "
              f"spreadsheet. It is not named after the spreadsheet, whose name may name "
              f"someone; give the file a name with --into, or with Save As in the app.")
    return 0


def _kind_advice(report: ImportReport) -> list[str]:
    """Under the report, where rows were skipped for a kind value wtfc does not read (not for
    a blank kind cell): the option that reads them. The app asks about each such value on its
    mapping step; here a sheet's blue cards in words of its own were all left out unnamed."""
    # the values, as the report quotes them: a blank kind cell, counted with them under
    # "Skipped as unknown kind", cannot be given with --kind (A25 M4)
    values = list(dict.fromkeys(s.detail for s in report.skipped
                                if s.reason is SkipReason.UNKNOWN_KIND
                                and s.detail.startswith("'")))
    if not values:
        return []
    shown = ", ".join(values[:3]) + (", …" if len(values) > 3 else "")
    return [f'To read the rows skipped for a kind value wtfc does not read ({shown}), import '
            'the file again with --kind "VALUE=KIND" for each value as the sheet writes it, '
            'KIND being working, not_working or future (as in --kind "Blue cards=future"); the '
            'rows already added are skipped as already there.']


def _workshop_to_add_to(into: Path) -> tuple[Workshop | None, str]:
    """The workshop in ``into``, or None when there is no file there yet, and, when its
    priorities were numbered afresh, the note saying so once this import has saved them."""
    from wtfc.model.lock_status import open_in_wtfc
    from wtfc.model.priority_numbers import KEPT_UNTIL_SAVED
    from wtfc.model.storage import load_workshop

    held = open_in_wtfc(into)
    if held:  # the app's next save would silently undo this import
        raise ImportFailed(f"{held} Close it there first, or import in that window "
                           f"(File → Import statements…).")
    if not into.exists():
        return None, ""
    loaded = load_workshop(into)
    if loaded.newer_version:  # the app's advice (Save As) means nothing here
        raise ImportFailed(f"{loaded.newer_version} This version cannot add to it without "
                           f"losing what it does not know: import with the newer version, or "
                           f"choose another file with --into.")
    if loaded.read_only_reason:
        raise ImportFailed(f"{into.name} cannot be added to: {loaded.read_only_reason}")
    if loaded.forgotten:  # saved without it below: said before the report
        print(f"Note: {loaded.forgotten}")
    saved = "This import saved the file with the new numbers."
    return loaded.workshop, loaded.renumbered.replace(KEPT_UNTIL_SAVED, saved)


def _workshop_file_problem(exc: OSError, into: str | None) -> str:
    if not into:  # the spreadsheet was read from that folder, so this is seldom seen
        return ("wtfc could not make a new workshop file beside the spreadsheet. Choose one "
                "with --into, in a folder you can write to.")
    if exc.errno == errno.ENAMETOOLONG:
        return ("The name given to --into is too long for a file on this computer (at most "
                "255 bytes, and an accented letter takes two). Choose a shorter name.")
    if isinstance(exc, PermissionError):
        return ("wtfc may not look in the folder given to --into. Choose a file in a folder "
                "you can write to.")
    return ("wtfc could not look for the file given to --into. Check that its folder can be "
            "reached (a USB stick or network drive), or choose another file.")


def new_workshop_path(folder: Path) -> Path:
    """``Imported statements.wtfc`` in ``folder``, or ``… 2.wtfc`` and so on: a name no file
    has yet. Never the spreadsheet's name: it often names the person, and the workshop's file
    name shows in the app's title bar (mirrored on the projector) and its recent files."""
    path = folder / f"{NEW_TITLE}.wtfc"
    number = 1
    while path.exists() or path.with_name(path.name + ".lock").exists():
        number += 1
        path = folder / f"{NEW_TITLE} {number}.wtfc"
    return path


# A new workshop's title. Never the source file's name: it often names the person ("Review -
# Zbigniew Wojcik.csv"), the guard misses a bare name, and the title goes on every poster, the
# report and the PDFs' details. The facilitator gives the real title on the Prepare page.
NEW_TITLE = "Imported statements"


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="wtfc import",
        description="Import review statements from .xlsx, .ods, .xls, .csv or tab-separated "
        "text into a workshop file (created, or added to when it exists).",
    )
    parser.add_argument("source", help="the spreadsheet or CSV file")
    parser.add_argument("--into", help="the workshop file to create or add to (.wtfc is added "
                        "when the name has no ending; default: a new "
                        f"'{NEW_TITLE}.wtfc' in SOURCE's folder)")
    parser.add_argument("--sheet", help="the sheet to read (default: the first visible sheet "
                        "whose columns hold statements, else the first visible sheet)")
    parser.add_argument(
        "--layout",
        choices=("long", "wide"),
        help="one row per statement "
        "(long) or one row per person with Working/Not working/Future columns",
    )
    parser.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="COLUMN=FIELD",
        help="say what a column holds; COLUMN is a heading, a letter or a number "
        "('heading C' for the column headed C, 'column C' for the third column); FIELD is "
        "one of: " + ", ".join(f.value for f in Field),
    )
    parser.add_argument(
        "--kind",
        action="append",
        default=[],
        metavar="VALUE=KIND",
        help="say what a kind value means, e.g. amber=not_working",
    )
    parser.add_argument(
        "--fill-down",
        action="store_true",
        help="fill each blank in the person column from the row above, where each person's "
        "code is on their first row only (a CSV saved from merged cells); not with the wide "
        "layout, where each row is a person of its own",
    )
    cells = parser.add_mutually_exclusive_group()
    cells.add_argument(
        "--split-lines",
        action="store_true",
        help="make each answer of a cell that holds more than one (a line each, or parts "
        "after \"; \" that are each a sentence of three words or more) a card of its own, of "
        "the row's kind and person (the default; the output counts such cells)",
    )
    cells.add_argument(
        "--keep-cells",
        action="store_true",
        help="keep each such cell as one card",
    )
    parser.add_argument(
        "--leave-out-reworded",
        action="store_true",
        help="leave out the rows that sit where an earlier import made a card that now has "
        "other words (reworded on the wall since); by default they are added, as they may be "
        "a corrected sheet's or another care manager's new statements, and the report lists "
        "them either way. Only when SOURCE is taken for that import's file again: at most one "
        "in five of its rows (on a sheet of a row per person, its cells) differ from the cards "
        "that import made at their places. Where more differ but half or more agree, such rows "
        "are added all the same, and the output says so; where fewer than half agree (a one-row "
        "sheet whose card was reworded, say), SOURCE is another file to wtfc and they are added "
        "as new",
    )
    parser.add_argument(
        "--own-codes",
        action="store_true",
        help="give SOURCE's person codes that the workshop already has for a person (another "
        "area's P01, say) the next free codes of the same look, and names an earlier import "
        "gave codes codes of their own, so they are other people and none of their rows is "
        "skipped as another person's; the output lists old → new. A withdrawn person's code "
        "is never given another, and SOURCE that is an earlier import's file again keeps that "
        "import's people (nothing is added twice)",
    )
    parser.add_argument(
        "--locality",
        metavar="NAME",
        help="the area (locality) of everyone on SOURCE (\"South\", as its care team's sheet), "
        "given on People to each of its people whose rows give none: a locality column keeps "
        "its values, and this fills only its blanks; a person already on People with another "
        "locality keeps it, and the output says so (with --own-codes, another area's people "
        "given codes of their own are new people, and get it). An area, never a name or an "
        "address; at most 300 characters",
    )
    parser.add_argument(
        "--names",
        help="names to watch for in the statements (the people reviewed, staff), one a line "
        "or separated by commas or semicolons, read as the app's Names to watch for box reads "
        "them (a name in brackets beside a name is watched for too)",
    )
    return parser
