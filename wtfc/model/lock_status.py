"""Whether a copy of wtfc has a workshop file open, read without Qt (for the command line).

The app holds a ``QLockFile`` named ``NAME.wtfc.lock`` beside the file while it is open; its
first lines are the process id, the program and the computer's name. A command-line import
into a file the app has open would be overwritten by the app's next save, so it checks here.
Also how a lock's time is said (``since_words``, ``left_long_ago``), here and in the app: a lock
left a year ago by a laptop that crashed must not read like yesterday's.
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
    here = host.casefold() in ("", this_host().casefold())  # its process runs: it is open
    old = "" if here else left_long_ago(since)
    return (f"'{path.name}' is open in wtfc on {host or 'another computer'} since "
            f"{since_words(since)}.{old} (If no one has it open, after a crash say, open it in "
            f"wtfc once and this goes away.)")


OLD_LOCK_DAYS = 7  # younger: a weekend, a laptop asleep; nothing said of its age
# a copy kept open this long (a month, never closed or restarted) is hardly likely
CLOSED_LOCK_DAYS = 30


def since_words(since: dt.datetime, today: dt.date | None = None, *, short: bool = True) -> str:
    """ "10:20", "10:20 on 29 Nov", "10:20 on 29 Nov 2025": the year when it is not this year's
    (a lock from last November read as this November's). ``short``: False for "November"."""
    today = today or dt.date.today()
    if since.date() == today:
        return f"{since:%H:%M}"
    day = day_month(since, short=short)
    return f"{since:%H:%M} on {day}" + ("" if since.year == today.year else f" {since.year}")


def left_long_ago(since: dt.datetime, today: dt.date | None = None) -> str:
    """ " That was over a year ago, so …": said of another computer's lock taken a week or
    more ago (wtfc cannot see that computer's programs: the lock's age is the only cue that
    "Open anyway (that copy is closed)" is safe); "" for a newer one. The lock's time is when
    the file was opened, never since refreshed: a workshop left open on the office PC from one
    Friday to the next is a week old and still open, so under ``CLOSED_LOCK_DAYS`` either is
    said (a week's lock was called "almost certainly closed")."""
    days = ((today or dt.date.today()) - since.date()).days
    if days < OLD_LOCK_DAYS:
        return ""
    if days < 14:
        ago = f"{days} days ago"
    elif days < 61:
        ago = f"{days // 7} weeks ago"
    elif days < 365:
        ago = f"{days // 30} months ago"
    else:
        ago = "over a year ago" if days < 730 else f"over {days // 365} years ago"
    if days < CLOSED_LOCK_DAYS:
        return (f" That was {ago} (when it was opened there): it may still be open there, or "
                f"that copy of wtfc stopped without closing the file.")
    return (f" That was {ago}, so that copy of wtfc is almost certainly closed (it stopped "
            f"without closing the file).")


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
