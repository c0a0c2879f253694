"""A test run that copied something ends with pytest's own summary and exit code.

Copy on a board puts a QMimeData made in Python on the clipboard. Offscreen, Qt holds the
clipboard in a global deleted only as the process ends, after Python: the run then crashed
(SIGSEGV, exit 139) whether its tests passed or failed, so a failing test in
tests/ui/boards/test_held_back_board_notes.py was reported as a crash, not a failure. The
tests' conftest empties the clipboard after each test (``no_clipboard_left``).
"""

from __future__ import annotations

import subprocess
import sys

import pytest

from tests.child_env import child_env

INNER = """
from PySide6.QtCore import QMimeData
from PySide6.QtGui import QGuiApplication


def test_copies(qapp):
    data = QMimeData()  # as Copy on a board makes it
    data.setText("[name] rang on [phone]")
    QGuiApplication.clipboard().setMimeData(data)
    assert QGuiApplication.clipboard().text() == "[name] rang on [phone]"
    assert OUTCOME == "passes", "failed on purpose"
"""


@pytest.mark.parametrize("outcome,code,said", [("passes", 0, "1 passed"),
                                               ("fails", 1, "1 failed")])
def test_a_run_that_copied_ends_as_its_tests_did(tmp_path, outcome, code, said):
    inner = tmp_path / "test_inner.py"
    inner.write_text(f"OUTCOME = {outcome!r}\n{INNER}")
    done = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
                           "-o", "addopts=", "-o", "qt_api=pyside6", "-p", "tests.conftest",
                           str(inner)], cwd=tmp_path, capture_output=True, text=True,
                          timeout=120, env=child_env(QT_QPA_PLATFORM="offscreen"))
    assert done.returncode == code, done.stdout[-800:] + done.stderr[-800:]
    assert said in done.stdout
