"""A larger system font (set by someone who needs bigger text) makes wtfc's own sizes larger
too, so headings stay bigger than the text under them; the default font changes nothing.

Each test puts the application's font back: every test shares one QApplication."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from tests.ui.settled import until
from wtfc.model.workshop import Stage
from wtfc.ui.style import DESIGN_APP_POINT_SIZE, ui_font


def test_at_the_default_font_every_size_is_as_chosen(font_points):
    font_points(DESIGN_APP_POINT_SIZE)
    assert ui_font(12).pointSizeF() == 12
    assert ui_font(16, bold=True).pointSizeF() == 16
    font_points(8)  # a smaller system font never shrinks them
    assert ui_font(12).pointSizeF() == 12


def test_a_larger_font_grows_every_size_by_as_much(font_points):
    font_points(16)
    assert ui_font(12).pointSizeF() == pytest.approx(12 * 16 / DESIGN_APP_POINT_SIZE)
    font_points(14)
    assert ui_font(9).pointSizeF() == pytest.approx(14)


def test_a_font_set_in_pixels_is_read_in_points(font_points, qapp):
    font = QFont(qapp.font())
    font.setPixelSize(32)  # 24 pt on a 96 dpi screen
    qapp.setFont(font)
    assert ui_font(12).pointSizeF() > 12


def _text_widgets(page: QWidget) -> list[QWidget]:
    kinds = (QLabel, QAbstractItemView, QLineEdit, QPlainTextEdit, QAbstractButton, QComboBox)
    return [widget for kind in kinds for widget in page.findChildren(kind)
            if widget.isVisibleTo(page)]


def _size(widget: QWidget) -> float:
    return widget.font().pointSizeF()


@pytest.fixture
def window_at_16_pt(font_points, qtbot, tmp_path, monkeypatch):
    """The demo in a window built after the system font was set to 16 pt."""
    from PySide6.QtCore import QSettings

    from wtfc.model.demo import demo_path
    from wtfc.ui.main_window import MainWindow

    font_points(16)
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path))
    window = MainWindow()
    qtbot.addWidget(window)
    window.files.open_path(demo_path(), as_copy=True, confirmed=True)
    window.resize(1366, 768)
    window.show()
    return window


def test_at_16_pt_the_collect_table_and_prepare_fields_are_at_least_16_pt(window_at_16_pt):
    window = window_at_16_pt
    window.go_to_stage(Stage.COLLECT)
    assert _size(window.page(Stage.COLLECT).table) >= 16
    window.go_to_stage(Stage.PREPARE)
    fields = window.page(Stage.PREPARE).findChildren(QLineEdit)
    assert fields and min(_size(field) for field in fields) >= 16


def test_at_16_pt_identify_success_headings_are_larger_than_what_they_head(window_at_16_pt):
    window = window_at_16_pt
    window.go_to_stage(Stage.IDENTIFY_SUCCESS)
    board = window.page(Stage.IDENTIFY_SUCCESS)
    for column in board.columns.values():
        hints = [label for label in column.findChildren(QLabel) if label is not column.title]
        assert hints and _size(column.title) > max(_size(hint) for hint in hints)
        assert _size(column.list) >= 16
    prompts = board.prompts
    heading = prompts.item(0)
    assert heading.font().pointSizeF() > _size(prompts)  # a group heading over its prompts
    panel_labels = board.prompts_panel.findChildren(QLabel)
    title = next(label for label in panel_labels if label.text().startswith("Making It Real"))
    assert all(_size(title) > _size(label) for label in panel_labels if label is not title)


def test_at_16_pt_and_1366_wide_every_wall_tool_is_on_screen(window_at_16_pt, qtbot):
    """A toolbar put Zoom to theme, Read-out mode and the suggestions behind a » menu; the
    buttons now wrap onto a second row."""
    from PySide6.QtWidgets import QToolButton

    window = window_at_16_pt
    window.go_to_stage(Stage.THEME)
    page = window.page(Stage.THEME)
    until(qtbot, lambda: page.isVisible() and page.toolbar.width() > 0)
    toolbar = page.toolbar
    assert toolbar.width() <= 1366
    buttons = {button.defaultAction(): button for button in toolbar.findChildren(QToolButton)
               if button.defaultAction() is not None}
    tools = page.wall_actions
    for action in (tools.zoom_theme, tools.readout, tools.suggest, tools.show_suggestions):
        assert action in buttons, action.text()
    for action in toolbar.actions():
        button = buttons[action]
        where = button.mapTo(toolbar, button.rect().topLeft())
        assert button.isVisible() and where.x() >= 0, action.text()
        assert where.x() + button.width() <= toolbar.width(), action.text()
        assert where.y() + button.height() <= toolbar.height(), action.text()


def test_the_suggestion_panels_card_lists_grow_with_the_system_font(font_points, qtbot):
    """Their style sheets said 12 pt and 13 pt: smaller than a 16 pt system font's text."""
    from wtfc.model.document import Document
    from wtfc.ui.wall.card_fit import CardFitPage
    from wtfc.ui.wall.card_list import card_like_list

    def polished(widget):
        qtbot.addWidget(widget)
        widget.ensurePolished()  # a style sheet's font is applied when the widget is polished
        return widget

    font_points(DESIGN_APP_POINT_SIZE)
    assert polished(card_like_list("Cards", "")).font().pointSizeF() == 12
    font_points(16)
    assert polished(card_like_list("Cards", "")).font().pointSizeF() >= 16
    assert polished(CardFitPage(Document())).card_label.font().pointSizeF() > 16


def test_at_16_pt_the_names_to_watch_for_box_shows_its_title_and_button_whole(
        window_at_16_pt, qtbot):
    """A fixed 260 px cut them to "Names to watch fo" and "heck all cards aga"."""
    window = window_at_16_pt
    window.go_to_stage(Stage.COLLECT)
    page = window.page(Stage.COLLECT)
    box = page.watch_names
    until(qtbot, lambda: page.names_fold.button.isVisible())  # folded while empty
    fold = page.names_fold.button
    assert fold.width() >= fold.sizeHint().width()
    fold.click()
    until(qtbot, lambda: box.isVisible() and box.width() > 0)
    button = box.check_button
    assert button.width() >= button.sizeHint().width()
    assert box.width() > box.fontMetrics().horizontalAdvance(box.title().replace("&", ""))


@pytest.mark.parametrize("stage", [Stage.PREPARE, Stage.COLLECT, Stage.UNDERSTAND,
                                   Stage.IDENTIFY_SUCCESS, Stage.PLAN, Stage.ACT, Stage.REVIEW])
def test_at_16_pt_each_page_title_is_larger_than_its_body_text_and_shown_whole(
        window_at_16_pt, qtbot, stage):
    """Review's title did not wrap: "Review: what has changed since last t". (One window and
    page a stage for both checks: building them at 16 pt is most of the time.)"""
    window = window_at_16_pt
    window.go_to_stage(stage)
    page = window.page(stage)
    widgets = _text_widgets(page)
    title = max(widgets, key=_size)
    assert isinstance(title, QLabel) and title.font().bold()
    others = [_size(widget) for widget in widgets if widget is not title]
    assert _size(title) > max(others), f"{title.text()!r} is no larger than its page's text"
    until(qtbot, lambda: page.isVisible() and page.width() > 0)
    assert max(_text_widgets(page), key=_size) is title
    assert title.mapTo(page, title.rect().topRight()).x() < page.width()
    if title.wordWrap():
        assert title.height() >= title.heightForWidth(title.width()), title.text()
    else:
        assert title.width() >= title.sizeHint().width(), title.text()


def test_at_16_pt_the_stage_list_shows_every_stage_name_whole(window_at_16_pt, qtbot):
    """Its fixed 230 px cut "5  Identify success" to "5  Identify succe"."""
    navigator = window_at_16_pt.navigator
    until(qtbot, lambda: navigator.isVisible() and navigator.width() > 0)
    assert navigator.viewport().width() >= navigator.sizeHintForColumn(0)
    assert not navigator.horizontalScrollBar().isVisible()


def test_at_16_pt_the_collect_tables_kinds_and_rows_fit_their_words(window_at_16_pt, qtbot):
    """Its columns and rows kept their pixel sizes: "✓ Working" showed as "✓ Worki…"."""
    from wtfc.model.workshop import Kind
    from wtfc.ui.cards_table import Column
    from wtfc.ui.style import kind_text

    window = window_at_16_pt
    window.go_to_stage(Stage.COLLECT)
    table = window.page(Stage.COLLECT).table
    until(qtbot, lambda: table.isVisible())
    metrics = table.fontMetrics()
    widest = max(metrics.horizontalAdvance(kind_text(kind)) for kind in Kind)
    assert table.columnWidth(Column.KIND) > widest + 20  # the kind's colour band beside it
    assert table.rowHeight(0) > metrics.height()
