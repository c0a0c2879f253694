"""Room (projector) views of the boards, registered for the room window and ``wtfc render``.

Each factory builds a read-only widget in large type: priorities, causes:THEME,
success:THEME, plan and review (which needs the previous workshop).
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from wtfc.model.compare import normalise_name
from wtfc.model.document import Document
from wtfc.model.workshop import Theme
from wtfc.ui.boards.common import follow_document, priority_themes
from wtfc.ui.boards.plan_room import PlanRoomView
from wtfc.ui.boards.priorities_room import PrioritiesRoomView
from wtfc.ui.boards.review_room import ReviewRoomView
from wtfc.ui.boards.success_room import SuccessRoomView
from wtfc.ui.boards.why_tree_items import ROOM_STYLE, ThemeRootItem, TreeStyle, cause_height
from wtfc.ui.boards.why_tree_layout import ROOT, tidy_layout, why_tree
from wtfc.ui.boards.why_tree_view import WhyTreeScene, WhyTreeView
from wtfc.ui.render import ViewRequest, ViewUnavailable, register_view

# What the projector says while a board has nothing to show: for the room, not instructions to
# the facilitator (the facilitator's own board says what to choose).
ROOM_WAITS_FOR_PRIORITY = "No priority theme is chosen yet."


def find_theme(doc: Document, name: str, view: str) -> Theme:
    """The theme a room view argument names (case, spacing and punctuation aside)."""
    wanted = normalise_name(name)
    for theme in doc.workshop.themes:
        if normalise_name(theme.name) == wanted or theme.id == name:
            return theme
    choices = "; ".join(t.name for t in priority_themes(doc)[:5] or doc.workshop.themes[:5])
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
    """

    # box widths tried, as parts of the style's: narrower for a tree the screen's width limits,
    # wider for one its height limits (a style is kept unless the next shows the words 2% larger)
    NARROWER = (0.8, 0.65, 0.5)
    WIDER = (1.3, 1.7, 2.2, 2.8)

    def __init__(self, doc: Document, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._doc = doc
        self._theme_id = theme.id
        self.setAccessibleName(f"Why-tree: {theme.name}")
        self.scene = WhyTreeScene(ROOM_STYLE)
        self.view = WhyTreeView(self.scene)
        self.view.setFrameShape(WhyTreeView.Shape.NoFrame)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        follow_document(self, doc, on_edited=self._rebuild, on_reset=self._rebuild)
        # fit when the tree's own view changes size: this widget's resize comes before the
        # layout passes it on, and a fit then used the old, small size (a third of the screen)
        self.view.viewport().installEventFilter(self)
        self._rebuild()

    def _rebuild(self) -> None:
        self.scene.style = self._best_style()
        self.scene.rebuild(self._doc, self._theme_id)
        self.view.fit()

    def _best_style(self) -> TreeStyle:
        """The box widths at which the tree shows largest on this screen (measured from the
        boxes' sizes alone: building the scene for every width tried costs too much)."""
        theme = self._doc.get("themes", self._theme_id)
        size = self.view.viewport().size()
        if theme is None or size.width() <= 0 or size.height() <= 0:
            return ROOM_STYLE
        graph = why_tree(self._doc, self._theme_id)
        people = self._doc.people_count(theme)

        def scales(part: float) -> tuple[float, float, TreeStyle]:
            """(scale to fit the width, to fit the height, style) with boxes ``part`` wide."""
            style = replace(ROOM_STYLE, width=round(ROOM_STYLE.width * part),
                            root_width=round(ROOM_STYLE.root_width * max(1.0, part)))
            root = ThemeRootItem(theme, people, style).boundingRect()
            sizes = {node: (style.width, cause_height(self._doc.get("causes", node), style))
                     for node in graph.nodes if node != ROOT}
            sizes[ROOT] = (root.width() - 12, root.height() - 12)
            places = tidy_layout(graph, sizes, h_gap=style.h_gap, v_gap=style.v_gap)
            wide = max(x + sizes[n][0] for n, (x, _) in places.items()) + 92 \
                - min(x for x, _ in places.values())
            tall = max(y + sizes[n][1] for n, (_, y) in places.items()) + 92
            return size.width() / wide, size.height() / tall, style

        by_width, by_height, style = scales(1.0)
        best = (min(1.0, by_width, by_height), style)
        # narrower boxes only make a tree taller, wider ones only wider: one way can help
        for part in self.NARROWER if by_width < by_height else self.WIDER:
            if best[0] >= 1.0:  # full size already: other widths would only move lines about
                break
            by_width, by_height, style = scales(part)
            scale = min(1.0, by_width, by_height)
            if scale > best[0] * 1.02:
                best = (scale, style)
        return best[1]

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


def _success(doc: Document, request: ViewRequest) -> QWidget:
    return SuccessRoomView(doc, find_theme(doc, request.argument, "success"))


def _plan(doc: Document, request: ViewRequest) -> QWidget:
    """Every theme's actions, or (``plan:THEME``) one theme's, as the Plan board shows them."""
    theme = find_theme(doc, request.argument, "plan") if request.argument else None
    return PlanRoomView(doc, theme_id=theme.id if theme else None)


def _review(doc: Document, request: ViewRequest) -> QWidget:
    if request.previous is None:
        raise ViewUnavailable(
            "review needs --previous FILE (last time's workshop to compare with)",
            for_room="Nothing to compare with yet: last time's workshop is not open.")
    return ReviewRoomView(doc, request.previous)


register_view("priorities", _priorities)
register_view("causes", _causes)
register_view("success", _success)
register_view("plan", _plan)
register_view("review", _review)
