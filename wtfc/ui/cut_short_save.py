"""What a save cut short (a copy of wtfc that stopped mid-save) left beside a workshop file,
cleared once this copy holds the file's lock: on opening it, and before crashed sessions are
offered (``recovery_tidy``). Its own module so ``file_controller`` has room for its work."""

from __future__ import annotations

from pathlib import Path

from wtfc.model.storage import remove_stale_temporaries

KEPT_VERSIONS = 3  # NAME.wtfc.bak, .bak2, .bak3: what every save keeps


def tidy_after_crash(path: Path, *, writer_gone: bool) -> None:
    """What a save of ``path`` cut short left beside it, removed while its lock is held here:
    its temporaries (at once when the copy of wtfc that wrote them is gone), and the version
    it replaced, kept as ``.bak`` at last. An export's temporary in the folder goes once it
    is surely not being written: now if it is old enough, else that long after (no lock says
    whose it is, and the restart straight after a crash is when a facilitator looks)."""
    from wtfc.model import temporary_files
    from wtfc.model.atomic_save import finish_cut_short_save

    remove_stale_temporaries(path, writer_gone=writer_gone)
    folder = path.parent
    temporary_files.remove_stale_export_temporaries(folder)
    if writer_gone:  # it may have been exporting here as it stopped
        from PySide6.QtCore import QTimer

        QTimer.singleShot((temporary_files.EXPORT_STALE_SECONDS + 1) * 1000,
                          lambda: temporary_files.remove_stale_export_temporaries(folder))
    if path.is_file():
        finish_cut_short_save(path, KEPT_VERSIONS)
