"""Edit > History: a row chosen far back, on a 3,000-card workshop (bench_wall's generated one,
96 themes) with the wall on screen. ``history.jump_ms@3000``: 150 moves made on the wall (half
a morning's), then History's row before them chosen, until the window has caught up; and
``history.jump_forward_ms@3000``: the last row chosen again. Review R3 (session 33) found each
step of a jump laid out the wall and its outline again: 12–14 s back, 17 s forward, where one
Ctrl+Z takes ~0.1 s. Measured once each: the moves before them take ~15 s.
"""

from __future__ import annotations

import os
import random
import tempfile
import time
from pathlib import Path

CARDS, MOVES = 3000, 150


def run() -> dict[str, float]:
    with tempfile.TemporaryDirectory() as home:  # no settings or recent files of the user's
        os.environ.update(QT_QPA_PLATFORM="offscreen", HOME=home,
                          XDG_CONFIG_HOME=os.path.join(home, "config"),
                          XDG_DATA_HOME=os.path.join(home, "data"),
                          WTFC_RECOVERY_DIR=os.path.join(home, "recovery"))
        from PySide6.QtCore import QEvent, QItemSelectionModel
        from PySide6.QtWidgets import QApplication

        app = QApplication.instance() or QApplication([])
        from benchmarks.bench_wall import _workshop
        from wtfc.model.storage import save_workshop
        from wtfc.model.workshop import Stage
        from wtfc.ui.main_window import MainWindow

        def caught_up() -> None:  # as the event loop would, deferred deletes too
            for _ in range(3):
                app.processEvents()
                app.sendPostedEvents(None, QEvent.Type.DeferredDelete)

        path = Path(home) / "big.wtfc"
        save_workshop(_workshop(CARDS), path, backup=False)
        window = MainWindow()
        assert window.files.open_path(path)
        window.resize(1400, 900)
        window.show()
        window.go_to_stage(Stage.THEME)
        caught_up()
        panel, doc, pick = window.page(Stage.THEME), window.doc, random.Random(1)
        start = window.undo.stack.index()
        for _ in range(MOVES):  # what Alt+n and a drag both end in
            source = pick.choice([t for t in doc.workshop.themes if t.card_ids])
            to = pick.choice([t for t in doc.workshop.themes
                              if t.kind == source.kind and t.id != source.id])
            panel.gestures.drop([(source.card_ids[0], source.id)], to.id)
            caught_up()
        end = window.undo.stack.index()
        assert end - start == MOVES
        window.history_dock.show()
        caught_up()
        view = window.history_dock.widget()
        figures = {}
        for name, row in (("history.jump_ms@3000", start),
                          ("history.jump_forward_ms@3000", end)):
            began = time.perf_counter()
            view.selectionModel().setCurrentIndex(
                view.model().index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect)
            caught_up()
            figures[name] = round((time.perf_counter() - began) * 1000, 1)
            assert window.undo.stack.index() == row
        window.undo.stack.setClean()  # closing asks nothing
        window.close()
    return figures


if __name__ == "__main__":
    for figure, value in run().items():
        print(f"{figure:36s} {value}")
