"""Choose priorities' "Show: All kinds" puts the rows back in the board's order, by priority
(#1, #2, #3 first), whether chosen by hand or brought back by an Undo the filter hid: the rows
it let back in came in the workshop's order, so a room saw the Working themes first and the
priorities in rows 4-6 (code review 24 A, F4)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.boards.test_understand_undo_follows import CTRL, _key, understand  # noqa: F401
from tests.ui.settled import settle
from wtfc.ui.boards.priorities_model import Column


def _ranks(priorities) -> list[str]:
    proxy = priorities.proxy
    return [proxy.index(row, Column.PRIORITY).data() for row in range(proxy.rowCount())]


def _hiding(priorities, theme) -> int:
    """The "Show:" entry of a kind other than ``theme``'s."""
    return next(i for i in range(1, priorities.kind_filter.count())
                if priorities.kind_filter.itemData(i) != theme.kind)


def test_all_kinds_by_hand_or_by_undo_is_in_priority_order(qtbot, understand):  # noqa: F811
    w, board, _first, other, _cause = understand
    tabs = board.parentWidget().parentWidget()
    priorities = tabs.priorities
    tabs.setCurrentWidget(priorities)
    settle()
    on_arrival = _ranks(priorities)
    assert [r for r in on_arrival if r][:3] == on_arrival[:3]  # the priorities lead
    theme = w.doc.theme(other)

    priorities.kind_filter.setCurrentIndex(_hiding(priorities, theme))
    priorities.kind_filter.setCurrentIndex(0)  # by hand
    assert priorities.kind_filter.currentText() == "All kinds"
    assert _ranks(priorities) == on_arrival

    assert priorities.set_votes(other, theme.priority.votes + 3)
    priorities.kind_filter.setCurrentIndex(_hiding(priorities, theme))
    priorities.focus_target().setFocus()
    _key(qtbot, w, Qt.Key.Key_Z, CTRL)  # by the Undo: its theme is of a kind hidden
    assert priorities.kind_filter.currentText() == "All kinds"
    assert _ranks(priorities) == on_arrival
