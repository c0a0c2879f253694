"""The stage list: the eight WTFC steps down the window's left side, each with its hint.

Collect's row carries its held-back line ("⚠ 2 held back", ``HeldBackStage``), Theme's what
theming has left ("⚠ 2 not named", "⚠ 54 in no theme", ``ThemeStage``); the stage timer
adds its own line to a row (``timer_row``). The window wires the list to its pages.
Its rows, and the wall outline's, are at least ``TOUCH_ROW_PX`` tall (``TouchRows``).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStyledItemDelegate,
)

from wtfc.model.document import Document
from wtfc.model.workshop import Stage
from wtfc.ui.fingers import ItemFingers
from wtfc.ui.held_back_stage import HeldBackStage
from wtfc.ui.style import ui_font
from wtfc.ui.theme_stage import ThemeStage
from wtfc.ui.undo import in_status_bar

STAGE_HINTS = {
    Stage.PREPARE: "Agree the purpose, scope, date and who takes part",
    Stage.COLLECT: "Bring in the statements from people's reviews",
    Stage.THEME: "Read the cards out and group them into \"I\" statements",
    Stage.UNDERSTAND: "Choose the priorities and ask \"why?\" to find root causes",
    Stage.IDENTIFY_SUCCESS: "What would success look like, and to whom?",
    Stage.PLAN: "Agree actions by role: who does what, by when",
    Stage.ACT: "Follow the actions through",
    Stage.REVIEW: "Compare with last time: what has changed for people?",
}

# WCAG 2.5.8's smallest target: a finger on a council laptop's touch screen chose the stage
# above or below on the 19 px rows (the outline's were 14)
TOUCH_ROW_PX = 24


class TouchRows(QStyledItemDelegate):
    """Rows of a list or tree at least ``TOUCH_ROW_PX`` tall; taller text keeps its height
    (a stage's "⚠" line, a larger system font). Set on the view it belongs to."""

    def __init__(self, view: QAbstractItemView) -> None:
        super().__init__(view)
        view.setItemDelegate(self)

    def sizeHint(self, option, index):
        size = super().sizeHint(option, index)
        size.setHeight(max(size.height(), TOUCH_ROW_PX))
        return size


def build_stage_list(doc: Document, owner: QObject) -> tuple[QListWidget, HeldBackStage]:
    """The list, one row per stage (its stage in the UserRole), and Collect's held-back line."""
    stages = QListWidget()
    stages.setAccessibleName("Workshop stages")
    stages.setFont(ui_font(12))
    # no gaps between rows: they are a finger's height already, and at 911x512 the 2 px gaps
    # left the notes box under the list one and a half lines
    stages.setSpacing(0)
    TouchRows(stages)
    ItemFingers(stages)  # a swipe down it went to each stage it passed over (1 to 6: Plan)
    held_back = None
    for number, stage in enumerate(Stage, start=1):
        item = QListWidgetItem(f"{number}  {stage.label}")
        item.setData(Qt.ItemDataRole.UserRole, stage)
        item.setToolTip(STAGE_HINTS[stage])
        stages.addItem(item)
        if stage == Stage.COLLECT:  # "⚠ 200 held back" under it, from every stage
            held_back = HeldBackStage(doc, item, item.text(), STAGE_HINTS[stage], owner)
        elif stage == Stage.THEME:  # "⚠ 2 not named", "⚠ 54 in no theme"
            stages.theme_stage = ThemeStage(  # type: ignore[attr-defined]  # kept with the list
                doc, item, item.text(), STAGE_HINTS[stage], owner,
                say=_status_bar(owner) if isinstance(owner, QMainWindow) else None)
    assert held_back is not None
    # never narrower than its longest stage name: a wide page must not squeeze it to "5 Ident";
    # 230 px at most, unless a larger system font needs more (it cut "5 Identify succe")
    widest = stages.sizeHintForColumn(0) + 24
    stages.setMaximumWidth(max(230, widest))
    stages.setMinimumWidth(widest)
    return stages, held_back


def _status_bar(window: QMainWindow):
    """Words at the window's foot for a few seconds, as "Undone: …" is said (lasting news they
    cover, such as "time is up", comes back after), and to a screen reader."""
    show = in_status_bar(window)

    def say(words: str) -> None:
        from wtfc.ui.announce import announce  # nothing is said at start-up

        show(words)
        announce(window, words)
    return say
