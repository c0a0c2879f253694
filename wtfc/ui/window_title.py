"""The main window's title: "spring.wtfc[*] — Older people's services — wtfc".

The file's name is shown as the import shows names (``name_shown``): a name written in Latin-1
on a USB stick ("caf\\xe9.wtfc") lost the letter ("caf.wtfc"), a name holding U+202E
("Spring[U+202E]gpj.wtfc") turned everything after it around, the workshop's title too, and a
line break split it. The workshop's title is set apart (a hand-edited file may hold bidi
controls), so the words after it keep their order. A "[*]" in a name or title is shown as
typed (``titled``), not taken for the unsaved-changes mark.
"""

from __future__ import annotations

from wtfc.model.control_characters import name_shown, set_apart
from wtfc.model.workshop import UNTITLED


def titled(words: str) -> str:
    """``words`` (a name or title someone typed) for ``setWindowTitle``, shown as typed: Qt
    takes each odd "[*]" in a window's title for the unsaved-changes mark ("*" or nothing),
    so "Sizes [*] and prices" lost it; Qt shows "[*][*]" as "[*]"."""
    return words.replace("[*]", "[*][*]")


def window_title(file_name: str, read_only: bool, title: str) -> str:
    """The title for a workshop titled ``title`` (blank: ``UNTITLED``, as in the exports) open
    from ``file_name``; ``[*]`` is where Qt shows unsaved changes."""
    suffix = " (read-only)" if read_only else ""
    shown = set_apart(titled(title.strip() or UNTITLED))
    return f"{titled(name_shown(file_name))}[*]{suffix} — {shown} — wtfc"
