"""A finished poster PDF cut into A4 sheets to print at actual size and tape together.

Many council teams have only an A4 printer, and a poster printed "fit to page" on A4 comes out
at 8-10 pt. So each poster page is laid out at 100% over a grid of A4 sheets: each sheet prints
its tile inside the printer's blank edge, neighbouring tiles share a glue strip, a light dashed
line marks where a sheet is trimmed and where its neighbour's edge goes, and a small label says
which poster and sheet it is and which edges join. Labels stay in the margins a neighbour
covers or the trim takes off.

The poster is not drawn again: pypdf places its finished page on each sheet, clipped to the
tile (``merge_transformed_page`` clips to the page's crop box), so a tiled poster is the poster.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass
from typing import cast

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm

from wtfc.export.look import PRINTABLE_EDGE, RULE

GLUE = 10 * mm  # the strip two neighbouring sheets both print: one lies over the other there
TRIM = 2 * mm  # room between the printer's edge and a dashed trim line
LABEL_POINTS = 8.0
LEADING = LABEL_POINTS * 1.2
LABEL_GAP = 1.5 * mm
LABEL_HEIGHT = 3 * LEADING + LABEL_GAP  # under the tile: name, then how it joins (two lines)
LABEL_WIDTH = 38 * mm  # beside it, in narrower lines


@dataclass(frozen=True)
class Grid:
    """How one poster page of ``size`` (its printed part) lies on sheets of ``sheet``."""

    sheet: tuple[float, float]
    size: tuple[float, float]
    columns: int
    rows: int

    @property
    def count(self) -> int:
        return self.columns * self.rows

    @property
    def tile(self) -> tuple[float, float]:
        """Each tile's width and height, glue strips included."""
        (width, height), (cols, rows) = self.size, (self.columns, self.rows)
        return (width + (cols - 1) * GLUE) / cols, (height + (rows - 1) * GLUE) / rows

    @property
    def room(self) -> tuple[float, float]:
        """The printable width and height a tile may use (a trim line's room taken off)."""
        width, height = self.sheet
        return (width - 2 * PRINTABLE_EDGE - (TRIM if self.columns > 1 else 0),
                height - 2 * PRINTABLE_EDGE - (TRIM if self.rows > 1 else 0))

    @property
    def label_beside(self) -> bool:
        """The label goes beside the tile (else under it)."""
        return self.room[1] - self.tile[1] < LABEL_HEIGHT

    def fits(self) -> bool:
        (tile_w, tile_h), (room_w, room_h) = self.tile, self.room
        spare_w, spare_h = room_w - tile_w, room_h - tile_h
        return min(spare_w, spare_h) > -0.01 and (spare_h >= LABEL_HEIGHT
                                                  or spare_w >= LABEL_WIDTH)


def grid_for(size: tuple[float, float], sheet: tuple[float, float] = A4) -> Grid:
    """The fewest sheets, upright or sideways, that carry ``size`` at actual size with room for
    the glue strips, the trim lines and the label."""
    best: Grid | None = None
    for paper in (sheet, (sheet[1], sheet[0])):
        for columns in range(1, 13):
            for rows in range(1, 13):
                grid = Grid(paper, size, columns, rows)
                if grid.fits() and (best is None or grid.count < best.count):
                    best = grid
                    break  # more rows only adds sheets
    if best is None:  # never with the posters wtfc makes (an A0 poster needs 16 sheets)
        raise ValueError(f"a page of {size} does not go on 144 sheets")
    return best


def place_words(column: int, row: int, grid: Grid) -> str:
    """Where a sheet goes in the finished poster: "left", "top right", "row 2 of 4, middle"."""
    across = _place(column, grid.columns, ("left", "middle", "right"))
    down = _place(row, grid.rows, ("top", "middle", "bottom"), "row")
    if across == down == "middle":
        return "centre"
    if down.startswith("row") and across:
        return f"{down}, {across}"
    return " ".join(x for x in (down, across) if x)


def _place(index: int, count: int, names: tuple[str, str, str], word: str = "column") -> str:
    if count == 1:
        return ""
    if count == 2:
        return names[0] if index == 0 else names[2]
    if count == 3:
        return names[index]
    return f"{word} {index + 1} of {count}"


def join_words(column: int, row: int, grid: Grid) -> list[str]:
    """How this sheet joins its neighbours: it lies over the one to its left and the one above
    (trimmed on its dashed lines); the ones to its right and below lie over it."""
    number = row * grid.columns + column + 1
    over = [(side, n) for side, n, has in (("left", number - 1, column > 0),
                                           ("top", number - grid.columns, row > 0)) if has]
    under = [(side, n) for side, n, has in (("right", number + 1, column < grid.columns - 1),
                                            ("bottom", number + grid.columns,
                                             row < grid.rows - 1)) if has]
    words = []
    if len(over) == 1:
        (side, n), = over
        words.append(f"Trim its {side} edge on the dashed line, lay it over sheet {n} up to "
                     f"the dashed line there, and tape.")
    elif over:
        words.append(f"Trim left and top on the dashed lines, lay it over sheets {over[1][1]} "
                     f"and {over[0][1]} up to their dashed lines, and tape.")
    if under:
        first, *more = under
        words.append(f"Sheet {first[1]} goes over its {first[0]} edge"
                     + "".join(f", sheet {n} over its {side} edge" for side, n in more) + ".")
    return words


def tile_pdf(pdf: bytes, *, inset: float, name: Callable[[int, int], str],
             progress: Callable[[int, int], None] | None = None) -> bytes:
    """``pdf`` with each page (less ``inset`` points all round, where it draws nothing) on A4
    sheets at actual size. ``name(page_number, pages)`` names a page in its sheets' labels:
    "Poster 2". The poster's title, language and one-sided printing are kept.
    ``progress(done, sheets)`` is called for each sheet, and once more when all are written:
    the sheets of a long action plan take most of the export (162 of them, 13-21 s)."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import (
        ArrayObject,
        DecodedStreamObject,
        DictionaryObject,
        FloatObject,
        NameObject,
    )

    reader = PdfReader(io.BytesIO(pdf))
    plans = []
    for page in reader.pages:
        width, height = float(page.mediabox.width), float(page.mediabox.height)
        plans.append(grid_for((width - 2 * inset, height - 2 * inset)))
    overlay = PdfReader(io.BytesIO(_overlay(plans, name, len(reader.pages))))
    writer = PdfWriter()
    sheets = iter(overlay.pages)
    total = sum(grid.count for grid in plans) + 1  # the last step: writing them out
    for number, (page, grid) in enumerate(zip(reader.pages, plans, strict=True), start=1):
        # the poster page once, as a form every sheet draws clipped: merging it parsed its
        # whole content stream three times per sheet
        form = DecodedStreamObject()
        contents = page.get_contents()
        form.set_data(contents.get_data() if contents is not None else b"")
        form[NameObject("/Type")] = NameObject("/XObject")
        form[NameObject("/Subtype")] = NameObject("/Form")
        form[NameObject("/BBox")] = ArrayObject(FloatObject(v) for v in page.mediabox)
        form[NameObject("/Resources")] = page["/Resources"].clone(writer)
        # pypdf has no public way to add a loose object; _add_object is pinned with pypdf <8
        form_ref = writer._add_object(form.flate_encode())
        key = f"/WtfcPoster{number}"
        first = len(writer.pages)
        for row in range(grid.rows):
            for column in range(grid.columns):
                if progress is not None:  # Cancel is looked at here too
                    progress(len(writer.pages), total)
                sheet = writer.add_page(next(sheets))
                left, bottom, x, y = _tile_box(column, row, grid, inset,
                                               float(page.mediabox.height))
                tile_w, tile_h = grid.tile
                head = DecodedStreamObject()
                head.set_data((f"q {x:.3f} {y:.3f} {tile_w:.3f} {tile_h:.3f} re W n 1 0 0 1 "
                               f"{x - left:.3f} {y - bottom:.3f} cm {key} Do Q\n").encode())
                resources = cast(DictionaryObject, sheet["/Resources"].get_object())
                if "/XObject" not in resources:
                    resources[NameObject("/XObject")] = DictionaryObject()
                cast(DictionaryObject, resources["/XObject"].get_object())[NameObject(key)] = \
                    form_ref
                raw = sheet.get("/Contents")  # the label and trim marks drawn over the poster
                drawn = raw.get_object() if raw is not None else None
                parts = list(drawn) if isinstance(drawn, ArrayObject) else \
                    ([raw] if raw is not None else [])
                sheet[NameObject("/Contents")] = ArrayObject(
                    [writer._add_object(head), *parts])
        writer.add_outline_item(title=name(number, len(reader.pages)), page_number=first)
    if reader.metadata:
        writer.add_metadata(dict(reader.metadata))
    root = reader.root_object
    for key in ("/Lang", "/ViewerPreferences"):  # its language; printed one-sided
        if (value := root.get(key)) is not None:
            writer.root_object[NameObject(key)] = value.clone(writer)
    writer.page_mode = "/UseOutlines"
    if progress is not None:
        progress(total - 1, total)
    buffer = io.BytesIO()
    writer.write(buffer)
    if progress is not None:
        progress(total, total)
    return buffer.getvalue()


def _tile_box(column: int, row: int, grid: Grid, inset: float,
              page_h: float) -> tuple[float, float, float, float]:
    """The tile's lower-left corner on the poster page, and where it goes on the sheet."""
    tile_w, tile_h = grid.tile
    left = inset + column * (tile_w - GLUE)
    top = page_h - inset - row * (tile_h - GLUE)
    x, y_top = _tile_corner(column, row, grid)
    return left, top - tile_h, x, y_top - tile_h


def _tile_corner(column: int, row: int, grid: Grid) -> tuple[float, float]:
    """The tile's top-left corner on its sheet: at the printer's edge, or a trim line's room
    in from it on an edge that is trimmed."""
    return (PRINTABLE_EDGE + (TRIM if column > 0 else 0),
            grid.sheet[1] - PRINTABLE_EDGE - (TRIM if row > 0 else 0))


def _overlay(plans: list[Grid], name: Callable[[int, int], str], pages: int) -> bytes:
    """One page per sheet: its dashed lines and its label, drawn over the poster's tile."""
    from reportlab.pdfgen.canvas import Canvas

    from wtfc.export import fonts as f

    f.fonts()
    buffer = io.BytesIO()
    # its default Helvetica is never drawn, but it was listed unembedded, and a print shop's
    # preflight flags that
    canvas = Canvas(buffer, pagesize=A4, pageCompression=1, initialFontName=f.REGULAR)
    for number, grid in enumerate(plans, start=1):
        for row in range(grid.rows):
            for column in range(grid.columns):
                canvas.setPageSize(grid.sheet)
                _marks(canvas, column, row, grid)
                sheet = row * grid.columns + column + 1
                place = place_words(column, row, grid)
                # "A4 sheet": a long action plan's A1 pages call themselves sheets in their foot
                head = (f"{name(number, pages)} — A4 sheet {sheet} of {grid.count}"
                        + (f" ({place})" if place else ""))
                _label(canvas, column, row, grid, [head, *join_words(column, row, grid)])
                canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _marks(canvas, column: int, row: int, grid: Grid) -> None:
    """Dashed lines: where this sheet is trimmed (left, top), and where the neighbour that lies
    over it ends (inside its glue strip on the right, at the bottom)."""
    (tile_w, tile_h), (x, top) = grid.tile, _tile_corner(column, row, grid)
    canvas.saveState()
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.6)
    canvas.setDash(4, 3)
    if column > 0:
        canvas.line(x - 0.6, top, x - 0.6, top - tile_h)  # all in what the trim takes off
    if row > 0:
        canvas.line(x, top + 0.6, x + tile_w, top + 0.6)
    if column < grid.columns - 1:
        canvas.line(x + tile_w - GLUE + 0.6, top, x + tile_w - GLUE + 0.6, top - tile_h)
    if row < grid.rows - 1:
        canvas.line(x, top - tile_h + GLUE - 0.6, x + tile_w, top - tile_h + GLUE - 0.6)
    canvas.restoreState()


def _label(canvas, column: int, row: int, grid: Grid, lines: list[str]) -> None:
    """The label in the sheet's spare margin: under the tile, else beside it (a margin that is
    trimmed off, or lies under the next sheet)."""
    from reportlab.lib.utils import simpleSplit

    from wtfc.export import fonts as f
    from wtfc.export.look import MUTED

    (tile_w, tile_h), (x, top) = grid.tile, _tile_corner(column, row, grid)
    if grid.label_beside:
        left, width = x + tile_w + 2 * mm, grid.sheet[0] - PRINTABLE_EDGE - x - tile_w - 2 * mm
        first = top - LABEL_POINTS
    else:
        left, width = x, tile_w
        first = top - tile_h - LABEL_GAP - LABEL_POINTS
    canvas.saveState()
    canvas.setFillColor(MUTED)
    y = first
    for index, line in enumerate(lines):
        font = f.BOLD if index == 0 else f.REGULAR
        canvas.setFont(font, LABEL_POINTS)
        for part in simpleSplit(line, font, LABEL_POINTS, width):
            canvas.drawString(left, y, part)
            y -= LEADING
    canvas.restoreState()
