# ruff: noqa: F811  (pytest fixtures imported from window_fixtures are parameters here)
"""Review 33 R1a D1 (these failed at aecd3bd0): a facilitator's names list with a short note
per person, dropped on the cards, opened Import with every name as typed in its table (on the
projector maybe): "Zebulon Quarrie - lives with daughter", "Hope Green - carer at Riverside",
"Kwabena Mensah - lives with daughter". names_list took a note starting with what the person
does, but not one starting with how they live or who they are ("lives", "needs", "carer"), and
notes on their own line under each name ("rings after 5") made half the lines "not names"."""

from __future__ import annotations

import pytest
from test_names_list_shapes_dropped import dropped_on_cards
from window_fixtures import isolated_settings, shown_window, workshop_file  # noqa: F401


@pytest.mark.parametrize("text", [
    "Zebulon Quarrie\nrings after 5\nHope Green\ndeaf in left ear\n",
    "Zebulon Quarrie - lives with daughter\nAisha Khan - needs interpreter (Urdu)\n"
    "Hope Green - carer at Riverside\n",
    "Zebulon Quarrie - son, visits Sundays\nKwabena Mensah - lives with daughter\n"
    "Olumide Adeyemi - needs interpreter\n",
    # M1: most notes say who the person is to someone (fbb3815e's _RELATIONS in _a_note)
    "Hope Green, carer at the day centre\nZebulon Quarrie, son of Mary\n"
    "Aisha Khan, carer for husband\n",
])
def test_a_names_list_with_a_note_per_person_opens_no_import(shown_window, tmp_path, text):
    path = tmp_path / "names.txt"
    path.write_text(text, encoding="utf-8")
    assert not dropped_on_cards(shown_window, path)
