"""The tests' shared QApplication, as a render run in the tests' process should leave it.

``main_render`` makes the app's QApplication as a start does (``make_application``): in the
tests' process that is the shared one, and it kept the placeholder palette, the focus ring, the
tip filter and the app's name for every later test in the worker. A file whose tests call
``main_render`` imports ``app_as_found`` and uses it (``pytestmark``): render then gets the
shared application untouched (the set-up has tests of its own: test_focus_ring.py,
test_placeholder_contrast.py, test_tip_wrap.py). ``left_as_found`` asserts that it was."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from wtfc.ui import application


@pytest.fixture
def app_as_found(qapp, monkeypatch):
    """Render gets the shared application as it is, without the app's set-up."""
    monkeypatch.setattr(application, "make_application", lambda _argv=None: qapp)


def app_state(app: QApplication) -> tuple:
    """What the app's set-up changes on the application: its palette (the placeholder grey),
    its marks for the focus ring and the tip filter, its names, and the objects of wtfc's own
    kinds it adds (``FocusRing``, ``TipWrap``; a view drawn makes Qt's own, which are not its)."""
    return (QPalette(app.palette()), app.property("wtfc focus ring"),
            app.property("wtfc tips wrapped"), app.applicationName(), app.organizationName(),
            app.applicationDisplayName(), sorted(type(child).__name__ for child in app.children()
                                                 if type(child).__module__.startswith("wtfc")))


@contextmanager
def left_as_found() -> Iterator[None]:
    """The body (a render) leaves the shared application as it was, once the set-up's queued
    steps (a timer that starts a timer) would have run too."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = app_state(app)
    yield
    for _ in range(5):
        QCoreApplication.processEvents()
    assert app_state(app) == before, "the app's set-up was left on the tests' application"
