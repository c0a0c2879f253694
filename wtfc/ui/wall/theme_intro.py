"""The Theme page's heading and what-to-do line, as every other stage page has them.

Theme is the longest stage of the day, and a first-time facilitator arrived on 67 cards under
"Not yet in a theme" with no word of what to do (the empty wall's words show only with no
cards). The line follows the wall: how to group while no theme exists, then how many cards are
still in none and which groups are not named yet, then where to go next. Above the toolbar, so
it never covers a card.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from wtfc.model.counting import count_phrase
from wtfc.model.document import Document
from wtfc.model.theme_progress import theme_progress
from wtfc.ui.document_follow import follow_document
from wtfc.ui.style import ui_font
from wtfc.ui.wall.chosen_line import ChosenLine

HEADING = "Theme: group the cards into “I” statements"
NO_CARDS = "No cards yet: bring in the statements on 2 Collect (Ctrl+2)."
FIRST_GROUPS = ("Choose cards (click, Ctrl+click, or drag round them) and press N to group them, "
                "or S to have wtfc suggest groups. Name each group as an “I” statement; a group "
                "can be named later with F2.")
CHOSEN_ROOM = "999 cards chosen"  # room beside the heading for at least the count
# a read-only file's keys do nothing: "press N" sent people to a key that did not answer
READ_ONLY = "This workshop is open read-only: its themes can be seen, not changed."


def intro_words(doc: Document, *, read_only: bool = False) -> str:
    """What to do next on the wall, for the workshop as it stands (``read_only``: where it
    stands, and that it can't be changed)."""
    ws = doc.workshop
    if read_only:
        return _where_it_stands(doc) + READ_ONLY
    if not ws.cards:
        return NO_CARDS
    progress = theme_progress(ws)
    if not progress.themes:
        return FIRST_GROUPS
    if progress.unsorted:
        verb = "is" if progress.unsorted == 1 else "are"
        said = (f"{count_phrase(progress.unsorted, 'card')} {verb} not in a theme yet: choose "
                f"cards and press N for a new theme, or M to put them in one.")
    else:
        said = "Every card is in a theme."
    if progress.unnamed:
        verb = "is" if progress.unnamed == 1 else "are"
        said += (f" {count_phrase(progress.unnamed, 'group')} {verb} not named yet: F2 names "
                 f"the chosen one.")
    elif not progress.unsorted:
        said += " Next: 4 Understand (Ctrl+4), to choose the priorities."
    return said


def _where_it_stands(doc: Document) -> str:
    """The cards and groups of a read-only workshop, without the keys to change them."""
    ws = doc.workshop
    if not ws.cards:
        return "No cards yet. "
    progress = theme_progress(ws)
    if not progress.themes:
        return "No themes yet. "
    verb = "is" if progress.unsorted == 1 else "are"
    said = (f"{count_phrase(progress.unsorted, 'card')} {verb} not in a theme yet. "
            if progress.unsorted else "Every card is in a theme. ")
    if progress.unnamed:
        verb = "is" if progress.unnamed == 1 else "are"
        said += f"{count_phrase(progress.unnamed, 'group')} {verb} not named yet. "
    return said


class _Heading(QLabel):
    """The heading, wanting the width of its one line: the row gives it that and the count
    the rest, at any width, as the page's height is worked out too. Stretches set in
    ``resizeEvent`` (the row's width shared line : rest) came after the row was laid out with
    the last width's: dragged narrower, the heading took two lines until the next turn, and a
    big wall was laid out for that shape, 23 px short (test_wall_lays_out_once)."""

    def line_width(self) -> int:
        return self.fontMetrics().horizontalAdvance(self.text()) + 8

    def sizeHint(self) -> QSize:
        return QSize(self.line_width(), super().sizeHint().height())


class ThemeIntro(QWidget):
    """``ThemeIntro(doc)``: the heading, and the line under it kept in step with ``doc``; on
    the heading's right, how many cards are chosen (``chosen``, a ``ChosenLine``)."""

    def __init__(self, doc: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        heading = _Heading(HEADING)
        heading.setFont(ui_font(14, bold=True))
        heading.setWordWrap(True)  # whole on a narrow window or at a large system font
        self.words = QLabel()  # no fixed accessible name: a screen reader reads its words
        self.words.setFont(ui_font(11))
        self.words.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 2, 8, 0)
        layout.setSpacing(0)
        self.chosen = ChosenLine()
        self.chosen.shown.connect(self._on_chosen_shown)
        self._top = top = QHBoxLayout()
        top.setSpacing(16)
        top.addWidget(heading)
        layout.addLayout(top)
        self._heading = heading
        # the words' room is kept while the count stands in their place (``_place_chosen``)
        policy = self.words.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.words.setSizePolicy(policy)
        self._under = under = QGridLayout()
        under.setContentsMargins(0, 0, 0, 0)
        under.addWidget(self.words, 0, 0)
        layout.addLayout(under)
        self._beside = False
        self._place_chosen(beside=True)
        self._stale = True
        self.read_only = False  # the wall's: ``set_read_only``
        self._hear: Callable[[str], None] | None = None  # ``tell``
        follow_document(self, doc, on_parts=self._on_parts_changed, on_reset=self.refresh,
                        on_edited=self._on_edited)
        self.refresh()

    def resizeEvent(self, event) -> None:
        """The heading has its one line's width while the row holds it (``_Heading``; squeezed
        3 to 2 it wrapped at 911×512, and at 16 pt took a third line: the suggestions' cards
        lost their room). The count goes in the room it leaves; with no room there for "999
        cards chosen", it stands in the words' place under the heading."""
        super().resizeEvent(event)
        rest = self.width() - 16 - self._top.spacing() - self._heading.line_width()
        self._place_chosen(beside=rest >= self.chosen.fontMetrics().horizontalAdvance(
            CHOSEN_ROOM))

    def _place_chosen(self, *, beside: bool) -> None:
        """The count on the heading's row (``beside``), or over the words under it; neither
        makes the intro taller, so its coming and going never lays the wall out again."""
        if beside == self._beside:
            return
        self._beside = beside
        if beside:
            self._under.removeWidget(self.chosen)
            self._top.setStretch(0, 0)
            self._top.addWidget(self.chosen, 1)
            self.chosen.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        else:
            self._top.removeWidget(self.chosen)
            self._top.setStretch(0, 1)
            self._under.addWidget(self.chosen, 0, 0)
            self.chosen.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self._on_chosen_shown(not self.chosen.isHidden())

    def _on_chosen_shown(self, shown: bool) -> None:
        """Under the heading, the count hides the words while it shows (both drawn, they
        overlap); the words are still the wall's description (``tell``)."""
        self.words.setVisible(self._beside or not shown)

    # once per edit that touched cards or themes: a vote or a note leaves the words as they are
    def _on_parts_changed(self, collection: str, _ids: frozenset) -> None:
        if collection in ("cards", "themes"):
            self._stale = True

    def _on_edited(self) -> None:
        if self._stale:
            self.refresh()

    def set_read_only(self, read_only: bool) -> None:
        """The workshop became read-only or writable (opened, Save As): the line says so."""
        if read_only != self.read_only:
            self.read_only = read_only
            self.refresh()

    def tell(self, hear: Callable[[str], None]) -> None:
        """``hear(words)`` now and as the line changes: the wall's description for a screen
        reader, which never met this label (Tab does not stop on it)."""
        self._hear = hear
        hear(self.words.text())

    def refresh(self) -> None:
        self._stale = False
        self.words.setText(intro_words(self.doc, read_only=self.read_only))
        if self._hear is not None:
            self._hear(self.words.text())
