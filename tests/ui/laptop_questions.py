"""Questions asked in a QMessageBox, shown on a laptop's screen with a larger font, their
buttons measured. Run as a script (``python -m tests.ui.laptop_questions``) on an offscreen
screen set up as two laptops side by side: 1366x768 (``wide``) and 1093x615 (1366x768 at 125 %
scaling, ``scaled``); prints, per question and screen, each button's text, width and the width
its words need (``sizeHint``), as JSON, and keeps each question as a picture in build/renders.

A QMessageBox is at most min(screen width - 480, 1000) px wide on a screen wider than 1024 px
(886 on the first, 613 on the second), and its buttons are squeezed into that: the test screen
(800 wide) never shows it."""

from __future__ import annotations

import datetime as dt
import json
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from tests.ui.renders import save_render
from wtfc.model.errors import WorkshopFileError
from wtfc.model.storage import backup_path, load_workshop, save_workshop
from wtfc.model.versions import newest_readable
from wtfc.model.workshop import Workshop
from wtfc.ui import typed_ahead
from wtfc.ui.earlier_version_offer import offer_box

SCREENS = {"screens": [
    {"name": "wide", "x": 0, "y": 0, "width": 1366, "height": 768,
     "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1},
    {"name": "scaled", "x": 1366, "y": 0, "width": 1093, "height": 615,
     "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}
# (screen, points): 16 pt on the 1366 laptop, and at 125 % scaling even the usual 10 pt
SIZES = (("wide", 16.0), ("scaled", 10.0), ("scaled", 16.0))
WORDS = "Because the bus into town stopped running on Sundays and the carers"



def earlier_version_in_berlin() -> QMessageBox:
    """A damaged workshop whose kept version was saved the night the clocks went back, on a
    laptop in Berlin: "… at 02:10 (after the clocks went back)" (review 34 R6-5)."""
    os.environ["TZ"] = "Europe/Berlin"
    time.tzset()
    path = Path(tempfile.mkdtemp()) / "spring.wtfc"
    save_workshop(Workshop(title="As at 02:10"), backup_path(path, 1))
    stamp = dt.datetime(2026, 10, 25, 1, 10, tzinfo=dt.UTC).timestamp()
    os.utime(backup_path(path, 1), (stamp, stamp))
    path.write_bytes(b'{"format": 6, "title": "dam')
    try:
        load_workshop(path)
    except WorkshopFileError as exc:
        found = newest_readable(path)
        assert found is not None
        return offer_box(None, path, exc, found[0])
    raise AssertionError("the damaged file opened")


QUESTIONS: dict[str, Callable[[], QMessageBox]] = {
    "typed_ahead_forward": lambda: typed_ahead.question(None, WORDS, 2),
    "typed_ahead_stage": lambda: typed_ahead.question(None, WORDS, 2, "Identify success"),
    "earlier_version_berlin": earlier_version_in_berlin,
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
    out = {"box": box.width(), "screen": box.screen().name(), "buttons": buttons,
           "words": f"{box.text()}\n{box.informativeText()}"}
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
