"""The feedback sheet's page foot: the workshop's title and date, and "Page 2 of 4"."""

from __future__ import annotations

from reportlab.pdfgen.canvas import Canvas

from wtfc.export import fonts as f
from wtfc.export.look import INK, RULE
from wtfc.export.report_sections import MARGIN, PAGE, TEXT_WIDTH
from wtfc.export.title_line import draw_title_line

FOOT = 30.0  # from the page's bottom edge to the page number's baseline


def page_foot(canvas: Canvas, page: int, total: int, title: str, when: str, size: float) -> None:
    """Every page's foot, so a page put down on its own still says whose letter it is: the
    workshop's title and date, and "Page 2 of 4", in the sheet's body type (``size``)."""
    canvas.saveState()
    canvas.setStrokeColor(RULE)
    canvas.line(MARGIN, FOOT + size + 4, PAGE[0] - MARGIN, FOOT + size + 4)
    canvas.setFillColor(INK)
    canvas.setFont(f.REGULAR, size)
    # "Page 1 of 1" too: a reader holding one page knows there is no other to look for
    canvas.drawRightString(PAGE[0] - MARGIN, FOOT, f"Page {page} of {total}")
    # the title stops short of the widest number, so it is cut alike on every page
    widest = "Page 88 of 88" if total < 10 else "Page 888 of 888"
    room = TEXT_WIDTH - canvas.stringWidth(widest, f.REGULAR, size) - 16
    if title or when:
        draw_title_line(canvas, MARGIN, FOOT, title, size, room,
                        tail=f" · {when}" if when else "")
    canvas.restoreState()
