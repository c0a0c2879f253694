"""Room (projector) views of the boards, registered for the room window and ``wtfc render``.

Each factory builds a read-only widget in large type: priorities, causes:THEME (the
why-tree), fishbone:THEME (the same causes by category), success:THEME, plan and review
(what changed since the previous workshop, when it is open, then Looking back).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRect, QRectF, QTimer, Signal
from PySide6.QtGui import QTransform
from PySide6.QtWidgets import QVBoxLayout, QWidget

from wtfc.model.compare import normalise_name
from wtfc.model.document import Document
from wtfc.model.unnamed_themes import shown_theme_name
from wtfc.model.workshop import Theme
from wtfc.ui.boards.common import follow_document, priority_themes
from wtfc.ui.boards.fishbone_room import FishboneRoomView
from wtfc.ui.boards.plan_room import PlanRoomView
from wtfc.ui.boards.priorities_room import PrioritiesRoomView
from wtfc.ui.boards.review_room import ReviewRoomView
from wtfc.ui.boards.success_room import SuccessRoomView
from wtfc.ui.boards.why_tree_items import ROOM_STYLE, TreeStyle
from wtfc.ui.boards.why_tree_kept import cause_key, kept_for
from wtfc.ui.boards.why_tree_layout import why_tree
from wtfc.ui.boards.why_tree_pages import (
    LEAST_SCALE,
    PagedTreeScene,
    PageGraph,
    TreeMeasure,
    TreePage,
    numbered,
    page_graph,
)
from wtfc.ui.boards.why_tree_paging import one_size, paginate
from wtfc.ui.boards.why_tree_view import WhyTreeView
from wtfc.ui.render import ViewRequest, ViewUnavailable, register_view
from wtfc.ui.wall.room_corner import timer_rect
from wtfc.ui.wall.room_layout import page_label_rect, page_label_text
from wtfc.ui.wall.room_wall import page_label

# What the projector says while a board has nothing to show: for the room, not instructions to
# the facilitator (the facilitator's own board says what to choose).
ROOM_WAITS_FOR_PRIORITY = "No priority theme is chosen yet."


def find_theme(doc: Document, name: str, view: str) -> Theme:
    """The theme a room view argument names (case, spacing and punctuation aside): by the name
    it is shown with, so "Unnamed theme" finds one with no words in its name (an older file's
    lone zero-width space), as the choices offered name it, and nothing typed finds none."""
    wanted = normalise_name(name)
    for theme in doc.workshop.themes:
        if normalise_name(shown_theme_name(theme.name)) == wanted or theme.id == name:
            return theme
    choices = "; ".join(shown_theme_name(t.name)
                        for t in priority_themes(doc)[:5] or doc.workshop.themes[:5])
    if not name:
        raise ViewUnavailable(
            f"The {view} view needs a theme: --view {view}:THEME"
            + (f" (for example: {choices})." if choices else "."),
            for_room=ROOM_WAITS_FOR_PRIORITY)
    raise ViewUnavailable(f"There is no theme called '{name}' in this workshop."
                          + (f" Themes include: {choices}." if choices else ""),
                          for_room=ROOM_WAITS_FOR_PRIORITY)


class CausesRoomView(QWidget):
    """Read-only why-tree of one theme, in large type, shrunk only if it must be to fit.

    A wide tree (many reasons side by side) would be shrunk to fit the screen's width and
    leave most of its height empty, so the causes' boxes are made narrower (their words
    wrap onto more lines) as far as that lets the type be larger. A deep, narrow tree (a
    chain of "why?" six levels down) would be shrunk to fit the screen's height and leave
    most of its width empty, so its boxes, and the theme's, are made wider (fewer lines).
    Its words never go below 24 px (``FLOOR_PX``): a tree still too big has tighter gaps, then
    is shown in pages (``why_tree_pages``), "Page 1 of 2" in the corner, turned as the wall's are
    (``page``, ``page_count()``, ``show_page()``, ``pages_changed``).
    """

    pages_changed = Signal()

    def __init__(self, doc: Document, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._doc = doc
        self._theme_id = theme.id
        self.setAccessibleName(f"Why-tree: {shown_theme_name(theme.name)}")  # never blank
        self.scene = PagedTreeScene(ROOM_STYLE)
        self.view = WhyTreeView(self.scene)
        self.view.setFrameShape(WhyTreeView.Shape.NoFrame)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self.page = 0
        self.timer_kept = False  # the room timer is shown: its corner is kept clear
        self._clear_foot = False  # the tree reached it: laid out above the foot row
        self._pages: list[PageGraph] = []  # none while the whole tree fits one screen
        self._styles: list[TreeStyle] = []
        self._scales: list[float] = []  # each page's, for one type size on every page
        self.page_label = page_label(self, "Room view page")  # as on the room wall
        # an edit re-plans the tree's pages once, on the next turn of the event loop: a big
        # tree's plan costs ~0.5 s, and one gesture can send several edits, or move the stage
        # and so replace this view (hidden then: it is not planned at all)
        self._due = QTimer(self, singleShot=True, interval=0)
        self._due.timeout.connect(self._rebuild_if_shown)
        self._stale = False  # edited since the last plan
        follow_document(self, doc, on_edited=self._rebuild_soon, on_reset=self._rebuild_soon)
        # fit when the tree's own view changes size: this widget's resize comes before the
        # layout passes it on, and a fit then used the old, small size (a third of the screen).
        # Not laid out here at the default 640x480: the first show sends the viewport its real
        # size, and a big tree's layout at the wrong size cost ~0.4 s at each priority switch
        self.view.viewport().installEventFilter(self)

    # -- pages -----------------------------------------------------------------------------------
    def page_count(self) -> int:
        self._rebuild_now()
        return max(1, len(self._pages))

    def show_page(self, page: int) -> None:
        """Show page ``page`` (counted from 0; kept within the pages there are)."""
        self._rebuild_now()
        self.page = page
        self._show()
        self.pages_changed.emit()

    def keep_timer(self, on: bool) -> None:
        """Keep the room timer's corner clear (``room_corner.py``), or give it back."""
        if on != self.timer_kept:
            self.timer_kept = on
            self._rebuild()

    def timer_corner(self) -> QRect:
        """The room timer's box in this view: beside the page label, or in the corner."""
        size = (float(self.width()), float(self.height()))
        return QRectF(*timer_rect(size, bool(self._pages))).toAlignedRect()

    def _rebuild_soon(self, *_: object) -> None:
        """The document changed: re-plan on the next turn. Until then the view paints nothing,
        so the room never shows words just deleted or held back."""
        self._stale = True
        self.view.setUpdatesEnabled(False)
        self._due.start()

    def _rebuild_if_shown(self) -> None:
        if self.isVisible():  # else when asked for its pages, shown or rendered
            self._rebuild()

    def _rebuild_now(self) -> None:
        """A re-plan still due, done now (its pages were asked for)."""
        if self._stale:
            self._rebuild()

    def _rebuild(self, *, clear_foot: bool = False) -> None:
        """``clear_foot``: the whole tree, laid out above the foot row (the room timer's)."""
        self._due.stop()
        if self._stale:
            self._stale = False
            self.view.setUpdatesEnabled(True)
        before = (self.page, len(self._pages))
        self._pages, self._styles, self._scales = [], [], []
        self._clear_foot = clear_foot
        size = self.view.viewport().size()
        if self._doc.get("themes", self._theme_id) is not None \
                and size.width() > 0 and size.height() > 0:
            self._plan(float(size.width()), float(size.height()))
        self._show()
        if self.timer_kept and not clear_foot and not self._pages and self.view.items(
                self.timer_corner().adjusted(-8, -8, 8, 8)):
            # the tree reaches the timer's corner (where it is free, as a centred tree's
            # often is, the tree keeps the whole screen)
            self._rebuild(clear_foot=True)
            self.pages_changed.emit()  # the timer's place may move with the pages
            return
        if (self.page, len(self._pages)) != before:
            self.pages_changed.emit()

    def _plan(self, width: float, height: float) -> None:
        """The style for the whole tree, or (below 24 px even so) its pages and their styles:
        as planned before for a tree showing the same at this size (``why_tree_kept``)."""
        tree = why_tree(self._doc, self._theme_id)
        # the page label (and the room timer beside it) take the foot of the screen
        _x, label_top, _w, _h = page_label_rect((float(self.width()), float(self.height())))
        above = (width, min(height, label_top - 8))
        store = kept_for(self._doc)
        measure = TreeMeasure(self._doc, self._theme_id,
                              above if self._clear_foot else (width, height),
                              store.laid.get(self._theme_id, ()), store)
        key = (tuple(tree.nodes), tuple(tree.edges), measure.context(), width, height, above,
               self._clear_foot, tuple(cause_key(cause) for node in tree.nodes
                                       if (cause := self._doc.get("causes", node)) is not None))
        if (plan := store.plans.get(key)) is None:
            plan = store.plans.keep(key, self._plan_afresh(tree, measure, above))
            store.keep_laid(self._theme_id, measure.laid)
        self.scene.tree_style, self._pages, self._styles, self._scales = plan

    def _plan_afresh(self, tree, measure: TreeMeasure, above: tuple[float, float]
                     ) -> tuple[TreeStyle, list[PageGraph], list[TreeStyle], list[float]]:
        scale, style = measure.best(tree)
        if scale >= LEAST_SCALE or tree.number_of_nodes() <= 2:
            return style, [], [], []
        measure.viewport = above

        def fits(page: TreePage) -> bool:
            drawn = page_graph(tree, page)
            # as best()'s: saying who was in each team is chosen only at 24 px or more, and
            # below it the larger marks only shrink the page, so the plain style settles it
            return measure.reaches_floor(drawn.graph, drawn.notes)

        pages = paginate(tree, fits)
        if len(pages) <= 1:
            return style, [], [], []
        graphs = numbered(tree, pages)
        sized = one_size(measure, graphs)
        return style, graphs, [s for _, s in sized], [s for s, _ in sized]

    def _show(self) -> None:
        self.page = max(0, min(self.page, self.page_count() - 1))
        self.view.setSceneRect(QRectF())  # the scene's own (``_fit_above`` lengthens it)
        label = self.page_label
        label.setVisible(bool(self._pages))
        if not self._pages:
            self.scene.rebuild(self._doc, self._theme_id)
            self.view.fit()
            if self._clear_foot:
                self._fit_above(page_label_rect((float(self.width()),
                                                 float(self.height())))[1])
            return
        self.scene.tree_style = self._styles[self.page]
        self.scene.rebuild_page(self._doc, self._theme_id, self._pages[self.page])
        label.setText(page_label_text(self.page, self.page_count()))
        x, y, w, h = page_label_rect((float(self.width()), float(self.height())))
        width = max(w, label.sizeHint().width())
        label.setGeometry(int(x + w - width), int(y), int(width), int(h))
        label.raise_()
        # fitted above the page label, never enlarged, nor larger than the tree's other pages
        rect = self.scene.sceneRect()
        viewport = self.view.viewport().size()
        scale = min(1.0, viewport.width() / rect.width(), (y - 8) / rect.height(),
                    self._scales[self.page])
        self.view.setTransform(QTransform.fromScale(scale, scale))

    def _fit_above(self, foot: float) -> None:
        """The whole tree shrunk (never enlarged) to end above ``foot`` and centred there: the
        view's rectangle reaches below the tree by the foot row, so centring leaves it clear."""
        rect = self.scene.sceneRect()
        viewport = self.view.viewport().size()
        scale = min(1.0, viewport.width() / rect.width(), (foot - 8) / rect.height())
        self.view.setTransform(QTransform.fromScale(scale, scale))
        below = (viewport.height() - (foot - 8)) / scale
        self.view.setSceneRect(rect.adjusted(0, 0, 0, below))

    def showEvent(self, event) -> None:
        self._rebuild_now()  # edited while hidden
        super().showEvent(event)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Resize and watched is self.view.viewport():
            self._rebuild()
        return super().eventFilter(watched, event)

    def prepare_for_render(self) -> None:
        self._rebuild()


def _priorities(doc: Document, _request: ViewRequest) -> QWidget:
    return PrioritiesRoomView(doc)


def _causes(doc: Document, request: ViewRequest) -> QWidget:
    return CausesRoomView(doc, find_theme(doc, request.argument, "causes"))


def _fishbone(doc: Document, request: ViewRequest) -> QWidget:
    return FishboneRoomView(doc, find_theme(doc, request.argument, "fishbone"))


def _success(doc: Document, request: ViewRequest) -> QWidget:
    return SuccessRoomView(doc, find_theme(doc, request.argument, "success"))


def _plan(doc: Document, request: ViewRequest) -> QWidget:
    """Every theme's actions, or (``plan:THEME``) one theme's, as the Plan board shows them."""
    theme = find_theme(doc, request.argument, "plan") if request.argument else None
    return PlanRoomView(doc, theme_id=theme.id if theme else None)


def _review(doc: Document, request: ViewRequest) -> QWidget:
    # a first workshop has no last time: its Looking back questions are what the room answers
    return ReviewRoomView(doc, request.previous)


register_view("priorities", _priorities)
register_view("causes", _causes)
register_view("fishbone", _fishbone)
register_view("success", _success)
register_view("plan", _plan)
register_view("review", _review)
