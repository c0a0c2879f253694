"""The Collect page's table of cards: a Qt model over the document's cards, and the filter.

The model reads the document; it never edits it (edits go through the undo stack). It follows
``parts_changed`` itself: a replaced card repaints its row, an added or removed card rebuilds.
"""

from __future__ import annotations

import heapq
import re
from collections.abc import Mapping
from enum import IntEnum

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QPalette, QPixmap

from wtfc.model.document import Document
from wtfc.model.search_key import search_key
from wtfc.model.workshop import Card, Kind
from wtfc.ui.held_back_words import details_on_screen, words_on_screen
from wtfc.ui.style import (
    HELD_BACK,
    INK,
    KIND_COLOURS,
    KIND_TINTS,
    MUTED_INK,
    kind_text,
    palette_ink,
    tinted,
)

CARD_ID_ROLE = Qt.ItemDataRole.UserRole + 1
HELD_BACK_ROLE = Qt.ItemDataRole.UserRole + 3
KIND_ROLE = Qt.ItemDataRole.UserRole + 4
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 5  # every column's words, as ``search_key`` (the filter)

HELD_BACK_TINT = QColor("#FFF1CC")
_ROOT = QModelIndex()
_KIND_ORDER = {Kind.NOT_WORKING: 0, Kind.WORKING: 1, Kind.FUTURE: 2}


class Column(IntEnum):
    """The table's columns, in order. Who said it and why a card is held back come right
    after its words: on a 1366-wide laptop the columns past them are off screen, and at 150%
    (the page ~680 px wide) Person, after the details, began 100 px past the edge."""

    KIND = 0
    WORDS = 1
    PERSON = 2
    DETAILS = 3
    TAGS = 4
    SOURCE = 5
    THEMES = 6

    @property
    def heading(self) -> str:
        return _HEADINGS[self]


_COLUMNS = tuple(Column)  # iterating the enum itself costs more than the rest of a row's words
_WORD_COLUMNS = tuple(column for column in Column if column != Column.KIND)
_COLUMN_COUNT = len(_COLUMNS)
_HEADINGS = {Column.KIND: "Kind", Column.WORDS: "Words", Column.DETAILS: "⚠ Personal details?",
             Column.PERSON: "Person", Column.TAGS: "Tags", Column.SOURCE: "Source",
             Column.THEMES: "Themes"}


class CardsModel(QAbstractTableModel):
    """One row per card, in the workshop's order or sorted by a column (``sort``)."""

    def __init__(self, doc: Document, parent=None) -> None:
        super().__init__(parent)
        self._doc = doc
        self._cards: list[Card] = []
        self._row_of: dict[str, int] = {}
        self._themes: Mapping[str, list[str]] = {}
        self._search: dict[str, str] = {}  # card id → its SEARCH_ROLE text, made when asked
        self._kind_keys: dict[str, str] = {}  # "✓ Working" → its search_key
        self._held_back: set[str] = set()  # ids of the cards held back (few, even of 10,000)
        self._bands = {kind: _band(colour) for kind, colour in KIND_COLOURS.items()}
        self.held_back_shown = False  # the facilitator chose to show found details on screen
        self._order: tuple[int, Qt.SortOrder] = (-1, Qt.SortOrder.AscendingOrder)
        self.reload()

    # -- sorting -------------------------------------------------------------------------------
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Rows by a column (-1: the workshop's own order). Sorted here, each card's key made
        once: sorted by the filter model, Qt asked data() for both rows of every comparison
        (10,000 cards: 3.6 s a click on a heading). The filter passes its sort on to here."""
        self._order = (column, order)
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        kept = [(self._cards[index.row()].id, index.column()) for index in before]
        self._cards = self._in_order(list(self._doc.workshop.cards))
        self._row_of = {card.id: row for row, card in enumerate(self._cards)}
        self.changePersistentIndexList(
            before, [self.index(self._row_of[card_id], column) if card_id in self._row_of
                     else QModelIndex() for card_id, column in kept])
        self.layoutChanged.emit()

    def _in_order(self, cards: list[Card]) -> list[Card]:
        column, order = self._order
        if column < 0:
            return cards
        by = Column(column)
        keys = {card.id: self._sort_key(card, by) for card in cards}
        return sorted(cards, key=lambda card: keys[card.id],
                      reverse=order == Qt.SortOrder.DescendingOrder)

    def set_held_back_shown(self, on: bool) -> None:
        """Show (or hide again) the words the guard held back, in held-back cards' rows."""
        if on == self.held_back_shown:
            return
        self.held_back_shown = on
        self._search.clear()  # the filter searches what is shown, not the hidden words
        for row, card in enumerate(self._cards):
            if card.held_back:
                self.dataChanged.emit(self.index(row, Column.WORDS),
                                      self.index(row, Column.DETAILS))
        if self._order[0] in (Column.WORDS, Column.DETAILS):
            self.sort(*self._order)  # sorted by what is shown

    # -- following the document ----------------------------------------------------------------
    def reload(self) -> None:
        self.beginResetModel()
        self._cards = self._in_order(list(self._doc.workshop.cards))
        self._row_of = {card.id: row for row, card in enumerate(self._cards)}
        self._held_back = {card.id for card in self._cards if card.held_back}
        self._themes = self._doc.themes_of_card()
        self._search.clear()
        self.endResetModel()

    def parts_changed(self, collection: str, ids: frozenset) -> None:
        if collection == "themes":
            self._themes = self._doc.themes_of_card()
            self._search.clear()  # the number of themes is among a card's words to search
            self._repaint_column(Column.THEMES)
            if self._order[0] == Column.THEMES:
                self.sort(*self._order)  # a card's place follows its new key, as it did
        elif collection == "cards":
            cards = self._doc.workshop.cards
            sorted_ = self._order[0] >= 0
            same_rows = len(cards) == len(self._cards) and all(
                (card.id in self._row_of) if sorted_ else self._row_of.get(card.id) == row
                for row, card in enumerate(cards))
            if not same_rows:
                self.reload()
                return
            for card_id in ids:
                row = self._row_of[card_id]
                card = self._cards[row] = self._doc.card(card_id)
                (self._held_back.add if card.held_back else self._held_back.discard)(card_id)
                self._search.pop(card_id, None)
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(Column) - 1))
            if sorted_:
                self.sort(*self._order)

    def _repaint_column(self, column: Column) -> None:
        if self._cards:
            self.dataChanged.emit(self.index(0, column), self.index(len(self._cards) - 1, column))

    # -- reading -------------------------------------------------------------------------------
    def card_at(self, row: int) -> Card:
        return self._cards[row]

    def row_of(self, card_id: str) -> int | None:
        return self._row_of.get(card_id)

    def held_back_ids(self) -> frozenset[str]:
        return frozenset(self._held_back)

    def longest_texts(self, column: Column, count: int = 20) -> list[str]:
        """A column's longest words by characters, to size it from: measuring every card's
        words in pixels took too long for 10,000 cards, and the widest is among the longest."""
        if column == Column.SOURCE:  # read directly: through _text, 23 ms for 10,000 cards
            texts = {card.source for card in self._cards}
        elif column == Column.TAGS:
            texts = {", ".join(card.tags) for card in self._cards}
        else:
            texts = {self._text(card, column) for card in self._cards}
        return heapq.nlargest(count, texts, key=len)

    def sample_texts(self, column: Column, count: int = 400) -> list[str]:
        """Every card's words in a column, or ``count`` of them evenly spread (measuring each
        of 10,000 cards' words in pixels would take a tenth of a second at every import)."""
        step = max(1, len(self._cards) // count)
        return [self._text(card, column) for card in self._cards[::step]]

    def details_texts(self) -> list[str]:
        """The "Personal details?" cells that say something (held back or marked fine), as
        shown now; every other card's cell is blank."""
        return [self._text(card, Column.DETAILS) for card in self._cards if card.personal_details]

    def rowCount(self, parent=_ROOT) -> int:
        return 0 if parent.isValid() else len(self._cards)

    def columnCount(self, parent=_ROOT) -> int:  # Qt asks once a row on Ctrl+A: no enum len()
        return 0 if parent.isValid() else _COLUMN_COUNT

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return Column(section).heading
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        card = self._cards[index.row()]
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(card, column)
        if role == CARD_ID_ROLE:
            return card.id
        if role == HELD_BACK_ROLE:
            return card.held_back
        if role == KIND_ROLE:
            return card.kind.value
        if role == SEARCH_ROLE:
            return self._search_text(card)
        if role == Qt.ItemDataRole.ToolTipRole:
            from wtfc.ui.plain_tip import plain_tip  # not on the start-up path

            return plain_tip(self._tooltip(card, column))  # a card's words, not HTML
        if role == Qt.ItemDataRole.DecorationRole and column == Column.KIND:
            return self._bands[card.kind]
        if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole):
            return self._colours(card, column).get(role)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (Column.THEMES,
                                                                     Column.PERSON):
            return Qt.AlignmentFlag.AlignCenter
        if role == Qt.ItemDataRole.AccessibleTextRole:
            if column == Column.KIND:  # the words, not "⚠ ✗" (a reader says "ballot x")
                return f"Kind: {card.kind.label}" + (", held back" if card.held_back else "")
            return f"{Column(column).heading}: {self._text(card, column)}"
        return None

    @staticmethod
    def _colours(card: Card, column: Column) -> dict[int, QBrush]:
        """The Kind column on its kind's tint and a held-back row on amber, each with its dark
        ink (a dark desktop's white words were 1.1:1 on them); "Marked fine" muted where the
        palette lets a grey read."""
        ink = HELD_BACK if column == Column.DETAILS else INK
        if column == Column.KIND:
            return tinted(KIND_TINTS[card.kind])
        if card.held_back:
            return tinted(HELD_BACK_TINT, ink)
        if column == Column.DETAILS:
            muted = palette_ink(MUTED_INK, QPalette.ColorRole.Base,
                                QPalette.ColorRole.AlternateBase)
            return {Qt.ItemDataRole.ForegroundRole: QBrush(muted)}
        return {}

    def row_matches(self, row: int, words: str, kind: str | None, held_back_only: bool) -> bool:
        """The filter's question for one row, answered here in one call: asked through Qt's
        index and data() for each of 10,000 rows, a keystroke took 0.6–1 s."""
        card = self._cards[row]
        if held_back_only and not card.held_back:
            return False
        if kind and card.kind.value != kind:
            return False
        return not words or words in self._search_text(card)

    def _search_text(self, card: Card) -> str:
        """All the row's words without case or accents (``search_key``: "cafe" finds "café"):
        made once per card, so a keystroke in the filter box asks each row once, not each of
        its cells (10,000 cards: 0.3–1.5 s a keystroke)."""
        text = self._search.get(card.id)
        if text is None:
            # the kind's words ("✓ Working": not ASCII, so slower to key) keyed once a kind
            kind = self._text(card, Column.KIND)
            if (kind_key := self._kind_keys.get(kind)) is None:
                kind_key = self._kind_keys[kind] = search_key(kind)
            text = self._search[card.id] = kind_key + "\n" + search_key(
                "\n".join([self._text(card, column) for column in _WORD_COLUMNS]))
        return text

    def _text(self, card: Card, column: Column) -> str:
        if column == Column.KIND:  # held back: said in the first cell, not by colour alone
            return f"⚠ {kind_text(card.kind)}" if card.held_back else kind_text(card.kind)
        if column == Column.WORDS:
            return words_on_screen(card, self.held_back_shown)
        if column == Column.PERSON:
            return card.person
        if column == Column.TAGS:
            return ", ".join(card.tags)
        if column == Column.SOURCE:
            return card.source
        if column == Column.THEMES:
            return str(len(self._themes.get(card.id, ())))
        if card.held_back:
            return f"⚠ {details_on_screen(card, self.held_back_shown)}"
        if card.personal_details:
            return f"Marked fine: {details_on_screen(card, True)}"
        return ""

    def _sort_key(self, card: Card, column: Column):
        if column == Column.KIND:
            return _KIND_ORDER[card.kind]
        if column == Column.THEMES:
            return len(self._themes.get(card.id, ()))
        if column == Column.DETAILS:
            return (0 if card.held_back else 1 if card.personal_details else 2)
        if column == Column.WORDS:  # a person reads words, not codes (and 10,000 sort in half)
            text = self._text(card, column)
            return search_key(text), text  # "Éire" by E; the text itself between equal keys
        return natural_key(self._text(card, column))  # P2 before P10; row 9 before row 12

    def _tooltip(self, card: Card, column: Column) -> str:
        if (column == Column.DETAILS and card.personal_details) or (column == Column.KIND
                                                                    and card.held_back):
            state = ("Held back: not shown in the room or in exports until you edit, redact or "
                     "mark it as fine." if card.held_back else "You marked this card as fine.")
            shown = "" if self.held_back_shown or not card.held_back else (
                " (hidden on this screen: tick “Show held-back details” to see them)")
            return (f"Possible personal details: "
                    f"{details_on_screen(card, self.held_back_shown)}{shown}.\n{state}")
        if column == Column.THEMES:
            count = len(self._themes.get(card.id, ()))
            return "Not yet in a theme" if not count else f"In {count} theme(s)"
        return self._text(card, column)


class CardsFilter(QSortFilterProxyModel):
    """Filters by words, kind and "only cards held back"; sorting is the cards model's.

    ``filtered`` is emitted once a filter has changed (not per range of rows it moved: a
    filter at 10,000 cards removes hundreds of ranges), for the page's count of cards shown."""

    filtered = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._words = ""
        self._kind: str | None = None
        self._held_back_only = False

    _cards: CardsModel  # the model filtered, kept typed: each row asks it ``row_matches``

    def setSourceModel(self, sourceModel: QAbstractItemModel) -> None:
        if not isinstance(sourceModel, CardsModel):
            raise TypeError("CardsFilter filters a CardsModel")
        self._cards = sourceModel
        super().setSourceModel(sourceModel)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """A click on a heading: the cards model sorts (quickly); this model keeps its order."""
        self.sourceModel().sort(column, order)

    def set_words(self, words: str) -> None:
        words = " ".join(search_key(words).split())
        if words == self._words:  # a space typed after a word, or Enter after the pause
            return
        self.beginFilterChange()
        self._words = words
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        self.filtered.emit()

    def set_kind(self, kind: Kind | None) -> None:
        self.beginFilterChange()
        self._kind = kind.value if kind else None
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        self.filtered.emit()

    def set_held_back_only(self, on: bool) -> None:
        self.beginFilterChange()
        self._held_back_only = on
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        self.filtered.emit()

    def filterAcceptsRow(self, row: int, parent) -> bool:
        return self._cards.row_matches(row, self._words, self._kind, self._held_back_only)


_NUMBERS = re.compile(r"(\d+)")


def natural_key(text: str) -> tuple:
    """Text in the order a person counts: P2 before P10, row 9 before row 12 (each run of
    digits compared as a number), and an accented letter with its plain one, not after Z
    ("Éire" by E, "Łódź" by L: words compared as ``search_key``, then as typed)."""
    parts = _NUMBERS.split(search_key(text))  # words at even places, digits at odd ones
    return tuple(int(part) if i % 2 else part for i, part in enumerate(parts)), text


def _band(colour: QColor) -> QPixmap:
    """A bar of the kind's colour at the start of the Kind cell (with the symbol and word)."""
    pixmap = QPixmap(8, 26)
    pixmap.fill(colour)
    return pixmap
