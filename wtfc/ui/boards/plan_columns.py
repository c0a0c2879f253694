"""The Plan and Act boards' columns: their order, their widths for the room the board has,
and how a cell is drawn (the overdue mark on the action's words; every cell wrapped; what an
action answers in ``plan_answers``).

A 1366×768 laptop at 125% or 150% scaling leaves the board ~800 or ~640 logical pixels: at
their full widths the columns before the status ran past the edge, so an overdue action
showed only its tint. Now the columns that answer "who does what, by when, and is it late?"
share the width there is, and the action's words say "⚠ Overdue" too. What an action answers
shares the theme's column rather than taking a column of its own: at 150% the five columns
are at their narrowest already (580 of ~637 px), so a sixth would push the status off again.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QStyle, QStyleOptionViewItem, QTreeView

from wtfc.ui.wrapped_list import WrappedColumnsDelegate

COLUMNS = ("What", "Answers", "Owner", "By when", "Status", "First step", "How we'll know",
           "What has happened so far")
STATUS_COLUMN = COLUMNS.index("Status")
THEME_COLUMN = COLUMNS.index("Answers")  # the theme, and the cause and success when linked
PROGRESS_COLUMN = COLUMNS.index("What has happened so far")
PLAN_WIDTHS = (330, 260, 170, 110, 160, 220, 220, 400)
# On Act the progress note moves beside the status (the columns' order on screen; the logical
# columns stay) and the theme and owner give way: the Show box picks a theme.
ACT_ORDER = ("What", "By when", "Status", "What has happened so far", "Owner", "Answers",
             "First step", "How we'll know")
ACT_WIDTHS = (300, 200, 160, 110, 160, 220, 220, 420)  # by column, as COLUMNS
# The columns kept in view when the board is narrow; the rest are a scroll to the right.
PLAN_IN_VIEW = ("What", "Answers", "Owner", "By when", "Status")
ACT_IN_VIEW = ("What", "By when", "Status", "What has happened so far")
# the narrowest a column in view is made (the action's words and the note wrap)
NARROWEST = {"What": 170, "Answers": 90, "Owner": 100, "Status": 110,
             "What has happened so far": 170}
DATES = ("30 Sep 2027", "To be agreed")  # the widest "By when" words, kept on one line
OVERDUE_ROLE = Qt.ItemDataRole.UserRole + 1  # on the What cell of an overdue action
OVERDUE_MARK = "⚠ Overdue — "


def fit_columns(tree: QTreeView, *, act: bool) -> None:
    """Give the columns in view their designed widths where the board has room, and share
    the room between them in the same proportions where it has not (never below
    ``NARROWEST``; the date keeps its one line). The room is measured less a vertical scroll
    bar whether one shows or not: it comes and goes as the rows wrap, and the widths must
    not swing with it."""
    widths = ACT_WIDTHS if act else PLAN_WIDTHS
    names = ACT_IN_VIEW if act else PLAN_IN_VIEW
    scroll_bar = tree.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, tree)
    room = tree.width() - 2 * tree.frameWidth() - scroll_bar
    wanted = {name: widths[COLUMNS.index(name)] for name in names}
    if room <= 0 or sum(wanted.values()) <= room:
        chosen = wanted
    else:
        metrics = tree.fontMetrics()
        date = min(wanted["By when"],
                   max(metrics.horizontalAdvance(words) for words in DATES) + 20)
        chosen = {"By when": date}  # then each column at its narrowest, where sharing
        shared = {name: width for name, width in wanted.items() if name != "By when"}
        while shared:  # would make it narrower, and the rest shared between the others
            share = max(0, room - sum(chosen.values())) / sum(shared.values())
            narrow = [name for name, width in shared.items() if width * share < NARROWEST[name]]
            for name in narrow:
                chosen[name] = NARROWEST[name]
                del shared[name]
            if not narrow:
                chosen.update({name: int(width * share) for name, width in shared.items()})
                break
    header = tree.header()
    for name, width in chosen.items():
        header.resizeSection(COLUMNS.index(name), width)


class PlanDelegate(WrappedColumnsDelegate):
    """Cells wrapped at their column's width; an overdue action's words begin "⚠ Overdue —",
    so the late ones are marked in the first column, always in view, never by tint alone."""

    def initStyleOption(self, option: QStyleOptionViewItem,
                        index: QModelIndex | QPersistentModelIndex) -> None:
        super().initStyleOption(option, index)
        if index.column() == 0 and index.data(OVERDUE_ROLE):
            option.text = OVERDUE_MARK + option.text

