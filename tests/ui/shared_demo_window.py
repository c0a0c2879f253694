"""``module_demo_window``: one shown window on a copy of the demo for a whole test module,
made as the ``demo_window`` fixture makes it (its own settings folder; closing discards), for
modules whose tests only go to pages and read them. Use from a module-scoped fixture:
``yield from module_demo_window(tmp_path_factory)``."""

from __future__ import annotations

import pytest


def module_demo_window(tmp_path_factory):
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QMessageBox

    from wtfc.model.demo import demo_path
    from wtfc.ui.main_window import MainWindow

    with pytest.MonkeyPatch.context() as patch:
        QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope,
                          str(tmp_path_factory.mktemp("settings")))
        patch.setattr(QMessageBox, "question",  # closing discards the demo's copy
                      lambda *a, **k: QMessageBox.StandardButton.Discard)
        w = MainWindow()
        w.files.open_path(demo_path(), as_copy=True, confirmed=True)
        w.resize(1400, 900)
        w.show()
        yield w
        w.close()
        w.deleteLater()
