"""Where a file dialog opens for a workshop not saved yet: the Documents folder.

Windows apps start there (Office, Notepad), and on a council laptop OneDrive's folder backup
keeps it (``…\\OneDrive - Council\\Documents``). The home folder is ``C:\\Users\\name`` there,
among AppData and Saved Games: a workshop saved in it with one click is not backed up. The home
folder is used only when there is no Documents folder (a Linux desktop without one).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths


def documents_or_home() -> Path:
    """The user's Documents folder if it exists, else their home folder."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if found and Path(found).is_dir():
        return Path(found)
    return Path.home()
