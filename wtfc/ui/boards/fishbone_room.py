"""The fishbone on the projector: what the room sees while the facilitator shows Root causes
as a fishbone (Tree / Fishbone, or F, on the Root causes board).

The theme is the head at the right with its kind, name and cards counted as the room counts
them (held-back cards are only counted, "(3 not shown)"); a bone for each category in use, in
the categories' order, then "No category yet" (dashed); each cause in a box with its words and
its marks in words, "◎ Root cause" and "✔ Agreed to address", as on the why-tree. Every word is
24 real px or more: what does not fit one screen is shown in pages (``fishbone_room_layout``),
"Page 1 of 2" in the corner, turned as the why-tree's are.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QWidget

from wtfc.model.cause_category import causes_by_category
from wtfc.model.counting import rank_words
from wtfc.model.document import Document
from wtfc.model.workshop import Cause, Theme
from wtfc.ui.boards.common import follow_document
from wtfc.ui.boards.fishbone_room_layout import (
    CLEAR,
    COLUMN_GAP,
    GAP,
    LABEL_PX,
    MARGIN,
    MARK_PX,
    NAME_PX,
    PAD,
    SLANT,
    TEXT_PX,
    TICK,
    TOP,
    Bone,
    FishMeasure,
    FishPlan,
    head_width,
    marks,
    marks_together,
    pill_width,
    plan,
)
from wtfc.ui.boards.fishbone_scene import BONE_INK
from wtfc.ui.boards.room_paint import FOOT, RoomCanvas, draw_heading, draw_text, text_height
from wtfc.ui.boards.why_tree_items import (
    AGREED_FILL,
    ROOT_BADGE,
    ROOT_CAUSE_INK,
    cards_said,
    theme_cards,
)
from wtfc.ui.style import INK, KIND_COLOURS, KIND_INKS, KIND_TINTS, MUTED_INK, kind_text

CENTRE = Qt.AlignmentFlag.AlignCenter
NO_CAUSES = "No causes have been written for this theme yet."


class FishboneRoomView(RoomCanvas):
    """Read-only fishbone of one theme, in the room's large type, in pages when it must be."""

    def __init__(self, doc: Document, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(f"Fishbone: {theme.name}", parent)
        self._doc = doc
        self._theme_id = theme.id
        self._plan: FishPlan | None = None
        follow_document(self, doc, on_edited=self.relayout, on_reset=self.relayout)

    def _theme(self) -> Theme | None:
        return self._doc.get("themes", self._theme_id)

    def _facts(self, theme: Theme) -> str:
        rank = f"{rank_words(theme.priority.rank)} · " if theme.priority.chosen else ""
        return rank + cards_said(theme_cards(self._doc, theme), room=True)

    def _head_height(self, theme: Theme, width: float) -> float:
        inside = width - 2 * PAD
        return (
            PAD
            + MARK_PX * 1.6
            + 10
            + text_height(theme.name, inside, NAME_PX, bold=True)
            + 8
            + text_height(self._facts(theme), inside, MARK_PX)
            + PAD
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
        self._plan = plan(bones, wide, height, self._head_height(theme, head_width(wide)))
        return len(self._plan.pages)

    # -- painting ----------------------------------------------------------------------------------
    def paint_room(self, p: QPainter, area: QRectF) -> None:
        theme = self._theme()
        if theme is None or self._plan is None:
            draw_heading(p, area, "This theme is no longer in the workshop")
            return
        fish = self._plan
        columns = fish.pages[min(self.page, len(fish.pages) - 1)].columns
        measure = fish.measure
        up = measure.sides(columns)[0]
        bottom = (self._paged_height() if self.keeps_foot() else area.height()) - FOOT
        spine = TOP + up + max(0.0, (bottom - TOP - measure.tall(columns)) / 2)
        if not columns:
            spine = (TOP + bottom) / 2
        wide = measure.wide(columns)
        left = MARGIN + max(0.0, (area.width() - 2 * MARGIN - wide) / 2)
        lean = SLANT * max((measure.length(b) for c in columns for b in c if b), default=0.0)
        head_x = left + wide - measure.head[0]
        # the head on the spine, moved along it as far as keeps it on the page
        head_y = min(max(TOP, spine - measure.head[1] / 2), bottom - measure.head[1])
        p.setPen(QPen(BONE_INK, 6))
        p.drawLine(QPointF(left if columns else head_x - 400, spine), QPointF(head_x, spine))
        for n, (above, below) in enumerate(columns):
            joint = left + lean + n * (TICK + measure.width + COLUMN_GAP)
            for bone, upper in ((above, True), (below, False)):
                if bone is not None:
                    self._bone(p, measure, bone, joint, spine, up=upper)
        self._head(p, theme, QRectF(head_x, head_y, *measure.head))
        if not columns:
            draw_text(
                p,
                QRectF(max(MARGIN, head_x - 420), spine + CLEAR, 400, 200),
                NO_CAUSES,
                TEXT_PX,
                colour=MUTED_INK,
            )

    def _head(self, p: QPainter, theme: Theme, rect: QRectF) -> None:
        colour = KIND_COLOURS[theme.kind]
        p.setPen(QPen(colour, 3))
        p.setBrush(KIND_TINTS[theme.kind])
        p.drawRoundedRect(rect, 14, 14)
        inside = rect.width() - 2 * PAD
        kind = kind_text(theme.kind)
        pill = QRectF(
            rect.left() + PAD, rect.top() + PAD, min(inside, pill_width(kind)), MARK_PX * 1.6
        )
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(KIND_INKS[theme.kind])  # white on it reads at 7:1 or more
        p.drawRoundedRect(pill, pill.height() / 2, pill.height() / 2)
        draw_text(
            p, pill, kind, MARK_PX, bold=True, colour=QColor("#FFFFFF"), align=CENTRE, wrap=False
        )
        y = pill.bottom() + 10
        name_h = text_height(theme.name, inside, NAME_PX, bold=True)
        draw_text(
            p, QRectF(rect.left() + PAD, y, inside, name_h + 2), theme.name, NAME_PX, bold=True
        )
        y += name_h + 8
        draw_text(
            p,
            QRectF(rect.left() + PAD, y, inside, rect.bottom() - y),
            self._facts(theme),
            MARK_PX,
            colour=MUTED_INK,
        )

    def _bone(
        self, p: QPainter, measure: FishMeasure, bone: Bone, joint: float, spine: float, *, up: bool
    ) -> None:
        """The bone from ``joint`` leaning back, its label at the far end and its boxes beside
        it, top to bottom in reading order on either side of the spine."""
        length = measure.length(bone)
        label_w, label_h = measure.label(bone)
        items: list[Cause | None] = [None, *bone.causes] if up else [*bone.causes, None]
        y = spine - length if up else spine + CLEAR
        for item in items:
            height = label_h if item is None else measure.box(item)
            near = min(abs(y - spine), abs(y + height - spine))
            x = joint - SLANT * near + TICK
            if item is None:
                self._label(p, bone, QRectF(x, y, label_w, label_h))
            else:
                middle = y + height / 2
                p.setPen(QPen(BONE_INK, 2))
                p.drawLine(QPointF(joint - SLANT * abs(middle - spine), middle), QPointF(x, middle))
                self._box(p, item, QRectF(x, y, measure.width, height))
            y += height + GAP
        sign = -1 if up else 1
        p.setPen(QPen(BONE_INK, 3))
        p.drawLine(QPointF(joint, spine), QPointF(joint - SLANT * length, spine + sign * length))

    def _label(self, p: QPainter, bone: Bone, rect: QRectF) -> None:
        pen = QPen(BONE_INK, 2)
        if not bone.placed:
            pen.setStyle(Qt.PenStyle.DashLine)
        p.setPen(pen)
        p.setBrush(BONE_INK if bone.placed else QColor("#FFFFFF"))
        p.drawRoundedRect(rect, 8, 8)
        inner = rect.adjusted(LABEL_PX / 2, LABEL_PX * 0.4, -LABEL_PX / 2, 0)
        draw_text(
            p,
            inner,
            bone.label,
            LABEL_PX,
            bold=True,
            colour=QColor("#FFFFFF") if bone.placed else INK,
        )

    def _box(self, p: QPainter, cause: Cause, rect: QRectF) -> None:
        """A cause as on the tree: a thick vermilion border for a root cause, and its marks in
        words, so the colour is never all that says it."""
        p.setPen(QPen(ROOT_CAUSE_INK, 4) if cause.root_cause else QPen(QColor("#9A968C"), 2))
        p.setBrush(QColor("#FFFFFF"))
        p.drawRoundedRect(rect, 10, 10)
        x, y = rect.left() + PAD, rect.top() + PAD
        together = marks_together(cause, rect.width())
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
            QRectF(rect.left() + PAD, y, rect.width() - 2 * PAD, rect.bottom() - PAD - y + 2),
            cause.text,
            TEXT_PX,
        )
