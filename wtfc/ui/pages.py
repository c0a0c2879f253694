"""Which page each workshop stage shows, and the menus the pages add to the main window."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QGraphicsView, QTabWidget, QWidget

from wtfc.model.document import Document
from wtfc.model.workshop import Stage
from wtfc.ui.fingers import give_fingers
from wtfc.ui.held_back_words import HeldBackWords
from wtfc.ui.render import ViewRequest
from wtfc.ui.shortcut_help import describe_keys
from wtfc.ui.undo import UndoAdapter


def build_stage_page(stage: Stage, doc: Document, undo: UndoAdapter,
                     held_back: HeldBackWords | None = None) -> QWidget:
    """The page for a stage; built on first visit, so start-up builds only the current one.
    ``held_back`` is the window's choice to show held-back details on its screen."""
    page = _new_page(stage, doc, undo, held_back)
    # every list, table and tree on it scrolls under a finger, never chooses rows as it passes
    # (the wall and the why-tree take their fingers themselves): here, as every page is built
    # here, rather than in each of the dozen views' modules
    give_fingers(page)
    return page


def _new_page(stage: Stage, doc: Document, undo: UndoAdapter,
              held_back: HeldBackWords | None) -> QWidget:
    if stage == Stage.PREPARE:
        from wtfc.ui.details_page import DetailsPage

        return DetailsPage(doc, undo)
    if stage == Stage.COLLECT:
        from wtfc.ui.cards_page import CardsPage

        return CardsPage(doc, undo, held_back=held_back)
    if stage == Stage.THEME:
        from wtfc.ui.wall.panel import WallPanel

        return WallPanel(doc, undo, held_back=held_back)
    # the afternoon's boards show one priority at a time, the one last chosen on any of them
    from wtfc.ui.boards.shared_theme import SharedTheme

    shared = SharedTheme.of(doc)
    if stage == Stage.UNDERSTAND:
        from wtfc.ui.boards.causes import CausesBoard
        from wtfc.ui.boards.priorities import PrioritiesBoard

        causes = CausesBoard(doc, undo)
        shared.join(causes.selector, causes.selector.follow)
        return UnderstandPage(PrioritiesBoard(doc, undo), causes)
    if stage == Stage.IDENTIFY_SUCCESS:
        from wtfc.ui.boards.success import SuccessBoard

        success = SuccessBoard(doc, undo)
        shared.join(success.selector, success.selector.follow)
        return success
    if stage in (Stage.PLAN, Stage.ACT):
        from wtfc.ui.boards.plan import ACT_HEADING, PLAN_HEADING, PlanBoard

        plan = PlanBoard(doc, undo, heading=PLAN_HEADING if stage == Stage.PLAN else ACT_HEADING)
        shared.join(plan.theme_filter, plan.theme_filter.follow)
        return plan
    from wtfc.ui.boards.review import ReviewBoard

    return ReviewBoard(doc, undo)


class UnderstandPage(QTabWidget):
    """The Understand stage: choosing priorities, then each priority's why-tree, as tabs."""

    def __init__(self, priorities: QWidget, causes: QWidget) -> None:
        super().__init__()
        self.setAccessibleName("Understand: priorities and root causes")
        self.priorities, self.causes = priorities, causes
        self.addTab(priorities, "1. Choose priorities")
        self.addTab(causes, "2. Root causes (why?)")
        # Qt's own keys for the tabs, said in F1: nothing on the page told a keyboard user
        # how to reach the why-trees
        describe_keys(self, [("Ctrl+Tab or Ctrl+Shift+Tab", "Understand: go to the other tab "
                              "(1. Choose priorities, 2. Root causes (why?))")])

    def commit_pending(self) -> bool:
        """A reason typed on the priorities tab is recorded, whichever tab is on screen."""
        return all(board.commit_pending() for board in (self.priorities, self.causes)
                   if hasattr(board, "commit_pending"))

    def focus_target(self) -> QWidget:
        """The keyboard goes to the board on the tab shown: its table or its tree."""
        board = self.currentWidget()
        return board.focus_target() if hasattr(board, "focus_target") else board


def focus_target(page: QWidget | None) -> QWidget | None:
    """Where the keyboard goes when the facilitator brings a page on screen: the main widget
    the page names (``focus_target()``), else its first list, table or canvas in Tab order
    (the card table, the wall, the Review board's themes), else its first field (Prepare's
    title). None leaves the keyboard where it is."""
    if page is None:
        return None
    if hasattr(page, "focus_target"):
        return page.focus_target()
    chain: list[QWidget] = []
    walked: list[QWidget] = [page]
    widget = page.nextInFocusChain()  # a ring: it comes back to the page
    while widget is not None and widget is not page and len(chain) < 1000:
        walked.append(widget)
        if page.isAncestorOf(widget) and widget.isVisible() and widget.isEnabled() \
                and widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            chain.append(widget)
        widget = widget.nextInFocusChain()
    # PySide makes each widget the Python "parent" of the one nextInFocusChain() returned: left
    # so, the window hung under the last widget made, and deleting that one (the wall's name
    # box's hint) marked every Qt-made wrapper in the window dead (review 23 undo_ui F1).
    # Setting the parent a widget already has changes nothing in Qt and puts PySide's back.
    for widget in walked:
        widget.setParent(widget.parentWidget())
    views = [w for w in chain if isinstance(w, QAbstractItemView | QGraphicsView)]
    return (views or chain or [None])[0]


def menu_contributions(window) -> list[tuple[str, list]]:
    """The "Zoom" menu (the Theme page's wall: greyed while it is off screen) and the "Room
    view" menu: what the projector shows, driven from the Theme page's wall."""
    from wtfc.ui.room_timer import RoomTimer
    from wtfc.ui.wall.room import RoomController

    wall = window.page(Stage.THEME)
    window.room = RoomController(window.doc, wall, window,
                                 board_request=lambda name: board_request(window, name),
                                 stage_view=lambda stage: stage_view(window, stage),
                                 shown_stage=window.shown_stage)
    window.room.said.connect(lambda text, ms: _say(window, text, ms))
    # shown: where it went, at the laptop's foot (the facilitator looks at the laptop, not at
    # the projector, and had no sign that it changed)
    window.room.act_show.toggled.connect(lambda on: _say_where_shown(window) if on else None)
    # and where another screen chosen put it, at once: Show's "Room view on DP-2" stayed its
    # few seconds with the room view on HDMI-1 (a screen chosen while hidden shows it, unsaid)
    window.room.screens.chosen.connect(lambda screen: _say_where_shown(window, screen))
    # a new workshop starts on Prepare: the room starts on its welcome, not an empty wall (a
    # file opened is followed on its reset). Not on Understand: its view is the tab on screen,
    # and its page is built when the window is shown
    if (stage := window.doc.workshop.stage) != Stage.UNDERSTAND:
        window.room.follow_stage(stage)
    # the stage timer's time in a corner of the projector, when the facilitator chooses
    window.room_timer = RoomTimer(window.room.window, window.stage_side.clock, window.room)
    return [("&Zoom", list(wall.wall_actions.zooming)),
            ("&Room view", [*window.room.actions(), window.room_timer.action])]


def _say(window, text: str, ms: int) -> None:
    """The room view's news (the projector went, or came back): in the status bar, and to a
    screen reader, as a sighted facilitator notices the bar change. No text: the projector's
    news no longer holds (another screen was chosen), so it goes if it is still shown."""
    from wtfc.ui.announce import announce
    from wtfc.ui.undo import end_lasting, passing, show_lasting
    from wtfc.ui.wall.room_screens import PROJECTOR_GONE

    if text == PROJECTOR_GONE:  # ms 0: it holds until the projector's next news
        show_lasting(window, text)
    else:
        end_lasting(window, PROJECTOR_GONE)
        if text and ms:
            passing(window, text, ms)  # then "time is up" again, if it still holds
        elif text:
            window.statusBar().showMessage(text)
    if text:
        announce(window, text)


def _say_where_shown(window, screen=None) -> None:
    """"Room view on HDMI-1 — Room view menu", or on this screen, and why. ``screen``: the one
    chosen, else where the room window's middle is."""
    from PySide6.QtGui import QGuiApplication

    from wtfc.ui.announce import announce
    from wtfc.ui.undo import passing
    from wtfc.ui.wall.room_screens import ROOM_ON  # the words room_held_back looks for

    screen = screen if screen is not None else screen_of(window.room.window)
    if screen is not screen_of(window):
        text = ROOM_ON.format(name=screen.name() or "the second screen")
    elif len(QGuiApplication.screens()) == 1:
        text = "Room view on this screen (no second screen found) — Room view menu"
    else:  # the laptop chosen, or the facilitator's window dragged onto the projector
        text = "Room view on this screen — to move it: Room view → Room view screen"
    passing(window, text, ROOM_SHOWN_MS)  # shows the bar, made after the window was shown
    announce(window, text)


def screen_of(widget):
    """The screen ``widget`` is on. Not widget.screen(): PySide makes the one shared QScreen
    wrapper a child of the widget asked, so freeing that widget would kill the room view's
    screen (tests/ui/test_no_sideways_owners.py)."""
    from PySide6.QtGui import QGuiApplication

    return (QGuiApplication.screenAt(widget.frameGeometry().center())
            or QGuiApplication.primaryScreen())


ROOM_SHOWN_MS = 6000  # a few seconds: long enough to read while looking up from the projector


# Prepare and Collect show the welcome: why the room is here, never a card before the wall
STAGE_VIEWS = {Stage.PREPARE: "welcome", Stage.COLLECT: "welcome", Stage.THEME: "room",
               Stage.UNDERSTAND: "priorities", Stage.IDENTIFY_SUCCESS: "success",
               Stage.PLAN: "plan", Stage.ACT: "plan", Stage.REVIEW: "review"}


def stage_view(window, stage: Stage) -> str | None:
    """The room view that goes with a stage. On Understand it is the tab on screen:
    priorities, then the why-trees."""
    if stage != Stage.UNDERSTAND:
        return STAGE_VIEWS.get(stage)
    tabs = window.page(Stage.UNDERSTAND)
    if not getattr(tabs, "_room_follows_tab", False):
        tabs.currentChanged.connect(lambda _: window.room.follow_stage())
        # the room sees the shape the facilitator shows: the why-tree or the fishbone
        tabs.causes.shapes.currentChanged.connect(lambda _: window.room.follow_stage())
        tabs._room_follows_tab = True
    if tabs.currentWidget() is not tabs.causes:
        return "priorities"
    return "fishbone" if tabs.causes.shapes.showing_fishbone() else "causes"


def board_request(window, name: str) -> ViewRequest:
    """What a board shows on the room view: the theme chosen on the Causes board (for the
    why-tree and the fishbone) or the Success board (the first priority if none), the previous
    workshop opened on the Review board. The room view follows when the facilitator picks
    another theme there (or on another board: ``shared_theme``)."""
    if name == "review":
        board = window.page(Stage.REVIEW)
        if not getattr(board, "_room_follows", False):
            board.previous_changed.connect(window.room.refresh)
            board._room_follows = True
        return ViewRequest(name, previous=board.previous)
    if name == "plan":
        return _plan_request(window)
    if name not in ("causes", "fishbone", "success"):
        return ViewRequest(name)
    page = window.page(Stage.IDENTIFY_SUCCESS if name == "success" else Stage.UNDERSTAND)
    board = page if name == "success" else page.causes
    if not getattr(board, "_room_follows", False):
        # only while it shows this board's view: a theme chosen on another board is shown
        # on this one's box too, and the view on the projector is laid out once for it
        shows = ("success",) if name == "success" else ("causes", "fishbone")
        board.selector.currentIndexChanged.connect(
            lambda _: window.room.refresh() if window.room.choice in shows else None)
        board._room_follows = True
    theme_id = board.theme_id() or next(
        (t.id for t in sorted(window.doc.workshop.themes,
                              key=lambda t: t.priority.rank or 10_000) if t.priority.chosen),
        None)
    # by its id: a name with no words (an older file's lone zero-width space) finds nothing
    return ViewRequest(name, theme_id or "")


def _plan_request(window) -> ViewRequest:
    """The plan as the board on screen shows it (Act's board on the Act stage, else Plan's):
    the theme chosen in its "Show" box, or every theme; the room follows a new choice."""
    stage = Stage.ACT if window.doc.workshop.stage == Stage.ACT else Stage.PLAN
    board = window.page(stage)
    if not getattr(board, "_room_follows", False):
        board.theme_filter.currentIndexChanged.connect(
            lambda _: window.room.refresh() if window.room.choice == "plan" else None)
        board._room_follows = True
    return ViewRequest("plan", board.theme_filter.currentData() or "")
