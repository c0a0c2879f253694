"""Start-up and the command line.

    wtfc [FILE]            open the app on FILE (none: a new, empty workshop; ``demo``: a copy)
    wtfc --demo            open a copy of the bundled demo workshop
    wtfc --version
    wtfc check FILE        validate a file, print its problems, exit 1 if any
    wtfc render FILE --view VIEW -o OUT.png [--size 1920x1080] [--previous FILE]
    wtfc import SOURCE [--into FILE.wtfc] …      (see ``wtfc import --help``)
    wtfc suggest CSV --text-column text --id-column id -o clusters.csv [--k N]
    wtfc export posters|action-poster|report|feedback|data FILE -o OUT

Heavy modules (Qt, reportlab, clustering) are imported only by the command that needs them.
"""

from __future__ import annotations

import argparse
import contextlib
import difflib
import os
import re
import sys
import textwrap
from collections.abc import Sequence

import wtfc

# "(or a copy of the demo)" read as "no FILE opens the demo": no FILE opens a new workshop
DESCRIPTION = ("Run a Working Together for Change workshop: with no command, open the app on "
               "FILE (with no FILE, on a new, empty workshop; 'demo' or --demo for a copy of "
               "the demo); with a command, work on workshop files without it.")

COMMANDS = {
    "check": "check a workshop file and say in plain English what is wrong with it (changes "
             "nothing)",
    "render": "draw a view of a workshop (the wall, a board, the room view) to a PNG picture",
    "import": "add statements from a spreadsheet or CSV file to a workshop file, or start one",
    "suggest": "suggest themes for the statements in any CSV file (writes id,cluster)",
    "export": "make the theme posters, the action poster, the report, the feedback sheet for "
              "the people whose reviews were used, or the data (.xlsx or .csv) from a workshop "
              "file",
}
SUBCOMMANDS = tuple(COMMANDS)


def _commands_help() -> str:
    lines = ["commands (each has its own --help, as in 'wtfc export --help'):"]
    for name, what in COMMANDS.items():
        lines += textwrap.wrap(what, width=78, initial_indent=f"  {name:<9}",
                               subsequent_indent=" " * 11)
    lines += ["", *textwrap.wrap("Problems are written to standard error. Exit codes: 0 done, 1 "
                                 "a problem with the files, 2 wrong arguments.", width=78)]
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    _output_that_cannot_fail()
    if argv and argv[0] in SUBCOMMANDS:
        return _run_subcommand(argv[0], argv[1:])
    if argv and (meant := _command_meant(argv[0])):
        print(f"Problem: '{argv[0]}' is not a command — did you mean {meant}? The commands "
              f"are: {', '.join(SUBCOMMANDS)} ('wtfc --help' says what each does).",
              file=sys.stderr)
        return 2
    parser = argparse.ArgumentParser(
        prog="wtfc", usage="%(prog)s [-h] [--version] [--demo] [FILE]\n"
                           "       %(prog)s COMMAND [ARGUMENTS …]",
        description=textwrap.fill(DESCRIPTION, width=78), epilog=_commands_help(),
        formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("file", nargs="?", metavar="FILE",
                        help="a .wtfc workshop file to open, or the word demo (a copy, as --demo)")
    parser.add_argument("--demo", action="store_true", help="open a copy of the demo workshop")
    parser.add_argument("--version", action="version", version=f"wtfc {wtfc.__version__}")
    args = parser.parse_args(argv)
    problem = _no_screen_problem()
    if problem:
        print(problem, file=sys.stderr)
        return 1
    from wtfc.ui.application import run_app

    return run_app(file=args.file, demo=args.demo)


def _output_that_cannot_fail() -> None:
    """Print a letter the output cannot hold as its code (\\u0177), as Python already does on
    stderr: a Windows redirect is cp1252, with no ŷ or Ł, and the file names and titles printed
    there have them. With Python's strict default, 'wtfc export … > log.txt' wrote every file
    and then ended in a traceback and exit code 1 (so a script reported a failure), and
    'wtfc check' or any --help under ASCII stopped at its own '—'."""
    reconfigure = getattr(sys.stdout, "reconfigure", None)  # None: no console (wtfc-app.exe)
    if reconfigure is None or getattr(sys.stdout, "errors", "") != "strict":
        return  # already forgiving: under the C locale surrogateescape gives a name's own bytes
    with contextlib.suppress(ValueError, OSError):  # a stream that cannot change: as before
        reconfigure(errors="backslashreplace")


def _command_meant(word: str) -> str:
    """The command a mistyped first word was meant to be ("exprt", "Check"), or "" when it
    may be the FILE to open: a word with an ending or a folder in it, or a file that exists."""
    if not re.fullmatch(r"[A-Za-z][A-Za-z-]*", word) or word == "demo" or os.path.exists(word):
        return ""
    close = difflib.get_close_matches(word.casefold(), SUBCOMMANDS, n=1, cutoff=0.75)
    return close[0] if close else ""


def _no_screen_problem() -> str:
    """Qt aborts with a cryptic message when there is no screen; say it plainly instead."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return ""
    if os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"):
        return ""
    return ("wtfc needs a screen, and none was found (DISPLAY and WAYLAND_DISPLAY are not set). "
            "Run it from a desktop session. To draw a view to a picture without a screen, use "
            "'wtfc render FILE --view wall -o wall.png'.")


def _run_subcommand(name: str, argv: list[str]) -> int:
    try:
        if name == "check":
            return check_command(argv)
        if name == "render":
            from wtfc.ui.render_cli import main_render

            return main_render(argv)
        if name == "import":
            from wtfc.importing.cli import main_import

            return main_import(argv)
        if name == "suggest":
            from wtfc.clustering.cli import main_suggest

            return main_suggest(argv)
        from wtfc.export.cli import main_export
        from wtfc.importing.last_time_details import last_time_details_warning
        from wtfc.importing.typed_details import (
            quote_as_kinds,
            shown_as_kinds,
            typed_details_warning,
        )

        return main_export(argv, more_warnings=typed_details_warning,
                           last_time_warnings=last_time_details_warning, quote=quote_as_kinds,
                           guard=shown_as_kinds)
    except SystemExit as stop:  # argparse: --help (0), or wrong arguments (2), already said
        return stop.code if isinstance(stop.code, int) else 2
    except KeyboardInterrupt:
        return 130


def check_command(argv: list[str]) -> int:
    """Validate a workshop file and print its problems in plain English. Writes nothing."""
    import datetime as dt

    from wtfc.export.content import cards_and_people
    from wtfc.model.control_characters import shown_visibly
    from wtfc.model.counting import count_phrase
    from wtfc.model.demo import resolve_workshop_argument
    from wtfc.model.errors import WorkshopFileError
    from wtfc.model.record_checks import record_warnings
    from wtfc.model.storage import load_workshop
    from wtfc.model.top_two import kind_counts, top_two_note
    from wtfc.model.unnamed_themes import unnamed_warning
    from wtfc.model.untitled_workshop import untitled_warning
    from wtfc.model.workshop import UNTITLED

    parser = argparse.ArgumentParser(
        prog="wtfc check",
        description="Check a workshop file without changing it: print what it holds, or its "
                    "problems in plain English (exit code 1).")
    parser.add_argument("file", metavar="FILE",
                        help="the .wtfc workshop file to check, or the word demo")
    args = parser.parse_args(argv)

    def _show(text: str, *, err: bool = False) -> None:  # a name's ESC never reaches the
        print(shown_visibly(text), file=sys.stderr if err else sys.stdout)  # terminal

    path = resolve_workshop_argument(args.file)
    try:
        loaded = load_workshop(path)
    except WorkshopFileError as exc:
        from wtfc.model.storage import COPY_ADVICE
        from wtfc.model.versions import newest_readable

        found = newest_readable(path)  # the way back, as the app offers it when opening
        # a kept version that opens is the way back: "If you have a copy…" before it would send
        # the facilitator hunting first (the app's box offering it leaves that line out too)
        drop_copy_line = bool(found) and exc.advice == COPY_ADVICE and not exc.command_line
        said = (exc.technical or exc.problem) if drop_copy_line else exc.for_command_line()
        _show(f"Problem: {said}", err=True)
        if found:
            kept, saved = found[0].path.name, found[0].describe()
            _show(f"Note: an earlier version of '{path.name}' opens: '{kept}', "
                  f"{saved[0].lower()}{saved[1:]}. Opening '{path.name}' in wtfc offers to open "
                  f"it instead.", err=True)
        return 1
    ws = loaded.workshop
    if loaded.newer_version:  # the app's advice (Save As) means nothing here
        not_shown = f"{loaded.not_shown} " if loaded.not_shown else ""  # named, up to three
        _show(f"Note: {loaded.newer_version} {not_shown}The counts below leave out any parts "
              f"this version does not know, and its app would open the file read-only. To "
              f"check all of it, use the newer version of wtfc (update wtfc on this computer).")
    elif loaded.read_only_reason:
        _show(f"Note: {loaded.read_only_reason}")
    if loaded.older_format:  # a colleague's earlier wtfc will not edit it once saved here
        from wtfc.model.migrations import format_needed  # the oldest that holds it: 5 or 6

        # the app keeps three versions (ui.file_controller.KEPT_VERSIONS): the old-format copy
        # is pushed out by the saves after, so a team going back to an earlier wtfc is told
        _show(f"Note: '{path.name}' was written by an earlier wtfc (format "
              f"{loaded.older_format}). Saving it in this version updates it to format "
              f"{format_needed(ws)}, keeping the format-{loaded.older_format} file beside it as "
              f"'{path.name}.bak' (then .bak2, .bak3) only until three more saves replace it, "
              f"as wtfc keeps the last three versions: copy it elsewhere to keep it. An "
              f"earlier wtfc opens the saved file read-only.")
    if loaded.controls:  # taken out as the app opens it, as merges are: a note (exit 0)
        _show(f"Note: {loaded.controls}")
    if loaded.forgotten:  # opened without a merge that no longer held: said, as the app says it
        _show(f"Note: {loaded.forgotten}")
    if loaded.renumbered:  # put right as the app opens it, as merges are: a note (exit 0)
        _show(f"Note: {loaded.renumbered}")
    # the file opens, but this cannot be right, or the next review has passed: a warning,
    # not a problem (exit code 0)
    for warning in record_warnings(ws, today=dt.date.today()):
        _show(f"Warning: {warning}")
    if unnamed := unnamed_warning(ws):  # grouped, to be named later: the exports print it so
        _show(f"Warning: {unnamed}")
    if untitled := untitled_warning(ws):  # the exports head their pages with both
        _show(f"Warning: {untitled}")
    # more than the method's top two of a kind for someone: a note, never a problem (exit 0),
    # as the facilitator may have good reason
    if top_two := top_two_note(kind_counts(ws.cards)):
        _show(f"Note: {top_two}")
    # the cards and their people in Collect's words (a card with no person code is no one:
    # "2 cards, no person recorded", never "from 0 people"), and those held back, as Collect
    # counts them beside it, last: "(2 held back)" after the people read as people held back
    held = sum(1 for c in ws.cards if c.held_back)
    held_back = f"; {count_phrase(held, 'card')} held back" if held else ""
    _show(f"OK: '{ws.title.strip() or UNTITLED}' — {cards_and_people(ws.cards)}, "
          f"{count_phrase(len(ws.themes), 'theme')}, {count_phrase(len(ws.actions), 'action')}"
          f"{held_back}.")
    return 0


if __name__ == "__main__":
    os.environ.setdefault("PYTHONUNBUFFERED", "1")
    sys.exit(main())
