# ruff: noqa: F811  (pytest fixtures imported from test_people_view are parameters here)
"""People…'s ⚠ line under the tags, for a screen reader: its fixed accessible name "Possible
personal detail" hid which tag and which words, and it appeared with nothing said. It reads its
own words now, and is said as it shows or names another tag or kind (not at each key)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible

from tests.ui.collect.test_people_view import doc, page, people  # noqa: F401
from wtfc.ui.people_table import Column


def test_the_line_is_heard_as_shown_and_said_as_it_shows(people, qtbot, monkeypatch):
    heard: list[str] = []
    monkeypatch.setattr("wtfc.ui.people_dialog.announce", lambda _w, text, **_: heard.append(text))
    people.table.setCurrentIndex(people.model.index(0, Column.LOCALITY))
    qtbot.keyClick(people.table, Qt.Key.Key_F2)
    editor = people.table.focusWidget()
    qtbot.keyClicks(editor, "North, LS6 2AB")
    hint = people.hint
    assert heard == [hint.text().removeprefix("⚠ ")]
    qtbot.keyClicks(editor, " near the park")  # more words, the same finding: not said again
    assert len(heard) == 1
    read = QAccessible.queryAccessibleInterface(hint).text(QAccessible.Text.Name)
    assert read == hint.text()
    assert "in the locality: “North, [postcode] near the park”" in read
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
