"""A reportlab canvas set up the way every wtfc PDF is: fonts, metadata, language, outline."""

from __future__ import annotations

import io

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from wtfc.export import fonts as f
from wtfc.export.content import ExportContent, format_date

LANGUAGE = "en-GB"
CREATOR = "wtfc (Working Together for Change)"


def document_title(content: ExportContent, what: str) -> str:
    ws = content.workshop
    when = format_date(ws.date)
    return f"{what}: {content.title}" + (f" ({when})" if when else "")


# Every PDF's Author: never a person. The facilitator's name, typed on Prepare, would travel
# unseen in every file (the posters never print it); the report's cover says who facilitated.
AUTHOR = "Working Together for Change workshop"

# How each PDF asks to be printed (its /Duplex viewer preference, which Acrobat and Reader use
# to preset the print dialog): an office printer's default is often double-sided, which put
# poster 2 on the back of poster 1, so only every other poster could go on the wall.
ONE_SIDED = "Simplex"  # wall posters: one poster, or one sheet, per piece of paper
BOOKLET = "DuplexFlipLongEdge"  # the report and the letter: back to back, turned like a book


def new_canvas(buffer: io.BytesIO, pagesize: tuple[float, float], *, content: ExportContent,
               title: str, subject: str, duplex: str) -> Canvas:
    """A canvas that embeds only our fonts, states its language and shows its title and outline,
    and asks to be printed ``duplex`` (``ONE_SIDED`` or ``BOOKLET``)."""
    f.fonts()
    canvas = Canvas(buffer, pagesize=pagesize, lang=LANGUAGE, initialFontName=f.REGULAR,
                    initialFontSize=14, pageCompression=1)
    canvas.setTitle(title)
    canvas.setAuthor(AUTHOR)
    canvas.setSubject(subject)
    canvas.setCreator(CREATOR)
    canvas.setViewerPreference("DisplayDocTitle", "true")
    canvas.setViewerPreference("Duplex", duplex)
    return canvas


def bookmark(canvas: Canvas, key: str, title: str, level: int = 0) -> None:
    """An outline entry (bookmark) for the current page."""
    canvas.bookmarkPage(key)
    canvas.addOutlineEntry(title, key, level=level, closed=False)
    canvas.showOutline()  # a PDF with bookmarks opens with them in view


def doc_kwargs(content: ExportContent, *, title: str, subject: str, duplex: str) -> dict:
    """The keyword arguments that give a platypus document the same set-up as ``new_canvas``."""
    f.fonts()
    return dict(title=title, author=AUTHOR, subject=subject,
                creator=CREATOR,
                lang=LANGUAGE, displayDocTitle=True, duplex=duplex, initialFontName=f.REGULAR,
                initialFontSize=12, pageCompression=1)


class Bookmark(Flowable):
    """Marks its place in the PDF outline (bookmarks) without taking any room."""

    # Nor any space: the frame merges the space after the flowable before it with the space
    # before the heading after it, as a KeepTogether measures them. Without this the heading
    # got its whole space, so "Looking back", its first heading and first paragraph, measured
    # as fitting a page's foot, left that paragraph overleaf and the heading alone.
    _SPACETRANSFER = True

    def __init__(self, key: str, title: str, level: int = 0) -> None:
        super().__init__()
        self.key, self.title, self.level = key, title, level

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.canv.bookmarkHorizontal(self.key, 0, 0)
        self.canv.addOutlineEntry(self.title, self.key, level=self.level, closed=False)
        self.canv.showOutline()  # as ``bookmark``: the report opens with its outline shown
