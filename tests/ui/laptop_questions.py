"""Questions asked in a QMessageBox, shown on a laptop's screen with a larger font, their
buttons measured. Run as a script (``python -m tests.ui.laptop_questions``) on an offscreen
screen set up as two laptops side by side: 1366x768 (``wide``) and 1093x615 (1366x768 at 125 %
scaling, ``scaled``); prints, per question and screen, each button's text, width and the width
its words need (``sizeHint``), as JSON, and keeps each question as a picture in build/renders.

A QMessageBox is at most min(screen width - 480, 1000) px wide on a screen wider than 1024 px
(886 on the first, 613 on the second), and its buttons are squeezed into that: the test screen
(800 wide) never shows it."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable

from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from tests.ui.renders import save_render
from wtfc.ui import typed_ahead

SCREENS = {"screens": [
    {"name": "wide", "x": 0, "y": 0, "width": 1366, "height": 768,
     "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1},
    {"name": "scaled", "x": 1366, "y": 0, "width": 1093, "height": 615,
     "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}
# (screen, points): 16 pt on the 1366 laptop, and at 125 % scaling even the usual 10 pt
SIZES = (("wide", 16.0), ("scaled", 10.0), ("scaled", 16.0))
WORDS = "Because the bus into town stopped running on Sundays and the carers"

QUESTIONS: dict[str, Callable[[], QMessageBox]] = {
    "typed_ahead_forward": lambda: typed_ahead.question(None, WORDS, 2),
    "typed_ahead_stage": lambda: typed_ahead.question(None, WORDS, 2, "Identify success"),
}


def measured(make: Callable[[], QMessageBox], screen_name: str) -> dict:
    screen = next(s for s in QGuiApplication.screens() if s.name() == screen_name)
    box = make()
    box.setScreen(screen)
    box.move(screen.geometry().topLeft())
    box.show()
    QApplication.processEvents()
    buttons = [{"text": b.text(), "width": b.width(), "needs": b.sizeHint().width(),
                "inside": b.mapTo(box, b.rect().topLeft()).x() >= 0
                and b.mapTo(box, b.rect().bottomRight()).x() < box.width()}
               for b in box.buttons()]
    out = {"box": box.width(), "screen": box.screen().name(), "buttons": buttons}
    return out | {"box_itself": box}


def main() -> None:
    app = QApplication(sys.argv[:1])
    keep = QWidget()  # noqa: F841  (a window, so the boxes' closing does not quit)
    base = QFont(app.font())
    results: dict[str, dict] = {}
    for name, make in QUESTIONS.items():
        for screen, points in SIZES:
            font = QFont(base)
            font.setPointSizeF(points)
            app.setFont(font)
            seen = measured(make, screen)
            box = seen.pop("box_itself")
            save_render(box, f"laptop_{name}_{screen}_{points:g}pt")
            box.close()
            box.deleteLater()
            results[f"{name} {screen} {points:g}"] = seen
    print(json.dumps(results))


if __name__ == "__main__":
    main()
