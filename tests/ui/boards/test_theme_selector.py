"""The theme box above the why-tree and Identify success is read in words by a screen reader:
it read "black star 1 … ballot x 10 cards" from the symbols the eye sees."""

from __future__ import annotations

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
