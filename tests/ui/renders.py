"""Where UI tests keep pictures of what they drew, for a person to look at."""

from __future__ import annotations

from pathlib import Path

RENDERS = Path(__file__).resolve().parents[2] / "build" / "renders"


def save_render(widget, name: str) -> Path:
    """Keep a picture of a widget as build/renders/NAME.png."""
    RENDERS.mkdir(parents=True, exist_ok=True)
    path = RENDERS / f"{name}.png"
    assert widget.grab().save(str(path))
    return path
