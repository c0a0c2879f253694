"""A canvas that draws each page's furniture once it knows how many pages there are.

Each page is kept until the document is saved, then finished with ``on_page(canvas, page,
total)``: "Page 2 of 4" needs the 4, which a page drawn as it goes (reportlab's ``onPage``)
cannot know. The furniture also comes last in each page's content, so a screen reader, which
follows that order in an untagged PDF, reads the page before its footer.
"""

from __future__ import annotations

from collections.abc import Callable

from reportlab.pdfgen.canvas import Canvas

OnPage = Callable[[Canvas, int, int], None]


def numbered_canvas(on_page: OnPage) -> type[Canvas]:
    """A canvas class for ``doc.build(…, canvasmaker=…)`` that calls ``on_page`` on each page
    with its number and the page count, just before the page is finished."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args, **kwargs) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._doc.pageCounter += 1  # a bookmark made on the next page names that page
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            self._doc.pageCounter = 1  # the pages are added now, from the first
            for state in self._pages:
                self.__dict__.update(state)
                on_page(self, self._pageNumber, total)
                super().showPage()
            super().save()

    return NumberedCanvas
