"""The table behind the Prioritise board: one row per theme, counts, votes and priority."""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QGuiApplication, QPalette

from wtfc.export.content import count_phrase
from wtfc.model.counting import rank_mark, rank_words
from wtfc.model.document import Document
from wtfc.model.kind_words import kind_words
from wtfc.model.record_checks import empty_priority_note
from wtfc.model.theme_counts import people_figure, people_key  # noqa: F401 (boards')
from wtfc.model.unnamed_themes import shown_theme_name
from wtfc.model.workshop import Kind, Theme
from wtfc.ui.boards.spoken_changes import votes_said
from wtfc.ui.style import (
    CARD_FACE,
    COPIED_ROLE,
    INK,
    KIND_COLOURS,
    KIND_TINTS,
    READABLE,
    contrast,
    kind_text,
    tinted,
    ui_font,
)

SORT_ROLE = Qt.ItemDataRole.UserRole
THEME_ID_ROLE = Qt.ItemDataRole.UserRole + 1
_KIND_ORDER = {Kind.NOT_WORKING: 0, Kind.WORKING: 1, Kind.FUTURE: 2}


class Column(IntEnum):
    PRIORITY = 0
    KIND = 1
    THEME = 2
    CARDS = 3
    PEOPLE = 4
    VOTES = 5
    REASON = 6

    @property
    def title(self) -> str:
        return ("Priority", "Kind", "Theme", "Cards", "People", "Votes",
                "Why it was chosen")[self]  # the report's words, and the data export's

    @property
    def tip(self) -> str:
        return ("Its rank, #1, for a chosen priority (Space chooses or drops)",
                "Working (✓), not working (✗) or future (★)",  # a narrow table shows the mark
                "The theme's \"I\" statement (F2 or a double click renames it)",
                "How many cards the theme holds",
                "How many different people the theme speaks for (a card with no person "
                "recorded is counted as no one)",
                "Dot votes: type a number and press Enter, or press + and -",
                "Why the room chose this theme (type to edit)")[self]


# the cells a screen reader says with their theme's name (the Theme cell is the name)
_SAID_WITH_THEME = frozenset({Column.KIND, Column.CARDS, Column.PEOPLE, Column.VOTES})


class PrioritiesTableModel(QAbstractTableModel):
    """Themes with their counts; edits go through the board's ``on_votes``, ``on_reason`` and
    ``on_choose`` callbacks.

    The model never changes the document: ``setData`` hands the wish to the board, which pushes
    an undoable command; the document's events then refresh the rows.
    """

    def __init__(self, doc: Document, on_votes, on_reason, on_choose) -> None:
        super().__init__()
        self._doc = doc
        self._on_votes = on_votes
        self._on_reason = on_reason
        self._on_choose = on_choose
        self._ids: list[str] = []
        self.reload()

    # -- keeping in step with the document -----------------------------------------------------
    def reload(self) -> None:
        self.beginResetModel()
        self._ids = [t.id for t in self._doc.workshop.themes]
        self.endResetModel()

    def refresh_themes(self, theme_ids: frozenset[str]) -> bool:
        """Themes were edited: reload if the set changed (True: the view's current row is
        gone, for the board to choose its theme again), else repaint just their rows."""
        current = [t.id for t in self._doc.workshop.themes]
        if set(current) != set(self._ids):
            self.reload()
            return True
        for row, theme_id in enumerate(self._ids):
            if theme_id in theme_ids:
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(Column) - 1))
        return False

    def refresh_all(self) -> None:
        if self._ids:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._ids) - 1,
                                                               len(Column) - 1))

    def theme_at(self, row: int) -> Theme | None:
        if 0 <= row < len(self._ids):
            return self._doc.get("themes", self._ids[row])
        return None

    def row_of(self, theme_id: str) -> int:
        return self._ids.index(theme_id) if theme_id in self._ids else -1

    # -- Qt model ------------------------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return Column(section).title
        if role == Qt.ItemDataRole.ToolTipRole:
            return Column(section).tip
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() in (Column.VOTES, Column.REASON):
            base |= Qt.ItemFlag.ItemIsEditable
        if index.column() == Column.PRIORITY:
            base |= Qt.ItemFlag.ItemIsUserCheckable
        return base

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        theme = self.theme_at(index.row())
        if theme is None:
            return None
        column = Column(index.column())
        if role == THEME_ID_ROLE:
            return theme.id
        if role == COPIED_ROLE and column == Column.KIND:
            # "Not working", "Important for the future" as the exports write it: the symbol is
            # for the eye, and an Excel filter on the export's word finds pasted rows (copy_words)
            return kind_words(theme.kind)
        empty = empty_priority_note(theme)  # a chosen theme whose cards were all deleted
        if role == COPIED_ROLE and column == Column.CARDS and empty:
            return "0"  # the figure, not its mark
        if role == Qt.ItemDataRole.AccessibleTextRole and column == Column.PRIORITY:
            # "#1" is read as "number sign 1", and an empty cell as nothing at all
            if not theme.priority.chosen:
                return "Not a priority"
            return rank_words(theme.priority.rank) + (", no cards left" if empty else "")
        if role == Qt.ItemDataRole.AccessibleTextRole and column in _SAID_WITH_THEME:
            return self._said_with_theme(theme, column)
        if empty and role == Qt.ItemDataRole.ToolTipRole and column in (
                Column.PRIORITY, Column.CARDS, Column.PEOPLE):
            return empty
        if column == Column.PEOPLE and role == Qt.ItemDataRole.ToolTipRole \
                and self._doc.unrecorded_count(theme):
            return self._people_words(theme)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._display(theme, column)
        if role == Qt.ItemDataRole.EditRole:
            return {Column.VOTES: theme.priority.votes,
                    Column.REASON: theme.priority.reason}.get(column)
        if role == SORT_ROLE:
            return self._sort_key(theme, column)
        if role == Qt.ItemDataRole.CheckStateRole and column == Column.PRIORITY:
            return Qt.CheckState.Checked if theme.priority.chosen else Qt.CheckState.Unchecked
        if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole):
            return self._colours(theme, column).get(role)
        if role == Qt.ItemDataRole.FontRole and theme.priority.chosen and \
                column in (Column.PRIORITY, Column.THEME):
            return ui_font(11, bold=True)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
                Column.CARDS, Column.PEOPLE, Column.VOTES):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            from wtfc.ui.plain_tip import plain_tip  # not on the start-up path

            name = self._display(theme, Column.THEME)  # its name, not HTML
            # a narrow table shows the kind's mark alone: its cell's tip has the words too
            return plain_tip(f"{kind_text(theme.kind)}: {name}" if column == Column.KIND else name)
        return None

    @staticmethod
    def _colours(theme: Theme, column: Column) -> dict[int, QBrush]:
        """A chosen theme's row on its kind's tint; the Kind column's words in the kind's
        colour, on white where the row is not chosen (a dark desktop's ground was 2.2:1).
        The check box is drawn on the palette's base in the cell's ink: where that base is
        dark, the Priority cell keeps the palette's colours, or its tick would not show."""
        ink = KIND_COLOURS[theme.kind].darker(130) if column == Column.KIND else INK
        if theme.priority.chosen:
            base = QGuiApplication.palette().color(QPalette.ColorRole.Base)
            if column == Column.PRIORITY and contrast(INK, base) < READABLE:
                return {}
            return tinted(KIND_TINTS[theme.kind], ink)
        return tinted(CARD_FACE, ink) if column == Column.KIND else {}

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        theme = self.theme_at(index.row())
        if theme is None:
            return False
        if role == Qt.ItemDataRole.CheckStateRole and index.column() == Column.PRIORITY:
            return self._on_choose(theme.id, Qt.CheckState(value) == Qt.CheckState.Checked)
        if role != Qt.ItemDataRole.EditRole:
            return False
        if index.column() == Column.VOTES:
            return self._on_votes(theme.id, int(value))
        if index.column() == Column.REASON:
            return self._on_reason(theme.id, str(value))
        return False

    def _display(self, theme: Theme, column: Column) -> str:
        if column == Column.PRIORITY:
            # "#1", not "★ 1": beside a Future theme's "★ Future" the rank read as its kind
            return rank_mark(theme.priority.rank) if theme.priority.chosen else ""
        if column == Column.KIND:
            return kind_text(theme.kind)
        if column == Column.THEME:  # as the reason box and + and Space say it: never blank
            return shown_theme_name(theme.name)
        if column == Column.CARDS:
            # a priority left with no cards is marked in words, never a bare "0" beside its votes
            return "⚠ none" if empty_priority_note(theme) else str(len(theme.card_ids))
        if column == Column.PEOPLE:
            return people_figure(self._doc.people_count(theme),
                                 self._doc.unrecorded_count(theme))
        if column == Column.VOTES:
            return str(theme.priority.votes)
        return theme.priority.reason

    def _said_with_theme(self, theme: Theme, column: Column) -> str:
        """A cell as a screen reader says it: its figure or kind in words, then its theme
        ("11 votes: I am not sure who is coming"). Down the Votes column a reader heard bare
        numbers, the theme three cells to the left; "✗" was read as a symbol."""
        name = shown_theme_name(theme.name)
        if column == Column.CARDS and (empty := empty_priority_note(theme)):
            return f"0 cards: {name}. {empty}"  # "… No cards left: this priority has…"
        said = {Column.KIND: theme.kind.label,
                Column.CARDS: count_phrase(len(theme.card_ids), "card"),
                Column.PEOPLE: self._people_words(theme)}.get(column)
        return votes_said(theme) if said is None else f"{said}: {name}"

    def _people_words(self, theme: Theme) -> str:
        """The People cell in words, for its tooltip and a screen reader."""
        people, unrecorded = self._doc.people_count(theme), self._doc.unrecorded_count(theme)
        said = count_phrase(people, "person", "people")
        if not unrecorded:
            return said
        why = ("added without a person code, or imported from a sheet with no person column, "
               "so not counted as anyone")
        if not people:
            cards = "its card" if unrecorded == 1 else f"any of its {unrecorded:,} cards"
            return f"No person recorded on {cards} ({why})"
        return (f"{said}; {count_phrase(unrecorded, 'card')} of its "
                f"{len(theme.card_ids):,} with no person recorded ({why})")

    def _sort_key(self, theme: Theme, column: Column):
        if column == Column.PRIORITY:
            if theme.priority.chosen and theme.priority.rank:
                return theme.priority.rank
            return 10_001 + _KIND_ORDER[theme.kind] * 100_000 - len(theme.card_ids)
        if column == Column.KIND:
            return _KIND_ORDER[theme.kind] * 100_000 - len(theme.card_ids)
        if column == Column.THEME:
            return shown_theme_name(theme.name).casefold()  # where the table shows it
        if column == Column.CARDS:
            return len(theme.card_ids)
        if column == Column.PEOPLE:
            return self._doc.people_count(theme)
        if column == Column.VOTES:
            return theme.priority.votes
        return theme.priority.reason.casefold()

