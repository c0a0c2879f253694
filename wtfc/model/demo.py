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
