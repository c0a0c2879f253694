"""The room views' type on a washed-out projector: contrast halved and black lifted to 35 %
(each sRGB channel 0.5·c + 0.35), where black on white falls from 21:1 to 4.1:1. The second
lines (a plan card's status, a theme's reason, a header's count) were MUTED_INK, 2.6-2.9:1
there; the room views draw them in ROOM_MUTED, 3:1 or more on every pale room fill."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor

from wtfc.model.workshop import Kind
from wtfc.ui.boards.plan_text import OVERDUE_TINT
from wtfc.ui.style import (
    CARD_FACE,
    INK,
    KIND_TINTS,
    MUTED_INK,
    ROOM_MUTED,
    WALL_BACKGROUND,
    contrast,
)

ROOM_FILLS = {
    "wall": WALL_BACKGROUND,
    "card": CARD_FACE,
    **{f"{kind.value} tint": KIND_TINTS[kind] for kind in Kind},
    "late action": OVERDUE_TINT,
    "lane and success column": QColor("#F4F2EC"),  # plan_room_lane.py, success_room.py
    "continued note": QColor("#F7F5EF"),  # why_tree_room_continued.py
}
ROOM_TEXT_INKS = {"ink": INK, "second line": ROOM_MUTED}


def washed_out(colour: QColor) -> QColor:
    """``colour`` as a projector with half the contrast and a grey black shows it."""
    return QColor.fromRgbF(*(0.5 * c + 0.35 for c in (colour.redF(), colour.greenF(),
                                                       colour.blueF())))


@pytest.mark.parametrize("fill", list(ROOM_FILLS))
@pytest.mark.parametrize("ink", list(ROOM_TEXT_INKS))
def test_room_type_reads_at_three_to_one_on_a_washed_out_projector(ink, fill):
    ratio = contrast(washed_out(ROOM_TEXT_INKS[ink]), washed_out(ROOM_FILLS[fill]))
    assert ratio >= 3, f"{ink} on {fill}: {ratio:.2f}:1"


def test_second_lines_stay_lighter_than_the_first():
    # The order of importance is kept: a second line is still greyer than the words above it.
    assert INK.lightness() < ROOM_MUTED.lightness() < MUTED_INK.lightness()


def _solid(image, colour: QColor) -> int:
    """Pixels of ``colour`` with three more of it below and beside: the body of a stroke, where
    a lone pixel of it is the antialiased edge of some other type."""
    import numpy as np
    from PySide6.QtGui import QImage

    argb = image.convertToFormat(QImage.Format.Format_ARGB32)
    rows = np.frombuffer(argb.constBits(), np.uint32).reshape(
        argb.height(), argb.bytesPerLine() // 4)[:, :argb.width()]
    its = rows & 0xFFFFFF == colour.rgb() & 0xFFFFFF
    return int(np.count_nonzero(its[:-1, :-1] & its[1:, :-1] & its[:-1, 1:] & its[1:, 1:]))


THEME = "I am not sure who is coming or when"


@pytest.mark.parametrize("view", ["welcome", "room", "priorities", f"causes:{THEME}",
                                  f"fishbone:{THEME}", f"success:{THEME}", "plan", "review"])
def test_the_room_views_draw_their_second_lines_in_the_room_grey(qapp, demo_doc, view):
    """Each view's second lines were strokes of MUTED_INK (36 to 2,575 solid pixels a view at
    1366x768); they are now ROOM_MUTED, and no MUTED_INK stroke is left."""
    from PySide6.QtCore import QSize

    from wtfc.ui.render import parse_view, render_view

    image = render_view(demo_doc, parse_view(view), QSize(1366, 768))
    assert _solid(image, MUTED_INK) == 0
    assert _solid(image, ROOM_MUTED) > 20


@pytest.fixture(scope="module")
def demo_doc():
    from wtfc.model.demo import demo_path
    from wtfc.model.document import Document
    from wtfc.model.storage import load_workshop

    return Document(load_workshop(demo_path()).workshop)


@pytest.mark.parametrize("act", [False, True])
def test_a_plan_cards_status_is_in_ink(qapp, demo_doc, monkeypatch, act):
    """Whether an action is Not started, In progress or Done is what the room checks: drawn in
    the grey of the second lines it was the first thing lost at the back of a washed-out room."""
    import datetime as dt

    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QImage, QPainter

    from wtfc.ui.boards import plan_room_card

    drawn: list[tuple[str, QColor]] = []
    real = plan_room_card.draw_text

    def recorded(p, rect, text, *args, colour=INK, **kwargs):
        drawn.append((text, colour))
        real(p, rect, text, *args, colour=colour, **kwargs)

    monkeypatch.setattr(plan_room_card, "draw_text", recorded)
    today = dt.date(2026, 11, 29)
    image = QImage(700, 420, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    statuses = []
    for action in demo_doc.workshop.actions:
        drawn.clear()
        card = plan_room_card.card_lines(action, demo_doc, 660, 380, today=today, act=act,
                                         themed=True)
        plan_room_card.draw_action_card(painter, QRectF(0, 0, 700, 420), action, demo_doc,
                                        today=today, act=act, themed=True, inset=20)
        colours = [colour for text, colour in drawn if text == card.status]
        assert colours, card.status
        statuses.append((card.late, colours[-1]))
    painter.end()
    assert {late for late, _ in statuses} == {False, True}  # the demo has both
    assert all(colour == INK for late, colour in statuses if not late)
    assert all(colour not in (MUTED_INK, ROOM_MUTED) for _, colour in statuses)
