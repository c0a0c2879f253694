"""A reportlab canvas set up the way every wtfc PDF is: fonts, metadata, language, outline."""

from __future__ import annotations

import io

from reportlab.pdfgen.canvas import Canvas

from wtfc.export import fonts as f
from wtfc.export.content import ExportContent, format_date

LANGUAGE = "en-GB"
CREATOR = "wtfc (Working Together for Change)"


def document_title(content: ExportContent, what: str) -> str:
    ws = content.workshop
    when = format_date(ws.date)
    return f"{what}: {ws.title}" + (f" ({when})" if when else "")


def author(content: ExportContent) -> str:
    return content.workshop.facilitator or "Working Together for Change workshop"


def new_canvas(buffer: io.BytesIO, pagesize: tuple[float, float], *, content: ExportContent,
               title: str, subject: str) -> Canvas:
    """A canvas that embeds only our fonts, states its language and shows its title and outline."""
    f.fonts()
    canvas = Canvas(buffer, pagesize=pagesize, lang=LANGUAGE, initialFontName=f.REGULAR,
                    initialFontSize=14, pageCompression=1)
    canvas.setTitle(title)
    canvas.setAuthor(author(content))
    canvas.setSubject(subject)
    canvas.setCreator(CREATOR)
    canvas.setViewerPreference("DisplayDocTitle", "true")
    return canvas


def bookmark(canvas: Canvas, key: str, title: str, level: int = 0) -> None:
    """An outline entry (bookmark) for the current page."""
    canvas.bookmarkPage(key)
    canvas.addOutlineEntry(title, key, level=level, closed=False)
