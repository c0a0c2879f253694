"""Fixtures for the tests of Prepare's page: a new workshop as ``doc`` and the page shown at
900×700, where "Who's in the room" and "The day's plan" are both in sight.

Helper functions the test files import are in ``prepare_helpers``, never here: which
``conftest`` Python finds by that name depends on which folders a run collects.
"""

from __future__ import annotations

import pytest

from wtfc.model.document import Document
from wtfc.model.workshop import Workshop
from wtfc.ui.details_page import DetailsPage


@pytest.fixture
def doc():
    return Document(Workshop(title="Spring reviews"))


@pytest.fixture
def page(show, doc, undo):
    return show(DetailsPage(doc, undo), 900, 700)
