"""The mapping step's preview grid: the first rows as read, with a choice of field above each
column and, in column 0, what each row becomes. The cells are shown as the screen may show
them (``ScreenWords``): a name reads [name] in case the screen is projected."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QTableWidget, QTableWidgetItem

from wtfc.importing.mapping import Field
from wtfc.importing.preview import Preview
from wtfc.ui.import_becomes import BECOMES_WIDTH, becomes_item
from wtfc.ui.import_field_box import column_box
from wtfc.ui.import_screen_words import ScreenWords
from wtfc.ui.plain_tip import plain_tip
from wtfc.ui.style import CARD_FACE, MUTED_INK, tint_item

_CELL_CHARS = 80
_SKIP_TINT = QColor("#F1F1EE")
_SKIP_INK = QColor("#6A6A6A")  # 4.8:1 on the tint


def fill_grid(grid: QTableWidget, preview: Preview, words: ScreenWords, *, person: int | None,
              chosen: Callable[[int, Field], None]) -> None:
    """Column 0 shows what each row becomes, next to its row number; the sheet's columns
    follow, each with its field chosen in the first row (``chosen`` when one is picked)."""
    columns = len(preview.column_names)
    grid.clear()
    grid.setColumnCount(columns + 1)
    grid.setRowCount(len(preview.rows) + 1)
    headings = [words.text(name) for name in preview.column_names]
    grid.setHorizontalHeaderLabels(["Becomes", *headings])
    grid.setVerticalHeaderLabels(["Holds"] + [f"Row {r.row}" for r in preview.rows])
    holds = QTableWidgetItem("What each column holds →")
    tint_item(holds, CARD_FACE, MUTED_INK)  # a fixed grey only ever on a fixed white
    grid.setItem(0, 0, holds)
    metrics = grid.fontMetrics()
    for column in range(columns):
        box = column_box(headings[column], preview.fields[column])
        box.activated.connect(lambda _, c=column, b=box: chosen(c, Field(b.currentData())))
        grid.setCellWidget(0, column + 1, box)
        wordy = preview.fields[column] == Field.TEXT or preview.fields[column].fixed_kind
        fitted = metrics.horizontalAdvance(box.currentText()) + 48
        grid.setColumnWidth(column + 1, max(fitted, 240 if wordy else 120))
    for line, row in enumerate(preview.rows, start=1):
        grid.setItem(line, 0, becomes_item(row, words))
        for column in range(columns):
            text = row.cells[column] if column < len(row.cells) else ""
            text = (words.person(text) if column == person else
                    words.kind(text) if preview.fields[column] == Field.KIND else
                    words.text(text))
            filled = column == person and not text and row.filled_person
            if filled:  # marked by an arrow, not a tint; the tip says it whole
                text = f"↑ {words.person(row.filled_person)}"
            item = QTableWidgetItem(text[:_CELL_CHARS] + ("…" if len(text) > _CELL_CHARS
                                                            else ""))
            # the cell as written ("I get <b>no</b> help"), not read as HTML
            item.setToolTip(plain_tip(f"{text[2:]}, from the row above" if filled else text))
            if preview.fields[column] == Field.IGNORE:
                tint_item(item, _SKIP_TINT, _SKIP_INK)
            grid.setItem(line, column + 1, item)
    grid.setColumnWidth(0, BECOMES_WIDTH)
