"""The fishbone on the projector: what the room sees while the facilitator shows Root causes
as a fishbone (Tree / Fishbone, or F, on the Root causes board).

The theme is the head at the right with its kind, name and cards counted as the room counts
them (held-back cards are only counted, "(3 not shown)"); a bone for each category in use, in
the categories' order, then "No category yet" (dashed); each cause in a box with its words and
its marks in words, "◎ Root cause" and "✔ We will act on this", as on the why-tree. Every word is
24 real px or more: what does not fit one screen is shown in pages (``fishbone_room_layout``),
"Page 1 of 2" in the corner, turned as the why-tree's are; where the bones go over pages, the
first is an overview of them all.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QWidget

from wtfc.export.team_heading import theme_teams_line
from wtfc.model.cause_category import causes_by_category
from wtfc.model.counting import rank_words
from wtfc.model.document import Document
from wtfc.model.workshop import Cause, Theme
from wtfc.ui.boards.common import follow_document
from wtfc.ui.boards.fishbone_room_layout import (
    MARK_PX,
    Bone,
    FishMeasure,
    FishPlan,
    FishType,
    marks,
    marks_together,
    pill_width,
    plan,
)
from wtfc.ui.boards.fishbone_scene import BONE_INK
from wtfc.ui.boards.room_paint import FOOT, RoomCanvas, draw_heading, draw_text, text_height
from wtfc.ui.boards.shown_theme import as_shown
from wtfc.ui.boards.why_tree_items import (
    AGREED_FILL,
    ROOT_BADGE,
    ROOT_CAUSE_INK,
    cards_said,
    theme_cards,
)
from wtfc.ui.style import INK, KIND_COLOURS, KIND_INKS, KIND_TINTS, ROOM_MUTED, kind_text

CENTRE = Qt.AlignmentFlag.AlignCenter
NO_CAUSES = "No causes have been written for this theme yet."
LABEL, NOTE = "label", "note"  # a bone's items besides its causes


class FishboneRoomView(RoomCanvas):
    """Read-only fishbone of one theme, in the room's large type, in pages when it must be."""

    def __init__(self, doc: Document, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(f"Fishbone: {as_shown(theme).name}", parent)
        self._doc = doc
        self._theme_id = theme.id
        self._plan: FishPlan | None = None
        self._team = True  # the head says whose work it is (not where that would cut the name)
        follow_document(self, doc, on_edited=self.relayout, on_reset=self.relayout)

    def _theme(self) -> Theme | None:
        """The theme as drawn and measured: "Unnamed theme" for a name with no words."""
        theme = self._doc.get("themes", self._theme_id)
        return as_shown(theme) if theme is not None else None

    def _facts(self, theme: Theme) -> str:
        """ "Priority 3 · 5 cards from 4 people", and on a line of its own whose work it is,
        "Team: Team C", as the why-tree's room view says it (the team presents its fishbone)."""
        rank = f"{rank_words(theme.priority.rank)} · " if theme.priority.chosen else ""
        team = theme_teams_line(self._doc.workshop, theme.id) if self._team else ""
        return rank + cards_said(theme_cards(self._doc, theme), room=True) + \
            (f"\n{team}" if team else "")

    def _head_height(self, theme: Theme, look: FishType, width: float) -> float:
        inside = width - 2 * look.pad
        return (
            look.pad
            + MARK_PX * 1.6
            + 10
            + text_height(theme.name, inside, look.name_px, bold=True)
            + 8
            + text_height(self._facts(theme), inside, MARK_PX)
            + look.pad
        )

    def lay_out(self, height: float) -> int:
        theme = self._theme()
        if theme is None:
            self._plan = None
            return 1
        wide = self.canvas_width()
        bones = [
            Bone(label, len(causes), tuple(causes))
            for label, causes in causes_by_category(self._doc.workshop.causes, theme.id)
        ]
        self._team = True
        self._plan = plan(bones, wide, height, lambda look, w: self._head_height(theme, look, w))
        if any(page.measure.head[1] + 0.5 < self._head_height(theme, page.measure.look,
                                                               page.measure.head[0])
               for page in self._plan.pages):
            # a name too long for the head even at the floor: all of the name, not the team's
            # line (the why-tree's pages say the team)
            self._team = False
            self._plan = plan(bones, wide, height,
                              lambda look, w: self._head_height(theme, look, w))
        return len(self._plan.pages)

    # -- painting ----------------------------------------------------------------------------------
    def paint_room(self, p: QPainter, area: QRectF) -> None:
        theme = self._theme()
        if theme is None or self._plan is None:
            draw_heading(p, area, "This theme is no longer in the workshop")
            return
        page = self._plan.pages[min(self.page, len(self._plan.pages) - 1)]
        columns, measure = page.columns, page.measure
        look = measure.look
        up = measure.sides(columns)[0]
        bottom = (self._paged_height() if self.keeps_foot() else area.height()) - FOOT
        spine = look.top + up + max(0.0, (bottom - look.top - measure.tall(columns)) / 2)
        if not columns:
            spine = (look.top + bottom) / 2
        wide = measure.wide(columns)
        left = look.margin + max(0.0, (area.width() - 2 * look.margin - wide) / 2)
        head_x = left + wide - measure.head[0]
        # the head on the spine, moved along it as far as keeps it on the page
        head_y = min(max(look.top, spine - measure.head[1] / 2), bottom - measure.head[1])
        p.setPen(QPen(BONE_INK, 6))
        p.drawLine(QPointF(left if columns else head_x - 400, spine), QPointF(head_x, spine))
        for n, (above, below) in enumerate(columns):
            joint = left + measure.lean(columns) + n * (look.tick + measure.width + look.column_gap)
            for bone, upper in ((above, True), (below, False)):
                if bone is not None:
                    self._bone(p, measure, bone, joint, spine, up=upper)
        self._head(p, theme, look, QRectF(head_x, head_y, *measure.head))
        if not columns:
            draw_text(
                p,
                QRectF(max(look.margin, head_x - 420), spine + look.clear, 400, 200),
                NO_CAUSES,
                look.text_px,
                colour=ROOM_MUTED,
            )

    def _head(self, p: QPainter, theme: Theme, look: FishType, rect: QRectF) -> None:
        colour = KIND_COLOURS[theme.kind]
        p.setPen(QPen(colour, 3))
        p.setBrush(KIND_TINTS[theme.kind])
        p.drawRoundedRect(rect, 14, 14)
        pad = look.pad
        inside = rect.width() - 2 * pad
        kind = kind_text(theme.kind)
        pill = QRectF(
            rect.left() + pad, rect.top() + pad, min(inside, pill_width(kind)), MARK_PX * 1.6
        )
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(KIND_INKS[theme.kind])  # white on it reads at 7:1 or more
        p.drawRoundedRect(pill, pill.height() / 2, pill.height() / 2)
        draw_text(
            p, pill, kind, MARK_PX, bold=True, colour=QColor("#FFFFFF"), align=CENTRE, wrap=False
        )
        y = pill.bottom() + 10
        facts_h = text_height(self._facts(theme), inside, MARK_PX)
        # a name too long for the page even in a wide head at the floor: cut with "…" where
        # the head's facts still fit under it (``fishbone_room_layout._head_on_page``)
        name_h = min(text_height(theme.name, inside, look.name_px, bold=True),
                     rect.bottom() - pad - facts_h - 8 - y)
        draw_text(
            p, QRectF(rect.left() + pad, y, inside, name_h + 2), theme.name, look.name_px,
            bold=True,
        )
        y += name_h + 8
        draw_text(
            p,
            QRectF(rect.left() + pad, y, inside, rect.bottom() - y),
            self._facts(theme),
            MARK_PX,
            colour=ROOM_MUTED,
        )

    def _bone(
        self, p: QPainter, measure: FishMeasure, bone: Bone, joint: float, spine: float, *, up: bool
    ) -> None:
        """The bone from ``joint`` leaning back, its label at the far end and its boxes (or,
        on the overview, its note) beside it, top to bottom in reading order on either side of
        the spine."""
        look = measure.look
        length = measure.length(bone)
        inner: list[Cause | str] = [*bone.causes] or ([NOTE] if bone.note else [])
        items = [LABEL, *inner] if up else [*inner, LABEL]
        y = spine - length if up else spine + look.clear
        for item in items:
            if isinstance(item, Cause):
                size = (measure.width, measure.box(item))
            else:
                size = measure.label(bone) if item == LABEL else measure.note(bone)
            height = size[1]
            near = min(abs(y - spine), abs(y + height - spine))
            x = joint - look.slant * near + look.tick
            rect = QRectF(x, y, *size)
            if item == LABEL:
                self._label(p, bone, look, rect)
            else:
                middle = y + height / 2
                p.setPen(QPen(BONE_INK, 2))
                p.drawLine(
                    QPointF(joint - look.slant * abs(middle - spine), middle), QPointF(x, middle)
                )
                if isinstance(item, Cause):
                    self._box(p, item, look, rect)
                else:
                    self._note(p, bone, look, rect)
            y += height + look.gap
        sign = -1 if up else 1
        p.setPen(QPen(BONE_INK, 3))
        p.drawLine(
            QPointF(joint, spine), QPointF(joint - look.slant * length, spine + sign * length)
        )

    def _label(self, p: QPainter, bone: Bone, look: FishType, rect: QRectF) -> None:
        pen = QPen(BONE_INK, 2)
        if not bone.placed:
            pen.setStyle(Qt.PenStyle.DashLine)
        p.setPen(pen)
        p.setBrush(BONE_INK if bone.placed else QColor("#FFFFFF"))
        p.drawRoundedRect(rect, 8, 8)
        px = look.label_px
        inner = rect.adjusted(px / 2, px * 0.4, -px / 2, 0)
        draw_text(
            p,
            inner,
            bone.label,
            px,
            bold=True,
            colour=QColor("#FFFFFF") if bone.placed else INK,
        )

    def _note(self, p: QPainter, bone: Bone, look: FishType, rect: QRectF) -> None:
        """The overview's word on a bone: where its causes are, and their marks counted."""
        p.setPen(QPen(QColor("#9A968C"), 2))
        p.setBrush(QColor("#FFFFFF"))
        p.drawRoundedRect(rect, 10, 10)
        draw_text(p, rect.adjusted(look.pad, look.pad, -look.pad, 0), bone.note, look.text_px)

    def _box(self, p: QPainter, cause: Cause, look: FishType, rect: QRectF) -> None:
        """A cause as on the tree: a thick vermilion border for a root cause, and its marks in
        words, so the colour is never all that says it."""
        p.setPen(QPen(ROOT_CAUSE_INK, 4) if cause.root_cause else QPen(QColor("#9A968C"), 2))
        p.setBrush(QColor("#FFFFFF"))
        p.drawRoundedRect(rect, 10, 10)
        pad = look.pad
        x, y = rect.left() + pad, rect.top() + pad
        together = marks_together(cause, rect.width(), look)
        for mark in marks(cause):
            pill = QRectF(x, y, pill_width(mark), MARK_PX * 1.6)
            root = mark == ROOT_BADGE
            p.setPen(QPen(ROOT_CAUSE_INK if root else AGREED_FILL, 2))
            p.setBrush(QColor("#FFF4EC") if root else AGREED_FILL)
            p.drawRoundedRect(pill, pill.height() / 2, pill.height() / 2)
            draw_text(
                p,
                pill,
                mark,
                MARK_PX,
                bold=True,
                align=CENTRE,
                wrap=False,
                colour=ROOT_CAUSE_INK if root else QColor("#FFFFFF"),
            )
            if together:
                x += pill.width() + 8
            else:
                y += pill.height() + 8
        if marks(cause) and together:
            y += MARK_PX * 1.6 + 8
        draw_text(
            p,
            QRectF(rect.left() + pad, y, rect.width() - 2 * pad, rect.bottom() - pad - y + 2),
            cause.text,
            look.text_px,
        )
