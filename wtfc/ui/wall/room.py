"""The room view: a second, read-only window for the projector, and the facilitator's controls.

``RoomWindow`` (``room_window.py``) shows one registered view (the wall as the room sees it, one
theme, the read-out card, or any board registered later) full screen on a chosen screen. B
blanks it, F11 toggles full screen. Which screen, and what happens when the projector is
unplugged and plugged back in, is ``room_screens.py``; ``said`` tells the status bar.

``RoomController`` owns the window and gives the main window's "Room view" menu its actions;
it follows the wall panel's choices (kinds, current theme, read-out card). Following the stage,
it shows the read-out card (with the themes it could join, ``room_readout.py``) while the
facilitator reads out, and the wall again after; a view chosen by hand stays. The first Show
after a workshop is opened, before its day is under way, shows the Welcome (``room_morning.py``).
A wall, plan or review too big for one screen is shown in pages: Ctrl+Shift+Right and
Ctrl+Shift+Left turn them, from the main window or the room window itself (``room_paging.py``).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QLabel, QWidget

from wtfc.model.document import Document
from wtfc.model.workshop import Kind, Stage
from wtfc.ui.render import ViewRequest, available_views, view_factory
from wtfc.ui.wall.layout import KIND_ORDER
from wtfc.ui.wall.readout_card import ReadOutCard, nothing_to_read_out
from wtfc.ui.wall.room_morning import MorningWelcome
from wtfc.ui.wall.room_no_names import NoNamesNotice
from wtfc.ui.wall.room_notes_kept import beside_room
from wtfc.ui.wall.room_paging import NOT_SHOWN, RoomPaging
from wtfc.ui.wall.room_screens import RoomScreens
from wtfc.ui.wall.room_wall import RoomWallView
from wtfc.ui.wall.room_window import BLANK_TIP, FULL_SCREEN_TIP, NOTHING_YET, RoomWindow
from wtfc.ui.wall.views import readout_card

OWN_VIEWS = {"room": "The &wall", "theme": "The current &theme",
             "readout": "The &read-out card"}
# The boards' views in the order of the day, named as their pages are.
BOARD_VIEWS = {"welcome": "The w&elcome", "priorities": "&Priorities",
               "causes": "Root &causes (why?)",
               "fishbone": "Root causes as a fish&bone",
               "success": "What would &success look like?", "plan": "Action p&lan",
               "review": "What has c&hanged"}
NOT_FOR_ROOM = {"wall"}  # the facilitator's wall shows held-back cards: never on the projector


class RoomController(QObject):
    """Owns the ``RoomWindow`` and its menu actions; follows a ``WallPanel``'s choices.

    ``actions()`` lists the QActions for the main window's "Room view" menu. ``said(text, ms)``
    is for the status bar (ms 0: until the next message): the projector went, or came back
    ("": what it said no longer holds).
    """

    said = Signal(str, int)

    def __init__(self, doc: Document, panel=None, parent: QObject | None = None, *,
                 board_request: Callable[[str], ViewRequest] | None = None,
                 stage_view: Callable[[Stage], str | None] | None = None,
                 shown_stage: Callable[[], Stage] | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.panel = panel
        # what a board view shows (its theme, the previous workshop) comes from the boards
        self.board_request = board_request or ViewRequest
        # which view goes with a stage, when the room follows the stage (None: stay)
        self.stage_view = stage_view or (lambda _stage: None)
        # the stage on the facilitator's screen: the workshop's, except in a read-only file,
        # where moving on shows the page without changing the workshop
        self.shown_stage = shown_stage or (lambda: doc.workshop.stage)
        self.window = RoomWindow()
        self.choice = "room"
        self._reading_out = False  # the panel's read-out mode, as last followed
        self._by_hand = False  # the view on show is the facilitator's choice, not the stage's
        self._stale = True
        self._closed = False
        self._stage_moved = False  # told by the edit's details, followed as it ends
        self.act_show = QAction(self, text="Show room &view", checkable=True)
        self.act_show.setToolTip("Open the read-only room view on the projector")
        self.act_show.toggled.connect(self.set_shown)
        self.screens = RoomScreens(self.window, self.act_show, self.said.emit, self)
        self.screen_menu = self.screens.menu
        # the window's held-back details go when the room view goes up on its screen
        self.held_back_kept = beside_room(self, parent)
        self.view_group = QActionGroup(self)
        self.view_actions: dict[str, QAction] = {}
        for name in self._view_names():
            text = OWN_VIEWS.get(name) or BOARD_VIEWS.get(name) or f"The {name} board"
            action = QAction(self, text=text, checkable=True)
            action.setToolTip(f"Show {text.replace('&', '').lower()} on the room view")
            action.triggered.connect(lambda _=False, name=name: self._choose(name))
            self.view_group.addAction(action)
            self.view_actions[name] = action
        self.view_actions["room"].setChecked(True)
        self.act_follow = QAction(self, text="&Follow the stage", checkable=True)
        self.act_follow.setChecked(True)
        self.act_follow.setToolTip("Show the board of the stage on screen when the stage "
                                   "changes (the wall on Theme, the priorities on Understand…)")
        self.act_follow.toggled.connect(lambda on: self.follow_stage() if on else None)
        # the morning's first Show: the Welcome, wherever last night's dry run left the stage
        self.morning = MorningWelcome(self)
        self.paging = RoomPaging(self.window, self.act_show.isChecked, self, panel)
        self.act_next_page = self.paging.act_next
        self.act_previous_page = self.paging.act_previous
        # notes typed after the day going up with no names pasted to watch for: said
        self.no_names = NoNamesNotice(self)
        self.set_shown(False)
        doc.events.edited.connect(self._on_document_edited)
        doc.events.details_changed.connect(self._on_details_changed)
        doc.events.reset.connect(self._on_reset)
        # before the views that rebuild on a reset: the new workshop's words they measure stay
        self._workshop, self._forgotten = doc.workshop, False
        doc.events.reset.connect(self._on_another_workshop, priority=1)
        doc.events.reset.connect(self._after_another_workshop, priority=-1)  # after them
        if panel is not None:
            panel.room_state_changed.connect(self._on_panel_changed)
        self.refresh()

    def _view_names(self) -> list[str]:
        # the menu in the order of the day: the welcome (Prepare and Collect) before the wall,
        # the theme and the read-out card (Theme), then the later stages' boards
        known = ["welcome", *OWN_VIEWS, *(name for name in BOARD_VIEWS if name != "welcome")]
        others = [n for n in available_views() if n not in known and n not in NOT_FOR_ROOM]
        return [*known, *others]

    def actions(self) -> list[QAction]:
        screens = self.screen_menu.menuAction()
        # no names pasted: said under the views that print words typed after the day
        return [self.act_show, screens, self.act_follow, *self.view_actions.values(),
                self.no_names.action, *self.paging.actions(), self.window.act_blank,
                self.window.act_full_screen]

    # -- following the stage -------------------------------------------------------------------
    def follow_stage(self, stage: Stage | None = None) -> None:
        """Show the view that goes with ``stage`` (by default the stage on screen), if
        following and there is one (the plan again too: Plan's and Act's boards each choose
        the theme it shows)."""
        self.morning.on_follow()  # moved on from the stage the Welcome stood in for
        name = self._followed_view(stage)
        if name is not None and (name != self.choice or name == "plan"):
            self._by_hand = False
            self.show_view(name)

    def _followed_view(self, stage: Stage | None = None) -> str | None:
        if not self.act_follow.isChecked():
            return None
        name = self.stage_view(self.shown_stage() if stage is None else stage)
        if name == "room" and self._reading_out:  # the card being read out is the wall's news
            name = "readout"
        return name if name in self.view_actions else None

    def _on_another_workshop(self) -> None:
        """The words every view and export kept of the last workshop go with it (its cards come
        from care reviews, and a laptop may be shared); the same one again (a read-only file
        saved as ours) keeps them, as they are still what is drawn."""
        if self.doc.workshop is not self._workshop:
            self._workshop, self._forgotten = self.doc.workshop, True
            self.morning.opened()
            _forget()

    def _after_another_workshop(self) -> None:
        """What the views measured of the last workshop as they were rebuilt goes too."""
        if self._forgotten:
            self._forgotten = False
            _forget(rows_only=True)

    def _on_reset(self) -> None:
        """Another workshop: the room follows its stage (and shows it afresh either way). Not
        shown, the last workshop's view (and its words) goes now, not when shown again."""
        if not self.window.isVisible():
            self.window.show_message(NOTHING_YET)
        name = self._followed_view(self.doc.workshop.stage)  # the page may not have moved yet
        if name is not None:
            self.choice, self._by_hand = name, False
            self.view_actions[name].setChecked(True)
        self.refresh()

    def _on_details_changed(self, field: str) -> None:
        if field == "stage":  # the workshop moved on; its page may not be on screen yet
            self._stage_moved = True  # followed as the edit is told: see ``_on_document_edited``
            self.morning.stage_moved()

    # -- on the projector or not ---------------------------------------------------------------
    def set_shown(self, on: bool) -> None:
        # B and F11 act on the projector: while it is off they would toggle a hidden window
        # (and B would take the letter from the facilitator's typing)
        for action, tip in ((self.window.act_blank, BLANK_TIP),
                            (self.window.act_full_screen, FULL_SCREEN_TIP)):
            action.setEnabled(on)
            action.setToolTip(tip if on else f"{tip}. Not now: {NOT_SHOWN}")
        if on:
            self.morning.on_show()  # chosen before the window shows: the wall never built
            self.screens.use(self.screens.where_to_show())
            if self._stale:
                self.refresh()
        else:
            self.window.hide()
        self.paging.update_actions()
        self.no_names.update()
        if on:
            self.morning.say()  # after Show's news and "No names pasted…" are timed

    # -- what is shown -------------------------------------------------------------------------
    def _choose(self, name: str) -> None:
        """The Room view menu: a view other than the stage's is kept through read-out mode."""
        self._by_hand = name != self._followed_view()
        self.show_view(name)

    def show_view(self, name: str) -> None:
        self.choice = name
        self.view_actions[name].setChecked(True)
        self.refresh()

    def refresh(self) -> None:
        """Build the chosen view afresh from its factory (later, while the room view is hidden:
        laying out the room wall is too costly to do for nobody, e.g. at start-up)."""
        if not self.window.isVisible():
            self._stale = True
            self.no_names.update()
            return
        self._stale = False
        name = self.choice
        try:
            if name == "room":
                # the wall fills the window: laid out once, for it (and the room timer's corner)
                size = self.window.contentsRect().size()
                self.window.show_widget(RoomWallView(
                    self.doc, kinds=self._kinds(),
                    viewport=(float(size.width()), float(size.height())),
                    timer=bool(self.window.property("keeps_timer"))))
            elif name == "theme":
                theme_id = self._current_theme()
                if theme_id is None:
                    self.window.show_message("No theme is chosen yet.")
                else:
                    size = self.window.contentsRect().size()
                    self.window.show_widget(view_factory("theme")(self.doc, ViewRequest(
                        "theme", theme_id, size=(float(size.width()), float(size.height())))))
            elif name == "readout":  # the card, and the themes it could join
                from wtfc.ui.wall.room_readout import RoomReadOut
                card = RoomReadOut(self.doc, self._kinds())
                self._follow_readout(card)
                self.window.show_widget(card)
            else:
                view = view_factory(name)(self.doc, self.board_request(name))
                self._keep_timer_from_the_start(view)
                self.window.show_widget(view)
        except LookupError as exc:  # a view that needs a choice first: say which, plainly
            self.window.show_message(getattr(exc, "for_room", str(exc)))
        self.paging.follow(self.window.content)
        self.no_names.update()

    def _keep_timer_from_the_start(self, view: QWidget) -> None:
        """A board's view made while the room timer is chosen keeps its corner from its first
        layout, as the wall does by ``timer=``: told as it was put in, it was laid out once for
        its place at the default 640x480, then again at its first show."""
        if self.window.property("keeps_timer") and hasattr(view, "keep_timer"):
            # read by its first layout (not laid out yet: at its first show, or first look)
            view.timer_kept = True  # type: ignore[attr-defined]

    def _kinds(self) -> tuple[Kind, ...]:
        return self.panel.kinds if self.panel is not None else KIND_ORDER

    def _current_theme(self) -> str | None:
        theme_id = self.panel.current_theme_id if self.panel is not None else None
        return theme_id if theme_id and self.doc.get("themes", theme_id) else None

    def _readout_card(self):
        card_id = self.panel.readout.card_id if self.panel is not None else None
        if self.panel is not None and not card_id:
            return None  # the facilitator's read-out has no card (all in themes): nor the room
        try:
            return readout_card(self.doc, card_id or "")
        except LookupError:  # the card was deleted (or its import undone): show none
            return None

    def _follow_readout(self, content: ReadOutCard) -> None:
        """The facilitator's read-out card, or why there is none, as their screen says it."""
        content.set_card(self._readout_card(),
                         empty_text=nothing_to_read_out(self.doc, self._kinds(), room=True))

    def _on_panel_changed(self) -> None:
        if self._follow_reading_out():
            return
        content = self.window.content
        if self.choice == "room" and isinstance(content, RoomWallView):
            content.set_kinds(self._kinds())
        elif self.choice == "readout" and isinstance(content, ReadOutCard):
            if hasattr(content, "set_kinds"):  # the themes under the card, numbered as the wall
                content.set_kinds(self._kinds())
            self._follow_readout(content)
        elif self.choice == "theme":
            self.refresh()

    def _follow_reading_out(self) -> bool:
        """Ctrl+R or Esc on the wall: the view that followed the stage follows read-out mode
        (the wall ↔ the read-out card); one chosen by hand stays. True: it was switched."""
        reading = self.panel is not None and self.panel.readout_active()
        if reading == self._reading_out:
            return False
        was = self._followed_view()
        self._reading_out = reading
        now = self._followed_view()
        if self._by_hand and not reading and self.choice == now:
            self._by_hand = False  # the wall picked mid read-out is the stage's own view again
        if self._by_hand or was is None or now is None or was == now or self.choice != was:
            return False
        self.show_view(now)
        return True

    def _on_document_edited(self) -> None:
        if self._stage_moved:
            # the stage's view made now, with the edit told: made as the stage was, each board's
            # view heard the edit that made it and was laid out again at once, for nothing
            self._stage_moved = False
            self.follow_stage(self.doc.workshop.stage)
        content = self.window.content
        if self.choice == "readout" and isinstance(content, ReadOutCard):
            self._follow_readout(content)  # new words, or now held back: follow
        elif self.choice == "theme" and (self._current_theme() is None
                                         or isinstance(content, QLabel)):
            self.refresh()  # gone, or back again (Redo, a History jump): "No theme…" goes
        elif self.choice == "review" and isinstance(content, QLabel):
            self.refresh()  # nothing to compare yet, but the Looking back page may have words

    def close(self) -> None:
        """Stop following and close the room window; a second call does nothing (the main
        window may be closed twice, and the room window is gone after the first)."""
        if self._closed:
            return
        self._closed = True
        self.screens.close()
        if self.held_back_kept is not None:
            self.held_back_kept.close()
        self.no_names.close()
        self.doc.events.edited.disconnect(self._on_document_edited)
        self.doc.events.details_changed.disconnect(self._on_details_changed)
        self.doc.events.reset.disconnect(self._on_reset)
        self.doc.events.reset.disconnect(self._on_another_workshop)
        self.doc.events.reset.disconnect(self._after_another_workshop)
        _forget()  # wtfc closes: its workshop's words go with it
        self.window.close()
        self.window.deleteLater()


def _forget(*, rows_only: bool = False) -> None:
    from wtfc.ui.forget_words import forget_rows_measured, forget_workshop_words  # (not to start)

    (forget_rows_measured if rows_only else forget_workshop_words)()
