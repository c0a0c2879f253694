"""Ctrl+S as the window does it, on the generated 10,000-card workshop (bench_file's):
``FileController.save_to`` after one card is edited, with everything a save does besides
writing the file (the recovery copy is off: no autosaver, as in tests). The goal is the
file's own ``file.save_ms@10000`` plus a little: review A1 (session 29) found every save
~850 ms slower from re-reading both files to tell whether words were taken off, which
``file.save_ms`` could not see.
"""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from pathlib import Path

RUNS = 7


def run() -> dict[str, float]:
    with tempfile.TemporaryDirectory() as home:  # no settings or recent files of the user's
        os.environ.update(QT_QPA_PLATFORM="offscreen", HOME=home,
                          XDG_CONFIG_HOME=os.path.join(home, "config"),
                          XDG_DATA_HOME=os.path.join(home, "data"),
                          WTFC_RECOVERY_DIR=os.path.join(home, "recovery"))
        from PySide6.QtWidgets import QApplication

        app = QApplication.instance() or QApplication([])
        from benchmarks.bench_file import generated_workshop
        from wtfc.model.operations.cards import edit_card
        from wtfc.model.storage import save_workshop
        from wtfc.ui.main_window import MainWindow

        path = Path(home) / "big.wtfc"
        save_workshop(generated_workshop(10_000), path, backup=False)
        window = MainWindow()
        assert window.files.open_path(path)
        app.processEvents()
        times = []
        for run in range(RUNS):
            window.undo.push(edit_card(window.doc, card_id=f"c{run:05d}", text=f"Edited {run}"))
            start = time.perf_counter()
            assert window.files.save_to(path)
            times.append((time.perf_counter() - start) * 1000)
        window.files.closed_cleanly()
        window.close()
    return {"file.ui_save_ms@10000": round(statistics.median(times), 1)}
