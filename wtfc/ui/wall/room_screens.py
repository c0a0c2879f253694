"""Which screen the room view is on, and what happens when a screen comes or goes.

``RoomScreens`` owns the "Room view screen" menu for the ``RoomController`` and puts the room
window on the chosen screen (by default the projector, if there is a second screen). If that
screen goes away (the projector is unplugged) the window falls back to a normal window on the
primary screen: never a crash, never a full-screen window on a missing screen (OpenLP's hot-plug
bug, shared research §A3). When a screen comes back the room view returns to it, full screen,
unless the facilitator chose a screen meanwhile; ``say`` gives the status bar both. A projector
switched on (or Win+P → Extend) after the room view went on the laptop by default takes it too,
and a screen that changes size (Duplicate, another mode) has the room window fitted to it again.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QGuiApplication, QScreen
from PySide6.QtWidgets import QMenu

if TYPE_CHECKING:
    from wtfc.ui.wall.room import RoomWindow

FALLBACK_SIZE = (1280, 720)
PROJECTOR_GONE = ("The projector was disconnected: the room view is in a window on this screen. "
                  "It goes back when the projector returns (Room view → Room view screen).")
# the foot's news of where the room view went up (pages.py says it), stale once that screen goes
ROOM_ON = "Room view on {name} — Room view menu"
PROJECTOR_BACK = "The projector is connected again: the room view is back on it, full screen."
# "a second screen", not "the projector": with the lid closed before the room view went up, the
# one screen was the projector, and the screen added is the laptop's (wtfc cannot tell them apart)
PROJECTOR_ON = ("A second screen is connected: the room view is on it, full screen. To move it: "
                "Room view → Room view screen.")


def fall_back_from(window: RoomWindow, screen: QScreen) -> bool:
    """The projector went away: ``window`` becomes a normal window on the primary screen
    (True), if it was on ``screen``."""
    # not window.screen(): PySide would make the shared QScreen object that window's child;
    # nor screenAt(): Qt takes the screen off its list before it says it went
    on_it = screen.geometry().contains(window.geometry().center())
    if screen is not window.target_screen and not on_it:
        return False
    primary = QGuiApplication.primaryScreen()
    window.target_screen = primary if primary is not screen else None
    was_visible = window.isVisible()
    window.act_full_screen.blockSignals(True)
    window.act_full_screen.setChecked(False)
    window.act_full_screen.blockSignals(False)
    window.setWindowState(Qt.WindowState.WindowNoState)  # showNormal() would show it hidden
    if window.target_screen is not None:
        window.setScreen(window.target_screen)
        area = window.target_screen.availableGeometry()
        window.setGeometry(area.x() + 40, area.y() + 40,
                           min(FALLBACK_SIZE[0], area.width() - 80),
                           min(FALLBACK_SIZE[1], area.height() - 80))
    if was_visible:
        window.show()
    return True


class RoomScreens(QObject):
    """The screens of ``window``; ``act_show`` is the room view's Show action (ticked when a
    screen is used), ``say(text, ms)`` the status bar's (ms 0: until the next message; "": what
    it said no longer holds). ``placed(screen)``: the room view went up on ``screen``, by Show,
    the menu or F11 after a drag. ``screen_gone``: a screen went away, the room view fallen back
    from it if it was there (onto the facilitator's screen, or the facilitator's window is on the
    room view's now: with the lid closed the projector is the only screen left), with the name
    of the screen gone. ``chosen(screen)``: the facilitator put it there (the menu, or F11 after
    a drag), after ``placed``: the foot says the new screen, not the one Show named."""

    placed = Signal(QScreen)
    screen_gone = Signal(str)
    chosen = Signal(QScreen)

    def __init__(self, window: RoomWindow, act_show: QAction, say: Callable[[str, int], None],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.window = window
        self.act_show = act_show
        self.say = say
        self.fell_back = False  # from a screen that went away, and no screen chosen since
        # the screen is wtfc's pick, not the facilitator's (from the menu, or dragged and F11):
        # a projector switched on later takes the room view, as does Show again
        self.by_default = True
        # the screen the room view went on by default beside another: the projector, still when
        # it is the only screen left (the lid closed) and so the main display
        self.projector: QScreen | None = None
        # placed by default on a screen alone that was not the projector: a screen added is the
        # projector switched on late, not the laptop's lid opened beside a projector now main
        self.on_laptop_alone = False
        self.menu = QMenu("Room v&iew screen")  # I: the letters left free in the menu
        self.menu.setAccessibleName("Room view screen")
        self.group = QActionGroup(self)
        self.rebuild_menu()
        self.menu.aboutToShow.connect(self.rebuild_menu)  # the sizes as they are now
        app = QGuiApplication.instance()
        assert isinstance(app, QGuiApplication)  # the room window needs the GUI application
        app.screenAdded.connect(self.on_screen_added)
        app.screenRemoved.connect(self.on_screen_removed)
        self._resizes: list[tuple[QScreen, Callable[..., None]]] = []  # to stop following
        for screen in app.screens():
            self._follow_size(screen)
        window.dragged_to.connect(self.on_dragged)
        window.installEventFilter(self)  # its own close box: as Room view → Show unticked

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The room window closed from its close box or Alt+F4 (a window on a one-screen
        laptop) is the room view hidden: *Show room view* stayed ticked, and its keys (Blank,
        the page keys) went on working on a window no one saw, which came back black."""
        if watched is self.window and event.type() == QEvent.Type.Close \
                and self.act_show.isChecked():  # wtfc's own close comes after ``close``
            event.ignore()
            self.act_show.setChecked(False)
            return True
        return super().eventFilter(watched, event)

    def rebuild_menu(self) -> None:
        self.menu.clear()
        for action in self.group.actions():
            self.group.removeAction(action)
        current = self.window.target_screen
        primary = QGuiApplication.primaryScreen()
        for screen in QGuiApplication.screens():
            # in pixels, as Windows' Display settings say them: at 150 % a 1920×1080 laptop's
            # logical 1280×720 read as a 1280×720 projector's
            size, scale = screen.geometry(), screen.devicePixelRatio()
            main = ", main display" if screen is primary and len(QGuiApplication.screens()) > 1 \
                else ""
            action = QAction(self, checkable=True, text=f"{screen.name() or 'Screen'} "
                             f"({round(size.width() * scale)}×{round(size.height() * scale)}"
                             f"{main})")
            action.setChecked(screen is current)
            action.triggered.connect(lambda _=False, s=screen: self.choose(s))
            self.group.addAction(action)
            self.menu.addAction(action)

    def default_screen(self) -> QScreen:
        """The projector if there is a second screen (the one used before, if still there: it
        may be the main display now), else the laptop's own."""
        if any(s is self.projector for s in QGuiApplication.screens()):
            assert self.projector is not None
            return self.projector
        primary = QGuiApplication.primaryScreen()
        others = [s for s in QGuiApplication.screens() if s is not primary]
        return others[0] if others else primary

    def where_to_show(self) -> QScreen:
        """Where Show puts the room view: the facilitator's screen, else the default now (the
        projector switched on since the laptop was the default)."""
        target = self.window.target_screen
        return self.default_screen() if target is None or self.by_default else target

    def choose(self, screen: QScreen) -> None:
        """The facilitator's choice: a screen coming back no longer takes the room view."""
        self._chosen()
        self.use(screen)
        self.chosen.emit(screen)

    def on_dragged(self, screen: QScreen) -> None:
        """F11 on a room window dragged to ``screen``: full screen there, as chosen."""
        self._chosen()
        self.rebuild_menu()
        self.placed.emit(screen)
        self.chosen.emit(screen)

    def _chosen(self) -> None:
        self.by_default = False
        if self.fell_back:
            self.fell_back = False
            self.say("", 0)  # "it goes back when the projector returns" no longer holds

    def use(self, screen: QScreen) -> None:
        alone = len(QGuiApplication.screens()) == 1
        if self.by_default and not alone:
            self.projector = screen
        self.on_laptop_alone = alone and screen is not self.projector
        self.window.place_on(screen, full_screen=not alone)
        with_block = self.act_show.blockSignals(True)
        self.act_show.setChecked(True)
        self.act_show.blockSignals(with_block)
        self.rebuild_menu()
        self.placed.emit(screen)

    def on_screen_added(self, screen: QScreen | None = None) -> None:
        """A screen was added: back to it, as chosen before, if the room view fell back; to
        it, if the room view is on the laptop by default (the projector switched on late)."""
        primary = QGuiApplication.primaryScreen()
        if screen is not None:
            self._follow_size(screen)
        if self.fell_back and screen is not None and screen is not primary:
            self.fell_back = False
            self.window.target_screen = screen  # where Show puts it, when it is hidden now
            if self.act_show.isChecked():
                self.use(screen)
                self.say(PROJECTOR_BACK, 10000)
            else:  # hidden since it fell back: "it is in a window on this screen" no longer holds
                self.say("", 0)
        elif self.by_default and screen is not None and screen is not primary \
                and (self.window.target_screen is None or self.on_laptop_alone):
            self.window.target_screen = screen
            if self.act_show.isChecked():
                self.use(screen)
                self.say(PROJECTOR_ON, 10000)
        self.rebuild_menu()

    def _follow_size(self, screen: QScreen) -> None:
        if any(kept is screen for kept, _ in self._resizes):
            return

        def resized(*_args: object) -> None:
            self.window.fit_to(screen)
            self.rebuild_menu()

        screen.geometryChanged.connect(resized)
        screen.availableGeometryChanged.connect(resized)
        self._resizes.append((screen, resized))

    def on_screen_removed(self, screen: QScreen) -> None:
        name = screen.name()  # read while Qt still has it
        self._resizes = [(kept, resized) for kept, resized in self._resizes if kept is not screen]
        if fall_back_from(self.window, screen):
            self.fell_back = True
            if self.act_show.isChecked():
                self.say(PROJECTOR_GONE, 0)  # stays until it comes back
        self.rebuild_menu()
        self.screen_gone.emit(name)

    def close(self) -> None:
        """Stop following the screens (the room window is closing)."""
        app = QGuiApplication.instance()
        assert isinstance(app, QGuiApplication)
        app.screenAdded.disconnect(self.on_screen_added)
        app.screenRemoved.disconnect(self.on_screen_removed)
        for screen, resized in self._resizes:
            if shiboken6.isValid(screen):  # (one unplugged went with its connections)
                screen.geometryChanged.disconnect(resized)
                screen.availableGeometryChanged.disconnect(resized)
        self._resizes.clear()
        self.window.removeEventFilter(self)  # its close now is wtfc's: let it
