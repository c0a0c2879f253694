"""The People view's table: one row per person, their cards counted and their coarse tags
(role, age band, service type, locality), each tag editable in place.

"Over top two" names the kinds a person has more than the method's top two cards of ("⚠ 3 not
working"; see ``wtfc.model.top_two``), which Collect's line over the cards only sums up ("P01,
P04 and 10 more…"): in words and a mark, never colour alone, sorted with the most first.

The model reads the document and never edits it: an edited cell is handed to ``write`` (the
view's, which knows which people are chosen), which pushes one undoable command. It follows
``parts_changed``: people's tags and the cards' counts repaint, the rows keep their order.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from enum import IntEnum

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette

from wtfc.model.document import Document
from wtfc.model.operations.people import TAG_NAMES, tag_text
from wtfc.model.top_two import KindCounts, kind_counts, over_top_two, top_two_note
from wtfc.model.workshop import Kind, Person
from wtfc.ui.cards_table import natural_key
from wtfc.ui.plain_tip import plain_tip
from wtfc.ui.style import MUTED_INK, READABLE, contrast, palette_ink

CODE_ROLE = Qt.ItemDataRole.UserRole + 1


def no_cards_ink() -> QColor:
    """The grey of a row whose person has no cards (every carried person's, in a new cycle),
    readable (4.5:1) on both row colours: the palette's example grey where it is solid and
    reads, else ``MUTED_INK``, else (a dark desktop) its text colour. Qt's own grey, text at
    half alpha, was 3.95:1 on the alternate rows: the table the new cycle asks to check."""
    palette = QGuiApplication.palette()
    rows = (QPalette.ColorRole.Base, QPalette.ColorRole.AlternateBase)
    grey = palette.color(QPalette.ColorRole.PlaceholderText)
    if grey.alpha() == 255 and all(contrast(grey, palette.color(r)) >= READABLE for r in rows):
        return grey
    return palette_ink(MUTED_INK, *rows, palette=palette)
NO_CARDS = "no cards"
# the row greyed too: a person is kept when their cards go (the tags stay for the next import)
# unless they withdrew, which the button below the table is for
_NO_CARDS_TIP = (
    "{code} has no cards now (deleted, given another code, or last time's code, carried), so "
    "is not counted in the report or the exports. If they withdrew, Remove this person… takes "
    "out their row and tags too; if they are no one here, Take off people with no cards does, "
    "for all such rows"
)
_TOP_TWO_TIP = (
    "Cards past a person's top two count more than once towards that kind's themes and "
    "priorities. Nothing is left out: delete or keep cards as you judge right (Collect)."
)
_ROOT = QModelIndex()


class Column(IntEnum):
    CODE = 0
    CARDS = 1
    HELD_BACK = 2
    TOP_TWO = 3
    VOICE = 4
    AGE_BAND = 5
    SERVICE_TYPE = 6
    LOCALITY = 7

    @property
    def heading(self) -> str:
        return _HEADINGS[self]

    @property
    def tag(self) -> str | None:
        """The Person field this column shows and edits (None: code and counts)."""
        return _TAGS.get(self)


_HEADINGS = {
    Column.CODE: "Person",
    Column.CARDS: "Cards",
    Column.HELD_BACK: "Held back",
    Column.TOP_TWO: "Over top two",
    Column.VOICE: "Role",
    Column.AGE_BAND: "Age band",
    Column.SERVICE_TYPE: "Service type",
    Column.LOCALITY: "Locality",
}
_TAGS = {
    Column.VOICE: "voice",
    Column.AGE_BAND: "age_band",
    Column.SERVICE_TYPE: "service_type",
    Column.LOCALITY: "locality",
}
assert set(_TAGS.values()) == set(TAG_NAMES)  # every tag the model knows has its column
_NUMBERS = (Column.CARDS, Column.HELD_BACK)
_COUNTED = (*_NUMBERS, Column.TOP_TWO)  # from the cards: sorted again as they change

# (row, tag, value) → True when it was set; the view fills it in
Writer = Callable[[int, str, object], bool]


class PeopleModel(QAbstractTableModel):
    """People by code (P2 before P10) until a heading is clicked (``sort``)."""

    def __init__(self, doc: Document, parent=None) -> None:
        super().__init__(parent)
        self._doc = doc
        self._people: list[Person] = []
        self._cards: Counter[str] = Counter()
        self._held: Counter[str] = Counter()
        self._kinds: KindCounts = Counter()
        self._over: dict[str, dict[Kind, int]] = {}  # past the top two: person → kind → cards
        self._order: tuple[int, Qt.SortOrder] = (Column.CODE, Qt.SortOrder.AscendingOrder)
        self.read_only = False
        self.write: Writer = lambda _row, _tag, _value: False
        self.reload()

    # -- following the document ----------------------------------------------------------------
    def reload(self) -> None:
        self.beginResetModel()
        self._count_cards()
        self._people = self._in_order(list(self._doc.workshop.people))
        self.endResetModel()

    def parts_changed(self, collection: str, _ids: frozenset) -> None:
        if collection == "people":
            same = {p.id for p in self._doc.workshop.people} == {p.id for p in self._people}
            if not same:  # a rename or merge, or an undone add
                self.reload()
                return
            self._people = [self._doc.get("people", p.id) for p in self._people]
            self._repaint()
            if self._order[0] not in (Column.CODE, *_COUNTED):
                self.sort(*self._order)  # a row's place follows its new tag, as it did
        elif collection == "cards":
            self._count_cards()
            self._repaint()
            if self._order[0] in _COUNTED:
                self.sort(*self._order)

    def _count_cards(self) -> None:
        cards = self._doc.workshop.cards
        self._cards = Counter(card.person for card in cards if card.person)
        self._held = Counter(card.person for card in cards if card.person and card.held_back)
        self._kinds = kind_counts(cards)
        self._over = over_top_two(self._kinds)

    def _repaint(self) -> None:
        if self._people:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._people) - 1, len(Column) - 1)
            )

    # -- sorting -------------------------------------------------------------------------------
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Rows by a column; codes and words as a person counts (P2 before P10)."""
        self._order = (column, order)
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        kept = [(self._people[index.row()].id, index.column()) for index in before]
        self._people = self._in_order(self._people)
        rows = {person.id: row for row, person in enumerate(self._people)}
        self.changePersistentIndexList(
            before,
            [
                self.index(rows[code], column) if code in rows else QModelIndex()
                for code, column in kept
            ],
        )
        self.layoutChanged.emit()

    def _in_order(self, people: list[Person]) -> list[Person]:
        column, order = self._order
        if column < 0:
            return people
        by = Column(column)
        # blanks last whichever way (a tag not recorded is not "before A"), and ties by code
        # ascending whichever way (P15, P16, not P16, P15): each sort below is stable, a
        # reversed one too, so it keeps the order of the one before among its ties
        keys = {p.id: (self._text(p, by) == "", self._sort_key(p, by)) for p in people}
        ordered = sorted(people, key=lambda p: natural_key(p.id))
        ordered.sort(key=lambda p: keys[p.id][1], reverse=order == Qt.SortOrder.DescendingOrder)
        ordered.sort(key=lambda p: keys[p.id][0])
        return ordered

    def _sort_key(self, person: Person, column: Column) -> tuple:
        if column == Column.CARDS:
            return (self._cards[person.id],)
        if column == Column.HELD_BACK:
            return (self._held[person.id],)
        if column == Column.TOP_TWO:  # the most cards of one kind first, descending
            over = self._over.get(person.id, {})
            return (max(over.values(), default=0), sum(over.values()))
        return natural_key(self._text(person, column))

    # -- reading -------------------------------------------------------------------------------
    def person_at(self, row: int) -> Person:
        return self._people[row]

    def texts(self, column: Column) -> list[str]:
        """Each row's words in ``column``, as shown: the view measures these once, where Qt
        asked for every cell's size hint at every change (30 s to open 2,000 people)."""
        if column == Column.CODE:
            return [person.id for person in self._people]
        if column.tag:  # (read straight: _text's questions for each person add up at 2,000)
            return [tag_text(person, column.tag) for person in self._people]
        return [self._text(person, column) for person in self._people]

    def anyone_over(self) -> bool:
        """Whether anyone has more than the method's top two cards of a kind."""
        return bool(self._over)

    def cardless(self) -> int:
        """How many people no card is from (Take off people with no cards)."""
        return sum(1 for person in self._people if not self._cards[person.id])

    def row_of(self, code: str) -> int | None:
        return next((row for row, p in enumerate(self._people) if p.id == code), None)

    def rowCount(self, parent=_ROOT) -> int:
        return 0 if parent.isValid() else len(self._people)

    def columnCount(self, parent=_ROOT) -> int:
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return Column(section).heading
        tip = role == Qt.ItemDataRole.ToolTipRole
        if orientation == Qt.Orientation.Horizontal and tip and section == Column.TOP_TWO:
            return ("The kinds of card a person has more than the method's top two of "
                    "(working, not working, future); click to sort, most first")
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and Column(index.column()).tag and not self.read_only:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if not index.isValid():
            return None
        person = self._people[index.row()]
        column = Column(index.column())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self._text(person, column)
        if role == CODE_ROLE:
            return person.id
        if role == Qt.ItemDataRole.TextAlignmentRole and column in _NUMBERS:
            return Qt.AlignmentFlag.AlignCenter
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._spoken(person, column)
        if role == Qt.ItemDataRole.ForegroundRole and not self._cards[person.id]:
            return no_cards_ink()
        if role == Qt.ItemDataRole.ToolTipRole and column in (Column.CODE, Column.CARDS):
            # a code from a hand-edited file may look like markup: shown as typed
            return plain_tip(_NO_CARDS_TIP.format(code=person.id)) \
                if not self._cards[person.id] else None
        if role == Qt.ItemDataRole.ToolTipRole and column == Column.TOP_TWO:
            return self._top_two_tip(person.id)
        if role == Qt.ItemDataRole.ToolTipRole and column.tag:
            return plain_tip(  # the tag as typed, not as HTML
                f"{person.id}'s {TAG_NAMES[column.tag]}: "
                f"{self._text(person, column) or 'not recorded'}. F2 or Enter changes it "
                "(for every chosen person)"
            )
        return None

    def setData(
        self,
        index: QModelIndex | QPersistentModelIndex,
        value,
        role: int = Qt.ItemDataRole.EditRole,
    ) -> bool:
        tag = Column(index.column()).tag if index.isValid() else None
        if role != Qt.ItemDataRole.EditRole or tag is None:
            return False
        return self.write(index.row(), tag, value)

    def _spoken(self, person: Person, column: Column) -> str:
        """What a screen reader says of a cell: whose it is, as a sighted user sees by the
        row ("P09's role: Family carer", "P09's cards held back: none")."""
        code = person.id
        if column == Column.CODE:
            return f"Person {code}" + ("" if self._cards[code] else ", no cards")
        if column == Column.CARDS:
            cards = self._cards[code]
            return f"{code}'s cards: {cards:,}" if cards else f"{code}: no cards"
        if column == Column.HELD_BACK:
            held = self._held[code]
            return f"{code}'s cards held back: {f'{held:,}' if held else 'none'}"
        if column == Column.TOP_TWO:
            over = self._over_words(code)
            return (f"{code} has more than the method's top two: {over}" if over else
                    f"{code}: no more than two cards of any kind")
        said = self._text(person, column) or "not recorded"
        return f"{code}'s {TAG_NAMES[column.tag or '']}: {said}"

    def _text(self, person: Person, column: Column) -> str:
        if column == Column.CODE:
            return person.id
        if column == Column.CARDS:  # a person whose cards were all deleted or re-coded
            return f"{self._cards[person.id]:,}" if self._cards[person.id] else NO_CARDS
        if column == Column.HELD_BACK:
            held = self._held[person.id]
            return f"⚠ {held:,}" if held else ""
        if column == Column.TOP_TWO:
            over = self._over_words(person.id)
            return f"⚠ {over}" if over else ""
        tag = column.tag
        assert tag is not None
        return tag_text(person, tag)

    def _over_words(self, code: str) -> str:
        """ "3 not working, 4 future": the kinds ``code`` has more than two cards of."""
        over = self._over.get(code, {})
        return ", ".join(f"{count:,} {kind.label.lower()}" for kind, count in over.items())

    def _top_two_tip(self, code: str) -> str:
        """As typed: the code is a person's (``plain_tip`` as the tag column's tip)."""
        if code not in self._over:
            return plain_tip(f"{code} has no more than two cards of any kind: the method's top two")
        kinds = {(code, kind) for kind in self._over[code]}
        return plain_tip(f"{top_two_note(self._kinds, among=kinds)}\n\n{_TOP_TWO_TIP}")
