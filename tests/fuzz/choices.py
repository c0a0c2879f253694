"""What the random facilitator types, and the menu items and buttons it leaves alone."""

from __future__ import annotations

import random

# Items that leave the demo (Open, New, Quit…), wait on the world (Print, the clipboard, file
# dialogs other than Save As) or look only at other files: a walk stays on its one workshop
SKIP = ("open", "new workshop", "new from", "import", "export", "quit", "exit", "close",
        "recent", "earlier version", "about", "keyboard shortcuts", "template", "print",
        "save as", "remove earlier", "next cycle", "compare", "last time", "demo", "copy",
        "find", "paste statements", "delete this workshop")
# a room's words, with the characters that have broken text before (&, markup)
WORDS = ("garden", "bus", "lonely", "I want", "to see", "my friends", "more", "help at home",
         "Tom & Jerry", "<b>x</b>", "cafe", "night", "carer", "late", "day centre")


def words(rng: random.Random) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(rng.randint(1, 4)))


def allowed(text: str, also: tuple[str, ...] = ()) -> bool:
    """Whether the walk may press a thing with these words ("&Open…" is "open")."""
    plain = text.replace("&", "").lower()
    return bool(plain) and not any(word in plain for word in SKIP + also)
