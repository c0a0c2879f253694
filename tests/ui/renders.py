"""Where UI tests keep pictures of what they drew, for a person to look at.

Each picture is drawn (``grab``) whatever happens, since the tests read what was drawn; writing
it as a PNG costs several times the drawing (0.1-0.2 s at 1920x1080; 1,084 PNGs took a sixth of
tests/ui/boards' time), and nobody looks at them after ``make test``, which sets
WTFC_TEST_RENDERS=0 to skip the writing. Running a test file by hand keeps them in
build/renders."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

RENDERS = Path(__file__).resolve().parents[2] / "build" / "renders"


def _keep(picture, path: Path, always: bool = False) -> None:
    if always or os.environ.get("WTFC_TEST_RENDERS", "1") != "0":
        assert picture.save(str(path))


def save_render(widget, name: str, *, always: bool = False) -> Path:
    """Keep a picture of a widget as build/renders/NAME.png (``always``: even in ``make
    test``, for a test that reads the file)."""
    RENDERS.mkdir(parents=True, exist_ok=True)
    path = RENDERS / f"{name}.png"
    _keep(widget.grab(), path, always)
    return path


def saved_pages(view, name: str) -> Iterator[int]:
    """Each page of a paged room view in turn: shown, drawn and kept as
    build/renders/NAME_pN.png before its number is given, so the caller reads what was drawn."""
    RENDERS.mkdir(parents=True, exist_ok=True)
    for page in range(view.page_count()):
        view.show_page(page)
        _keep(view.grab(), RENDERS / f"{name}_p{page + 1}.png")
        yield page
