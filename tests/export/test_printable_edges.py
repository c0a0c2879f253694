"""Nothing is printed where an office printer cannot print: the outer ~5 mm of the paper.

The theme poster's kind-coloured edge ran along the paper's left edge (4.9 mm wide) and the
report cover's dark band along its top: on an A3 or A4 office printer they came out as a
hairline, or not at all, depending on the printer."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from every_pdf import demo_pdfs

DPI = 50
CLEAR_MM = 5.5  # inside the 6 mm every band now keeps to, outside any printer's blank edge


@pytest.fixture(scope="module")
def pages(tmp_path_factory) -> dict[str, list[Path]]:
    """Every page of every PDF the demo makes, as greyscale pictures."""
    folder = tmp_path_factory.mktemp("edges")
    out: dict[str, list[Path]] = {}
    for name, pdf in demo_pdfs().items():
        stem = folder / name.replace(" ", "-")
        stem.with_suffix(".pdf").write_bytes(pdf)
        subprocess.run(["pdftoppm", "-gray", "-r", str(DPI), str(stem.with_suffix(".pdf")),
                        str(stem)], check=True, timeout=120)
        out[name] = sorted(folder.glob(f"{stem.name}-*.pgm"))
    return out


@pytest.mark.parametrize("which", ["posters", "action poster", "report", "feedback sheet"])
def test_nothing_is_drawn_in_the_unprintable_edge(pages, which):
    from PIL import Image

    band = int(CLEAR_MM / 25.4 * DPI)
    for picture in pages[which]:
        grey = Image.open(picture)
        width, height = grey.size
        for box in ((0, 0, band, height), (width - band, 0, width, height),
                    (0, 0, width, band), (0, height - band, width, height)):
            darkest, _ = grey.crop(box).getextrema()
            assert darkest >= 245, (picture.name, box)
