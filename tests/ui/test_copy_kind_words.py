"""Edit → Copy (Ctrl+C) of the votes table and Review's themes gives each theme's kind in words:
"✗ Not working" on screen (the symbol carries the kind without colour) copies as "Not working",
as the exports write it, so a filter in Excel finds every "Not working" row; "★ Future" copies as
"Important for the future", the exports' word, not the screen's short one (review R3 R3)."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QAbstractItemView

from tests.ui.test_copy_chosen import press_copy
from wtfc.export.look import kind_words
from wtfc.model.workshop import Kind, Stage

WORDS = {kind_words(kind) for kind in Kind}
FUTURE = "Important for the future"  # as the report, the posters and the Kind column say it


def _view(window, stage: Stage, kind: str) -> QAbstractItemView:
    window.go_to_stage(stage)
    def fits(v) -> bool:  # by its class, or ("Kind") the first with a Kind column
        named = type(v).__name__ == kind or (kind == "Kind" and _kind_column(v) is not None)
        return named and v.isVisible() and bool(v.model().rowCount())

    return next(v for v in window.page(stage).findChildren(QAbstractItemView)
                if v.model() is not None and fits(v))


def _kind_column(view) -> int | None:
    model = view.model()
    if model is None:
        return None
    headings = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    return headings.index("Kind") if "Kind" in headings else None


def _copied_kinds(window, view, qtbot, *, every_row: bool = False) -> list[str]:
    """The first and last rows chosen (``every_row``: all), Ctrl+C: the Kind cells copied,
    the screen's own cells checked."""
    model, column = view.model(), _kind_column(view)
    shown = {str(model.index(r, column).data()) for r in range(model.rowCount())}
    assert any(not cell.startswith(tuple(WORDS)) for cell in shown)  # symbols on screen
    for row in range(model.rowCount()) if every_row else (0, model.rowCount() - 1):
        view.selectionModel().select(model.index(row, 0), QItemSelectionModel.SelectionFlag.Select
                                     | QItemSelectionModel.SelectionFlag.Rows)
    heading, *rows = press_copy(window, view, qtbot).splitlines()
    at = heading.split("\t").index("Kind")
    page = QGuiApplication.clipboard().mimeData().html()
    kinds = [row.split("\t")[at] for row in rows]
    assert all(f">{kind}</td>" in page for kind in kinds)  # for Word, the same words
    return kinds


def test_the_votes_table_copies_each_kind_in_words(demo_window, qtbot):
    view = _view(demo_window, Stage.UNDERSTAND, "VotesTable")
    steps = demo_window.undo.stack.count()
    kinds = _copied_kinds(demo_window, view, qtbot)
    assert len(kinds) == 2 and set(kinds) <= WORDS
    assert demo_window.undo.stack.count() == steps  # copying is no edit


def test_the_votes_table_copies_a_hope_as_the_exports_word(demo_window, qtbot):
    """The demo's blue themes copied "Future", which no export writes: a filter on the data
    export's Kind column, "Important for the future", left every pasted blue row out."""
    view = _view(demo_window, Stage.UNDERSTAND, "VotesTable")
    kinds = _copied_kinds(demo_window, view, qtbot, every_row=True)
    assert FUTURE in kinds and "Future" not in kinds
    assert set(kinds) == WORDS  # every kind, each in the exports' word


def test_reviews_themes_copy_a_hope_as_the_exports_word(demo_window, qtbot):
    view = _view(demo_window, Stage.REVIEW, "Kind")
    kinds = _copied_kinds(demo_window, view, qtbot, every_row=True)
    assert FUTURE in kinds and "Future" not in kinds
    assert set(kinds) <= WORDS


def test_reviews_themes_copy_each_kind_in_words(demo_window, qtbot):
    view = _view(demo_window, Stage.REVIEW, "Kind")
    kinds = _copied_kinds(demo_window, view, qtbot)
    assert kinds and set(kinds) <= WORDS


def test_reviews_themes_copy_the_change_in_words(demo_window, qtbot):
    """"▼ A smaller share of people said this" on screen copies as its words alone."""
    view = _view(demo_window, Stage.REVIEW, "Kind")
    model = view.model()
    shown = [str(model.index(r, 0).data()) for r in range(model.rowCount())]
    assert any(cell[:1] in "▲▼=✚↗↘○–" for cell in shown)  # the arrows on screen
    _copied_kinds(demo_window, view, qtbot)  # every row chosen and copied
    _heading, *rows = QGuiApplication.clipboard().text().splitlines()
    changes = [row.split("\t")[0] for row in rows if row.split("\t")[0]]
    assert changes and all(c[:1].isalpha() for c in changes), changes
    assert any(c.endswith("said this") or c.startswith("Said") for c in changes), changes
