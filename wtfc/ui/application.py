"""Start the desktop app: QApplication, the main window, the file or demo to open."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from wtfc import __version__
from wtfc.model.demo import demo_path


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setApplicationName("wtfc")
    app.setOrganizationName("wtfc")
    app.setApplicationDisplayName("wtfc — Working Together for Change")
    app.setApplicationVersion(__version__)
    return app  # type: ignore[return-value]


def run_app(*, file: str | None = None, demo: bool = False) -> int:
    app = make_application()
    from wtfc.ui.main_window import MainWindow

    window = MainWindow()
    if demo:
        window.files.open_path(demo_path(), as_copy=True, confirmed=True)
    elif file:
        window.files.open_path(Path(file), confirmed=True)
    window.show()
    return app.exec()
