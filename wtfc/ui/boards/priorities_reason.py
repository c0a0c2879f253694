"""Choose priorities' reason box: the words of its label, and its name for a screen reader."""

from __future__ import annotations

from wtfc.model.operations._names import quoted
from wtfc.model.workshop import Theme


def reason_label_text(theme: Theme | None) -> str:
    """What the reason box is about, with its mnemonic: the theme's name, and whether it is a
    priority yet, so a reason is never typed unknowingly for the row below a priority."""
    if theme is None:
        return "&Why it was chosen:"
    name = quoted(theme.name or "Unnamed theme", 36).replace("&", "&&")
    if theme.priority.chosen:
        return f"&Why {name} was chosen:"
    return f"&Why {name} (not chosen yet — Space chooses it):"


def reason_box_name(label: str) -> str:
    """The box's name for a screen reader: its label without the mnemonic's "&" or the colon,
    the theme name's own "&" kept (it read "Tom  Jerry")."""
    return label.replace("&&", "\0").replace("&", "").replace("\0", "&")[:-1]
