"""The mapping step's "Becomes" cell: the cards a row of the preview gives, or why it gives
none, tinted by their kind (the words say the kind too: never colour alone); the column's
width, and how far the preview's columns run past its view."""

from __future__ import annotations

import re

from PySide6.QtWidgets import QTableWidget, QTableWidgetItem

from wtfc.importing.preview import PreviewRow
from wtfc.ui.import_screen_words import ScreenWords
from wtfc.ui.plain_tip import plain_tip
from wtfc.ui.style import CARD_FACE, KIND_TINTS, REFUSAL_INK, kind_text, tint_item

# The column's width: its first card's start (each is whole in its tooltip), leaving a
# four-column sheet's own columns in view on a 1366-wide laptop (at 330 the fourth was cut).
BECOMES_WIDTH = 260

# A skipped row's cell, quoted in its reason ("unknown kind ('Beth Jones')"): looked at alone,
# as the guard may miss a name in brackets and quotes
_QUOTED = re.compile(r"'(.+)'")


def becomes_item(row: PreviewRow, words: ScreenWords) -> QTableWidgetItem:
    cards = [f"{kind_text(kind)}: {words.text(text)}" for kind, text in row.cards]
    skipped = [words.text(_QUOTED.sub(lambda cell: f"'{words.kind(cell[1])}'", reason))
               for reason in row.skipped]
    # "Row 4, Working 2: empty" → "Working 2: empty": the row number is in the margin.
    parts = cards + [f"skipped: {reason.removeprefix(f'Row {row.row}').lstrip(',: ')}"
                     for reason in skipped]
    # "7 cards: …": the column is too narrow to show more than the first card or two
    count = f"{len(row.cards)} cards: " if len(row.cards) > 1 else ""
    item = QTableWidgetItem(count + " | ".join(parts) if parts else "—")
    tip = cards + skipped
    # the words as typed: "I get <b>no</b> help" showed a bold "no", and "a < b > c" lost "< b >"
    item.setToolTip(plain_tip("\n".join(tip)) if tip else "No card")
    if row.skipped and not row.cards:
        tint_item(item, CARD_FACE, REFUSAL_INK)
    elif len({kind for kind, _ in row.cards}) == 1:
        tint_item(item, KIND_TINTS[row.cards[0][0]])
    return item


def columns_past_view(grid: QTableWidget) -> int:
    """Pixels the grid's columns run past its view (0 or less: all in view)."""
    return sum(grid.columnWidth(c) for c in range(grid.columnCount())) - grid.viewport().width()
