"""The import's "Ready to import" words scroll on a small screen: their area is a Tab stop only
while it scrolls, and named. It was always a stop, with no name and no ring: heard as nothing."""

from __future__ import annotations

from PySide6.QtCore import Qt

from wtfc.ui.import_pages import ConfirmPage


def test_the_words_are_a_named_stop_only_while_they_scroll(qtbot):
    page = ConfirmPage()
    qtbot.addWidget(page)
    page.heading.setText("Ready to import")
    page.label.setText("\n".join(f"Line {n} of what comes in" for n in range(40)))
    page.resize(500, 200)
    page.show()
    qtbot.waitExposed(page)
    qtbot.waitUntil(lambda: page.words.verticalScrollBar().maximum() > 0)
    assert page.words.focusPolicy() == Qt.FocusPolicy.StrongFocus  # the arrows scroll it
    assert page.words.accessibleName() == "Import summary (the arrow keys scroll it)"
    page.label.setText("6 cards from 6 rows.")
    page.resize(900, 900)
    qtbot.waitUntil(lambda: page.words.verticalScrollBar().maximum() == 0)
    assert page.words.focusPolicy() == Qt.FocusPolicy.NoFocus  # nothing to scroll: no stop
