"""Drives the real app for the crash tests (given to it as ``WTFC_TEST_SCRIPT``).

``WTFC_CRASH_MODE=edit``: adds cards "edit N" on random timers (10-400 ms apart, now and then
a Save), and after each edit appends "N UNIX-TIME" to ``WTFC_CRASH_LOG``, until it is killed.
``WTFC_CRASH_MODE=type``: types ``TYPED`` into Prepare's Purpose a key at a time (10-60 ms apart)
and never leaves the box, appending "N UNIX-TIME" after the N-th character, until it is killed.
``WTFC_CRASH_MODE=recover``: answers the start-up recovery dialog with Restore, saves the
restored workshop over its file, closes the window (a clean exit) and writes "done" to the log.
"""

from __future__ import annotations

import os
import random
import time

from PySide6.QtCore import QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QPushButton

from wtfc.model.operations.cards import add_card
from wtfc.model.workshop import Kind, Stage

TYPED = " ".join(f"word{n}" for n in range(1, 1000))  # the Purpose, typed on until the kill


def run(window) -> None:
    log = open(os.environ["WTFC_CRASH_LOG"], "a", buffering=1, encoding="utf-8")  # noqa: SIM115
    if os.environ.get("WTFC_CRASH_MODE") == "recover":
        _recover(window, log)
    elif os.environ.get("WTFC_CRASH_MODE") == "type":
        _type(window, log, random.Random(int(os.environ.get("WTFC_CRASH_SEED", "0"))))
    else:
        _edit(window, log, random.Random(int(os.environ.get("WTFC_CRASH_SEED", "0"))))


def _edit(window, log, rng: random.Random) -> None:
    count = [0]

    def step() -> None:
        count[0] += 1
        n = count[0]
        window.undo.push(add_card(window.doc, kind=Kind.NOT_WORKING, text=f"edit {n}"))
        log.write(f"{n} {time.time():.4f}\n")  # line-buffered: the OS has it even after SIGKILL
        if rng.random() < 0.08:
            window.files.save()
        QTimer.singleShot(rng.randint(10, 400), step)

    QTimer.singleShot(50, step)


def _type(window, log, rng: random.Random) -> None:
    box = window.page(Stage.PREPARE).purpose
    count = [0]

    def step() -> None:
        if count[0] == 0:  # the keyboard in the box, as a click puts it there
            window.activateWindow()
            box.setFocus()
        QTest.keyClicks(box, TYPED[count[0]])
        count[0] += 1
        log.write(f"{count[0]} {time.time():.4f}\n")
        QTimer.singleShot(rng.randint(10, 60), step)

    QTimer.singleShot(50, step)


def _recover(window, log) -> None:
    def answer() -> None:  # runs inside the dialog's loop (offer_recovery was queued first)
        dialog = QApplication.activeModalWidget()
        if dialog is None or dialog.objectName() != "recovery_dialog":
            log.write("not offered\n")
            QApplication.quit()
            return
        log.write("offered\n")
        dialog.findChild(QPushButton, "restore").click()
        QTimer.singleShot(0, finish)

    def finish() -> None:
        if window.files.save():
            window.close()
            log.write("done\n")
        QApplication.quit()

    QTimer.singleShot(0, answer)
