"""The room view's window: the projector's, one read-only view at a time, or black.

B (or ".", a presenter remote's Blank) blanks it, F11 toggles full screen. Shown by wtfc, it
leaves the keyboard with the facilitator's window. ``RoomController`` (``room.py``) decides what
it shows.
"""

from __future__ import annotations

import time

import shiboken6
from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence, QScreen
from PySide6.QtWidgets import QApplication, QLabel, QStackedLayout, QWidget

from wtfc.ui.screen_fit import fit_to_screen
from wtfc.ui.style import INK, WALL_BACKGROUND, pixel_font

BLANK_TIP = "Black out the projector without closing it (B or ., a presenter remote's Blank)"
FULL_SCREEN_TIP = "Full screen on the chosen screen (F11)"
HAND_BACK_SECONDS = 1.0  # a platform's activation of the room window shown comes within this
NOTHING_YET = "Nothing to show yet"

class RoomWindow(QWidget):
    """The projector window: one view at a time, or black. Shown by wtfc, it leaves the
    keyboard with the facilitator's window (``_hand_back_keyboard``); brought back from the
    taskbar by the facilitator, it keeps it. ``dragged_to`` says F11 found it on another screen
    than its own: the facilitator dragged it there, their choice of screen."""

    dragged_to = Signal(QScreen)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self._keeper: tuple[QWidget, float] | None = None  # who gets the keyboard back, until
        self.setWindowTitle("wtfc — room view")
        self.setAccessibleName("Room view")
        self.setStyleSheet(f"background: {INK.name()};")
        self.stack = QStackedLayout(self)
        self.stack.setContentsMargins(0, 0, 0, 0)
        self.blank_page = QWidget()
        self.blank_page.setAccessibleName("Blank room view")
        self.blank_page.setStyleSheet("background: black;")
        self.content: QWidget = self._message(NOTHING_YET)
        self.stack.addWidget(self.content)
        self.stack.addWidget(self.blank_page)
        self.target_screen: QScreen | None = None
        self.act_blank = QAction(self, text="Blan&k the room view", checkable=True)
        self.act_blank.setShortcuts([QKeySequence("B"), QKeySequence(".")])  # remotes send either
        self.act_blank.setToolTip(BLANK_TIP)
        self.act_blank.toggled.connect(self.set_blank)
        self.act_full_screen = QAction(self, text="F&ull screen", checkable=True)
        self.act_full_screen.setShortcut(QKeySequence("F11"))
        self.act_full_screen.setToolTip(FULL_SCREEN_TIP)
        self.act_full_screen.toggled.connect(self.set_full_screen)
        self.addAction(self.act_blank)
        self.addAction(self.act_full_screen)

    def _message(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setWordWrap(True)
        label.setFont(pixel_font(48))
        # dark words on the wall's colour, as every other empty view has them: light on black
        # ("No priority theme is chosen yet.") looked like the projector blanked with B
        label.setStyleSheet(f"color: {INK.name()}; background: {WALL_BACKGROUND.name()}; "
                            "padding: 40px;")
        return label

    def show_widget(self, widget: QWidget) -> None:
        """Put a (read-only) view in the window, replacing the one shown."""
        old = self.content
        self.content = widget
        self.stack.insertWidget(0, widget)
        self.stack.removeWidget(old)
        old.deleteLater()
        if not self.act_blank.isChecked():
            self.stack.setCurrentWidget(widget)

    def show_message(self, text: str) -> None:
        self.show_widget(self._message(text))

    def set_blank(self, on: bool) -> None:
        self.stack.setCurrentWidget(self.blank_page if on else self.content)
        self.act_blank.setChecked(on)  # from B or from code: a no-op when it is already so

    def is_blank(self) -> bool:
        return self.stack.currentWidget() is self.blank_page

    def set_full_screen(self, on: bool) -> None:
        """F11: full screen where the window is (or normal again)."""
        if on and self.isVisible() and not self.isFullScreen():
            # dragged by its title bar onto the projector, F11 there filled the laptop
            where = QGuiApplication.screenAt(self.frameGeometry().center())
            if where is not None and where is not self.target_screen:
                self.target_screen = where
                self.dragged_to.emit(where)
        self._fill_screen(on)

    def _fill_screen(self, on: bool) -> None:
        if on:
            if self.target_screen is not None:
                self.setScreen(self.target_screen)
                self.setGeometry(self.target_screen.geometry())
            self.showFullScreen()
        else:
            self.showNormal()
        self._hand_back_keyboard()
        self.act_full_screen.setChecked(on)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        # only wtfc's own show: one from the platform (restored from the taskbar) is the
        # facilitator reaching for the room window, whose keys (B, F11, the page keys) they want
        if not event.spontaneous():
            self._hand_back_keyboard()

    def _hand_back_keyboard(self) -> None:
        """The window that had the keyboard before the projector came on (the facilitator's)
        keeps it: else the next B blanked the projector mid-sentence, and Ctrl+Z and Ctrl+S did
        nothing. WA_ShowWithoutActivating asks the platform; one that activates a window shown
        all the same (the offscreen one; perhaps Windows for a full-screen one) is answered by
        activating the facilitator's again, at once and when the activation arrives."""
        keeper = QApplication.activeWindow()
        if keeper is None or keeper is self:  # F11 pressed here: the keyboard stays here
            return
        self._keeper = (keeper, time.monotonic() + HAND_BACK_SECONDS)
        QTimer.singleShot(0, keeper, keeper.activateWindow)

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow() \
                and self._keeper is not None:
            keeper, until = self._keeper
            self._keeper = None
            if time.monotonic() < until and shiboken6.isValid(keeper) and keeper.isVisible():
                QTimer.singleShot(0, keeper, keeper.activateWindow)

    def place_on(self, screen: QScreen, *, full_screen: bool = True) -> None:
        """Show the window on ``screen`` (full screen unless told otherwise)."""
        self.target_screen = screen
        self.setScreen(screen)
        if full_screen:
            # moved as a window (else F11 off put it back where it was); showNormal would show
            # it while hidden
            self.setWindowState(self.windowState() & ~Qt.WindowState.WindowFullScreen)
            self._fill_screen(True)
        else:
            if not self.isFullScreen():  # (F11 pressed on a one-screen laptop stays)
                # its frame on the screen, clear of the taskbar: the screen's size ran past both
                fit_to_screen(self, screen.availableGeometry().size(), screen.availableGeometry())
            self.show()

    def fit_to(self, screen: QScreen) -> None:
        """``screen`` changed size (Duplicate, Extend, another mode): full screen on it, the
        window fills it again; a window on it that now runs past its edges is fitted in. Hidden,
        it waits: Show places it."""
        if not self.isVisible():
            return
        if self.isFullScreen():
            if screen is self.target_screen:
                self.setGeometry(screen.geometry())  # which ends full screen, so:
                self.showFullScreen()
                self._hand_back_keyboard()
            return
        where = QGuiApplication.screenAt(self.frameGeometry().center())
        if (where is None or where is screen) \
                and not screen.availableGeometry().contains(self.frameGeometry()):
            fit_to_screen(self, self.size(), screen.availableGeometry())
