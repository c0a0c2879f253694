"""The Making It Real prompts beside the Identify success columns: optional wording to borrow.

Each statement row keeps its voice ("I" or "We") and the words a column's box is given; a
statement the source gives only from the 2012 framework reads "… (2012)" in the list but is
copied without the label. The credit line under the list names where the words come from.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from wtfc.model.making_it_real import CREDIT, EARLIER_YEAR, MAKING_IT_REAL
from wtfc.ui.style import WALL_BACKGROUND, tint_item, ui_font
from wtfc.ui.wrapped_list import WrappedTextDelegate

VOICE_ROLE = Qt.ItemDataRole.UserRole  # "I" or "We"; None on a theme's heading
WORDS_ROLE = Qt.ItemDataRole.UserRole + 1  # the words a column's box is given
PROMPTS_LEAST = 240  # px: the prompts' narrowest, beside the columns


def _statement(text: str, voice: str, *, year: str = "") -> QListWidgetItem:
    item = QListWidgetItem(f"{text} ({year})" if year else text)
    item.setData(VOICE_ROLE, voice)
    item.setData(WORDS_ROLE, text)
    if year:
        item.setToolTip(f"From the {year} Making It Real statements")
    return item


class PromptsPanel(QWidget):
    """The title, a line on what the prompts are for, the list and its credit."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = prompts = QListWidget()
        prompts.setAccessibleName("Making It Real prompts (optional)")
        prompts.setToolTip("Optional wording to borrow: Enter copies the statement into the box "
                           "of the column last used, to adapt")
        prompts.setWordWrap(True)
        prompts.setTextElideMode(Qt.TextElideMode.ElideNone)
        prompts.setItemDelegate(WrappedTextDelegate(prompts))
        prompts.setResizeMode(QListWidget.ResizeMode.Adjust)
        prompts.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        prompts.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        prompts.setSpacing(2)
        prompts.setMinimumWidth(PROMPTS_LEAST)
        for theme in MAKING_IT_REAL:
            # a subtitle only where the 2018 one is verified (making_it_real's docstring)
            heading = QListWidgetItem(f"{theme.title}: {theme.subtitle}" if theme.subtitle
                                      else theme.title)
            heading.setFlags(Qt.ItemFlag.ItemIsEnabled)
            heading.setFont(ui_font(10, bold=True))
            tint_item(heading, WALL_BACKGROUND)  # dark words with it on any desktop
            prompts.addItem(heading)
            for text in theme.i_statements:
                prompts.addItem(_statement(text, "I"))
            for text in theme.earlier:
                prompts.addItem(_statement(text, "I", year=EARLIER_YEAR))
            for text in theme.we_statements:
                prompts.addItem(_statement(text, "We"))
        title = QLabel("Making It Real prompts (optional)")
        title.setFont(ui_font(11, bold=True))
        hint = QLabel("Wording to borrow if the group is stuck. Enter copies one into the "
                      "column last used, to adapt.")
        hint.setWordWrap(True)
        self.credit = credit = QLabel(CREDIT)
        credit.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(title)
        layout.addWidget(hint)
        layout.addWidget(prompts, 1)
        layout.addWidget(credit)
