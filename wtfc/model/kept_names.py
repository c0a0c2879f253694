"""The names of the earlier versions saving keeps (``NAME.wtfc.bak``, ``.bak2``…), known
apart from the workshop itself: one opened is read-only. Saved into, it would be replaced by the
next saves of the workshop, and the work in it lost without a word. Apart from ``versions`` so
that opening a file need not load that (start-up leaves it until the versions menu opens).
"""

from __future__ import annotations

import re
from pathlib import Path

from wtfc.model.control_characters import name_shown
from wtfc.model.storage import SUFFIX

# spring.wtfc.bak, .bak2…; and spring.wtfc.bak.bak, which saving into a .bak once made
# (compiled on first use, by re's cache: start-up opens no file of its own)
_KEPT_NAME = rf"(.+?{re.escape(SUFFIX)})(?:\.bak\d*)+"


def version_of(path: Path) -> Path | None:
    """The workshop file ``path`` is a kept earlier version of (``spring.wtfc`` for
    ``spring.wtfc.bak2``), or None when it is not one."""
    # DOTALL: a name with a line break in it ("two\nlines.wtfc.bak") is a kept version too
    match = re.fullmatch(_KEPT_NAME, path.name, re.IGNORECASE | re.DOTALL)
    return path.with_name(match.group(1)) if match else None


def kept_version_note(path: Path) -> str:
    """Why a kept earlier version opens read-only ("" for any other file). Saved into, it
    would be replaced by the next saves of the workshop itself and its work lost unsaid. The
    names as the window's title shows them (``name_shown``)."""
    main = version_of(path)
    if main is None:
        return ""
    name, main_name = name_shown(path.name), name_shown(main.name)
    return (
        f"'{name}' is an earlier version of '{main_name}', kept by wtfc when it saved "
        f"that workshop. It is open read-only here: each save of '{main_name}' replaces "
        f"its earlier versions, so work saved into this one would be lost. To work on it, "
        f"save it with Save As."
    )
