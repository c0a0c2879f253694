"""A dialog whose words scroll, fitted to the screen: the Remove this person… question and the
recovery offer both size themselves to their words, within the screen's free part, and let the
words scroll past it with Tab then stopping at them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QRect, QSize, Qt
from PySide6.QtWidgets import QScrollArea, QWidget

from wtfc.ui.screen_fit import FRAME, fit_to_screen


def fit_scrolling_words(dialog: QWidget, words_area: QScrollArea, wanted: QSize, needed: int,
                        available: QRect) -> None:
    """Size and place ``dialog`` as ``wanted`` or less (``fit_to_screen``); ``needed`` is the
    height showing all its words without scrolling."""
    fit_to_screen(dialog, wanted, available)
    # Tab stops at the words only when they scroll (the arrow keys then move them)
    scrolls = needed > available.height() - FRAME.height()
    words_area.setFocusPolicy(Qt.FocusPolicy.StrongFocus if scrolls else Qt.FocusPolicy.NoFocus)
    # the scroll bar goes or comes now, not after the first paint (Qt shows or hides it by a
    # queued call)
    QCoreApplication.sendPostedEvents(words_area, QEvent.Type.MetaCall)
