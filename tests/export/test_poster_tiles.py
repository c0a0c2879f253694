"""The posters on A4 sheets to tape together, for an office with no A3 or A1 printer: each sheet
is A4, carries its part of the poster at actual size inside the printer's blank edge, and says
which poster and sheet it is and how it joins; taped together, the sheets make the poster."""

from __future__ import annotations

import datetime as dt
import subprocess
from pathlib import Path

import numpy as np
import pytest
from every_pdf import demo_pdf
from export_checks import demo_workshop, reader, squash

from wtfc.export.cli import main_export
from wtfc.export.poster_tiles import (
    ACTION_INSET,
    THEME_INSET,
    action_poster_tiled_pdf,
    theme_posters_tiled_pdf,
)
from wtfc.export.tiles import GLUE, grid_for

TODAY = dt.date(2026, 11, 29)
A4_MM = (210, 297)


@pytest.fixture(scope="module")
def made() -> dict[str, tuple[bytes, bytes]]:
    """(the poster as designed, the poster on A4 sheets) for each poster of the demo."""
    ws = demo_workshop()  # the posters as designed are every_pdf's (TODAY is its day)
    return {"posters": (demo_pdf("posters"), theme_posters_tiled_pdf(ws, today=TODAY)),
            "action": (demo_pdf("action poster"), action_poster_tiled_pdf(ws, today=TODAY))}


def _mm(page) -> tuple[int, int]:
    return round(float(page.mediabox.width) * 25.4 / 72), round(
        float(page.mediabox.height) * 25.4 / 72)


def test_each_a3_theme_poster_is_three_a4_sheets_side_by_side(made):
    """A3 is two A4s exactly, so with the printer's blank edge and a glue strip two sheets
    cannot hold it at actual size: three upright sheets, left, middle and right."""
    posters, tiled = (reader(pdf) for pdf in made["posters"])
    assert len(posters.pages) == 3
    assert len(tiled.pages) == 3 * 3
    assert {_mm(page) for page in tiled.pages} == {A4_MM}
    labels = [squash(page.extract_text()) for page in tiled.pages]
    for poster in (1, 2, 3):
        for sheet, place in enumerate(("left", "middle", "right"), start=1):
            assert squash(f"Poster {poster} — A4 sheet {sheet} of 3 ({place})") in labels[
                (poster - 1) * 3 + sheet - 1]
    assert squash("Trim its left edge on the dashed line, lay it over sheet 1") in labels[1]
    assert squash("Sheet 2 goes over its right edge") in labels[0]


def test_the_a1_action_poster_is_nine_a4_sheets(made):
    _, tiled = (reader(pdf) for pdf in made["action"])
    assert len(tiled.pages) == 9
    assert {_mm(page) for page in tiled.pages} == {A4_MM}
    texts = [squash(page.extract_text()) for page in tiled.pages]
    assert squash("Action plan — A4 sheet 1 of 9 (top left)") in texts[0]
    assert squash("Action plan — A4 sheet 5 of 9 (centre)") in texts[4]
    assert squash("lay it over sheets 2 and 4 up to their dashed lines") in texts[4]
    assert squash("Action plan — A4 sheet 9 of 9 (bottom right)") in texts[8]


@pytest.mark.parametrize("which", ["posters", "action"])
def test_every_sheet_carries_its_posters_words(made, which):
    """What a PDF reader finds on each sheet (and a screen reader reads) is its poster's."""
    designed, tiled = (reader(pdf) for pdf in made[which])
    per_poster = len(tiled.pages) // len(designed.pages)
    posters = [squash(page.extract_text()) for page in designed.pages]  # each read once
    for index, page in enumerate(tiled.pages):
        words = posters[index // per_poster]
        assert words[:200] in squash(page.extract_text())


def test_a_tiled_poster_keeps_the_posters_title_language_and_one_sided_printing(made):
    designed, tiled = (reader(pdf) for pdf in made["posters"])
    assert tiled.metadata.title == designed.metadata.title
    assert tiled.metadata.author == "Working Together for Change workshop"  # never a person
    root = tiled.trailer["/Root"]
    assert root["/Lang"] == "en-GB"
    assert root["/ViewerPreferences"]["/Duplex"] == "/Simplex"
    assert [item.title for item in tiled.outline] == ["Poster 1", "Poster 2", "Poster 3"]


def _pictures(pdf: bytes, folder: Path, stem: str, dpi: int,
              pages: tuple[int, int] | None = None) -> list[Path]:
    """Each page as a grey picture; ``pages``: only the first to the last of them."""
    path = folder / f"{stem}.pdf"
    path.write_bytes(pdf)
    only = ["-f", str(pages[0]), "-l", str(pages[1])] if pages else []
    subprocess.run(["pdftoppm", "-gray", "-r", str(dpi), *only, str(path), str(folder / stem)],
                   check=True, timeout=120)
    return sorted(folder.glob(f"{stem}-*.pgm"), key=lambda p: int(p.stem.rsplit("-", 1)[1]))


def test_nothing_is_drawn_in_the_printers_blank_edge(made, tmp_path):
    from PIL import Image

    dpi = 50
    band = int(5.5 / 25.4 * dpi)
    for which in made:
        for picture in _pictures(made[which][1], tmp_path, which, dpi):
            grey = Image.open(picture)
            width, height = grey.size
            for box in ((0, 0, band, height), (width - band, 0, width, height),
                        (0, 0, width, band), (0, height - band, width, height)):
                assert grey.crop(box).getextrema()[0] >= 245, (picture.name, box)


@pytest.mark.parametrize(("which", "inset", "first_page", "sheets"),
                         [("posters", THEME_INSET, 2, 3), ("action", ACTION_INSET, 1, 9)])
def test_the_sheets_taped_together_make_the_poster(made, tmp_path, which, inset, first_page,
                                                   sheets):
    """Each sheet trimmed on its dashed lines and laid over its left and upper neighbours, as
    its label says, gives the poster as designed, picture for picture."""
    from PIL import Image, ImageStat

    from wtfc.export.tiles import _tile_corner

    dpi = 40
    k = dpi / 72
    # only the poster compared and its sheets are drawn (the rest were drawn and not looked at)
    (designed,) = _pictures(made[which][0], tmp_path, f"{which}-a", dpi,
                            (first_page, first_page))
    designed = Image.open(designed)
    pictures = _pictures(made[which][1], tmp_path, f"{which}-t", dpi,
                         ((first_page - 1) * sheets + 1, first_page * sheets))
    assert len(pictures) == sheets
    box = reader(made[which][0]).pages[0].mediabox
    page_w, page_h = float(box.width), float(box.height)
    grid = grid_for((page_w - 2 * inset, page_h - 2 * inset))
    tile_w, tile_h = grid.tile
    joined = Image.new("L", (round(grid.size[0] * k), round(grid.size[1] * k)), 255)
    for number, picture in enumerate(pictures):
        row, column = divmod(number, grid.columns)
        x, top = _tile_corner(column, row, grid)
        left, upper = x * k, (grid.sheet[1] - top) * k
        tile = Image.open(picture).crop((round(left), round(upper), round(left + tile_w * k),
                                         round(upper + tile_h * k)))
        joined.paste(tile, (round(column * (tile_w - GLUE) * k), round(row * (tile_h - GLUE) * k)))
    poster = designed.crop((round(inset * k), round(inset * k), round(inset * k) + joined.size[0],
                            round(inset * k) + joined.size[1]))
    # A tile lands a fraction of a pixel off at 40 dpi, so letters' edges differ: each pixel
    # is compared with the nearest match a pixel either way, then averaged in 8-pixel squares.
    # A strip of the poster missing or shifted 3 pixels (2 mm) differs by 45-160 somewhere.
    assert _worst_square(np.asarray(poster, dtype=int), np.asarray(joined, dtype=int)) < 35
    assert ImageStat.Stat(joined).mean[0] < 250  # and the poster is there, not blank paper


def _worst_square(one: np.ndarray, other: np.ndarray, size: int = 8) -> float:
    height, width = one.shape
    nearest = None
    for dy in (-1, 0, 1):
        for dx in (-1, 0, 1):
            moved = np.full_like(other, 255)
            moved[max(dy, 0):height + min(dy, 0), max(dx, 0):width + min(dx, 0)] = other[
                max(-dy, 0):height + min(-dy, 0), max(-dx, 0):width + min(-dx, 0)]
            difference = np.abs(one - moved)
            nearest = difference if nearest is None else np.minimum(nearest, difference)
    assert nearest is not None
    rows, columns = height // size, width // size
    squares = nearest[:rows * size, :columns * size].reshape(rows, size, columns, size)
    return float(squares.mean(axis=(1, 3)).max())


def test_wtfc_export_paper_a4_tiles(tmp_path, capsys):
    out = tmp_path / "posters.pdf"
    assert main_export(["posters", "demo", "-o", str(out), "--paper", "a4-tiles"]) == 0
    assert f"Saved {out}" in capsys.readouterr().out
    pdf = reader(out.read_bytes())
    assert {_mm(page) for page in pdf.pages} == {A4_MM}
    out = tmp_path / "action.pdf"
    assert main_export(["action-poster", "demo", "-o", str(out), "--paper", "a4-tiles"]) == 0
    assert len(reader(out.read_bytes()).pages) == 9


def test_paper_is_refused_for_the_a4_exports(tmp_path, capsys):
    out = tmp_path / "r.pdf"
    assert main_export(["report", "demo", "-o", str(out), "--paper", "a4-tiles"]) == 2
    err = capsys.readouterr().err
    assert "--paper is only for the posters and the action poster" in err
    assert "Traceback" not in err and not out.exists()


def test_export_help_says_how_to_print_without_an_a3_printer(capsys):
    assert main_export(["--help"]) == 0
    out = " ".join(capsys.readouterr().out.split())
    assert "No A3 or A1 printer? Add --paper a4-tiles for each poster at actual size on A4 " \
           "sheets to trim and tape together: print them at 100% (not “fit to page”)" in out
