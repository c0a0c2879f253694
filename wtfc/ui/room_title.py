"""The workshop's title where the room may see it: the window's title bar (often on the
projector, and in the taskbar), the room view's Welcome heading, and the Priorities and Review
room views' subtitles. A title the personal-detail guard flags ("Review of Mrs Patel's care",
or with a name pasted to watch for) is left out of all of them, by the rule Save As and the
exports use for the names they suggest (``title_for_names``): nobody decided it may go up.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache


def room_title(title: str, names: Iterable[str] = ()) -> str:
    """``title`` stripped, or "" where the guard finds a possible personal detail in it with
    ``names`` (the names to watch for)."""
    return _looked_at(title.strip(), tuple(names)) if title.strip() else ""


@lru_cache(maxsize=16)
def _looked_at(title: str, names: tuple[str, ...]) -> str:
    # a room view asks at every layout and paint; the guard takes ~1 ms a look
    from wtfc.ui.file_names import title_for_names

    return title_for_names(title, names)
