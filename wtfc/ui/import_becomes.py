"""The mapping step's "Becomes" cell: the cards a row of the preview gives, or why it gives
none, tinted by their kind (the words say the kind too: never colour alone)."""

from __future__ import annotations

from PySide6.QtWidgets import QTableWidgetItem

from wtfc.importing.preview import PreviewRow
from wtfc.ui.import_screen_words import ScreenWords
from wtfc.ui.style import CARD_FACE, KIND_TINTS, REFUSAL_INK, kind_text, tint_item


def becomes_item(row: PreviewRow, words: ScreenWords) -> QTableWidgetItem:
    cards = [f"{kind_text(kind)}: {words.text(text)}" for kind, text in row.cards]
    skipped = [words.text(reason) for reason in row.skipped]
    # "Row 4, Working 2: empty" → "Working 2: empty": the row number is in the margin.
    parts = cards + [f"skipped: {reason.removeprefix(f'Row {row.row}').lstrip(',: ')}"
                     for reason in skipped]
    # "7 cards: …": the column is too narrow to show more than the first card or two
    count = f"{len(row.cards)} cards: " if len(row.cards) > 1 else ""
    item = QTableWidgetItem(count + " | ".join(parts) if parts else "—")
    tip = cards + skipped
    item.setToolTip("\n".join(tip) or "No card")
    if row.skipped and not row.cards:
        tint_item(item, CARD_FACE, REFUSAL_INK)
    elif len({kind for kind, _ in row.cards}) == 1:
        tint_item(item, KIND_TINTS[row.cards[0][0]])
    return item
