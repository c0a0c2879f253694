"""The theme posters and the action poster on A4 sheets, at actual size, to tape together
(``tiles.py``): for an office without an A3 (or A1) printer.

Each poster is made as always, then laid over the sheets; only the part of its page where it
draws anything is printed, so the A1 action poster takes 9 sheets rather than 16.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from wtfc.export.look import PRINTABLE_EDGE
from wtfc.export.output import Progress, no_progress, write_file
from wtfc.model.workshop import Workshop

# What each poster leaves blank round its page. A theme poster's kind-coloured edge runs down
# the left at the printer's edge; the action poster draws nothing outside its 80 pt margin but
# the descenders of its 28 pt footer.
THEME_INSET = PRINTABLE_EDGE
ACTION_INSET = 80.0 - 12.0


def _halves(progress: Progress) -> tuple[Progress, Progress]:
    """``progress`` for the poster (the bar's first half) and for its sheets (the second): the
    bar sat full while the sheets of a long action plan took 13-21 s, and Cancel, looked at
    only as progress is said, could not stop them."""
    drawn = [1]

    def drawing(done: int, total: int) -> None:
        drawn[0] = max(total, 1)
        progress(done, 2 * drawn[0])

    def tiling(done: int, total: int) -> None:
        steps = drawn[0]
        progress(steps + steps * done // max(total, 1), 2 * steps)

    return drawing, tiling


def theme_poster_name(number: int, pages: int) -> str:
    return f"Poster {number}"  # as its own foot says: "Poster 2 of 5"


def action_poster_name(number: int, pages: int) -> str:
    # its foot says "action plan · sheet 2 of 3": "A1" tells it from the A4 sheets it is cut into
    return "Action plan" if pages == 1 else f"Action plan A1 sheet {number} of {pages}"


def theme_posters_tiled_pdf(workshop: Workshop, *, today: dt.date | None = None,
                            progress: Progress = no_progress) -> bytes:
    from wtfc.export.theme_poster import theme_posters_pdf
    from wtfc.export.tiles import tile_pdf

    drawing, tiling = _halves(progress)
    pdf = theme_posters_pdf(workshop, today=today, progress=drawing)
    return tile_pdf(pdf, inset=THEME_INSET, name=theme_poster_name, progress=tiling)


def action_poster_tiled_pdf(workshop: Workshop, *, today: dt.date | None = None,
                            progress: Progress = no_progress) -> bytes:
    from wtfc.export.action_poster import MARGIN, action_poster_pdf
    from wtfc.export.tiles import tile_pdf

    assert MARGIN - ACTION_INSET >= 12  # the footer's descenders stay on the sheets
    drawing, tiling = _halves(progress)
    pdf = action_poster_pdf(workshop, today=today, progress=drawing)
    return tile_pdf(pdf, inset=ACTION_INSET, name=action_poster_name, progress=tiling)


def export_on_a4_sheets(what: str, workshop: Workshop, path: str | os.PathLike[str], *,
                        today: dt.date | None = None,
                        progress: Progress = no_progress) -> Path:
    """Write ``what`` ("posters" or "action-poster") on A4 sheets to tape together."""
    make = theme_posters_tiled_pdf if what == "posters" else action_poster_tiled_pdf
    return write_file(make(workshop, today=today, progress=progress), path)
