"""Review at 150% on a laptop folded its rows to a line or two and cut the short cells too:
the change read "▲ A…" (the share wording gone, the triangle alone telling two rows apart), an
overdue action's status "⚠…". At 1024×768 the share (People then → now) was a sideways scroll
away. Now the short cells wrap whole, the long ones filling the row's height, and the share
comes before the counts of cards, in view. Each test puts the app's font back."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QTreeWidget

from tests.ui.boards.test_review_folded_lines import SCALES, SIZES, review_maker
from tests.ui.renders import save_render

THEME_SHORT = {0: "Change", 1: "Kind", 3: "Cards", 4: "People"}
ACTION_SHORT = {2: "By when", 3: "Status"}


@pytest.fixture
def review_at(font_scaled, qtbot, tmp_path, monkeypatch):
    """The demo's Review at a font scale and window size (see test_review_folded_lines)."""
    return review_maker(font_scaled, qtbot, tmp_path, monkeypatch)

def _whole_height(tree: QTreeWidget, row: int, column: int) -> int:
    """The height the cell's words take wrapped whole at its column's width (less the
    cell's margins, a few px either side)."""
    item = tree.topLevelItem(row)
    metrics = QFontMetrics(item.font(column))
    width = tree.columnWidth(column) - 12
    return metrics.boundingRect(QRect(0, 0, width, 1_000_000), Qt.TextFlag.TextWordWrap,
                                item.text(column)).height()


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("scale", SCALES)
def test_folded_rows_keep_the_change_kind_counts_and_status_whole(review_at, scale, size):
    window, board = review_at(scale, size)
    save_render(window, f"review_short_cells_whole_{size[0]}_{int(scale * 100)}")
    for tree, short in ((board.themes, THEME_SHORT), (board.action_tree, ACTION_SHORT)):
        tree.setCurrentItem(None)  # no row chosen: every row as folded as it gets
        QApplication.processEvents()
        for row in range(tree.topLevelItemCount()):
            height = tree.visualItemRect(tree.topLevelItem(row)).height()
            for column, name in short.items():
                assert height >= _whole_height(tree, row, column), \
                    (name, tree.topLevelItem(row).text(column))
    if scale > 1:  # the rows really are folded: the long words are cut, the short ones not
        assert board.action_tree.itemDelegate().most in (2, 3)
        overdue = [board.action_tree.topLevelItem(r) for r in range(3)]
        assert any("⚠ Late:" in item.text(3) for item in overdue)


@pytest.mark.parametrize("scale", SCALES)
def test_the_share_is_in_view_at_1024_before_how_we_matched_it(review_at, scale):
    _window, board = review_at(scale, (1024, 768))
    themes, header = board.themes, board.themes.header()
    assert themes.horizontalScrollBar().value() == 0
    people = 4
    assert header.visualIndex(people) < header.visualIndex(5)  # before "How we matched it"
    assert header.sectionViewportPosition(people) + header.sectionSize(people) \
        <= themes.viewport().width()
    for column in (0, 2):  # the change and the theme beside it, in view too
        assert 0 <= header.sectionViewportPosition(column) < themes.viewport().width()
