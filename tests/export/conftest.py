"""The export tests' small workshop as a fixture (see export_workshop.py)."""

from __future__ import annotations

import pytest
from export_workshop import make_workshop

from wtfc.model.workshop import Workshop


@pytest.fixture
def workshop() -> Workshop:
    return make_workshop()
