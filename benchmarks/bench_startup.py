"""Start-up: process spawn → main window shown with the demo (offscreen), beside a bare-Qt floor.

Each sample is a fresh interpreter; the figure is the median of warm runs (the first run, which
fills the page cache, is dropped). Floor and app runs alternate, so a machine that speeds up or
slows down during the run (as shared machines do) moves both figures alike.
``startup.ratio`` is cold_ms / floor_ms (goal <= 2.5). ``startup.instr_ratio`` is the same
ratio in instructions (callgrind), which the machine's drift does not move.
Byte-code is compiled first, as an installed app has it (pip compiles on install): a checkout
run with PYTHONDONTWRITEBYTECODE would otherwise compile every module on every start.
"""

from __future__ import annotations

import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

RUNS = 7

FLOOR = """
import os
from PySide6.QtWidgets import QApplication, QMainWindow, QGraphicsView
app = QApplication([])
w = QMainWindow(); w.setCentralWidget(QGraphicsView()); w.resize(1920, 1080); w.show()
app.processEvents()
os._exit(0)
"""

APP = """
import os
from wtfc.ui.application import make_application
app = make_application()
from wtfc.ui.application import open_window
w = open_window(demo=True)  # the very steps `wtfc --demo` takes before its event loop
app.processEvents()
os._exit(0 if w.isVisible() and w.isMaximized() and len(w.doc.workshop.cards) == 96 else 3)
"""

# One 1920×1080 screen for both, and a fresh home: a first start, with no window size, recent
# file or recovery copy remembered from an earlier run, so the app opens maximised to the size
# the floor's window is given.
SCREEN = {"screens": [{"name": "bench", "x": 0, "y": 0, "width": 1920, "height": 1080,
                       "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}


def _env(home: str) -> dict[str, str]:
    import json

    config = os.path.join(home, "screen.json")
    if not os.path.exists(config):
        with open(config, "w") as out:
            json.dump(SCREEN, out)
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}", HOME=home,
               XDG_CONFIG_HOME=os.path.join(home, "config"),
               XDG_DATA_HOME=os.path.join(home, "data"),
               XDG_CACHE_HOME=os.environ.get("XDG_CACHE_HOME",
                                             os.path.expanduser("~/.cache")))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def _time(code: str) -> float:
    with tempfile.TemporaryDirectory() as home:  # each start a first one: an app stopped by
        env = _env(home)  # os._exit leaves its recovery folder, which the next would look at
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], check=True, env=env)
        return (time.perf_counter() - start) * 1000


def _instructions(codes: list[str]) -> list[float]:
    """Millions of instructions each start-up runs, counted by callgrind (both at once, one per
    core). Unlike the times, the count does not drift with the machine's speed, so it shows
    what a change saved; valgrind missing gives NaN."""
    if shutil.which("valgrind") is None:
        return [float("nan")] * len(codes)
    with tempfile.TemporaryDirectory() as folder, tempfile.TemporaryDirectory() as home:
        env = _env(home)
        runs = [subprocess.Popen(
            ["valgrind", "--tool=callgrind", f"--callgrind-out-file={folder}/cg.{i}",
             sys.executable, "-c", code], env=env, stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE, text=True) for i, code in enumerate(codes)]
        counts = []
        for process in runs:
            _, err = process.communicate()
            found = re.search(r"Collected\s*:\s*(\d+)", err)
            counts.append(int(found[1]) / 1e6 if found else float("nan"))
    return counts


def run() -> dict[str, float]:
    import compileall
    from pathlib import Path

    import wtfc

    compileall.compile_dir(str(Path(wtfc.__file__).parent), quiet=1)
    _time(FLOOR), _time(APP)  # warm the page cache
    floors, colds = [], []
    for _ in range(RUNS):
        floors.append(_time(FLOOR))
        colds.append(_time(APP))
    floor_instr, cold_instr = _instructions([FLOOR, APP])
    floor, cold = statistics.median(floors), statistics.median(colds)
    return {"startup.cold_ms": round(cold, 1), "startup.floor_ms": round(floor, 1),
            "startup.ratio": round(cold / floor, 2),
            "startup.cold_minstr": round(cold_instr, 1),
            "startup.floor_minstr": round(floor_instr, 1),
            "startup.instr_ratio": round(cold_instr / floor_instr, 2)}
