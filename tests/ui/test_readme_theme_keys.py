"""Every key of the Theme page's F1 list is named in the README (review 36 R4-3): `C` (a card
in a second theme), `W`, `L`, `Z`, `F3`, `F9`, Alt+arrows and Delete were in F1 but nowhere
in the README. F1's rows come from the app (``shortcut_groups``), so a key added to the wall
and not written up fails here."""

from __future__ import annotations

import re
from pathlib import Path

from wtfc.model.workshop import Stage
from wtfc.ui.shortcut_help import shortcut_groups

README = Path(__file__).resolve().parents[2] / "README.md"
# F1's words for a key → how the README writes it, where that is not the key in backquotes
SPELLED = {"Arrow keys": "the arrow keys", "Escape": "`Esc`", "Ctrl+wheel": "`Ctrl`+wheel",
           "Alt+1 … Alt+9": "`Alt+1`…`Alt+9`"}


def _readme_keys(text: str) -> str:
    """The README, with its key ranges (`F5`–`F8`) written out key by key."""
    def spell(m: re.Match) -> str:
        return " ".join(f"`F{n}`" for n in range(int(m[1]), int(m[2]) + 1))
    return re.sub(r"`F(\d+)`–`F(\d+)`", spell, text)


def test_every_key_of_the_theme_page_is_in_the_readme(demo_window):
    demo_window.go_to_stage(Stage.THEME, focus=True)
    rows = shortcut_groups(demo_window.menuBar(), demo_window.page(Stage.THEME), "Theme")[0].rows
    assert len(rows) > 20  # the wall's own list, not the menus'
    text = _readme_keys(README.read_text(encoding="utf-8"))
    missing = [(keys, what) for keys, what in rows
               if not any(SPELLED.get(key, f"`{key}`") in text for key in keys.split(" or "))]
    assert missing == []
