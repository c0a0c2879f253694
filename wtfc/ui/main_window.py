"""The facilitator's main window: stage navigator, stage pages, menus, undo history.

The window owns one ``Document`` for its whole life (opening a file swaps the workshop inside
it) and one ``UndoAdapter``. File handling (open, save, recent files, the close prompt) lives in
``FileController``; this module only lays things out and wires them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QByteArray, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QDockWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QStackedWidget,
    QWidget,
)

from wtfc.model.control_characters import name_shown  # as the title shows a file's name
from wtfc.model.demo import demo_previous_path
from wtfc.model.document import Document
from wtfc.model.workshop import Stage
from wtfc.ui.app_settings import settings
from wtfc.ui.background import stop_background_work
from wtfc.ui.copy_item import add_copy_item
from wtfc.ui.drop_door import watch_drops  # a file dropped opens (file_drop, when first)
from wtfc.ui.export_actions import ExportController
from wtfc.ui.file_controller import FileController
from wtfc.ui.held_back_warning import HeldBackWarning
from wtfc.ui.held_back_words import SHOW_LABEL, SHOW_TIP, HeldBackWords
from wtfc.ui.history_menu import history_item, make_history
from wtfc.ui.import_actions import file_menu_actions
from wtfc.ui.left_field import leave_open_editor
from wtfc.ui.page_heading_said import PageArrival
from wtfc.ui.pages import build_stage_page, focus_target
from wtfc.ui.review_memory import remember, remembered
from wtfc.ui.screen_fit import available_geometry, fitting_size
from wtfc.ui.screen_fonts import ScreenFonts
from wtfc.ui.shortcut_help import describe
from wtfc.ui.stage_dock import StageSide
from wtfc.ui.stage_list import build_stage_list
from wtfc.ui.stage_move import move_on
from wtfc.ui.undo import UndoAdapter, in_status_bar

if TYPE_CHECKING:  # imported where first used, not at start-up
    from wtfc.ui.boards.review import ReviewBoard
    from wtfc.ui.help_menu import ShortcutsDialog
    from wtfc.ui.wall.room import RoomController

GEOMETRY_KEY = "window/geometry"  # where and how big the window was when last closed
WANTED_SIZE = QSize(1400, 880)  # where the screen has room
# The smallest the window may be made: a 1366×768 laptop at 150% has 512 logical pixels of
# height, ~430 of them under a taskbar and a title bar; the pages lay out in ~410.
MINIMUM_SIZE = QSize(760, 420)


class MainWindow(QMainWindow):
    """The window the facilitator drives the workshop from."""

    room: RoomController  # the projector's, made with the Room view menu (pages.py)

    def __init__(self, doc: Document | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc = doc or Document()
        # before any page listens: letters the laptop lacks get their font before they are drawn
        self.screen_fonts = ScreenFonts(self.doc, self)
        self.undo = UndoAdapter(self.doc)
        self.undo.said = in_status_bar(self)  # "Undone: …" seen, when nothing in sight changed
        self.held_back = HeldBackWords(self)  # off at every start: this screen may be projected
        self.held_back.changed.connect(self._on_held_back_shown)
        self.files = FileController(self)
        # the first size, and the smallest, fit the free part of the screen: a 1366×768
        # laptop at 150% has 911×512 logical pixels, less its taskbar and this title bar
        available = available_geometry(self)
        self.setMinimumSize(fitting_size(MINIMUM_SIZE, available) if available else MINIMUM_SIZE)
        self.resize(fitting_size(WANTED_SIZE, available) if available else WANTED_SIZE)
        self._pages: dict[Stage, QWidget] = {}
        self._build_navigator()
        self._stack = QStackedWidget(self)
        self._stack.setAccessibleName("Stage page")
        self.setCentralWidget(self._stack)
        self._history_dock: QDockWidget | None = None  # Edit > History, made when first asked
        self._build_menus()
        self.doc.events.details_changed.connect(self._on_details_changed)
        self.doc.events.reset.connect(self._on_reset)
        self.undo.stack.cleanChanged.connect(self._on_clean_changed)
        # The stage's page is built when the window is first shown, not now: a window made to
        # open a file would otherwise build the empty workshop's page and throw it away.
        self._page_pending = True
        self._restoring_previous = False  # the Review board is given its file, not chosen
        self._select_in_navigator(self.doc.workshop.stage)
        self._update_title()
        # Late marks follow midnight and sleep (day_watch): 3 s after the first frame's turn
        QTimer.singleShot(0, self, lambda: QTimer.singleShot(3000, self, self._watch_the_day))

    @property
    def history_dock(self) -> QDockWidget:  # made the first time it is asked for
        if self._history_dock is None:
            self._history_dock = make_history(self, self.undo, self._history_item)
        return self._history_dock

    def _watch_the_day(self) -> None:
        from wtfc.ui.day_watch import watch_the_day

        self.day_watch = watch_the_day(self)

    # -- layout --------------------------------------------------------------------------------
    def _build_navigator(self) -> None:
        self.navigator, self.held_back_stage = build_stage_list(self.doc, self)
        self.navigator.currentItemChanged.connect(self._on_navigator_changed)
        # a click takes the keyboard into the page it shows: not when the move was refused
        # (words too long to record), where the keyboard stays with the words
        self.navigator.itemClicked.connect(
            lambda item: self.focus_page()
            if item.data(Qt.ItemDataRole.UserRole) == self.shown_stage() else None)
        dock = QDockWidget("Stages", self)
        dock.setObjectName("stages")
        dock.setFeatures(QDockWidget.DockWidgetFeature.NoDockWidgetFeatures)
        self.stage_side = StageSide(self, self.navigator)  # the timer and notes under it
        dock.setWidget(self.stage_side)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, dock)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu("&File")
        self.files.populate_menu(file_menu)
        anchor = self.files.extra_actions_anchor
        file_menu.insertActions(anchor, file_menu_actions(self))
        self.exports = ExportController(self.doc, self)
        export_menu = QMenu("&Export", self)
        export_menu.addActions(self.exports.actions)
        file_menu.insertMenu(anchor, export_menu)
        edit = bar.addMenu("&Edit")
        undo, redo = self.undo.step_actions(self, self.commit_pending_edits)
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        # both usual Redo keys on every system (the standard one differs between systems)
        redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        describe("Undo the last change", undo)  # their own text names the change
        describe("Redo the change undone", redo)
        undo.setStatusTip("Take back the last change (Ctrl+Z); Edit → History lists them all")
        redo.setStatusTip("Make again the change just undone (Ctrl+Shift+Z or Ctrl+Y)")
        edit.addAction(undo)
        edit.addAction(redo)
        edit.addSeparator()
        self.copy_action = add_copy_item(self, edit)
        edit.addSeparator()
        self._history_item = history_item(self, edit)  # the dock's own, once it is made
        self.undo_action, self.redo_action = undo, redo
        view = bar.addMenu("&Stage")
        for number, stage in enumerate(Stage, start=1):
            action = QAction(self, text=f"&{number} {stage.label}")
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.triggered.connect(lambda _=False, s=stage: self.go_to_stage(s, focus=True))
            view.addAction(action)
        view.addActions(self.stage_side.menu_actions())  # the timer's and notes' keys
        self._extend_menus(bar)
        self._build_help_menu(bar)

    def _extend_menus(self, bar) -> None:
        """Menus contributed by the stage pages (the room view, export…)."""
        from wtfc.ui.pages import menu_contributions

        show = QAction(self, text=SHOW_LABEL.replace(" details", " &details", 1))
        show.setCheckable(True)
        show.setStatusTip(SHOW_TIP)
        show.setToolTip(SHOW_TIP)  # the Room view menu shows its tips
        show.toggled.connect(self.held_back.set_shown)
        self.held_back.changed.connect(show.setChecked)
        self.show_held_back_action = show
        for title, actions in [*menu_contributions(self), ("&Room view", [None, show])]:
            menu = next((m for m in bar.findChildren(QMenu) if m.title() == title), None) \
                or bar.addMenu(title)
            # their items' tips say what each does and, greyed, when it works: else never seen
            menu.setToolTipsVisible(True)
            for action in actions:
                if action is None:
                    menu.addSeparator()
                else:
                    menu.addAction(action)

    def _on_held_back_shown(self, on: bool) -> None:
        """While held-back details show, the window says so at its foot: the facilitator must
        not forget before this screen goes up on the projector."""
        if on and getattr(self, "held_back_warning", None) is None:
            self.held_back_warning = HeldBackWarning(self.statusBar())  # fitted to the foot
            self.statusBar().show()  # made after the window was shown: not shown by itself
        if getattr(self, "held_back_warning", None) is not None:
            self.held_back_warning.setVisible(on)

    def _build_help_menu(self, bar) -> None:
        help_menu = bar.addMenu("&Help")
        shortcuts = QAction(self, text="&Keyboard shortcuts")
        shortcuts.setShortcut(QKeySequence("F1"))
        shortcuts.setStatusTip("Every key wtfc knows, for the menus and the page on screen")
        shortcuts.triggered.connect(self.show_shortcuts)
        about = QAction(self, text="&About wtfc")
        about.setMenuRole(QAction.MenuRole.AboutRole)
        about.triggered.connect(self.show_about)
        help_menu.addAction(shortcuts)
        help_menu.addSeparator()
        help_menu.addAction(about)
        self.shortcuts_dialog: ShortcutsDialog | None = None
        # the room window, once clicked, answers Ctrl+Z, Ctrl+S and F1 too, with these actions
        self.room.window.addActions([self.undo_action, self.redo_action,
                                     self.files.save_action, shortcuts])

    def show_shortcuts(self) -> None:
        """The shortcut list for the menus and the page on screen, beside the window."""
        from wtfc.ui.help_menu import ShortcutsDialog
        from wtfc.ui.shortcut_help import shortcut_groups

        page = self._stack.currentWidget()
        stage = self._stage_of(page)
        title = f"On the {stage.label} page" if stage is not None else "On this page"
        if self.shortcuts_dialog is not None:
            self.shortcuts_dialog.close()
            self.shortcuts_dialog.deleteLater()
        self.shortcuts_dialog = ShortcutsDialog(shortcut_groups(self.menuBar(), page, title),
                                                self)
        self.shortcuts_dialog.show()

    def show_about(self) -> None:
        from wtfc.ui.help_menu import show_about

        show_about(self)

    # -- stages --------------------------------------------------------------------------------
    def go_to_stage(self, stage: Stage, *, focus: bool = False) -> None:
        """The facilitator moves the workshop on (an undoable step, so Undo comes back).
        ``focus``: the keyboard goes to the page (its key or a click, not arrows in the list)."""
        if self.undo.read_only:  # look only: the projector follows the page on screen
            if stage != self.shown_stage():
                self._show_stage(stage)
                self.room.follow_stage()
        # words typed are recorded first (asked about with steps to redo), then the move: a
        # step, unless steps wait to be redone
        elif stage != self.doc.workshop.stage \
                and not move_on(self.undo, stage, self.commit_pending_edits):
            self._select_in_navigator(self.doc.workshop.stage)
            return
        if focus:
            self.focus_page()

    def focus_page(self) -> None:
        """The keyboard goes to the main widget of the page on screen (its table, tree or
        view), so the page's own keys (Insert, Space, Alt+1…) work at once; a screen reader
        hears the page's heading with it as it arrives (page_heading_said)."""
        page = self._stack.currentWidget()
        if page is not None and (target := focus_target(page)) is not None:
            PageArrival.of(self).focus(page, target, self.shown_stage())

    def shown_stage(self) -> Stage:
        """The stage whose page is on screen (in a read-only file, not always the workshop's)."""
        stage = self._stage_of(self._stack.currentWidget())
        return self.doc.workshop.stage if stage is None else stage

    def _stage_of(self, page: QWidget | None) -> Stage | None:
        return next((s for s, p in self._pages.items() if p is page), None)

    def page(self, stage: Stage) -> QWidget:
        if stage not in self._pages:
            page = build_stage_page(stage, self.doc, self.undo, self.held_back)
            self._pages[stage] = page
            self._stack.addWidget(page)
            if stage == Stage.REVIEW and (board := self._review_board()) is not None:
                board.current_path = lambda: self.files.path
                self._set_review_previous()
                board.previous_changed.connect(self.remember_review_previous)
        return self._pages[stage]

    def _review_board(self) -> ReviewBoard | None:
        """The Review board, once built (the page stack knows its pages as plain widgets)."""
        return cast("ReviewBoard | None", self._pages.get(Stage.REVIEW))

    def commit_pending_edits(self) -> bool:
        """Before saving, exporting or closing: a form field still being typed in is recorded
        first (the Prepare page records a field when it is left, which may not have happened).
        False when one was refused (too long, and said so): the save or close should wait."""
        leave_open_editor(self)  # a cell, a statement or a theme's name still being edited
        if not self.stage_side.commit_pending():  # the stage's plan or notes
            return False
        page = self._stack.currentWidget()
        if page is None or not hasattr(page, "commit_pending"):
            return True
        return page.commit_pending()

    def words_not_added(self) -> list[str]:
        """Words typed on a page that a close would lose and a save would not keep (a success
        statement not yet added with Enter), said in plain words, one line per page."""
        return [words for page in self._pages.values()
                if hasattr(page, "words_not_added") and (words := page.words_not_added())]

    def showEvent(self, event: QShowEvent) -> None:
        if self._page_pending:
            self._show_stage(self.doc.workshop.stage)
        watch_drops(self)
        super().showEvent(event)

    def _show_stage(self, stage: Stage) -> None:
        self._page_pending = False
        page, before = self.page(stage), self._stack.currentWidget()
        if before is not None and page is not before:  # (not at start-up)
            PageArrival.of(self).shown(page, stage)
        # the list and panel first: a page that fails as it is shown leaves them naming its stage
        self._select_in_navigator(stage)
        self.stage_side.show_stage(stage)
        self._stack.setCurrentWidget(page)

    def _select_in_navigator(self, stage: Stage) -> None:
        """Follow the stage in the list without the list's own signal (no step is made)."""
        row = list(Stage).index(stage)
        if self.navigator.currentRow() != row:
            blocker = self.navigator.blockSignals(True)
            self.navigator.setCurrentRow(row)
            self.navigator.blockSignals(blocker)

    def _on_navigator_changed(self, current: QListWidgetItem | None, _previous) -> None:
        if current is not None:
            self.go_to_stage(Stage(current.data(Qt.ItemDataRole.UserRole)))

    def _on_details_changed(self, field: str) -> None:
        if field == "stage":
            self._show_stage(self.doc.workshop.stage)
        if field == "title":
            self._update_title()

    def _on_reset(self) -> None:
        if Stage.REVIEW in self._pages:
            self._set_review_previous()
        self._show_stage(self.doc.workshop.stage)
        self._update_title()

    def _set_review_previous(self) -> None:
        """The demo comes with its previous cycle, so the Review board has something to show;
        any other workshop is compared with the file it was last compared with on this laptop
        (if it is still there), else with nothing until the facilitator opens one."""
        board = self._review_board()
        assert board is not None  # called once the Review page is built
        self._restoring_previous = True
        try:
            previous = remembered(self.files.path) if self.files.path else None
            board.clear_previous()  # the other workshop's last time is not this one's
            if self.files.is_demo:
                board.load_previous(demo_previous_path())
            elif previous is not None and not previous.is_file():
                board.notice.say(f"Last time's workshop, '{name_shown(previous.name)}', is no "
                                 "longer where it was compared from: open it again.")
            elif previous is not None:
                board.load_previous(previous)  # (a damaged file: it says why)
        finally:
            self._restoring_previous = False

    def remember_review_previous(self) -> None:
        """The facilitator opened last time's file on the Review board, or saved this workshop
        under a new name with it open: opening this workshop again compares with it at once."""
        board = self._review_board()
        if board is not None and not self._restoring_previous and self.files.path \
                and not self.files.is_demo:
            remember(self.files.path, board.previous_path)

    # -- title and closing ---------------------------------------------------------------------
    def _on_clean_changed(self, _clean: bool) -> None:
        if not self.undo.going():  # saved, or undone to the saved state; not the stack's end
            self._update_title()

    def _update_title(self) -> None:
        self.setWindowModified(not self.undo.stack.isClean())
        from wtfc.ui.window_title import retitle  # names shown as the import shows them

        retitle(self)  # (a title the guard flags left out)

    def show_as_last_time(self) -> None:
        """Show at the size and place of the last session; maximised the first time, as the
        wall needs the room (a small window shows a 96-card wall as unreadable bars)."""
        saved = settings().value(GEOMETRY_KEY)
        if isinstance(saved, QByteArray) and not saved.isEmpty() and self.restoreGeometry(saved):
            self.show()
        else:
            self.showMaximized()

    def closeEvent(self, event: QCloseEvent) -> None:
        # a close put off for an export was confirmed then; an export still being written ends
        # first, the window up and saying so (waited for frozen, its "Export saved" box came
        # after the window had gone, and wtfc crashed or ran on unseen)
        confirmed = self.exports.close_put_off or self.files.confirm_discard("closing")
        if not confirmed or self.exports.close_when_done(self.close):
            event.ignore()
            return
        settings().setValue(GEOMETRY_KEY, self.saveGeometry())
        self.files.closed_cleanly()
        self.room.close()
        from wtfc.ui.read_only_watch import end_watch  # loaded at a read-only open, if any
        end_watch(self)  # a closed window looks no more (its look held the collector off)
        stop_background_work()  # a check stops; none may run on as the app exits
        event.accept()
