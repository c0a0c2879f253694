# ruff: noqa: F811
"""A dialog that fits itself to the screen (the action dialog, Import) must not take the screen
with it when it is freed: asking ``dialog.screen()`` from Python made PySide's one shared QScreen
object the dialog's child, so once the dialog was gone the room view's kept screen was "already
deleted" and Room view > Show ticked its menu but showed nothing until wtfc restarted (review 23
monkey F1)."""
from __future__ import annotations

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QWidget
from window_fixtures import isolated_settings, shown_window  # noqa: F401

from wtfc.ui.screen_fit import available_geometry


def test_a_freed_dialog_leaves_the_screen_alive(qtbot):
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # earlier tests' widgets
    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    screen = QGuiApplication.primaryScreen()  # as the room view keeps it
    dialog = QDialog(window)
    dialog.show()
    assert available_geometry(dialog) == screen.availableGeometry()
    dialog.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert shiboken6.isValid(screen)
    assert screen.availableGeometry().isValid()


def test_the_room_view_shows_after_a_dialog_fitted_to_the_screen(shown_window, qtbot):
    window = shown_window
    window.files.open_demo()
    room = window.room
    room.act_show.trigger()
    qtbot.waitUntil(room.window.isVisible, timeout=3000)
    room.act_show.trigger()  # shown, then hidden again
    dialog = QDialog(window)  # as the action dialog and Import fit themselves
    dialog.show()
    available_geometry(dialog)
    dialog.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    room.act_show.trigger()
    qtbot.waitUntil(room.window.isVisible, timeout=3000)
