"""Review at a big borough's scale: what an edit, going to 8 Review and opening last time's file
cost. Comparing 10,000 cards a side takes ~0.3 s and laying the room view out ~0.4 s, so they
happen once for what changed them, not at every edit, and not for a view nobody is looking at."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QHeaderView, QTreeView

from tests.ui.boards.board_workshops import TODAY, previous_file
from wtfc.model.operations.record import edit_reflection
from wtfc.model.operations.themes import rename_theme
from wtfc.ui.boards import review, review_compared
from wtfc.ui.boards.review import ReviewBoard
from wtfc.ui.boards.review_room import ReviewRoomView
from wtfc.ui.shared_columns import SAMPLE, Share, SharedColumns


@pytest.fixture
def compares(monkeypatch) -> list[int]:
    calls: list[int] = []
    real = review_compared.compare_workshops
    monkeypatch.setattr(review_compared, "compare_workshops",
                        lambda *a, **k: calls.append(1) or real(*a, **k))
    return calls


@pytest.fixture
def layouts(monkeypatch) -> list[int]:
    """Each time the room view lays the comparison out (three column shapes a time)."""
    calls: list[int] = []
    real = ReviewRoomView._lay_out_comparison
    monkeypatch.setattr(ReviewRoomView, "_lay_out_comparison",
                        lambda self, height: calls.append(1) or real(self, height))
    return calls


def _board(qtbot, doc, undo) -> ReviewBoard:
    board = ReviewBoard(doc, undo, today=lambda: TODAY)
    qtbot.addWidget(board)
    board.resize(1500, 800)
    board.show()
    return board


def _room(qtbot, doc, previous) -> ReviewRoomView:
    view = ReviewRoomView(doc, previous, today=lambda: TODAY)
    qtbot.addWidget(view)
    view.resize(1920, 1080)
    view.show()
    view.grab()
    return view


def _pages(view: ReviewRoomView) -> list[tuple[list[str], list[str]]]:
    return [([t.name for t in view.page_themes(n)], [a.what for a in view.page_actions(n)])
            for n in range(view.page_count())]


def test_board_and_room_compare_once_for_last_time_s_file(qtbot, doc, undo, tmp_path, compares):
    """Opening last time's file compared once for the board and again for the room view."""
    board = _board(qtbot, doc, undo)
    assert board.load_previous(previous_file(tmp_path))
    view = _room(qtbot, doc, board.previous)
    assert len(compares) == 1
    assert board.comparison() is not None
    assert [t.name for t in view.comparison().themes] == \
        [t.name for t in board.comparison().themes]
    assert len(compares) == 1


def test_a_looking_back_answer_neither_compares_nor_lays_out_the_comparison_again(
        qtbot, doc, undo, tmp_path, compares, layouts):
    """An answer typed on Looking back froze the window and the projector for ~0.9 s: it
    changes nothing the comparison reads. Its own page follows; the comparison's pages stay."""
    board = _board(qtbot, doc, undo)
    board.load_previous(previous_file(tmp_path))
    undo.push(edit_reflection(doc, went_well="Everyone had their say"))
    view = _room(qtbot, doc, board.previous)
    before, pages, count = len(layouts), _pages(view), view.page_count()
    assert count > 1  # (the comparison's pages, then Looking back's)
    compares.clear()
    undo.push(edit_reflection(doc, not_so_well="We ran out of time for the actions"))
    view.grab()
    assert compares == [] and len(layouts) == before
    assert _pages(view) == pages and view.page_count() == count
    view.show_page(count - 1)
    view.grab()
    said = " ".join(text for _px, text, _cut in view.drawn_text)
    assert "Everyone had their say" in said and "We ran out of time" in said
    undo.stack.undo()
    view.grab()
    assert "We ran out of time" not in " ".join(text for _px, text, _cut in view.drawn_text)
    undo.stack.redo()
    view.grab()
    assert "We ran out of time" in " ".join(text for _px, text, _cut in view.drawn_text)
    assert compares == [] and len(layouts) == before


def test_a_renamed_theme_is_compared_once_and_shown(qtbot, doc, undo, tmp_path, compares):
    board = _board(qtbot, doc, undo)
    board.load_previous(previous_file(tmp_path))
    view = _room(qtbot, doc, board.previous)
    compares.clear()
    undo.push(rename_theme(doc, theme_id="meals", name="My meals come cold"))
    view.grab()
    assert len(compares) == 1  # board and room view alike
    assert "My meals come cold" in [t.name for t in view.page_themes(0)]
    assert "My meals come cold" in [board.themes.topLevelItem(r).text(2)
                                    for r in range(board.themes.topLevelItemCount())]
    undo.stack.undo()
    assert "My meals come cold" not in [t.name for t in view.page_themes(0)]


def test_a_hidden_room_view_catches_up_when_shown(qtbot, doc, undo, tmp_path, compares, layouts):
    """The room window closed: its view no longer compares and lays out at every edit."""
    board = _board(qtbot, doc, undo)
    board.load_previous(previous_file(tmp_path))
    board.hide()
    view = _room(qtbot, doc, board.previous)
    view.hide()
    compares.clear()
    before = len(layouts)
    undo.push(rename_theme(doc, theme_id="meals", name="My meals come cold"))
    undo.push(edit_reflection(doc, went_well="Everyone had their say"))
    assert compares == [] and len(layouts) == before
    view.show()
    view.grab()
    assert len(compares) == 1
    assert "My meals come cold" in [t.name for t in view.page_themes(0)]


def test_opening_last_time_s_file_shows_its_tab_with_a_wait_cursor(qtbot, doc, undo, tmp_path,
                                                                  monkeypatch):
    board = _board(qtbot, doc, undo)
    board.tabs.setCurrentIndex(1)  # the facilitator was on Looking back
    seen = []
    real = review.load_workshop

    def load(path):
        cursor = QApplication.overrideCursor()
        seen.append(cursor.shape() if cursor else None)
        return real(path)

    monkeypatch.setattr(review, "load_workshop", load)
    assert board.load_previous(previous_file(tmp_path))
    assert seen == [Qt.CursorShape.WaitCursor]
    assert QApplication.overrideCursor() is None  # given back
    assert board.tabs.currentIndex() == 0 and board.themes.topLevelItemCount() > 0
    bad = tmp_path / "bad.wtfc"
    bad.write_text("not a workshop")
    assert not board.load_previous(bad)
    assert QApplication.overrideCursor() is None  # given back after a refusal too


class _Rows(QStandardItemModel):
    """Notes each row whose cells are measured (a cell's font is asked for only then)."""

    def __init__(self, rows: list[tuple[str, str, str]]) -> None:
        super().__init__(len(rows), 3)
        self.measured: set[int] = set()
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                self.setItem(r, c, QStandardItem(text))

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.FontRole:
            self.measured.add(index.row())
        return super().data(index, role)


def test_a_column_fits_its_widest_text_even_far_down_measuring_a_sample(qtbot):
    """A fitted column is as wide as its widest text, found among its longest texts without
    measuring all 600 rows (25,000 measures froze the Review board for ~0.6 s)."""
    rows = [("▲ More", "a theme", "Working")] * 598 + [
        ("▼ A smaller share of people said this", "last", "Not working")] + [("= Same", "x", "W")]
    tree = QTreeView()
    qtbot.addWidget(tree)
    model = _Rows(rows)
    tree.setModel(model)
    tree.setRootIsDecorated(False)
    tree.header().setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
    tree.resize(900, 400)
    widths = SharedColumns(tree, {0: Share(60, fit=True), 1: Share(200)})
    model.measured.clear()
    widths.fit()
    metrics, header = tree.fontMetrics(), tree.header()
    assert header.sectionSize(0) >= metrics.horizontalAdvance(rows[598][0])
    assert header.sectionSize(2) >= metrics.horizontalAdvance("Not working")
    assert header.sectionSize(0) + header.sectionSize(1) + header.sectionSize(2) <= tree.width()
    assert 598 in model.measured and len(model.measured) <= 2 * SAMPLE


def test_back_on_8_review_the_new_room_view_shows_the_same_pages_without_laying_out(
        qtbot, doc, undo, tmp_path, compares, layouts):
    """The room view is built again at each visit to 8 Review: its pages are the last view's,
    until the comparison or the workshop's date (on its first page) changes."""
    from wtfc.model.operations.details import edit_details

    board = _board(qtbot, doc, undo)
    board.load_previous(previous_file(tmp_path))
    first = _room(qtbot, doc, board.previous)
    pages, before = _pages(first), len(layouts)
    first.hide()
    again = _room(qtbot, doc, board.previous)
    assert _pages(again) == pages and len(layouts) == before and len(compares) == 1
    undo.push(edit_details(doc, date=doc.workshop.date.replace(year=2026)))
    again.grab()
    # laid out again (a subtitle of two same-titled workshops says their dates), not compared
    assert len(layouts) > before and len(compares) == 1
    assert _pages(again) == pages
