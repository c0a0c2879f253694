"""The find bar's result ("3 of 12", "No card has these words"), for a screen reader: named
"Find result", its words were never heard, nor said as they changed, while the keyboard stays
in the box. It is named with them and says them as they change, as a browser's find bar does."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible

from tests.ui.settled import until
from tests.ui.wall.test_wall_find import _find
from wtfc.ui.wall import find_bar


def test_the_result_is_in_its_name_and_said_as_it_changes(qtbot, panel, monkeypatch):
    heard: list[str] = []
    monkeypatch.setattr("wtfc.ui.announce.announce", lambda _w, text, **_: heard.append(text))
    monkeypatch.setattr(find_bar, "SAY_AFTER_MS", 30)  # typed: said once the keys pause
    bar = _find(qtbot, panel, "the")
    until(qtbot, lambda: heard[-1:] == [f"1 of {len(bar.matches)}"])
    count = len(bar.matches)
    name = QAccessible.queryAccessibleInterface(bar.status).text(QAccessible.Text.Name)
    assert name == f"Find result: 1 of {count}"
    assert heard[-1] == f"1 of {count}"
    qtbot.keyClick(bar.box, Qt.Key.Key_Return)
    assert heard[-1] == f"2 of {count}"
    said = len(heard)
    qtbot.keyClicks(bar.box, "zzq")
    assert heard[said:] == ["No card has these words"]  # said once, not at each key
    qtbot.keyClick(bar.box, Qt.Key.Key_Escape)
    qtbot.keyClick(panel.view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert heard[-1] == "No card has these words"  # the bar shown again says it again
    assert len(heard) == said + 2
