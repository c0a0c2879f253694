"""``wtfc render FILE --view VIEW -o OUT.png [--size 1920x1080] [--previous FILE]``."""

from __future__ import annotations

import argparse
import os
import re
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from wtfc.export.cli import read_last_time
from wtfc.export.errors import ExportError
from wtfc.export.output import write_file
from wtfc.model.demo import demo_path, demo_previous_path, resolve_workshop_argument
from wtfc.model.document import Document
from wtfc.model.errors import WorkshopFileError
from wtfc.model.storage import load_workshop
from wtfc.model.workshop import Card, Workshop

if TYPE_CHECKING:
    from PySide6.QtGui import QImage


def _size(text: str) -> tuple[int, int]:
    match = re.fullmatch(r"\s*(\d{2,5})\s*[xX×]\s*(\d{2,5})\s*", text)
    if not match:
        raise argparse.ArgumentTypeError("size must look like 1920x1080")
    w, h = int(match[1]), int(match[2])
    if not (100 <= w <= 10000 and 100 <= h <= 10000):
        raise argparse.ArgumentTypeError("size must be between 100x100 and 10000x10000")
    return w, h


HELD_BACK_TEXT = "Held back: its words are not drawn, as they may hold {}."


def without_held_back_words(workshop: Workshop) -> Workshop:
    """The workshop with every held-back card's words replaced by a fixed note naming the kinds
    of detail the guard found ("… as they may hold [phone]."), short enough to fit a card. A
    picture is a file that can go anywhere, and the facilitator's wall (``--view wall``) shows
    held-back cards to be decided on; the cards keep their place and their mark, so the picture
    still shows where they are. Each detail spans its own placeholder in the note, so the wall
    draws the note as it is (at 0..0 the placeholder was spliced in: "[phone]Held back: …")."""
    return workshop.model_copy(update={"cards": [
        _held_back_note(card) if card.held_back else card for card in workshop.cards]})


def _held_back_note(card: Card) -> Card:
    kinds = list(dict.fromkeys(d.placeholder for d in card.personal_details))
    head = HELD_BACK_TEXT[:HELD_BACK_TEXT.index("{}")]
    at = {kind: len(head) + len(", ".join(kinds[:i])) + (2 if i else 0)
          for i, kind in enumerate(kinds)}
    return card.model_copy(update={
        "text": HELD_BACK_TEXT.format(", ".join(kinds)),
        "personal_details": [d.model_copy(update={
            "text": d.placeholder, "start": at[d.placeholder],
            "end": at[d.placeholder] + len(d.placeholder)}) for d in card.personal_details]})


def main_render(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="wtfc render",
                                     description="Draw a view of a workshop to a PNG file.")
    parser.add_argument("file", help="a .wtfc file, or 'demo'")
    parser.add_argument("--view", required=True,
                        help="welcome, wall, room, readout, theme:NAME, priorities, "
                             "causes:THEME, fishbone:THEME, success:THEME, plan[:THEME], review")
    parser.add_argument("-o", "--output", required=True, help="the PNG file to write")
    parser.add_argument("--size", type=_size, default=(1920, 1080), help="WIDTHxHEIGHT")
    parser.add_argument("--previous", metavar="LAST.wtfc",
                        help="for --view review: last time's workshop file, to compare with "
                             "(the demo is compared with its own previous cycle without it)")
    args = parser.parse_args(argv)
    view = args.view.partition(":")[0].strip().lower()
    if not args.output.lower().endswith(".png"):
        return _wrong(parser, f"wtfc render draws PNG pictures: give a file name ending in "
                              f".png (not '{args.output}').")
    if args.previous is not None and view != "review":
        return _wrong(parser, f"--previous is only for --view review (it compares with last "
                              f"time's workshop); the {view or 'chosen'} view does not.")
    path = resolve_workshop_argument(args.file)
    try:
        workshop = load_workshop(path).workshop
        # the review view matches themes by their cards' words and never draws a card
        doc = Document(workshop if view == "review" else without_held_back_words(workshop))
        previous = _previous(args.previous, path, workshop) if view == "review" else None
    except (WorkshopFileError, ExportError) as exc:
        said = exc.for_command_line() if isinstance(exc, WorkshopFileError) else exc
        print(f"Problem: {said}", file=sys.stderr)
        return 1
    # Drawing to a picture never needs a screen: without this, Qt on a machine with no display
    # aborts before we can say anything.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSize

    from wtfc.ui.application import make_application
    from wtfc.ui.render import parse_view, render_view

    make_application()
    try:
        image = render_view(doc, parse_view(args.view, previous), QSize(*args.size))
    except LookupError as exc:  # a view, theme or card --view names that is not there
        return _wrong(parser, exc.args[0] if exc.args else str(exc))
    message = typed_words_warning(view, workshop, previous)
    if message:
        print(f"Warning: {message}", file=sys.stderr)
    try:  # as an export is written: whole or not at all, never a cut-short PNG on a full disk
        write_file(_png_bytes(image), Path(args.output))
    except ExportError as exc:
        print(f"Problem: {exc}", file=sys.stderr)
        return 1
    if view == "review" and args.previous is None:  # say what it was compared with, if any
        print("Note: compared with the demo's previous cycle, as the Review board does."
              if previous is not None else
              "Note: with no --previous, the review view shows only 'Looking back' (this "
              "workshop's reflection). Give last time's workshop file with --previous "
              "LAST.wtfc to show what changed since then.")
    print(f"Wrote {args.output} ({args.size[0]}x{args.size[1]}).")
    return 0


# Parts of the report's set that only the Welcome draws (Prepare's fields), and those only the
# review view draws; every other part (theme names, causes, actions…) is kept for every other
# view, so a part a view might draw is told of rather than missed.
_WELCOME_ONLY = ("The workshop's venue", "The workshop's purpose", "The workshop's scope",
                 "How the room agreed")
_WELCOME = ("The workshop's", "How the room agreed")
_REVIEW_ONLY = ("The reflection's",)


def typed_words_warning(view: str, workshop: Workshop, previous: Document | None) -> str:
    """What ``wtfc export`` would say of the typed words the picture may show: a PNG is a file
    that can go anywhere, as an export is. The report's parts (it prints them all), those the
    view cannot draw left out; for the review view, last time's words too. Told by kind only
    ("[name]"); the picture is made all the same, as the export is."""
    from wtfc.importing.last_time_details import last_time_details
    from wtfc.importing.typed_details import LISTED, typed_details

    found = [part.where for part in typed_details(workshop, "report")]
    if view == "welcome":
        found = [w for w in found if w.startswith(_WELCOME)]
    else:
        left_out = _WELCOME_ONLY + (() if view == "review" else _REVIEW_ONLY)
        found = [w for w in found if not w.startswith(left_out)]
    if view == "review" and previous is not None:
        found += [part.where for part in last_time_details(previous.workshop, workshop)]
    found = list(dict.fromkeys(found))  # two of last time's actions with one note: said once
    if not found:
        return ""
    lines = ["Some words typed into the workshop may be personal details, and this picture may "
             "show them (shown here as [name], [phone]…):"]
    lines += [f"• {where}" for where in found[:LISTED]]
    if len(found) > LISTED:
        lines.append(f"• and {len(found) - LISTED:,} more")
    lines.append("The picture is made all the same. If they could identify someone, change "
                 "those words where they were typed (in the app) and draw it again; if they "
                 "are fine (a service's or a place's name), there is nothing to do.")
    return "\n".join(lines)


def _png_bytes(image: QImage) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    # PySide 6.11 takes the format as str; its stubs say bytes, which it refuses (ValueError)
    if not image.save(buffer, "PNG"):  # type: ignore[call-overload]
        raise ExportError("The picture could not be made into a PNG (it may be too large for "
                          "this computer's memory). Try a smaller --size.")
    return bytes(data.data())


def _wrong(parser: argparse.ArgumentParser, message: str) -> int:
    """A wrong argument: said with the usage, exit code 2, as argparse's own."""
    print(f"Problem: {message}\n{parser.format_usage().rstrip()}", file=sys.stderr)
    return 2


def _previous(file: str | None, path: Path, workshop: Workshop) -> Document | None:
    """Last time's workshop for the review view, checked as ``wtfc export report --previous``
    checks it (not this workshop's own file, nor a copy of it); the demo's own previous cycle
    when none is given for the demo, as the Review board compares it."""
    if file is None and path == demo_path():
        file = str(demo_previous_path())
    if file is None:
        return None

    def warn(message: str) -> None:
        print(f"Warning: {message}", file=sys.stderr)

    return Document(read_last_time(file, path, workshop, warn))
