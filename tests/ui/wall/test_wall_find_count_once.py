"""The find bar's count for a screen reader, while typing: said at every key, "carers week" queued
8 counts ("1 of 71", "1 of 26" … "1 of 1") among the wall's own read-outs of each card found,
and the reader fell behind the typing saying stale counts (review A4, R3). The count is said
once the typing pauses; "No card has these words", Enter / F3 and Ctrl+F again are said at once.
"""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from test_wall_find import _find

from tests.ui.settled import settle, until
from wtfc.ui.wall import find_bar

COUNT = re.compile(r"\d+ of \d+")


@pytest.fixture
def heard(monkeypatch) -> list[str]:
    said: list[str] = []
    monkeypatch.setattr("wtfc.ui.announce.announce", lambda _w, text, **_: said.append(text))
    monkeypatch.setattr(find_bar, "SAY_AFTER_MS", 30, raising=False)  # a short pause
    return said


def _counts(heard: list[str]) -> list[str]:
    return [text for text in heard if COUNT.fullmatch(text)]


def test_typing_says_the_count_once_when_the_typing_pauses(qtbot, panel, heard):
    bar = _find(qtbot, panel, "the")  # keys in a run, as typed
    assert bar.status.text().startswith("1 of ")  # shown at once
    assert _counts(heard) == []  # said at a pause, not at each key (the wall says the card)
    until(qtbot, lambda: _counts(heard) != [])
    first = bar.status.text()
    qtbot.keyClicks(bar.box, " rota")
    until(qtbot, lambda: len(_counts(heard)) > 1)
    settle()
    assert _counts(heard) == [first, "1 of 2"]  # one count a pause, the latest (n3, twice)


def test_no_match_enter_and_ctrl_f_again_are_said_at_once(qtbot, panel, heard):
    bar = _find(qtbot, panel, "the")
    until(qtbot, lambda: _counts(heard) != [])
    count = len(bar.matches)
    qtbot.keyClick(bar.box, Qt.Key.Key_Return)
    assert heard[-1] == f"2 of {count}"
    qtbot.keyClick(bar.box, Qt.Key.Key_Escape)
    qtbot.keyClick(panel.view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert heard[-1] == f"1 of {count}"  # the bar shown again says its count again
    qtbot.keyClicks(bar.box, "zzq")  # "the" selected: typed over
    assert heard[-1] == "No card has these words"  # a typo heard as it is made, once
    settle()
    assert heard.count("No card has these words") == 1
    assert _counts(heard) == [f"1 of {count}", f"2 of {count}", f"1 of {count}"]
