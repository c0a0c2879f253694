"""Whether a copy of wtfc has a workshop file open, read without Qt (for the command line).

The app holds a ``QLockFile`` named ``NAME.wtfc.lock`` beside the file while it is open; its
first lines are the process id, the program and the computer's name. A command-line import
into a file the app has open would be overwritten by the app's next save, so it checks here.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from wtfc.model.dates import day_month
from wtfc.model.recovery import this_host


def open_in_wtfc(path: Path) -> str | None:
    """"'NAME' is open in wtfc on HOST since TIME." when a live lock says so, else None."""
    lock = path.with_name(path.name + ".lock")
    try:
        lines = lock.read_text(encoding="utf-8", errors="replace").splitlines()
        since = dt.datetime.fromtimestamp(lock.stat().st_mtime)
    except OSError:
        return None
    pid = int(lines[0]) if lines and lines[0].strip().isdigit() else 0
    host = lines[2].strip() if len(lines) > 2 else ""
    if host.casefold() in ("", this_host().casefold()) and not _running(pid):
        return None  # left by a copy that stopped: the app itself takes such a lock over
    when = f"{since:%H:%M}"
    if since.date() != dt.date.today():
        when += f" on {day_month(since, short=True)}"
    return (f"'{path.name}' is open in wtfc on {host or 'another computer'} since {when}. "
            f"(If no one has it open, after a crash say, open it in wtfc once and this goes "
            f"away.)")


def _running(pid: int) -> bool:
    if pid <= 0:
        return False
    if os.name == "nt":  # signal 0 is CTRL_C_EVENT there: never send it; assume it runs
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # exists, but not ours to signal (or this system cannot tell)
        return True
    return True
