"""Which file the Review board last compared each workshop with, on this laptop.

Review (step 8) is looked at again at later meetings: the facilitator should not have to find
last time's file every time the workshop is opened. The pairing is kept in the app's settings,
beside the recent files, not in the workshop file: it is a place on this laptop, not part of
the workshop, and a copy sent to a colleague should not carry it.
"""

from __future__ import annotations

import json
from pathlib import Path

from wtfc.ui.app_settings import settings

KEY = "review/previous_files"
KEPT = 50  # workshops remembered; the oldest pairing goes first


def _pairs() -> dict[str, str]:
    try:
        pairs = json.loads(str(settings().value(KEY, "{}")))
    except ValueError:  # written by hand or damaged: forget it rather than fail
        return {}
    return {str(k): str(v) for k, v in pairs.items()} if isinstance(pairs, dict) else {}


def forget_file(path: Path) -> None:
    """Forget every pairing naming ``path``: as the workshop, and as another workshop's
    last-time file (File → Delete this workshop and its copies…)."""
    from wtfc.model.same_file import same_file

    pairs = _pairs()
    kept = {key: value for key, value in pairs.items()
            if not same_file(key, path) and not same_file(value, path)}
    if kept != pairs:
        settings().setValue(KEY, json.dumps(kept))


def count() -> int:
    """How many workshops have last time's file remembered."""
    return len(_pairs())


def forget_all() -> None:
    """Forget every pairing (File → Open recent → Clear this list)."""
    settings().remove(KEY)


def remembered(workshop: Path) -> Path | None:
    """The file last compared with ``workshop``, whether or not it is still there."""
    found = _pairs().get(str(workshop.resolve()))
    return Path(found) if found else None


def remember(workshop: Path, previous: Path | None) -> None:
    """``previous`` is last time's file for ``workshop`` (None: forget the pairing)."""
    pairs = _pairs()
    key = str(workshop.resolve())
    pairs.pop(key, None)
    if previous is not None:
        pairs[key] = str(previous.resolve())
    settings().setValue(KEY, json.dumps(dict(list(pairs.items())[-KEPT:])))
