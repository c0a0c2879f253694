# ruff: noqa: F811  (pytest fixtures imported from window_fixtures are parameters here)
"""Names lists that no other test drops (review 33 R1a S3, S4): under a heading with a note on
a line of its own, or one name under a heading; and names in a script without capitals (Urdu,
Bengali). Dropped on the cards none may open Import, whose table shows every name as typed
(on the projector maybe). Guards names_list.is_names_list's heading rule and _name_word's
"not word[0].islower()" (5971e59b): with either undone these open Import and no test fails.
Put in tests/ui/."""

from __future__ import annotations

import pytest
from settled import settle  # noqa: F401
from test_names_list_shapes_dropped import dropped_on_cards
from window_fixtures import isolated_settings, shown_window, workshop_file  # noqa: F401


@pytest.mark.parametrize("text", [
    "Names to watch for\nZebulon Quarrie\nHope Green\nrings after 5 pm\n",  # S3
    "Names to watch for\nZebulon Quarrie\n",  # S3
    "نسرین اختر\nعائشہ خان\nطارق عزیز\n",  # S4: Urdu
    "নাসরিন আক্তার\nআয়েশা খান\n",  # S4: Bengali
    "Nasreen Akhtar\nنسرین اختر\nعائشہ خان\n",  # S4: both scripts
])
def test_such_a_names_list_dropped_on_the_cards_opens_no_import(shown_window, tmp_path, text):
    path = tmp_path / "names.txt"
    path.write_text(text, encoding="utf-8")
    assert not dropped_on_cards(shown_window, path)
