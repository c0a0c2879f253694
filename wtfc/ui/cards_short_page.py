"""The Collect page on a short window. A 1366x768 laptop at 150% leaves the page about 490 px
tall, and under the heading, the intro and the rows of buttons the card table showed 3½ rows.
On a page that short the intro folds into the heading's tooltip (shown again while there are
no cards, when the empty table has the room) and the table's rows keep less air round their
words: at 911x512 the table shows 8 rows. The window's status bar (22 px, always shown) took
a row back, so a short page also keeps its rows of heading, buttons and filters closer."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QMargins, QObject
from PySide6.QtWidgets import QLabel, QWidget

from wtfc.model.document import Document
from wtfc.ui.cards_view import CardsTableView

SHORT_PAGE = 600  # px tall: under this the page is short (1366x768 at 100% leaves it ~750)
SHORT_SPACING = 3  # px between the page's rows when short (the style gives 6)
SHORT_EDGE = 3  # px above the heading and under the table when short (the style gives 9)


class ShortPageFit(QObject):
    """Folds ``intro`` (while there are cards) and tightens ``table``'s rows while ``page``
    is short."""

    def __init__(
        self, page: QWidget, heading: QLabel, intro: QLabel, table: CardsTableView, doc: Document
    ) -> None:
        super().__init__(page)
        self._page, self._heading, self._intro, self._table = page, heading, intro, table
        self._doc = doc
        page.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._page and event.type() == QEvent.Type.Resize:
            self.fit()
        return False

    def fit(self) -> None:
        """Fold or show the intro for the page's height now, and fit the rows to it."""
        short = self._page.height() < SHORT_PAGE
        folded = short and bool(self._doc.workshop.cards)
        self._intro.setVisible(not folded)
        said = self._intro.text() if folded else ""  # still there, for a pointer or a reader
        self._heading.setToolTip(said)
        self._heading.setAccessibleDescription(said)
        self._table.set_tight_rows(short)
        layout = self._page.layout()  # -1: the style's own, as before
        if layout is None:
            return
        layout.setSpacing(SHORT_SPACING if short else -1)
        edge = SHORT_EDGE if short else -1
        layout.setContentsMargins(QMargins(-1, edge, -1, edge))
