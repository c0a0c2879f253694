# ruff: noqa: F811  (pytest fixtures imported from window_fixtures are parameters here)
"""Review 36 W1 R2: a who-is-who list pasted in Names to watch for made its codes and areas
names ("P02", "North"), while the same list dropped as a file had its first code taken off.
Pasted or dropped, the box now watches the same names, and no code or area among them."""

from __future__ import annotations

import pytest
from settled import settle
from test_file_drop import drag_onto, files_of, local
from test_names_list_shapes_dropped import collect
from window_fixtures import isolated_settings, shown_window, workshop_file  # noqa: F401

NAMES = ["Margaret Ellsworth", "Harold Pike", "Dorothy Pennyworth"]


@pytest.mark.parametrize(("file", "text"), [
    ("key.txt", "Margaret Ellsworth (P02, North)\nHarold Pike - P05 South\n"
                "Dorothy Pennyworth, P03\n"),
    ("key.csv", "P02,Margaret Ellsworth,North\nP05,Harold Pike,South\nP03,Dorothy Pennyworth,\n"),
])
def test_pasted_and_dropped_the_box_watches_the_same_names(shown_window, tmp_path, file, text):
    page = collect(shown_window)
    path = tmp_path / file
    path.write_text(text, encoding="utf-8")
    assert drag_onto(page.names_fold.button, files_of(local(path)))
    settle()
    dropped = page.names()
    page.names_box.setPlainText(text)  # as Ctrl+V puts it
    page.watch_names.end_editing()
    assert dropped == page.names() == NAMES
