"""The permissions a file wtfc writes should have: those of the file it replaces, else what
the user's umask gives any new file (``-rw-r--r--`` under the usual 022); wtfc's private copies get
``PRIVATE_FILE_MODE`` in ``PRIVATE_FOLDER_MODE`` folders.

Files are written through ``tempfile.mkstemp``, which makes them private (0600) whatever the
umask: without a chmod a report saved to a shared folder could not be read by the colleagues it
was made for, and replacing a file would drop the permissions someone had given it.
"""

from __future__ import annotations

import os
from pathlib import Path

# wtfc's own copies (recovery snapshots) hold names not yet redacted: on a laptop shared by
# several accounts only this user may read them, whatever the umask
PRIVATE_FILE_MODE = 0o600
PRIVATE_FOLDER_MODE = 0o700


def file_mode(path: Path) -> int:
    """The old file's permissions, or what a new file gets under the user's umask."""
    try:
        return path.stat().st_mode & 0o777
    except OSError:
        return 0o666 & ~current_umask()


def current_umask() -> int:
    # Linux says it in /proc, which leaves the process's umask alone: setting it to read it
    # would, for a moment, apply the wrong one to a file another thread is creating.
    try:
        with open("/proc/self/status", encoding="ascii", errors="replace") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    umask = os.umask(0o022)
    os.umask(umask)
    return umask
