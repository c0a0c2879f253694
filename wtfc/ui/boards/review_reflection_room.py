"""The Review room view's "Looking back" page: the group's reflection on this workshop and the
date it will look again, in the room's large type.

It follows last time's comparison when there is something to say (an answer or a next review
date). On a first workshop, with no last time's file, it is all the view has: there it shows
its three questions from the start, so the room reads what it is about to be asked rather than a
line that sounds like something went wrong; those not answered yet are listed in one card under
"Not written yet" (three empty white boxes read as something that failed to load).
An answer too long for one page goes on over the next, under its label "(continued)": every
word is shown on some page.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainter

from wtfc.model.dates import long_date
from wtfc.model.workshop import Workshop
from wtfc.ui.boards.room_paint import (
    BODY_PX,
    draw_card,
    draw_heading,
    draw_text,
    heading_bottom,
    pack_pages,
    text_height,
    text_pieces,
)

TITLE = "Looking back on this workshop"
# (the Reflection's field, what the room reads over its words)
ANSWERS = (
    ("went_well", "What went well"),
    ("not_so_well", "What didn't go so well"),
    ("do_differently", "What we would do differently next time"),
)
LABEL_PX = BODY_PX + 2
LABEL = 48.0  # a label's line
PAD = 14.0  # inside a card, above and below
GAP = 16.0  # between cards
INSET = 26.0  # the words' left and right margin inside a card
NOT_WRITTEN = "Not written yet"  # over the questions with no answer yet, said once


def next_review_words(when: dt.date) -> str:
    """ "We will look again by 12 May 2027." (the day without a leading zero)."""
    return f"We will look again by {long_date(when)}."


def has_looking_back(ws: Workshop) -> bool:
    """Whether the room has a Looking back page: an answer has words, or a date is set."""
    return ws.next_review is not None or any(
        getattr(ws.reflection, field).strip() for field, _ in ANSWERS
    )


@dataclass(frozen=True)
class Block:
    """A card of the page (a label over its words) or, with no label, the next review line."""

    label: str
    text: str
    height: float



def label_height(label: str, width: float) -> float:
    """A label's line, and more where it wraps: "What we would do differently next time" is two
    lines across an 800x600 projector, where it ended "next ti…"."""
    line = text_height("Ag", width, LABEL_PX, bold=True)
    return LABEL + max(0.0, text_height(label, width, LABEL_PX, bold=True) - line)


def text_width(wide: float) -> float:
    return wide - 120 - 2 * INSET


def page_top(ws: Workshop, wide: float) -> float:
    return heading_bottom(ws.title, title=TITLE, wide=wide)


def looking_back_pages(ws: Workshop, wide: float, height: float, *,
                       questions: bool = False) -> list[list[Block]]:
    """The page's blocks for a canvas ``wide`` x ``height``, in pages (none when there is
    nothing to say). ``questions``: every question is shown, those not answered yet listed in
    one card under "Not written yet" after the answers (the page is the view's only one)."""
    if not has_looking_back(ws) and not questions:
        return []
    width = text_width(wide)
    room = height - page_top(ws, wide) - 40
    blocks: list[Block] = []
    waiting = [label for field, label in ANSWERS
               if questions and not getattr(ws.reflection, field).strip()]
    for field, label in ANSWERS:
        words = getattr(ws.reflection, field).strip()
        if not words:
            continue
        most = room - label_height(f"{label} (continued)", width) - 2 * PAD - GAP - 4
        for n, piece in enumerate(text_pieces(words, width, most)):
            named = f"{label} (continued)" if n else label
            tall = text_height(piece, width, BODY_PX) + 4
            blocks.append(Block(named, piece, label_height(named, width) + tall + 2 * PAD + GAP))
    if waiting:
        listed = "\n".join(f"• {label}" for label in waiting)
        tall = text_height(listed, width, BODY_PX) + 4
        blocks.append(Block(NOT_WRITTEN, listed,
                            label_height(NOT_WRITTEN, width) + tall + 2 * PAD + GAP))
    if ws.next_review is not None:
        words = next_review_words(ws.next_review)
        blocks.append(Block("", words, text_height(words, wide - 120, LABEL_PX, bold=True) + 8))
    return [[blocks[i] for i in page] for page in pack_pages([b.height for b in blocks], room)]


def paint_looking_back(p: QPainter, area: QRectF, ws: Workshop, blocks: list[Block]) -> None:
    """One page of the Looking back view."""
    top = draw_heading(p, area, TITLE, ws.title, wrap=True)
    width = text_width(area.width())
    for block in blocks:
        if not block.label:  # the next review, in bold under the answers
            draw_text(
                p,
                QRectF(60, top, area.width() - 120, block.height),
                block.text,
                LABEL_PX,
                bold=True,
            )
            top += block.height
            continue
        card = QRectF(60, top, area.width() - 120, block.height - GAP)
        draw_card(p, card, radius=10)
        named = label_height(block.label, width)
        draw_text(p, QRectF(60 + INSET, top + PAD, width, named), block.label, LABEL_PX,
                  bold=True)
        draw_text(
            p,
            QRectF(60 + INSET, top + PAD + named, width, card.height() - named - 2 * PAD),
            block.text,
            BODY_PX,
        )
        top += block.height
