"""Fixtures for the Collect page's tests: the small workshop of ``collect_fixtures`` as ``doc``
(a test module may give its own), and the page shown at a size or squeezed into a window.

Helper functions the test files import are in ``collect_helpers``, never here: which
``conftest`` Python finds by that name depends on which folders a run collects.
"""

from __future__ import annotations

import pytest
from collect_fixtures import collect_document
from PySide6.QtWidgets import QWidget

from wtfc.model.document import Document
from wtfc.ui.cards_page import CardsPage
from wtfc.ui.undo import UndoAdapter


@pytest.fixture
def doc():
    return collect_document()


@pytest.fixture
def shown_page(show, doc, undo):
    """``shown_page(width, height, other=None)``: the Collect page shown at that size, on the
    test's ``doc`` and ``undo``, or on the document ``other`` with an undo of its own."""

    def shown(width: int = 1500, height: int = 720, other: Document | None = None):
        if other is None:
            return show(CardsPage(doc, undo), width, height)
        return show(CardsPage(other, UndoAdapter(other)), width, height)

    return shown


@pytest.fixture
def page(shown_page):
    return shown_page()


@pytest.fixture
def squeezed_page(qtbot, doc, undo):
    """``squeezed_page(width, height, other=None)``: the page inside a window of that size, as
    the main window's stage page is, squeezed below its own wish (a 1366×768 laptop at 150%
    leaves it 675-911 px wide); on ``doc`` or on ``other`` as ``shown_page``."""

    windows = []  # kept for the test: qtbot holds a window weakly, and the page dies with it

    def squeezed(width: int, height: int, other: Document | None = None):
        window = QWidget()
        windows.append(window)
        qtbot.addWidget(window)
        window.resize(width, height)
        if other is None:
            page = CardsPage(doc, undo, window)
        else:
            page = CardsPage(other, UndoAdapter(other), window)
        page.setGeometry(0, 0, width, height)
        window.show()
        qtbot.waitExposed(window)
        return page

    yield squeezed
