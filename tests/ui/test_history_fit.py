"""Edit > History (Ctrl+H) opens wide enough to tell its rows apart: at 16 pt on a 1024×768
laptop it was a 65-px strip ("Go to", "Add ca") and the page beside it lost its buttons' width.
Where the window has no room beside the page it goes under it; a row cut short is cut at its
end (its start tells it apart), whole in a tooltip (review 33 W1 R3, review 37 R1 F5)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QPushButton, QToolTip

from wtfc.model.operations.causes import add_cause
from wtfc.model.operations.success import add_success
from wtfc.model.workshop import Perspective
from wtfc.ui.history_fit import LEAST_LETTERS

SUCCESS = "Add success statement 'I know who is coming the day before'"


def _history(window, qtbot, points: int, size: tuple[int, int]):
    font = window.font()
    font.setPointSize(points)
    window.setFont(font)
    window.resize(*size)
    theme = next(t for t in window.doc.workshop.themes if t.priority.chosen)
    window.undo.push(add_cause(window.doc, theme_id=theme.id, text="Agency staff are not told"))
    window.undo.push(add_success(window.doc, theme_id=theme.id, text=SUCCESS[23:-1],
                                 perspective=Perspective("older_people")))
    window.activateWindow()
    for key in (Qt.Key.Key_7, Qt.Key.Key_H):  # Act (its buttons the widest), then History
        QTest.keyClick(QApplication.focusWidget() or window, key,
                       Qt.KeyboardModifier.ControlModifier)
        QApplication.processEvents()
    view = window.history_dock.widget()
    qtbot.waitUntil(view.isVisible)
    QApplication.processEvents()
    return view


def _row(view, label: str):
    model = view.model()
    return next(model.index(i, 0) for i in range(model.rowCount())
                if model.index(i, 0).data() == label)


def test_at_16_pt_on_a_laptop_history_goes_under_the_page_rows_whole(demo_window, qtbot):
    window = demo_window
    view = _history(window, qtbot, 16, (1004, 708))
    assert view.width() >= LEAST_LETTERS * view.fontMetrics().averageCharWidth()
    whole = view.fontMetrics().horizontalAdvance(SUCCESS)  # read whole, as the list relays out
    qtbot.waitUntil(lambda: whole < view.visualRect(_row(view, SUCCESS)).width())
    page = window.centralWidget()
    assert page.width() >= page.minimumSizeHint().width()  # the page's buttons keep their width
    for button in page.findChildren(QPushButton):
        if button.isVisible():
            assert button.width() >= button.minimumSizeHint().width(), button.text()


def test_beside_a_wide_page_a_long_row_is_cut_at_its_end_whole_in_its_tip(demo_window, qtbot):
    window = demo_window
    view = _history(window, qtbot, 9, (1346, 708))
    dock = window.history_dock
    assert window.dockWidgetArea(dock) == Qt.DockWidgetArea.RightDockWidgetArea
    assert view.width() >= LEAST_LETTERS * view.fontMetrics().averageCharWidth()
    window.resizeDocks([dock], [view.fontMetrics().horizontalAdvance(SUCCESS) // 2],
                       Qt.Orientation.Horizontal)
    qtbot.waitUntil(lambda: view.visualRect(_row(view, SUCCESS)).right()
                    < view.viewport().width())  # cut to the list: no sideways scrolling
    assert view.textElideMode() == Qt.TextElideMode.ElideRight
    rect = view.visualRect(_row(view, SUCCESS))
    at = rect.center()
    QApplication.sendEvent(view.viewport(), QHelpEvent(QEvent.Type.ToolTip, at,
                                                        view.viewport().mapToGlobal(at)))
    qtbot.waitUntil(lambda: QToolTip.isVisible() and QToolTip.text() == SUCCESS)
    at = view.visualRect(view.model().index(0, 0)).topLeft() + QPoint(4, 4)  # "Opened": whole
    QApplication.sendEvent(view.viewport(), QHelpEvent(QEvent.Type.ToolTip, at,
                                                        view.viewport().mapToGlobal(at)))
    qtbot.waitUntil(lambda: not QToolTip.isVisible())


def _drawn(view, index) -> str:
    """The row's words as the list paints them: cut to the row's width by its elide mode."""
    from PySide6.QtWidgets import QStyle, QStyleOptionViewItem

    option = QStyleOptionViewItem()
    view.initViewItemOption(option)
    option.rect = view.visualRect(index)
    view.itemDelegate().initStyleOption(option, index)
    text_rect = view.style().subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, view)
    margin = view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
    return option.fontMetrics.elidedText(option.text, option.textElideMode,
                                         text_rect.width() - 2 * margin)


def test_a_long_row_keeps_its_start_so_themes_alike_can_be_told_apart(demo_window, qtbot):
    """Cut in its middle, a row read "Move 1 card to 'I …t benefits from …'": every theme
    opens "I", and the end of a quoted name is always "…'", so hundreds of moves on a county
    wall could not be told apart (review 37 R1 F5). Cut at its end, it keeps the name's start."""
    from wtfc.model.operations.themes import create_theme, move_cards
    from wtfc.model.workshop import Kind

    window = demo_window
    doc = window.doc
    names = ["I am lonely at the weekends when the day centre shuts",
             "I can't get to the shops since the bus stopped running"]
    cards = [c.id for c in doc.workshop.cards if c.kind == Kind.NOT_WORKING][:2]
    for name, card in zip(names, cards, strict=True):
        window.undo.push(create_theme(doc, kind=Kind.NOT_WORKING, name=name))
        theme = next(t for t in doc.workshop.themes if t.name == name)
        window.undo.push(move_cards(doc, card_ids=[card], to_theme_id=theme.id))
    view = _history(window, qtbot, 9, (1346, 708))
    labels = [f"Move 1 card to '{name[:39]}…'" for name in names]
    dock = window.history_dock
    window.resizeDocks([dock], [view.fontMetrics().horizontalAdvance(labels[0]) * 2 // 3],
                       Qt.Orientation.Horizontal)
    qtbot.waitUntil(lambda: view.visualRect(_row(view, labels[0])).right()
                    < view.viewport().width())
    drawn = [_drawn(view, _row(view, label)) for label in labels]
    assert drawn[0] != labels[0] and drawn[0].endswith("…")  # cut short, at its end
    assert drawn[0].startswith("Move 1 card to 'I am lonely")
    assert drawn[1].startswith("Move 1 card to 'I can't get")
