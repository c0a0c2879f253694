"""Whoever is at the laptop when a dialog or a popup menu comes up: a hurried facilitator.

Each is answered as it takes the keyboard (the application's focus window changes), never
before: a menu closed ahead of the window system's "menu shown and active" left the closed
menu's window the active one (see tests/ui/boards/test_success_menu.py). A slow watch answers
anything that never took the keyboard. A dialog gets words in its boxes, sometimes a checkbox
or one of its own buttons pressed first (the people dialog's Remove, an action's dates: up to
four rounds), then OK (4 in 5) or Cancel; a message box its default button or, half the time,
any of its buttons; a menu one of its items (7 in 10) or Esc.
"""

from __future__ import annotations

import random

import shiboken6
from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QInputDialog,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTextEdit,
    QWidget,
)

from tests.fuzz.choices import allowed, words

ROUNDS = 4  # a dialog's own buttons pressed before it is answered
TRIES = 25  # OK and Cancel tried on one dialog before it is said to be stuck
ANSWERED = "fuzz_answered"  # property: how often the dialog was answered
WATCH_MS = 250  # for a dialog that never takes the keyboard


class Answerer:
    def __init__(self, rng: random.Random, log: list[str], problems: list[str]) -> None:
        self.rng, self.log, self.problems = rng, log, problems
        self.checking = False  # the walk's checks: a question about steps to redo is "Drop"
        self._busy: set[QWidget] = set()  # answering now (a press may open a dialog in it)
        self._waiting: QWidget | None = None  # a popup up at the watch's last look
        self._watch = QTimer(interval=WATCH_MS)
        self._watch.timeout.connect(self._on_watch)
        self._watch.start()
        QGuiApplication.instance().focusWindowChanged.connect(self._on_focus_window_changed)

    def stop(self) -> None:
        self._watch.stop()
        QGuiApplication.instance().focusWindowChanged.disconnect(self._on_focus_window_changed)

    def _on_focus_window_changed(self, _window) -> None:
        QTimer.singleShot(0, self.answer)  # once the window system has finished showing it

    def _on_watch(self) -> None:
        popup = QApplication.activePopupWidget()
        waited, self._waiting = self._waiting, popup
        self.answer(force=popup is not None and popup is waited)

    def answer(self, *, force: bool = False) -> None:
        """``force``: a popup answered though it never took the keyboard."""
        popup = QApplication.activePopupWidget()
        if popup is not None:
            if force or QGuiApplication.focusWindow() is popup.windowHandle():
                self._answer_popup(popup)  # else: once shown and active
            return
        modal = QApplication.activeModalWidget()
        if modal is None or modal in self._busy:
            return
        self._busy.add(modal)
        try:
            self._answer_modal(modal)
        finally:
            self._busy.discard(modal)

    def _answer_popup(self, popup: QWidget) -> None:
        items = [a for a in popup.actions() if a.isEnabled() and not a.isSeparator()
                 and a.menu() is None and allowed(a.text())] if isinstance(popup, QMenu) else []
        if items and self.rng.random() < 0.7:
            item = self.rng.choice(items)
            self.log.append(f"  menu → {item.text()!r}")
            popup.close()  # as a click does: the menu goes, then the item acts
            item.trigger()
        else:
            popup.close()  # Esc; a list dropped from a box too

    def _answer_modal(self, modal: QWidget) -> None:
        if isinstance(modal, QMessageBox):
            self._answer_box(modal)
        elif isinstance(modal, QInputDialog):
            if modal.inputMode() == QInputDialog.InputMode.TextInput:
                modal.setTextValue(words(self.rng))
            self.log.append(f"  asked {modal.labelText()[:50]!r} → {modal.textValue()!r}")
            (modal.accept if self.rng.random() < 0.85 else modal.reject)()
        elif isinstance(modal, QDialog):
            self._answer_dialog(modal)
        else:
            modal.close()

    def _answer_box(self, box: QMessageBox) -> None:
        buttons = [b for b in box.buttons() if b.isVisible() and b.isEnabled()]
        drop = [b for b in buttons if "drop" in b.text().lower()]
        if self.checking and drop:  # undo all the way: the check's own question
            chosen = drop[0]
        elif buttons and self.rng.random() < 0.5:
            chosen = self.rng.choice(buttons)
        else:
            chosen = box.defaultButton() or (buttons[0] if buttons else None)
        self.log.append(f"  box {box.text()[:70]!r} → {chosen.text() if chosen else 'closed'!r}")
        if chosen is None:
            box.close()
        else:
            chosen.click()

    def _answer_dialog(self, dialog: QDialog) -> None:
        rng, title = self.rng, f"{type(dialog).__name__} {dialog.windowTitle()!r}"
        rounds = dialog.property(ANSWERED) or 0  # on the dialog: an id goes to the next one
        dialog.setProperty(ANSWERED, rounds + 1)
        if rounds == ROUNDS + TRIES:  # neither OK nor Cancel (then Discard) closes it
            self.problems.append(f"{title} would not close: OK and Cancel tried {TRIES} times")
            QDialog.done(dialog, QDialog.DialogCode.Rejected)  # past its own reject()
            return
        if rounds < ROUNDS and rng.random() < 0.45:
            presses = [b for b in dialog.findChildren(QCheckBox) if b.isVisible() and b.isEnabled()]
            presses += [b for b in dialog.findChildren(QPushButton)
                        if b.isVisible() and b.isEnabled()
                        and allowed(b.text(), ("ok", "cancel", "close", "save"))]
            if presses:
                pressed = rng.choice(presses)
                self.log.append(f"  in {title}: press {pressed.text()!r}")
                pressed.click()  # a dialog it opens takes the keyboard and is answered first
                QTimer.singleShot(0, self.answer)  # then this one again
                return
        for box in (*dialog.findChildren(QLineEdit), *dialog.findChildren(QPlainTextEdit),
                    *dialog.findChildren(QTextEdit)):
            if box.isVisible() and box.isEnabled() and not box.isReadOnly() \
                    and rng.random() < 0.6:
                (box.setText if isinstance(box, QLineEdit) else box.setPlainText)(words(rng))
        ok = None
        for buttons in dialog.findChildren(QDialogButtonBox):
            ok = buttons.button(QDialogButtonBox.StandardButton.Ok) \
                or buttons.button(QDialogButtonBox.StandardButton.Save) or ok
        if rng.random() < 0.8:
            self.log.append(f"  dialog {title} → OK")
            if ok is not None and ok.isEnabled():
                ok.click()
            else:
                dialog.accept()
            QTimer.singleShot(0, lambda: self._give_up(dialog))
        else:
            self.log.append(f"  dialog {title} → Cancel")
            dialog.reject()

    def _give_up(self, dialog: QDialog) -> None:
        """OK refused (the dialog said why): Cancel, as a facilitator in a hurry would."""
        if shiboken6.isValid(dialog) and dialog.isVisible() \
                and QApplication.activeModalWidget() is dialog:
            self.log.append("  (the dialog stayed: Cancel)")
            dialog.reject()
