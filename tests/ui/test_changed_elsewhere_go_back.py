# ruff: noqa: F811  (pytest fixtures imported from window_fixtures are parameters here)
"""The colleague's version that a Save replaced (kept as 'spring (changed elsewhere …).wtfc')
is on File → Go back to an earlier version with the kept copies, its time said in words as
theirs are, and brought back as they are: one undoable step, nothing on disk lost."""

from __future__ import annotations

import datetime as dt
import os

from PySide6.QtWidgets import QMenu, QMessageBox
from test_changed_elsewhere import OURS, _add, _cards, _ctrl_s, _synced_in, boxes, spring  # noqa: F401
from window_fixtures import make_window, recovery_folder  # noqa: F401

SB = QMessageBox.StandardButton


def _menu_texts(window) -> list[str]:
    menu = window.findChild(QMenu, "earlier_versions")
    menu.aboutToShow.emit()  # what opening the submenu does
    return [action.text() for action in menu.actions()[:-2]]  # not Remove earlier versions…


def _said_as(when: dt.datetime) -> str:
    day = "today" if when.date() == dt.date.today() else "yesterday"
    return f"Changed elsewhere {day} at {when:%H:%M}"


def test_the_version_changed_elsewhere_is_offered_and_brought_back(make_window, boxes, spring):
    window = make_window(autosave=False)
    window.files.open_path(spring, confirmed=True)
    _add(window, "Jane's card")
    _synced_in(spring, OURS, "B's card", minutes_ago=30)
    changed_at = dt.datetime.fromtimestamp(os.path.getmtime(spring))
    boxes.answers = [SB.Save]
    _ctrl_s(window)
    [kept] = spring.parent.glob("spring (changed elsewhere *).wtfc")
    # .bak holds the same version now: listed once, under the name that outlasts it
    assert _menu_texts(window) == [_said_as(changed_at)]

    for n in range(4):  # the .bak rotation has let it go: the kept copy is still offered
        _add(window, f"later {n}")
        _ctrl_s(window)
    texts = _menu_texts(window)
    assert len(texts) == 4 and all(t.startswith("Saved today at ") for t in texts[:3])
    # the oldest, last (with its seconds, as the saves a second apart here have theirs)
    assert texts[3] == f"{_said_as(changed_at)}:{changed_at:%S}"

    ours = [OURS, "Jane's card", *(f"later {n}" for n in range(4))]
    menu = window.findChild(QMenu, "earlier_versions")
    menu.actions()[3].trigger()
    assert [c.text for c in window.doc.workshop.cards] == [OURS, "B's card"]
    assert window.isWindowModified() and _cards(spring) == ours  # nothing on disk yet
    assert window.undo.stack.undoText() == (
        f"Go back to the version c{_said_as(changed_at)[1:]}")
    window.undo_action.trigger()
    assert [c.text for c in window.doc.workshop.cards] == ours
    assert not window.isWindowModified()
    window.redo_action.trigger()
    assert [c.text for c in window.doc.workshop.cards] == [OURS, "B's card"]

    _ctrl_s(window)  # its own save: not asked about, and nothing lost
    assert len(boxes.said) == 1
    assert _cards(spring) == [OURS, "B's card"]
    assert _cards(spring.with_name("spring.wtfc.bak")) == ours
    assert _cards(kept) == [OURS, "B's card"]


def test_not_offered_while_the_workshop_is_open_read_only(make_window, boxes, spring):
    window = make_window(autosave=False)
    window.files.open_path(spring, confirmed=True)
    _add(window, "Jane's card")
    _synced_in(spring, OURS, "B's card")
    boxes.answers = [SB.Save]
    _ctrl_s(window)
    window.undo.read_only = True
    assert _menu_texts(window) == ["Not while the workshop is open read-only"]
