"""A file from a newer wtfc, read with what this version knows, and the note that says what
it leaves out.

Such a file opens read-only; a copy saved here (Save As) is written in this version's format,
so whatever the note names is not in the copy. Naming it ("a part called 'mood_board';
'cost_estimate' on 1 action") keeps a commissioner's figures from being thought lost later,
when they are only in the newer wtfc's file.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from wtfc.model.counting import count_phrase
from wtfc.model.json_bounds import too_big_to_read
from wtfc.model.migrations import known_fields_only
from wtfc.model.storage import MAX_FILE_BYTES, as_utf8
from wtfc.model.workshop import SCHEMA_VERSION, Workshop

# {"schema_version":2, … as a file starts (after a byte-order mark, if Notepad saved it)
FORMAT_AT_START = re.compile(rb'(?:\xef\xbb\xbf)?\s*\{\s*"schema_version"\s*:\s*(\d{1,9})[\s,}]')
NAMED_AT_MOST = 3  # more makes the note a list nobody reads: the rest are counted

# where a field was let go, in words: (one, many), or a single part's name when it has no count
_WHERE: dict[tuple[str, ...], tuple[str, str] | str] = {
    ("people",): ("person", "people"),
    ("cards",): ("card", "cards"),
    ("cards", "personal_details"): ("possible personal detail", "possible personal details"),
    ("themes",): ("theme", "themes"),
    ("themes", "priority"): ("theme's priority", "themes' priorities"),
    ("causes",): ("cause", "causes"),
    ("success",): ("success statement", "success statements"),
    ("actions",): ("action", "actions"),
    ("teams",): ("team", "teams"),
    ("teams", "members"): ("team's count of a role", "teams' counts of a role"),
    ("in_the_room",): ("count of who was in the room", "counts of who was in the room"),
    ("agenda",): ("stage of the day's plan", "stages of the day's plan"),
    ("reflection",): "the reflection",
}


@dataclass
class NewerFile:
    """``raw`` holds only what this version knows; ``newer_version`` says whose file it is and
    ``not_shown`` what is left out (both for the command line, which has its own advice and a
    technical reader, so the format numbers stay); ``reason`` is the app's read-only note,
    without them."""

    raw: dict[str, Any]
    newer_version: str
    not_shown: str
    reason: str


def read_newer(raw: dict[str, Any], *, name: str, version: int) -> NewerFile:
    from wtfc.model.newer_values import nearest_known

    dropped: Counter[tuple[tuple[str, ...], str]] = Counter()
    raw = known_fields_only(raw, Workshop, dropped)
    raw["schema_version"] = SCHEMA_VERSION
    left_out, nearest = nearest_known(raw)
    newer_version = (f"'{name}' was saved by a newer version of wtfc (format {version}; this "
                     f"one reads format {SCHEMA_VERSION}).")
    # what is left out whole first (cards, themes), then a whole part, then fields in the
    # file's order
    unknown = left_out + [_field_said(where, key, n) for (where, key), n in
                          sorted(dropped.items(), key=lambda item: bool(item[0][0]))]
    not_shown = f"Not shown: {_listed(unknown)}." if unknown else ""
    shown = f"Shown as the nearest this version knows: {_listed(nearest)}." if nearest else ""
    return NewerFile(raw, newer_version, " ".join(s for s in (not_shown, shown) if s),
                     _note(name, unknown, nearest))


def _note(name: str, unknown: list[str], nearest: list[str]) -> str:
    """The app's note: no format numbers, no double negatives, and updating wtfc first, as
    Save As keeps a copy without what is left out."""
    if unknown and nearest:
        said = f"This version can't show {_listed(unknown)}, and shows {_listed(nearest)}."
    elif unknown:
        said = f"This version can't show {_listed(unknown)}."
    elif nearest:
        said = f"This version shows {_listed(nearest)}."
    else:
        said = "This version can show everything in it."
    copy = ("Save As keeps a copy without those parts." if unknown else
            "Save As keeps a copy with those values." if nearest else
            "Save As keeps a copy this version can change.")
    return (f"'{name}' was made with a newer wtfc than this one. It is open to look at, not to "
            f"change. {said} To work on it, update wtfc on this computer (or use the computer "
            f"it was made on). {copy}")


def _field_said(where: tuple[str, ...], key: str, n: int) -> str:
    if not where:
        return f"a part called '{key}'"
    words = _WHERE.get(where)
    if isinstance(words, str):
        return f"'{key}' on {words}"
    if words is None:  # a part this list does not name yet: said by the file's own names
        return f"'{key}' in '{'.'.join(where)}' ({count_phrase(n, 'time')})"
    return f"'{key}' on {count_phrase(n, *words)}"


def _listed(items: list[str]) -> str:
    """The first three, then how many more: "a; b; c, and 2 more"."""
    shown = "; ".join(items[:NAMED_AT_MOST])
    more = len(items) - NAMED_AT_MOST
    return f"{shown}, and {more} more" if more > 0 else shown


def newer_file_format(path: Path) -> int | None:
    """The format of the file at ``path`` when it is newer than this version's; None when it
    is not, or is not there or not a workshop (saving says what is wrong, if anything). Asked
    before every save; here, as it reads a file's start the way loading a newer file does."""
    try:
        if not path.is_file():  # a pipe would wait for ever
            return None
        with path.open("rb") as file:
            head = file.read(64)
            if match := FORMAT_AT_START.match(head):  # what every wtfc writes
                version: Any = int(match.group(1))
            else:  # written another way (by hand, pretty-printed): read it all
                data = as_utf8(head + file.read(MAX_FILE_BYTES))
                if too_big_to_read(data, path.name) is not None:  # no workshop; GBs to read
                    return None
                raw = json.loads(data.decode("utf-8-sig"))
                version = raw.get("schema_version") if isinstance(raw, dict) else None
    except (OSError, ValueError, RecursionError):
        return None
    newer = isinstance(version, int) and not isinstance(version, bool) and version > SCHEMA_VERSION
    return version if newer else None
