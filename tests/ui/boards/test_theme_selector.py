"""The theme box above the why-tree and Identify success is read in words by a screen reader:
it read "black star 1 … ballot x 10 cards" from the symbols the eye sees."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt

from wtfc.ui.boards.common import ThemeSelector


def test_the_chosen_theme_is_read_as_a_priority_of_a_kind(qtbot, doc):
    selector = ThemeSelector(doc)
    qtbot.addWidget(selector)
    first = doc.theme(selector.theme_id())
    spoken = selector.itemData(0, Qt.ItemDataRole.AccessibleTextRole)
    assert spoken.startswith(f"Priority {first.priority.rank}: {first.name}.")
    assert first.kind.label in spoken and "★" not in spoken and first.kind.symbol not in spoken
    assert selector.accessibleDescription() == spoken
    selector.setCurrentIndex(1)
    assert selector.accessibleDescription() == \
        selector.itemData(1, Qt.ItemDataRole.AccessibleTextRole)


def test_a_long_name_is_cut_in_the_middle_and_the_count_stays_in_sight(qtbot, doc):
    """'Priority 1: ' is longer than '#1 ': on a 1366 laptop Identify success's box cut the
    line at '✗ 1'. The name is cut short, the rank and the kind and count stay."""
    selector = ThemeSelector(doc)
    qtbot.addWidget(selector)
    shown = selector.currentText()
    theme = doc.theme(selector.theme_id())
    assert shown.startswith(f"Priority {theme.priority.rank}: ")
    tail = shown[len(f"Priority {theme.priority.rank}: {theme.name}"):]
    # " · ✗ 10 cards", and the team on its why-tree: both kept in sight
    assert re.fullmatch(r" · \S+ \d+ cards? · Team: Blue table", tail)
    metrics = selector.fontMetrics()
    # a quarter of the name cut: three quarters stay, a useful part beside the team
    room = metrics.horizontalAdvance(shown) - metrics.horizontalAdvance(theme.name) // 4
    drawn = selector._fitted(shown, room)
    assert drawn.startswith(f"Priority {theme.priority.rank}: {theme.name[:6]}")
    assert drawn.endswith(f"…{tail}")
    assert selector.fontMetrics().horizontalAdvance(drawn) <= room
    assert selector._fitted(shown, 10_000) == shown  # room for it all: all of it
    # less room: the count before the team (the team is in the open list and said aloud)
    room = metrics.horizontalAdvance("Priority 1: I feel like a… · ✗ 6 cards")
    assert selector._fitted(shown, room).endswith("… · ✗ 6 cards")
