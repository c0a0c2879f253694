"""Every tooltip in the app wraps as ``plain_tip`` wraps one, whoever set it.

About 150 tips (a widget's, an action's in a toolbar or menu, an item view's ToolTipRole, a
graphics item's) were set without ``plain_tip``, some 170 letters on one line: Qt wraps a plain
tip only at the screen's edge, so on a wide projector screen a tip was one line too long for
the eye to follow back. One filter on the application sees each tooltip request (a
``QEvent.ToolTip``) wherever it goes, lets Qt show the tip as it would, and shows a plain tip
too wide for ``plain_tip`` again as ``plain_tip`` makes it. A tip already made by
``plain_tip`` (or any rich tip, which Qt wraps itself) is left as it is: nothing wraps twice,
and what a widget, item or action holds is never changed.

Every event passes an application's filter (~1 µs of Python each), so it is installed once
Qt's wake-up delay has passed: no tip can show before the pointer rests that long, and the
~2,700 events of the first frame pay nothing (tests/ui/test_startup_work.py).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QRect
from PySide6.QtGui import QHelpEvent, Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QToolTip, QWidget

from wtfc.ui.plain_tip import plain_tip

_MARK = "wtfc tips wrapped"


def wrap_every_tip(app: QApplication) -> None:
    """Once per application (the tests make it again and again), marked by a property."""
    if not app.property(_MARK):
        app.installEventFilter(TipWrap(app))
        app.setProperty(_MARK, True)


def wrapped(text: str) -> str:
    """``text`` as the app shows it in a tip: a plain tip as ``plain_tip`` makes it, a rich
    one (``plain_tip``'s own among them) as it is."""
    return text if Qt.mightBeRichText(text) else plain_tip(text)


class TipWrap(QObject):
    """The application's filter: a tooltip request is handed on as Qt would hand it, at once,
    and the tip it showed is wrapped before it is drawn (no wide frame flashes first)."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._handing_on = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # isinstance first: comparing the event's type costs every event ~3 µs more
        if not isinstance(event, QHelpEvent) or self._handing_on \
                or event.type() != QEvent.Type.ToolTip:
            return False
        self._handing_on = True
        try:  # to the widget, its item view or scene, and up to its parents, as Qt does
            QCoreApplication.sendEvent(watched, event)
        finally:
            self._handing_on = False
        # a rest where no tip is found is handed on again from each parent Qt then tries:
        # a few dozen calls of C++, once per rest of the pointer
        if event.isAccepted() and QToolTip.isVisible():
            text = QToolTip.text()
            tip = wrapped(text)
            if tip != text:
                # the tip again, as Qt reuses one showing: same place, new size, and the
                # cell it was shown for, so it still closes when the pointer leaves that cell
                QToolTip.showText(event.globalPos(), tip,
                                  watched if isinstance(watched, QWidget) else None,
                                  _cell(watched, event))
        return True


def _cell(watched: QObject, event: QHelpEvent) -> QRect:
    """The cell an item view's tip belongs to, as the view gives it to Qt (without it, a long
    tip stayed up over the next rows until the pointer rested again); no rectangle for a
    widget's or a graphics item's tip, as Qt gives none."""
    view = watched.parent() if isinstance(watched, QWidget) else None
    if isinstance(view, QAbstractItemView) and view.viewport() is watched:
        return view.visualRect(view.indexAt(event.pos()))
    return QRect()
