"""The History dock (Ctrl+H): open, it stays quick as the day's history grows, and a click on
a row still takes the workshop back to that point."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QStyledItemDelegate

from wtfc.model.operations.details import edit_details


class CountingDelegate(QStyledItemDelegate):
    """Counts the rows measured: each edit measured every row, 80 ms per edit at 4,000 rows."""

    measured = 0

    def sizeHint(self, option, index):
        self.measured += 1
        return super().sizeHint(option, index)


def test_history_open_measures_one_row_per_edit_not_every_row_and_a_click_jumps(demo_window):
    window, doc = demo_window, demo_window.doc
    view = window.history_dock.widget()
    view.setItemDelegate(delegate := CountingDelegate(view))
    window.history_dock.show()
    for n in range(200):
        window.undo.push(edit_details(doc, purpose=f"Purpose {n}"))
    QApplication.processEvents()
    delegate.measured = 0
    window.undo.push(edit_details(doc, purpose="One more"))
    QApplication.processEvents()
    assert delegate.measured < 20  # was every one of the 202 rows
    view.setCurrentIndex(view.model().index(51, 0))  # a click on the 51st edit
    assert window.undo.stack.index() == 51 and doc.workshop.purpose == "Purpose 50"
