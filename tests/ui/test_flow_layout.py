"""A row of widgets that wraps onto more rows when too narrow for one."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QPushButton, QWidget

from wtfc.ui.flow_layout import FlowLayout, group


def test_widgets_keep_their_width_and_wrap_and_a_box_takes_what_is_left(qtbot):
    holder = QWidget()
    qtbot.addWidget(holder)
    flow = FlowLayout(holder, spacing=10, row_spacing=4)
    buttons = [QPushButton(f"A button called {n}") for n in range(3)]
    box = QLineEdit()
    for widget in (*buttons, group(box)):
        flow.addWidget(widget)
    wide = flow.sizeHint().width()
    assert flow.heightForWidth(wide) == flow.sizeHint().height()  # one row where it fits
    narrow = buttons[0].sizeHint().width() * 2 + 10
    assert flow.heightForWidth(narrow) > 2 * buttons[0].sizeHint().height()  # three rows
    holder.resize(narrow, flow.heightForWidth(narrow))
    holder.show()
    qtbot.waitExposed(holder)
    for button in buttons:
        assert button.width() >= button.sizeHint().width()
        assert button.geometry().right() < narrow
    assert buttons[2].y() > buttons[0].y()             # wrapped onto the next row
    assert box.parentWidget().geometry().right() == narrow - 1  # the box grows to the edge


def test_rows_survive_a_widget_deleted_after_the_tab_chain_was_walked(qtbot):
    """Walking the Tab chain from Python (as a page does to find where the keyboard goes)
    makes each widget PySide's "parent" of the next; deleting a short-lived one (the wall's
    name box and its hint) then marked dead every wrapper Qt had made below it, the flow's
    items among them: rows cut off, "already deleted" errors, then a crash."""
    import shiboken6
    from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout

    window = QWidget()
    qtbot.addWidget(window)
    column = QVBoxLayout(window)
    flow = FlowLayout(spacing=10, row_spacing=4)
    buttons = [QPushButton(f"Button {n}") for n in range(4)]
    for button in buttons:
        flow.addWidget(button)
    column.addLayout(flow)  # as the pages do: PySide hangs its items under the outer layout
    window.show()
    qtbot.waitExposed(window)
    passing = QLabel("a hint", window)  # made last: the end of the Tab chain
    passing.show()
    widget = window.nextInFocusChain()
    while widget is not None and widget is not window:
        widget = widget.nextInFocusChain()
    passing.deleteLater()
    qtbot.waitUntil(lambda: not shiboken6.isValid(passing))
    QApplication.processEvents()
    assert flow.count() == 4
    assert flow.heightForWidth(40) > flow.heightForWidth(1000)  # it still measures and wraps
    window.resize(buttons[0].sizeHint().width() + 30, 300)
    qtbot.waitUntil(lambda: buttons[1].y() > buttons[0].y())  # and still places its widgets


def test_a_widget_taken_out_or_deleted_leaves_its_row(qtbot):
    """Qt takes an item back (``removeWidget``, a widget deleted) and deletes it itself."""
    import shiboken6

    holder = QWidget()
    qtbot.addWidget(holder)
    flow = FlowLayout(holder)
    buttons = [QPushButton(f"Button {n}") for n in range(3)]
    for button in buttons:
        flow.addWidget(button)
    flow.removeWidget(buttons[0])
    shiboken6.delete(buttons[1])
    flow.addWidget(later := QPushButton("Later"))
    assert [flow.itemAt(i).widget() for i in range(flow.count())] == [buttons[2], later]
