"""Accept with "Dr Okoro" pasted in Names to watch for: a theme name starting "Dr" was refused
as holding a name (only the title matched), while "Okoro" is refused as before."""

from __future__ import annotations

import pytest
from suggestion_helpers import suggested

from wtfc.model.workshop import Card, Kind, Workshop

pytestmark = pytest.mark.usefixtures("word_table")

TEXTS = ["Dr appointments are too short", "I never get long enough with the Dr",
         "Appointments with the Dr are rushed", "I am lonely", "I feel lonely at night",
         "Lonely since my husband died"]


def test_accept_refuses_the_pasted_name_but_not_its_title(qtbot, wall):
    doc = wall.doc
    doc.replace_workshop(Workshop(title="n", cards=[
        Card(id=f"c{i}", kind=Kind.NOT_WORKING, text=t) for i, t in enumerate(TEXTS)]))
    doc.names_to_watch = ("Dr Okoro",)
    page = suggested(qtbot, wall)
    page.list.setCurrentRow(0)
    page.rename("Okoro visits")
    assert not page.accept_current()  # the name itself: refused
    page.rename("Dr appointments are too short")
    assert page.accept_current()
    assert [t.name for t in doc.workshop.themes] == ["Dr appointments are too short"]
