"""Room (projector) views of the boards, registered for the room window and ``wtfc render``.

Each factory builds a read-only widget in large type: priorities, causes:THEME,
success:THEME, plan and review (which needs the previous workshop).
"""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from wtfc.model.compare import normalise_name
from wtfc.model.document import Document
from wtfc.model.workshop import Theme
from wtfc.ui.boards.common import follow_document, priority_themes
from wtfc.ui.boards.plan_room import PlanRoomView
from wtfc.ui.boards.priorities_room import PrioritiesRoomView
from wtfc.ui.boards.review_room import ReviewRoomView
from wtfc.ui.boards.success_room import SuccessRoomView
from wtfc.ui.boards.why_tree_items import ROOM_STYLE
from wtfc.ui.boards.why_tree_view import WhyTreeScene, WhyTreeView
from wtfc.ui.render import ViewRequest, ViewUnavailable, register_view


def find_theme(doc: Document, name: str, view: str) -> Theme:
    """The theme a room view argument names (case, spacing and punctuation aside)."""
    wanted = normalise_name(name)
    for theme in doc.workshop.themes:
        if normalise_name(theme.name) == wanted or theme.id == name:
            return theme
    choices = "; ".join(t.name for t in priority_themes(doc)[:5] or doc.workshop.themes[:5])
    board = {"causes": "Root causes", "success": "Identify success"}.get(view, view)
    if not name:
        raise ViewUnavailable(
            f"The {view} view needs a theme: --view {view}:THEME"
            + (f" (for example: {choices})." if choices else "."),
            for_room=f"Choose a priority on the {board} board to show it here")
    raise ViewUnavailable(f"There is no theme called '{name}' in this workshop."
                          + (f" Themes include: {choices}." if choices else ""),
                          for_room=f"Choose a theme on the {board} board to show it here")


class CausesRoomView(QWidget):
    """Read-only why-tree of one theme, in large type, shrunk only if it must be to fit."""

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
        self._rebuild()

    def _rebuild(self) -> None:
        self.scene.rebuild(self._doc, self._theme_id)
        self.view.fit()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.view.fit()

    def prepare_for_render(self) -> None:
        self.view.fit()


def _priorities(doc: Document, _request: ViewRequest) -> QWidget:
    return PrioritiesRoomView(doc)


def _causes(doc: Document, request: ViewRequest) -> QWidget:
    return CausesRoomView(doc, find_theme(doc, request.argument, "causes"))


def _success(doc: Document, request: ViewRequest) -> QWidget:
    return SuccessRoomView(doc, find_theme(doc, request.argument, "success"))


def _plan(doc: Document, _request: ViewRequest) -> QWidget:
    return PlanRoomView(doc)


def _review(doc: Document, request: ViewRequest) -> QWidget:
    if request.previous is None:
        raise ViewUnavailable(
            "review needs --previous FILE (last time's workshop to compare with)",
            for_room="Open last time's workshop on the Review board to compare it here")
    return ReviewRoomView(doc, request.previous)


register_view("priorities", _priorities)
register_view("causes", _causes)
register_view("success", _success)
register_view("plan", _plan)
register_view("review", _review)
