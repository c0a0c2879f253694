"""What "Export saved" says after the files it names: the posters' paper (or, for a poster on
A4 sheets, how to print and join them), what "Since last time" compares with, and what the
workshop record holds that the export prints wrong. Loaded with the first export's end."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from wtfc.export.record_said import record_warnings_for
from wtfc.model.workshop import Workshop


def record_note(
    key: str, workshop: Workshop, *, read_only: bool = False, today: dt.date | None = None
) -> str:
    """What the workshop record holds that export ``key`` prints wrong (a next review before
    the workshop) or no longer prints (one passed by ``today``, the export's day: the clock's
    when not given), said after "Saved:" as ``wtfc export`` prints it: the file is written
    anyway, and no question is added to the ones before it ("" when nothing is wrong).
    ``read_only``: the workshop is open read-only, so the date is put right in a copy. Each
    export's own warnings, as the command line's (``record_warnings_for``): the posters print
    no review date, but do print each action's date and mark what is late by that day."""
    from wtfc.model.unnamed_themes import unnamed_warning
    from wtfc.model.untitled_workshop import untitled_warning

    warnings = record_warnings_for(key, workshop, read_only=read_only,
                                   today=today or dt.date.today())
    if unnamed := unnamed_warning(workshop):  # every export prints the themes' names
        warnings.append(unnamed)
    if untitled := untitled_warning(workshop):  # every export heads its pages with both
        warnings.append(untitled)
    return "".join(f"\n\nPlease check: {warning}" for warning in warnings)


def saved_note(
    key: str, workshop: Workshop, previous: Workshop | None, *, read_only: bool,
    tiles: bool = False, sheets: int = 0,
) -> str:
    """What "Export saved" says after the files: the posters' paper (with ``tiles``, how to
    print and join the A4 sheets, and how many ``sheets`` there are when known), what "Since
    last time" compares with, and what the record holds that the export prints wrong
    (``record_note``)."""
    from wtfc.export.cli import PAPER  # on screen as the facilitator goes to print
    from wtfc.model.counting import count_phrase

    words = PAPER.get(key, "")
    paper = f"\n\n{words[:1].upper()}{words[1:]}." if words else ""
    if words and tiles:
        # a long action plan is 162 sheets: said before Print is pressed, not found after;
        # short steps, as the facilitator does them at the printer and the table
        many = (f"{count_phrase(sheets, 'A4 sheet')} to print: each poster at actual size, "
                if sheets else "Each poster is at actual size on A4 sheets, ")
        paper = (f"\n\n{many}to trim and tape together."
                 "\n1. Print at 100% (not “fit to page”), one side only."
                 "\n2. Trim each sheet on its dashed lines.\n3. Tape each sheet over the ones "
                 "to its left and above: its label says where it goes.")
    elif words:
        # the menu item by its own words: a message box is not a menu
        printer = "A1 or A3" if key == "action-poster" else "A3"
        paper += f" No {printer} printer? Choose File ▸ Export ▸ {_tiles_item(key)}."
    last = f"“{previous.title.strip() or 'Untitled workshop'}”" if previous else ""
    compared = (
        f"\n\nIts “Since last time” chapter compares this workshop with {last}, "
        f"last time's workshop opened on 8 Review."
        if previous is not None and key == "report"
        else f"\n\nIt opens with “Since last time”, from {last}, last time's "
        f"workshop opened on 8 Review: what we said then we would do, and what happened."
        if previous is not None
        else ""
    )
    return paper + compared + record_note(key, workshop, read_only=read_only)


def _tiles_item(key: str) -> str:
    """The File ▸ Export item that makes poster ``key`` on A4 sheets, as the menu shows it."""
    from wtfc.ui.export_actions import EXPORTS

    item = next(e.menu_text for e in EXPORTS if e.key == key and e.tiles)
    return f"“{item.replace('&', '').removesuffix('…')}”"


def pages_in(path: str | Path) -> int:
    """How many pages (A4 sheets, for a poster on A4 sheets) the PDF at ``path`` has; 0 when
    it cannot be read (the note then leaves the number out)."""
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    try:
        return len(PdfReader(path).pages)
    except (OSError, PyPdfError):
        return 0
