"""Where UI tests keep pictures of what they drew, for a person to look at."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

RENDERS = Path(__file__).resolve().parents[2] / "build" / "renders"


def save_render(widget, name: str) -> Path:
    """Keep a picture of a widget as build/renders/NAME.png."""
    RENDERS.mkdir(parents=True, exist_ok=True)
    path = RENDERS / f"{name}.png"
    assert widget.grab().save(str(path))
    return path


def saved_pages(view, name: str) -> Iterator[int]:
    """Each page of a paged room view in turn: shown, drawn and kept as
    build/renders/NAME_pN.png before its number is given, so the caller reads what was drawn."""
    RENDERS.mkdir(parents=True, exist_ok=True)
    for page in range(view.page_count()):
        view.show_page(page)
        assert view.grab().save(str(RENDERS / f"{name}_p{page + 1}.png"))
        yield page
