# ruff: noqa: F811  (pytest fixtures imported from window_fixtures are parameters here)
"""Review 33 M1 D2: a names list whose notes start with a two-word role opens Import with every
name in its table (fails at 6455cf77)."""

from __future__ import annotations

import pytest
from test_names_list_shapes_dropped import dropped_on_cards
from window_fixtures import isolated_settings, shown_window, workshop_file  # noqa: F401


@pytest.mark.parametrize("text", [
    "Hope Green - key worker at the home\nAisha Khan - support worker from the agency\n"
    "Olive Young - social worker at the council\n",
    "Hope Green, key worker at the home\nAisha Khan, support worker from the agency\n"
    "Olive Young, social worker at the council\n",
])
def test_a_names_list_with_two_word_roles_opens_no_import(shown_window, tmp_path, text):
    path = tmp_path / "names.txt"
    path.write_text(text, encoding="utf-8")
    assert not dropped_on_cards(shown_window, path)
