"""Where an export's Save dialog opens: the folder this workshop was last exported to, else
beside its file, else the Documents folder (an unsaved workshop). Never a temporary folder
(``temporary_place``): a workshop opened from an e-mail attachment or a .zip would put its
posters and report where the mail program or Windows deletes them.
"""

from __future__ import annotations

from pathlib import Path

from wtfc.model.temporary_place import in_temporary_folder
from wtfc.ui.documents_folder import documents_or_home


def export_start_folder(workshop_file: Path | None,
                        last_folder: tuple[Path | None, Path] | None) -> Path:
    """``last_folder``: the workshop file an export was last made from, and its folder."""
    if last_folder is not None and last_folder[0] == workshop_file:
        folder = last_folder[1]
    elif workshop_file is not None:
        folder = workshop_file.parent
    else:
        return documents_or_home()
    # the folder is tested, as any file put in it would be
    return documents_or_home() if in_temporary_folder(folder / "export") else folder
