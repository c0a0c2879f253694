"""Turning the pages of a room view too big for one screen: the wall, the plan or the review.

``RoomPaging`` owns "Next room view page" (Ctrl+Shift+Right) and "Previous room view page"
(Ctrl+Shift+Left) for the ``RoomController``. They work from the main window's menu and in the
room window itself, and are on only while the view on show has more than one page: otherwise
the keys stay with the page on the facilitator's screen.

A text box with the keyboard (Prepare's Title after Ctrl+1, Identify success's Add… box) claims
Ctrl+Shift+Right/Left to select a word, and the page did not turn. While there are pages to
turn, the two keys are the room's there too (``eventFilter``); else text boxes keep them.

A presenter remote's Next / Previous send Page Down / Page Up (some Right / Left). While the
view on show has pages, they turn them in the room window (where nothing else uses them, the
arrows too); on the facilitator's window Page Down / Up do so unless the keyboard is in
something that pages itself: a text box, a list, table or tree (they move its row), a number
box or a drop-down. So on the wall and the why-tree they turn the room's pages (the laptop
scrolls with the wheel and scroll bars); read-out mode keeps them for its cards (its own
shortcuts, tried first); a dialog keeps them. A button or tick box in a form that scrolls
(Prepare's) leaves them to the form.

*Presenter remote turns the pages* (off by default, remembered on this laptop) gives Page Down /
Up to the room from lists, tables and trees too, so Next never moves the laptop's row; only a
text or number box keeps them. While the room is blank, Next / Previous bring it back on the
same page (a page turned behind the black screen was one the room never saw). In read-out mode
the room window's remote keys step the panel's card, as the panel's own keys do.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLineEdit,
    QMainWindow,
    QScrollArea,
    QWidget,
)

from wtfc.ui.app_settings import settings
from wtfc.ui.shortcut_help import describe
from wtfc.ui.wall.readout_card import ReadOutCard

# why a room view item is greyed, in its tip (the Room view menu shows its tips)
NOT_SHOWN = "show the room view first (Room view → Show room view)"
ONE_PAGE = "what the room view shows fits on one page"
# a presenter remote's Next / Previous, by key code (any key passes here: no enum to raise)
REMOTE_KEYS = {Qt.Key.Key_PageDown.value: 1, Qt.Key.Key_PageUp.value: -1}
ROOM_KEYS = {**REMOTE_KEYS, Qt.Key.Key_Right.value: 1, Qt.Key.Key_Left.value: -1}  # room window
# the facilitator's widgets that page or move with Page Down / Up themselves, by Qt's class
# names: importing the Python types (QComboBox's, QTextEdit's enums) cost every start ~3 M
# instructions, for a page key on a shown room view
TYPED_IN = ("QLineEdit", "QTextEdit", "QPlainTextEdit", "QAbstractSpinBox")  # kept, opted in too
PAGES_ITSELF = (*TYPED_IN, "QAbstractItemView", "QComboBox")
REMOTE_SETTING = "room/remote_turns_pages"
REMOTE_TIP = ("Next / Previous on a presenter remote (Page Down / Up) turn the room view's "
              "pages from anywhere but a text or number box: a list, table or tree no longer "
              "moves its row with them. Off: they page those on the laptop")


class RoomPaging(QObject):
    """The page actions of a room window whose view is ``window.content``; ``shown`` tells
    whether the room view is on (its pages are turned only then); ``panel``, the wall's panel,
    steps its read-out card while the room shows it."""

    def __init__(self, window: QWidget, shown: Callable[[], bool],
                 parent: QObject | None = None, panel=None) -> None:
        super().__init__(parent)
        self.window = window
        self.shown = shown
        self.panel = panel
        self.act_next = QAction(self, text="&Next room view page")
        self.act_next.setShortcut(QKeySequence("Ctrl+Shift+Right"))
        self._tips = {self.act_next: "Show the next page of the wall, plan or review on the "
                                     "room view (Ctrl+Shift+Right, or Page Down: a presenter "
                                     "remote's Next)"}
        self.act_next.triggered.connect(lambda: self.turn_page(1))
        self.act_previous = QAction(self, text="Previ&ous room view page")
        self.act_previous.setShortcut(QKeySequence("Ctrl+Shift+Left"))
        self._tips[self.act_previous] = ("Show the previous page of the wall, plan or review "
                                         "on the room view (Ctrl+Shift+Left, or Page Up: a "
                                         "presenter remote's Previous)")
        self.act_previous.triggered.connect(lambda: self.turn_page(-1))
        for action in (self.act_next, self.act_previous):
            window.addAction(action)  # the keys work in the room window too
        self.act_remote = QAction(self, text="Presenter remote turns the pa&ges", checkable=True)
        self.act_remote.setToolTip(REMOTE_TIP)
        self.act_remote.setChecked(settings().value(REMOTE_SETTING, False, type=bool) is True)
        self.act_remote.toggled.connect(lambda on: settings().setValue(REMOTE_SETTING, on))
        describe("Next room view page (Page Down: not while a text or number box has the "
                 "keyboard, nor a list, table, tree or drop-down unless Room view → Presenter "
                 "remote turns the pages is on; in the room window Right too; while blank, "
                 "brings the room back on its page; in read-out, the next card)", self.act_next,
                 keys="Ctrl+Shift+Right or Page Down")
        describe("Previous room view page (Page Up, and Left in the room window: as Page Down "
                 "for the next)", self.act_previous, keys="Ctrl+Shift+Left or Page Up")
        self._filtering = False  # the page keys are taken from text boxes (only while paged)
        self._eat: int | None = None  # a key whose press brought the room back (read-out)
        window.destroyed.connect(self._on_window_destroyed)
        blank = getattr(window, "act_blank", None)
        if blank is not None:  # a blank room takes Next / Previous, to come back, paged or not
            blank.toggled.connect(self._on_blank_toggled)

    def follow(self, content: QWidget) -> None:
        """A new view is on show: keep the actions in step with its pages (a paged view, the
        wall or a board's, says ``pages_changed``; it starts on page 1)."""
        pages_changed = getattr(content, "pages_changed", None)
        if pages_changed is not None:
            pages_changed.connect(self.update_actions)
        self.update_actions()

    def paged_view(self):
        """The view on show, if it is in more than one page (a room wall, or a board's view
        with ``page``, ``page_count()`` and ``show_page()``, as ``RoomCanvas`` has)."""
        content = self.window.content
        if self.shown() and hasattr(content, "show_page") and content.page_count() > 1:
            return content
        return None

    def update_actions(self) -> None:
        # only while there are pages to turn: otherwise the keys stay with the page on screen
        on = self.paged_view() is not None
        # greyed, the menu's tip says when they work
        why_not = "" if on else NOT_SHOWN if not self.shown() else ONE_PAGE
        for action, tip in self._tips.items():
            action.setEnabled(on)
            action.setToolTip(f"{tip}. Not now: {why_not}" if why_not else tip)
        self._filter_keys(on or self._reading_out() or self._blank())

    def actions(self) -> list[QAction]:
        """The Room view menu's paging items."""
        return [self.act_remote, self.act_next, self.act_previous]

    def _blank(self) -> bool:
        is_blank = getattr(self.window, "is_blank", None)
        return self.shown() and is_blank is not None and is_blank()

    def _reading_out(self) -> bool:
        """The room shows the read-out card: the room window's remote keys step it."""
        return (self.panel is not None and self.shown()
                and isinstance(getattr(self.window, "content", None), ReadOutCard))

    def _on_blank_toggled(self, _on: bool) -> None:
        self.update_actions()

    def _on_window_destroyed(self) -> None:
        self._filter_keys(False)  # the room window closed: no keys to take for it

    def _filter_keys(self, on: bool) -> None:
        app = QApplication.instance()
        if app is not None and on != self._filtering:  # every event passes it: only while on
            self._filtering = on
            if on:
                app.installEventFilter(self)
            else:
                app.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A page key's ShortcutOverride is kept from the widget with the keyboard, which would
        claim it (a text box selects a word), so the key goes to the page actions. A remote's
        Page Down / Up (no shortcut took it: read-out's did) turns the page where it is free."""
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent) \
                and self._is_page_key(event) and self.paged_view() is not None:
            event.ignore()  # not wanted by the widget: Qt tries the shortcuts
            return True
        if isinstance(event, QKeyEvent) and self._unblanks_readout(watched, event):
            return True
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            step = self._remote_step(watched, event)
            if step:
                self.turn_page(step)
                return True
        return False

    def _unblanks_readout(self, watched: QObject, event: QKeyEvent) -> bool:
        """Read-out on the laptop while the room is blank: the remote's Next / Previous (and
        Right / Left in the empty Put in theme) bring the room back on the same card. Read-out's
        own shortcuts took them first, and stepped the card behind the black screen."""
        kind = event.type()
        if kind == QEvent.Type.KeyPress and self._eat == int(event.key()):
            self._eat = None  # the key whose override brought the room back: nothing more
            return True
        if kind != QEvent.Type.ShortcutOverride or not self._blank() or self.panel is None \
                or not self.panel.readout_active() or watched is not QApplication.focusWidget():
            return False
        key, box = int(event.key()), self.panel.readout.theme_box
        arrow = key in ROOM_KEYS and key not in REMOTE_KEYS and watched is box \
            and isinstance(box, QLineEdit) and not box.text()
        plain = not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if not plain or not (key in REMOTE_KEYS or arrow):
            return False
        self.window.set_blank(False)  # type: ignore[attr-defined]
        self._eat = key
        event.accept()  # the widget's: no shortcut runs; its key press is eaten above
        return True

    def _remote_step(self, watched: QObject, event: QKeyEvent) -> int:
        """1 or -1 for a remote's key the room should take from ``watched``; 0 to leave it."""
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        key = int(event.key())
        # once per key: its first receiver (a key ignored is offered to each parent in turn)
        target = QApplication.focusWidget() or QApplication.activeWindow()
        if modifiers != Qt.KeyboardModifier.NoModifier or watched is not target \
                or key not in ROOM_KEYS:
            return 0
        paged_or_blank = self.paged_view() is not None or self._blank()
        if target.window() is self.window:
            return ROOM_KEYS[key] if paged_or_blank or self._reading_out() else 0
        if not paged_or_blank or not isinstance(target.window(), QMainWindow):
            return 0
        if self.act_remote.isChecked():  # opted in: only a box typed in keeps them
            return 0 if _is_one_of(target, TYPED_IN) else REMOTE_KEYS.get(key, 0)
        free = not _is_one_of(target, PAGES_ITSELF) and not _in_scrolling_form(target)
        return REMOTE_KEYS.get(key, 0) if free else 0

    def _is_page_key(self, event: QKeyEvent) -> bool:
        # arrows carry the keypad modifier on some platforms (macOS)
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        pressed = QKeySequence(event.key() | modifiers.value)
        return any(pressed.matches(action.shortcut()) == QKeySequence.SequenceMatch.ExactMatch
                   for action in (self.act_next, self.act_previous))

    def turn_page(self, step: int) -> None:
        """Show the next (``step`` 1) or previous (-1) page of the view on show; no further
        than the first or last. A blank room comes back on the page it left (nothing turns
        unseen); the read-out card steps the panel's card."""
        if self._blank():
            self.window.set_blank(False)  # type: ignore[attr-defined]
            return
        view = self.paged_view()
        if view is not None:
            view.show_page(max(0, min(view.page + step, view.page_count() - 1)))
        elif self._reading_out():
            self.panel.readout.step(step)


def _is_one_of(widget: QWidget, classes: tuple[str, ...]) -> bool:
    """Whether ``widget`` is (or inherits) one of Qt's ``classes``, asked of Qt by name."""
    return any(widget.inherits(name) for name in classes)


def _in_scrolling_form(widget: QWidget) -> bool:
    """A button or tick box in a form that can scroll (Prepare's): Page Down scrolls it."""
    if not isinstance(widget, QAbstractButton):
        return False
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QScrollArea):
        parent = parent.parentWidget()
    return parent is not None and parent.verticalScrollBar().maximum() > 0
