"""One page of the why-tree's room view, drawn: its boxes, its notes and its links.

A page whose first-level branches side by side would be wider than the screen holds at 24 px
has them in rows (``why_tree_wrap``): as many branches across as fit, the rest each under the
branch that ends highest, hung from a line down the gap beside it. On a 1366x768 projector the
demo's four reasons, one a page before, are now seen together, each with its reasons under it.
Such a stacked branch stands well below the box above it (``why_tree_wrap.SIBLING_GAP``) and its
line comes from the rail into its side (``rail_link``), so it reads as the theme's, not a reason.
``across`` is that width, in scene px, for the screen's width; ``why_tree_pages`` measures a page
laid out so, and this scene draws it so.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsPathItem

from wtfc.model.document import Document
from wtfc.model.workshop import Theme
from wtfc.ui.boards.team_room import TeamRootItem, says_members, team_members
from wtfc.ui.boards.why_tree_items import (
    CauseItem,
    ThemeRootItem,
    TreeStyle,
    link_path,
    theme_cards,
)
from wtfc.ui.boards.why_tree_layout import ROOT, why_tree
from wtfc.ui.boards.why_tree_page_graph import PageGraph, shown_causes
from wtfc.ui.boards.why_tree_room_continued import ContinuedRootItem
from wtfc.ui.boards.why_tree_view import WhyTreeScene
from wtfc.ui.boards.why_tree_wrap import fitted_layout
from wtfc.ui.style import INK, pixel_font
from wtfc.ui.wall.room_measure import FLOOR_PX

EDGE = 24  # the scene's margin a side: the board's 40 took a line of a page's causes
MARGIN = 2 * EDGE + 12  # and the items' outline (6 a side)
FIT_MARGIN = 4  # QGraphicsView.fitInView's 2 px a side
RAIL_INTO = 30  # how far below a stacked box's top its link comes in from the rail


def across(view_width: float, style: TreeStyle) -> float:
    """How wide, in scene px, a page may be laid out for a view ``view_width`` px wide: as wide
    as it shows with the style's smallest words (its marks and teams) at 24 real px."""
    return (view_width - FIT_MARGIN) * style.small_px / FLOOR_PX - MARGIN


def root_item(doc: Document, theme: Theme, style: TreeStyle, notes: dict[str, str],
              heading: str) -> QGraphicsItem:
    """The theme's box: compact on a page carrying on an earlier one's reasons; saying the
    page's one team (``heading``) when it has one."""
    if ROOT in notes:
        return ContinuedRootItem(theme, notes[ROOT], style, heading)
    if heading:
        return TeamRootItem(theme, theme_cards(doc, theme), style, heading)
    return ThemeRootItem(theme, theme_cards(doc, theme), style)

def note_size(text: str, style: TreeStyle) -> tuple[float, float]:
    metrics = QFontMetricsF(pixel_font(style.small_px, bold=True))
    return metrics.horizontalAdvance(text) + 2 * style.pad, metrics.lineSpacing() + 2 * 10


def rail_link(parent: QRectF, child: QRectF, rail: float, first_top: float) -> QGraphicsPathItem:
    """From the parent down to its first row's level (``first_top`` is that row's top), along
    to the ``rail`` beside the column, down it and into ``child``'s left side near its top: a
    cause stacked under another column hangs from the rail, a sibling, where a tick into its
    top under the upper box's centre read from the back of the room as that box's "why"."""
    level = (parent.bottom() + first_top) / 2
    into = child.top() + min(child.height() / 2, RAIL_INTO)
    path = QPainterPath(QPointF(parent.center().x(), parent.bottom()))
    for x, y in ((parent.center().x(), level), (rail, level), (rail, into), (child.left(), into)):
        path.lineTo(x, y)
    item = link_path(parent, child)  # the tree's own pen and depth
    item.setPath(path)
    return item


class NoteItem(QGraphicsItem):
    """Where the tree carries on: "3 more reasons on page 2", "Continued from page 1"."""

    def __init__(self, node_id: str, text: str, style: TreeStyle) -> None:
        super().__init__()
        self.node_id = node_id
        self.text = text
        self.style = style
        width, height = note_size(text, style)
        self._rect = QRectF(0, 0, width, height)

    def boundingRect(self) -> QRectF:
        return self._rect.adjusted(-6, -6, 6, 6)

    def paint(self, p: QPainter, _option, _widget=None) -> None:
        pen = QPen(INK, 2, Qt.PenStyle.DashLine)
        p.setPen(pen)
        p.setBrush(QColor("#F7F5EF"))
        p.drawRoundedRect(self._rect, self._rect.height() / 2, self._rect.height() / 2)
        p.setFont(pixel_font(self.style.small_px, bold=True))
        p.setPen(INK)
        p.drawText(self._rect, int(Qt.AlignmentFlag.AlignCenter), self.text)


class PagedTreeScene(WhyTreeScene):
    """A why-tree scene that can also draw one page of the tree, with its notes, and whose
    style may say who was in each team (``team_room``)."""

    def rebuild(self, doc: Document, theme_id: str | None) -> None:
        """The whole tree, as one page with no notes."""
        if theme_id is None or doc.get("themes", theme_id) is None:
            super().rebuild(doc, theme_id)
            return
        self.rebuild_page(doc, theme_id, PageGraph(why_tree(doc, theme_id)))

    def rebuild_page(self, doc: Document, theme_id: str, page: PageGraph) -> None:
        self.clear()
        self.nodes, self._links, self._graph = {}, [], page.graph
        style = self.tree_style
        members = team_members(doc) if says_members(style) else {}
        heading, shown = shown_causes(doc, page.graph, page.notes, members, theme_id)
        self.nodes[ROOT] = root_item(doc, doc.get("themes", theme_id), style, page.notes,
                                     heading)
        for node in page.graph.nodes:
            if node in shown:
                self.nodes[node] = CauseItem(shown[node], style)
            elif node != ROOT:
                self.nodes[node] = NoteItem(node, page.notes[node], style)
        for item in self.nodes.values():
            self.addItem(item)
        views = self.views()
        self.room_across = across(views[0].viewport().width(), style) if views else None
        self._place()

    def _place(self) -> None:
        """The board's placing (``WhyTreeScene._place``), its rows stacked: each cause's
        reasons right under it, as ``TreeMeasure`` measured them."""
        assert self._graph is not None
        sizes = {n: (i.boundingRect().width() - 12, i.boundingRect().height() - 12)
                 for n, i in self.nodes.items()}
        positions, spines = fitted_layout(self._graph, sizes, self.room_across,
                                          h_gap=self.tree_style.h_gap,
                                          v_gap=self.tree_style.v_gap, stacked=True)
        for node, item in self.nodes.items():
            item.setPos(*positions[node])
        for parent, child in self._graph.edges:
            if child in spines:  # a branch stacked under another hangs from the rail
                first = next(iter(self._graph.successors(parent)))
                link = rail_link(self._box(parent), self._box(child), spines[child],
                                 self._box(first).top())
            else:
                link = link_path(self._box(parent), self._box(child))
            self._links.append(link)
            self.addItem(link)
        self.setSceneRect(self.itemsBoundingRect().adjusted(-EDGE, -EDGE, EDGE, EDGE))
