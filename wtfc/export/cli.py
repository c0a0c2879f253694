"""``wtfc export posters|action-poster|report|feedback|agenda|data FILE.wtfc -o OUT`` (FILE may
be ``demo``).

``wtfc export report FILE -o OUT --previous LAST.wtfc`` adds the report's "Since last time"
chapter, comparing the workshop with last time's file as the Review board does; ``wtfc export
feedback … --previous LAST.wtfc`` opens the feedback sheet with what we said last time we would
do and what happened.

Every problem is said in plain English on standard error, with exit code 1 (2 for wrong
arguments, as argparse gives every other command, and for an OUT with the wrong ending);
there is never a traceback.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import NoReturn

from wtfc.export.errors import ExportError
from wtfc.model.control_characters import name_shown  # a file's name in words (U+202E, ⏎)
from wtfc.model.workshop import Workshop

# The posters' paper, said wherever a poster is made (the menu says it too): printed "fit to
# page" on an office A4 printer, their smallest words came out 8-10 pt.
PAPER = {
    "posters": "print on A3 paper at actual size",
    "action-poster": "print on A1, or on A3 at half size — not shrunk to A4",
}
# For an office with no A3 or A1 printer: ``--paper a4-tiles`` (the menu's "on A4 sheets" items)
TILES = ("each poster at actual size on A4 sheets to trim and tape together: print them at "
         "100% (not \u201cfit to page\u201d), one-sided; each sheet's label says where it goes")
WHAT = {
    "posters": "one A3 landscape poster per priority theme (PDF): " + PAPER["posters"],
    "action-poster": "the commissioners' action plan (PDF): every agreed action, the priority "
                     "themes first, on one A1 portrait sheet when it fits at 24 pt or larger, "
                     "else shared evenly between as few A1 sheets as it needs: "
                     + PAPER["action-poster"],
    "report": "the full A4 workshop report (PDF)",
    "feedback": "a large-print A4 letter for the people whose reviews were used: what they "
                "told us (themes only, no one's words or code), the priorities and the actions "
                "with what has happened so far, and with --previous what became of what we "
                "said last time we would do (PDF)",
    "agenda": "the day's agenda for the tables, in large print on A4 (PDF): the title, date and "
              "venue, why we are here, the day's plan with each stage's minutes (and its clock "
              "time and the breaks when the day has a start time) and how we agreed to work; "
              "possible personal details printed as their kind, as the room's Welcome shows "
              "them, and never the facilitator's notes",
    "data": "cards (with their tags), themes, causes, success, actions, counts, the workshop "
            "record and the people (code, role and tags; a tag, a person's or a card's, is not "
            "shown where fewer than 5 people have it, or share that person's role and tags, so "
            "no one can be recognised), card themes (a row per card and theme) and about this "
            "data: OUT.xlsx, or OUT.csv for a CSV file each",
}


class _UsageError(Exception):
    pass


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:  # argparse would print its words and exit
        raise _UsageError(message)


def _parser() -> _Parser:
    parser = _Parser(
        prog="wtfc export",
        description="Make posters, the report, the feedback sheet for the people whose reviews "
                    "were used, the day's agenda, or a spreadsheet from a workshop file.",
        epilog="What to export: " + "; ".join(f"{k}: {v}" for k, v in WHAT.items())
               + f". No A3 or A1 printer? Add --paper a4-tiles for {TILES}.",
    )
    parser.add_argument("what", choices=tuple(WHAT), help="what to make")
    parser.add_argument("file", help="the .wtfc workshop file, or the word demo")
    parser.add_argument("-o", "--output", required=True, help="where to save the export")
    parser.add_argument("--previous", metavar="LAST.wtfc",
                        help="report and feedback: last time's workshop file, to say what has "
                             "changed since then (the Review step) in a 'Since last time' "
                             "chapter, or, on the feedback sheet, what we said last time we "
                             "would do and what happened")
    parser.add_argument("--paper", choices=("a4-tiles",),
                        help="posters and action-poster: a4-tiles puts "
                             + TILES.replace("%", "%%")  # argparse fills in %(default)s
                             + " (for an office with no A3 or A1 printer)")
    return parser


def main_export(argv: Sequence[str],
                more_warnings: Callable[[Workshop, str], str] | None = None,
                last_time_warnings: Callable[[Workshop, Workshop, str], str] | None = None,
                quote: Callable[[str], str] | None = None,
                guard: Callable[[str], str] | None = None) -> int:
    """``more_warnings(workshop, what)``: more to warn of before the export (the app passes
    the personal-detail guard's reading of what was typed during the day);
    ``last_time_warnings(previous, workshop, what)`` the same for what the report or the
    feedback sheet prints of last time's workshop given with ``--previous``; ``quote(text)``:
    how a warning quotes the workshop's words (the app passes the guard's, which shows a
    personal detail as its kind; without one no words are quoted)."""
    try:
        args = _parser().parse_args(list(argv))
    except _UsageError as exc:
        print(f"Problem: {exc}.\n{_parser().format_usage().rstrip()}", file=sys.stderr)
        return 2
    except SystemExit as exc:  # --help
        return int(exc.code or 0)
    if args.previous is not None and args.what not in ("report", "feedback"):
        print(f"Problem: --previous is only for the report and the feedback sheet (they add "
              f"'Since last time'); the {args.what} export does not compare with last time.\n"
              f"{_parser().format_usage().rstrip()}", file=sys.stderr)
        return 2
    if args.paper is not None and args.what not in PAPER:
        print(f"Problem: --paper is only for the posters and the action poster; the "
              f"{args.what} export is A4 already.\n{_parser().format_usage().rstrip()}",
              file=sys.stderr)
        return 2
    try:  # an OUT the export cannot be is a wrong argument, as argparse's own
        output = output_name(args.what, Path(args.output))
    except ExportError as exc:
        print(f"Problem: {exc}", file=sys.stderr)
        return 2
    try:
        written = run_export(args.what, args.file, output,
                             more_warnings=more_warnings, previous=args.previous,
                             last_time_warnings=last_time_warnings, quote=quote,
                             paper=args.paper, guard=guard)
    except ExportError as exc:
        print(f"Problem: {exc}", file=sys.stderr)
        return 1
    except Exception:  # a bug of ours: said plainly, as the app says it, with no traceback
        # and none of the library's words (a page-layout fault names reportlab's flowables)
        print(f"Problem: something went wrong while making the {args.what} export, and "
              f"nothing was saved. The workshop file is unchanged. Please tell us "
              f"what you were exporting.", file=sys.stderr)
        return 1
    for path in written:
        print(f"Saved {name_shown(str(path))}")
    return 0


def output_name(what: str, output: Path, *, data_ending: str = "") -> Path:
    """``OUT`` as the export writes it: ``pdf_name``'s for a PDF; for the data, refused
    (``ExportError``) unless it ends in .xlsx or .csv, before the workshop is read. The
    window's Save dialog shares this rule; it gives ``data_ending`` (its filter's .xlsx) to add
    to data named with no ending, as .pdf is added to a PDF's."""
    if what != "data":
        return pdf_name(what, output)
    if data_ending and output.name and not has_ending(output):
        output = output.with_name(output.name + data_ending)
    if output.name and not _is_folder(output) and output.suffix.lower() not in (".xlsx",
                                                                                  ".csv"):
        # "WTFC data 01.12.2026": the year is the name's, not an ending to put right
        stem = name_shown(output.stem if has_ending(output) else output.name)
        raise ExportError(f"'{name_shown(output.name)}' does not end in .xlsx or .csv. Name the "
                          f"export {stem}.xlsx for one workbook, or {stem}.csv for a CSV file "
                          f"per table.")
    return output


def pdf_name(what: str, output: Path) -> Path:
    """``OUT`` for a PDF export: ``.pdf`` added when it has no ending; ``ExportError`` when it
    has another (``report.docx`` would be a PDF that Word cannot open)."""
    if what == "data" or not output.name or _is_folder(output):
        return output  # the data export checks its own ending; a folder is refused later
    if not has_ending(output):  # none, or not one ("Spring review. Final draft", "01.12.26")
        return output.with_name(output.name + ".pdf")
    if output.suffix.lower() != ".pdf":
        raise ExportError(f"'{name_shown(output.name)}' does not end in .pdf, but the {what} "
                          f"export is a PDF file. Name it {name_shown(output.stem)}.pdf (or "
                          f"leave the ending off and wtfc adds it).")
    return output


# Endings with a digit in them; any other ending is letters only, so the year of a name dated
# in dots ("WTFC report 01.12.26") or a version ("Report v1.2") is part of the name
_ENDINGS_WITH_DIGITS = frozenset({"mp3", "mp4", "m4a", "7z", "bz2", "h264", "3gp"})


def has_ending(path: Path) -> bool:
    """Whether the name ends in a file ending: 1-5 letters after its last dot, or a known
    ending with a digit in it (".mp4")."""
    ending = path.suffix[1:].lower()
    return (ending.isascii() and ending.isalpha() and len(ending) <= 5) or (
        ending in _ENDINGS_WITH_DIGITS)


def _is_folder(path: Path) -> bool:
    try:
        return path.is_dir()
    except OSError:  # a name too long for the disk: said in plain words when it is written
        return False


def _is_file(path: Path) -> bool:
    try:
        return path.is_file()
    except OSError:
        return False


def _warn(message: str) -> None:
    print(f"Warning: {message}", file=sys.stderr)


def run_export(what: str, file: str, output: Path,
               progress: Callable[[int, int], None] | None = None,
               warn: Callable[[str], None] = _warn,
               more_warnings: Callable[[Workshop, str], str] | None = None,
               previous: str | None = None,
               last_time_warnings: Callable[[Workshop, Workshop, str], str] | None = None,
               quote: Callable[[str], str] | None = None,
               paper: str | None = None,
               guard: Callable[[str], str] | None = None) -> list[Path]:
    """Load the workshop (or the demo) and write one export; raises ``ExportError``.
    ``paper="a4-tiles"``: a poster on A4 sheets to tape together (``poster_tiles.py``).

    ``warn`` is told, before the export is made, of writing a PDF cannot show
    (``unshowable.py``); the export is made all the same. ``previous``: last time's workshop
    file, for the report's or feedback sheet's "Since last time" (read before anything is
    written).
    """
    from wtfc.model.demo import resolve_workshop_argument
    from wtfc.model.errors import WorkshopFileError
    from wtfc.model.storage import load_workshop

    folder = output.parent
    if not _is_folder(folder):  # say so before the work, not after it
        if _is_file(folder):
            raise ExportError(f"'{name_shown(str(folder))}' is a file, not a folder, so "
                              f"'{name_shown(output.name)}' could not be saved in it. Give -o a "
                              f"file name in a folder.")
        raise ExportError(f"The folder '{name_shown(str(folder))}' does not exist, so "
                          f"'{name_shown(output.name)}' could not be saved there.")
    path = resolve_workshop_argument(file)
    not_over_a_workshop(what, output, path)
    try:
        workshop = load_workshop(path).workshop
    except WorkshopFileError as exc:
        raise ExportError(exc.for_command_line()) from exc
    last_time = read_last_time(previous, path, workshop, warn) if previous is not None else None
    if what == "agenda":  # the room's Welcome on paper: its own warnings (``agenda_cli``)
        from wtfc.export.agenda_cli import run_agenda
        from wtfc.export.output import no_progress
        from wtfc.export.unshowable import no_words

        return run_agenda(workshop, output, progress or no_progress, warn,
                          quote=quote or no_words, guard=guard)
    from wtfc.export.feedback_sheet_plain import plain_words_note
    from wtfc.export.record_said import record_warnings_for
    from wtfc.export.same_as_last_time import same_as_last_time
    from wtfc.export.unshowable import no_words, unshowable_parts, warning
    from wtfc.model.unnamed_themes import unnamed_warning
    from wtfc.model.untitled_workshop import untitled_warning

    # what the record holds that this export prints wrong, judged on today (the exports' day,
    # as ``ExportContent.today`` reads it): as the app's "Export saved" says it
    for message in (*record_warnings_for(what, workshop, today=dt.date.today()),
                    unnamed_warning(workshop),  # every export prints the themes' names
                    untitled_warning(workshop),  # and heads its pages with title and date
                    warning(unshowable_parts(workshop, what, last_time, quote=quote or no_words)),
                    more_warnings(workshop, what) if more_warnings else "",
                    last_time_warnings(last_time, workshop, what)
                    if last_time is not None and last_time_warnings else "",
                    # the cover's scope still last time's, as a new cycle starts with it
                    same_as_last_time(workshop, last_time, what, quote=quote)
                    if last_time is not None else "",
                    plain_words_note(workshop, quote or no_words, last_time)
                    if what == "feedback" else ""):
        if message:
            warn(message)
    from wtfc.export.output import no_progress

    progress = progress or no_progress
    if paper == "a4-tiles" and what in PAPER:
        from wtfc.export.poster_tiles import export_on_a4_sheets

        return [export_on_a4_sheets(what, workshop, output, progress=progress)]
    if what == "posters":
        from wtfc.export.theme_poster import export_theme_posters

        return [export_theme_posters(workshop, output, progress=progress)]
    if what == "action-poster":
        from wtfc.export.action_poster import export_action_poster

        return [export_action_poster(workshop, output, progress=progress)]
    if what == "report":
        from wtfc.export.report import export_report

        return [export_report(workshop, output, previous=last_time, progress=progress)]
    if what == "feedback":
        from wtfc.export.feedback_sheet import export_feedback_sheet

        # guard: the personal-detail guard's redaction the app passes (the notes go to homes)
        return [export_feedback_sheet(workshop, output, progress=progress, previous=last_time,
                                      guard=guard)]
    if what == "data":
        from wtfc.export.data import export_data

        return export_data(workshop, output, progress=progress)
    raise ExportError(f"Unknown export '{what}'. Choose one of: {', '.join(WHAT)}.")


def not_over_a_workshop(what: str, output: Path, workshop_file: Path) -> None:
    """``ExportError`` when a file the export ``what`` saved as ``output`` writes (the data
    as NAME.csv: a file per table) must not be replaced, whatever its name ends in: the
    workshop exported from, another workshop or a recovery copy (``workshop_at_out``). Said
    before the workshop is read."""
    from wtfc.export.workshop_at_out import WORKSHOP, file_named, files_written, held_by
    from wtfc.model.same_file import same_file

    lost = "Nothing was saved. Give -o another name for the export."
    for written in files_written(what, output):
        held = held_by(written)
        if not held:
            continue
        name = file_named(written, output)
        if held == WORKSHOP and same_file(written, workshop_file):
            raise ExportError(f"{name} is the workshop file you are exporting from. An export "
                              f"saved there would replace the workshop, and its work would be "
                              f"lost. {lost}")
        said = (f"holds {held} (wtfc opens a workshop by what it holds, whatever its name "
                f"ends in)" if held == WORKSHOP else f"is {held}")
        raise ExportError(f"{name} {said}, so the export was not saved over it: the work in it "
                          f"would be lost. {lost}")


def read_last_time(file: str, current_path: Path, current: Workshop,
                   warn: Callable[[str], None]) -> Workshop:
    """Last time's workshop, read as the Review board reads it: a bad or missing file, the
    workshop's own file or a copy of it are refused in plain words (``ExportError``). The
    report's ``--previous`` and ``wtfc render --view review --previous`` both read it so."""
    from wtfc.model.compare import same_workshop
    from wtfc.model.demo import resolve_workshop_argument
    from wtfc.model.errors import WorkshopFileError
    from wtfc.model.same_file import same_file
    from wtfc.model.storage import load_workshop

    path = resolve_workshop_argument(file)
    if same_file(path, current_path):
        raise ExportError(f"'{name_shown(path.name)}' is this workshop's own file, so nothing "
                          f"would show as changed. Give last time's workshop file after "
                          f"--previous instead.")
    try:
        loaded = load_workshop(path)
    except WorkshopFileError as exc:
        raise ExportError(f"Couldn't compare with last time's workshop. "
                          f"{exc.for_command_line()}") from exc
    if same_workshop(loaded.workshop, current):
        raise ExportError(f"'{name_shown(path.name)}' holds the same workshop as "
                          f"'{name_shown(current_path.name)}' (the same cards and themes), so "
                          f"nothing would show as changed. Give last time's workshop file after "
                          f"--previous instead.")
    if loaded.read_only_reason:
        warn(f"'{name_shown(path.name)}' was saved by a newer version of wtfc: parts this "
             f"version does not know are left out of the comparison.")
    from wtfc.model.last_time_order import dated_after

    if backwards := dated_after(loaded.workshop, current):  # still made: a date may be wrong
        warn(f"{backwards} If the two files are the wrong way round, give the earlier "
             f"workshop's file after --previous; if a date is wrong, correct it on the app's "
             f"Prepare page.")
    return loaded.workshop
