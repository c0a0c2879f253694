"""Draw the README's pictures (docs/*.png) again from the app as it is now, on the demo.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/docs_pictures.py [NAME ...]

NAME is any of main-window, wall, suggestions, room, poster (all when none is given). Each is
made as the README's caption says: the main window at 1600×950 on Understand's why-tree and on
the Theme stage's wall as it opens, the suggestions for the demo's Future cards not yet in a theme at
1920×1080, the room view of the wall at 1920×1080, and the first theme poster at 60 dpi.
Settings go to a temporary folder, so the pictures never depend on this machine's recent files.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
sys.path.insert(0, str(ROOT))  # this checkout's wtfc, not whichever one is installed


def _settle(ms: int = 600) -> None:
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def _window(width: int, height: int):
    from wtfc.model.demo import demo_path
    from wtfc.ui.main_window import MainWindow

    window = MainWindow()
    window.files.open_path(demo_path(), as_copy=True, confirmed=True)
    window.resize(width, height)
    window.show()
    _settle()
    return window


def main_window() -> None:
    from wtfc.model.workshop import Stage

    window = _window(1600, 950)
    window.go_to_stage(Stage.UNDERSTAND)
    page = window.page(Stage.UNDERSTAND)
    page.setCurrentWidget(page.causes)
    _settle()
    window.grab().save(str(DOCS / "main-window.png"))
    window.close()


def wall() -> None:
    from wtfc.model.workshop import Stage

    window = _window(1600, 950)
    window.go_to_stage(Stage.THEME)
    _settle()
    window.grab().save(str(DOCS / "wall.png"))
    window.close()


def suggestions() -> None:
    from wtfc.model.workshop import Stage

    window = _window(1920, 1080)
    window.go_to_stage(Stage.THEME)
    _settle()
    actions = window.page(Stage.THEME).wall_actions
    actions.filter_actions["future"].trigger()
    actions.show_suggestions.trigger()
    _settle()
    actions.suggest.trigger()
    _settle(8000)  # the grouping runs on a worker
    window.grab().save(str(DOCS / "suggestions.png"))
    window.close()


def _command(*args: str) -> None:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    subprocess.run([sys.executable, "-m", "wtfc", *args], check=True, env=env)


def room() -> None:
    _command("render", "demo", "--view", "room", "-o", str(DOCS / "room.png"),
             "--size", "1920x1080")


def poster() -> None:
    with tempfile.TemporaryDirectory() as folder:
        pdf = Path(folder) / "posters.pdf"
        _command("export", "posters", "demo", "-o", str(pdf))
        subprocess.run(["pdftoppm", "-r", "60", "-png", "-f", "1", "-l", "1", "-singlefile",
                        str(pdf), str(DOCS / "poster")], check=True)


PICTURES: dict[str, Callable[[], None]] = {
    "main-window": main_window, "wall": wall, "suggestions": suggestions, "room": room,
    "poster": poster,
}


def main(names: list[str]) -> int:
    unknown = [n for n in names if n not in PICTURES]
    if unknown:
        print(f"Unknown picture: {', '.join(unknown)} (choose from {', '.join(PICTURES)})",
              file=sys.stderr)
        return 2
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QMessageBox

    from wtfc.ui.application import make_application

    app = make_application()
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tempfile.mkdtemp())
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, tempfile.mkdtemp())
    # a demo copy is unsaved: closing the window must not stop at "Save changes?"
    QMessageBox.question = lambda *a, **k: QMessageBox.StandardButton.Discard  # type: ignore[method-assign]
    for name in names or list(PICTURES):
        PICTURES[name]()
        print(f"Drew docs/{name}.png")
    app.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
