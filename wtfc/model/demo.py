"""Where the bundled demo workshop lives. It is only ever read: ``wtfc --demo`` opens a copy."""

from __future__ import annotations

from pathlib import Path

import wtfc


def demo_path() -> Path:
    """Inside the package (``wtfc/assets``), so an installed wtfc has its demo too."""
    return Path(wtfc.__file__).resolve().parent / "assets" / "demo.wtfc"


def demo_previous_path() -> Path:
    """The demo's previous cycle (built by tools/build_demo_previous.py), for the Review board."""
    return demo_path().with_name("demo-previous.wtfc")


def resolve_workshop_argument(arg: str) -> Path:
    """Command-line FILE arguments accept the word ``demo`` for the bundled demo."""
    return demo_path() if arg == "demo" else Path(arg)


DEMO_COPY = "Demo workshop (copy)"


def said_as(path: Path) -> str:
    """A workshop file as the facilitator knows it: "spring.wtfc", or "the demo" and "the demo's
    last time" for the bundled files (they open as copies, so their file names were never seen)."""
    try:
        resolved = path.resolve()
    except OSError:
        return path.name
    if resolved == demo_path():
        return "the demo"
    if resolved == demo_previous_path():
        return "the demo's last time"
    return path.name


def bundled_copy_name(path: Path) -> str | None:
    """The untitled name a workshop shipped in ``wtfc/assets`` opens under, or None for any other
    file: File → Open on the bundled demo opens a copy, as ``--demo`` does, so saving it never
    writes into wtfc's own folder."""
    try:
        resolved = path.resolve()
    except OSError:
        return None
    if resolved == demo_path():
        return DEMO_COPY
    if resolved.parent == demo_path().parent:
        return "Demo workshop, last time (copy)" if resolved == demo_previous_path() else (
            f"{resolved.stem} (copy)")
    return None
