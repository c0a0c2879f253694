"""The Plan and Act boards' columns: their order, their widths for the room the board has,
and how a cell is drawn (the overdue mark on the action's words; every cell wrapped; what an
action answers in ``plan_answers``).

A 1366×768 laptop at 125% or 150% scaling leaves the board ~800 or ~640 logical pixels: at
their full widths the columns before the status ran past the edge, so an overdue action
showed only its tint. Now the columns that answer "who does what, by when, and is it late?"
share the width there is, and the action's words say "⚠ Late" too. What an action answers
shares the theme's column rather than taking a column of its own: at 150% the five columns
are at their narrowest already (580 of ~637 px), so a sixth would push the status off again.

On a 1366-wide laptop at 100% the Plan board has ~1100 px: the five columns took their full
widths and "First step" was cut at "Agree a da…" with "How we'll know" a scroll away. Where
every column fits at its narrowest, Plan's seven now share the width (each wrapped); only
where they cannot (125%, 150%) are the last two a scroll to the right, as before.

Act's board at 1920x1080 had Owner, Answers, First step and How we'll know a scroll away; its
eight now share the width wherever all fit with the note ("What has happened so far", Act's
main column) at least 300 px wide. On a 1366 laptop they cannot (~1140 px at their narrowest
against ~1100), so the action, date, status and note keep the room there; Owner joins them,
beside the note, wherever it fits with the note still 300 px wide (1366 at 100% and 125%: who
to chase about an overdue action), and the rest are a scroll to the right.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont, QFontMetrics, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QStyle,
    QStyleOptionViewItem,
    QTreeView,
    QTreeWidget,
)

from wtfc.model.cause_link_field import kinds_led_in
from wtfc.ui.wrapped_list import WrappedColumnsDelegate

COLUMNS = ("What", "Answers", "Owner", "By when", "Status", "First step", "How we'll know",
           "What has happened so far")
STATUS_COLUMN = COLUMNS.index("Status")
THEME_COLUMN = COLUMNS.index("Answers")  # the theme, and the cause and success when linked
PROGRESS_COLUMN = COLUMNS.index("What has happened so far")
# over every theme's actions, so the cause's lead-in by kind is said, not "the root cause"
THEME_TIP = ("The theme each action answers (with every theme shown), and, when they are "
             f"chosen, what it answers on its theme's tree ({kinds_led_in()}) and the success "
             "it aims at (Enter)")
PLAN_WIDTHS = (330, 260, 170, 110, 160, 220, 220, 400)
# On Act the progress note moves beside the status (the columns' order on screen; the logical
# columns stay) and the theme and owner give way: the Show box picks a theme.
ACT_ORDER = ("What", "By when", "Status", "What has happened so far", "Owner", "Answers",
             "First step", "How we'll know")
ACT_WIDTHS = (300, 200, 160, 110, 160, 220, 220, 420)  # by column, as COLUMNS
# The columns kept in view when the board is narrow; the rest are a scroll to the right.
PLAN_IN_VIEW = ("What", "Answers", "Owner", "By when", "Status")
PLAN_ALL = (*PLAN_IN_VIEW, "First step", "How we'll know")  # in view wherever they all fit
ACT_IN_VIEW = ("What", "By when", "Status", "What has happened so far")
ACT_WITH_OWNER = (*ACT_IN_VIEW, "Owner")  # Owner is next on screen, beside the note
# On Act every column is in view wherever all fit with the note, Act's main column, at least
# ACT_NOTE_LEAST wide; else the four above and Owner where they fit so; else the four above
ACT_NOTE_LEAST = 300
# the narrowest a column in view is made (the action's words and the note wrap)
NARROWEST = {"What": 170, "Answers": 90, "Owner": 100, "Status": 110,
             "What has happened so far": 170, "First step": 130, "How we'll know": 130}
# a word cut in these hides whose the action is or that it is late ("Head of Commis…",
# "⚠ Late: not star…"): their narrowest holds their longest word
WHOLE_WORDS = ("Owner", "Status")
DATES = ("30 Sep 2027", "To be agreed")  # the widest "By when" words, kept on one line
OVERDUE_ROLE = Qt.ItemDataRole.UserRole + 1  # on the What cell of an overdue action
# the status cell's word ("⚠ Late: started"): "Overdue" beside it told one thing two ways
OVERDUE_MARK = "⚠ Late — "
# on the What cell of an action whose date agreed is before the workshop: the words saying so
# (``record_checks.early_action_note``), a line of their own under the action's
EARLY_ROLE = Qt.ItemDataRole.UserRole + 4
EARLY_MARK = "⚠ "


def fit_columns(tree: QTreeView, *, act: bool) -> tuple[str, ...]:
    """Give the columns in view their designed widths where the board has room, and share
    the room between them in the same proportions where it has not (never below
    ``NARROWEST``; the date keeps its one line). On Plan every column is in view where all
    fit at their narrowest, else the five that say who does what by when; on Act all where
    they fit with the note at least ``ACT_NOTE_LEAST`` wide, else ``ACT_WITH_OWNER`` where
    they fit so, else ``ACT_IN_VIEW``. The room is
    measured less a vertical scroll bar whether one shows or not: it comes and goes as the
    rows wrap, and the widths must not swing with it.

    The widths were chosen beside a 9 pt font: with a larger one (a 150% desktop font) they
    grow with it, so "Commissioning" and "⚠ Late: not started" are not cut, and the seven
    give way to the five where they no longer fit. Returns the names of the columns in view
    whole."""
    from wtfc.ui.style import font_scale

    scale = font_scale()
    design = ACT_WIDTHS if act else PLAN_WIDTHS
    widths = [round(width * scale) for width in design]
    scroll_bar = tree.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, tree)
    room = tree.width() - 2 * tree.frameWidth() - scroll_bar
    metrics = tree.fontMetrics()
    date = max(metrics.horizontalAdvance(words) for words in DATES) + 20
    if scale == 1.0:  # at the design font, as designed
        date = min(design[COLUMNS.index("By when")], date)
    widths[COLUMNS.index("By when")] = date
    narrowest = {name: max(round(width * scale), metrics.horizontalAdvance(name) + 16)
                 for name, width in NARROWEST.items()}
    # with a larger font, up to its designed width, as wide as its longest word (at the design
    # font the narrowest were chosen for 125%/150% scaling, where Answers keeps the room)
    for name in WHOLE_WORDS if scale > 1.0 else ():
        column = COLUMNS.index(name)
        narrowest[name] = min(widths[column],
                              max(narrowest[name], _longest_word(tree, column) + 16))
    every, fewer = (ACT_ORDER, ACT_IN_VIEW) if act else (PLAN_ALL, PLAN_IN_VIEW)
    every_narrowest = narrowest  # on Act, all in view only with room for the note
    if act:
        every_narrowest = {**narrowest,
                           "What has happened so far": round(ACT_NOTE_LEAST * scale)}

    def fit(names: tuple[str, ...]) -> bool:
        return date + sum(every_narrowest[name] for name in names if name != "By when") <= room

    names = next((names for names in (every, ACT_WITH_OWNER if act else fewer) if fit(names)),
                 fewer)
    if act and names != fewer:
        narrowest = every_narrowest
    wanted = {name: widths[COLUMNS.index(name)] for name in names}
    if room <= 0 or sum(wanted.values()) <= room:
        chosen = wanted
    else:
        chosen = {"By when": date}  # then each column at its narrowest, where sharing
        shared = {name: width for name, width in wanted.items() if name != "By when"}
        while shared:  # would make it narrower, and the rest shared between the others
            share = max(0, room - sum(chosen.values())) / sum(shared.values())
            narrow = [name for name, width in shared.items() if width * share < narrowest[name]]
            for name in narrow:
                chosen[name] = narrowest[name]
                del shared[name]
            if not narrow:
                chosen.update({name: int(width * share) for name, width in shared.items()})
                break
    header = tree.header()
    for name in every:  # a narrower board: those a scroll away back at their full widths
        if name not in chosen:
            header.resizeSection(COLUMNS.index(name), widths[COLUMNS.index(name)])
    for name, width in chosen.items():
        header.resizeSection(COLUMNS.index(name), width)
    # where even the fewest did not fit at their narrowest (1024 wide at 150%), the last of
    # them is cut at the edge: not counted in view, so the panel under the list has it whole
    if room <= 0:  # not laid out yet
        return tuple(chosen)
    whole, right = [], 0
    for name in sorted(chosen, key=lambda name: every.index(name)):
        right += chosen[name]
        if right <= room:
            whole.append(name)
    return tuple(whole)


# (font, a cell's words) -> its widest word: the columns are measured again at every edit (the
# details panel's cut columns), and cells repeat (owners, statuses): Space on 150 actions
# measured ~98,000 words each time (28 ms of 36)
_WIDEST: dict[tuple[str, str], int] = {}


def _longest_word(tree: QTreeView, column: int) -> int:
    """The widest word in ``column``'s cells, in each cell's own font (an overdue status is
    bold)."""
    model, widest = tree.model(), 0
    plain = tree.font().key()
    parents = [QModelIndex()]
    while parents:
        parent = parents.pop()
        for row in range(model.rowCount(parent)):
            parents.append(model.index(row, 0, parent))
            cell = model.index(row, column, parent)
            text = cell.data()
            if not text:
                continue
            font = cell.data(Qt.ItemDataRole.FontRole)
            key = (font.key() if isinstance(font, QFont) else plain, str(text))
            width = _WIDEST.get(key)
            if width is None:
                if len(_WIDEST) > 50_000:  # a long day's edits: start again
                    _WIDEST.clear()
                metrics = QFontMetrics(font) if isinstance(font, QFont) else tree.fontMetrics()
                width = _WIDEST[key] = max(
                    (metrics.horizontalAdvance(w) for w in key[1].split()), default=0)
            widest = max(widest, width)
    return widest


class PlanDelegate(WrappedColumnsDelegate):
    """Cells wrapped at their column's width; an overdue action's words begin "⚠ Late —",
    so the late ones are marked in the first column, always in view, never by tint alone; an
    action dated before the workshop says so under its words ("⚠ By 1 Oct 2026 is before this
    workshop (12 Nov 2026)."): only ``wtfc check``, the exports and the opening
    notice said it, and the row printed "⚠ Late" on the day the room agreed it."""

    def initStyleOption(self, option: QStyleOptionViewItem,
                        index: QModelIndex | QPersistentModelIndex) -> None:
        super().initStyleOption(option, index)
        if index.column() != 0:
            return
        if index.data(OVERDUE_ROLE):
            option.text = OVERDUE_MARK + option.text
        if early := index.data(EARLY_ROLE):  # (the item's own "\n" are line separators by now)
            option.text = f"{option.text}\u2028{EARLY_MARK}{early}"



class PlanTree(QTreeWidget):
    """The boards' list of actions: its columns fitted to its width (``fit_columns``), the
    names of those in view kept in ``in_view`` and passed to ``on_fitted``, ``on_laid_out``
    given the list whenever its size or its rows' heights change; ``keys`` are the board's,
    unmodified. The chosen row is kept whole in sight (``keep_chosen_in_sight``)."""

    def __init__(self, keys: dict[int, Callable[[], object]], act: bool,
                 on_fitted: Callable[[tuple[str, ...]], None],
                 on_laid_out: Callable[[PlanTree], None] = lambda _tree: None) -> None:
        super().__init__()
        self._keys = keys
        self._act = act
        self._on_fitted = on_fitted
        self._on_laid_out = on_laid_out
        self._fitted = -1  # the width the columns were last shared out for
        self.in_view: tuple[str, ...] = COLUMNS
        # rows are wrapped and several lines tall: scrolled a whole row at a time, the
        # chosen one was left cut at the foot of the list (or wholly below it)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)

    def keep_chosen_in_sight(self) -> None:
        """Scroll the chosen row whole into sight, its top first where it is taller than the
        list, then its lane's heading (``_heading_whole_or_away``). Not by ``scrollTo``: that
        leaves a row exactly as tall as the list where it is, cut, and scrolls to its first
        column, away from where the reader has scrolled."""
        current = self.currentIndex()
        if not current.isValid():
            return
        row, area = self.visualRect(current.siblingAtColumn(0)), self.viewport().rect()
        bar = self.verticalScrollBar()
        if row.top() < area.top() or row.height() >= area.height():
            bar.setValue(bar.value() + row.top() - area.top())
        elif row.bottom() > area.bottom():
            bar.setValue(bar.value() + row.bottom() - area.bottom())
        self._heading_whole_or_away(current)

    def _heading_whole_or_away(self, current: QModelIndex) -> None:
        """The chosen row's lane heading ("Commissioners (3)") in sight whole where it fits
        with the rows down to the chosen one, else wholly above the list: scrolled just far
        enough for the row, the list cut the heading's words in half at its top (16 pt on a
        short board), and who the action is for was the one thing left unreadable."""
        lane = current.parent()
        if not lane.isValid():  # a lane itself is chosen
            return
        heading, area = self.visualRect(lane.siblingAtColumn(0)), self.viewport().rect()
        row = self.visualRect(current.siblingAtColumn(0))
        bar = self.verticalScrollBar()
        if row.bottom() - heading.top() < area.height():  # the chosen row stays whole
            if heading.top() < area.top():
                bar.setValue(bar.value() + heading.top() - area.top())
        elif heading.top() < area.top() <= heading.bottom():  # no room: cut, so away
            bar.setValue(bar.value() + heading.bottom() + 1 - area.top())

    def currentChanged(self, current: QModelIndex | QPersistentModelIndex,
                       previous: QModelIndex | QPersistentModelIndex) -> None:
        super().currentChanged(current, previous)
        self.keep_chosen_in_sight()

    def resizeEvent(self, event: QResizeEvent) -> None:
        # (the viewport's: called as the panel under the list takes each action's words, after
        # the list has scrolled to the chosen row, and as a scroll bar comes or goes)
        # the columns in view share the board's width; not again when only a scroll bar came
        # or went (a column dragged wider brought one, and was put back at once)
        if self.width() != self._fitted:
            self._fitted = self.width()
            self.in_view = fit_columns(self, act=self._act)
            self._on_fitted(self.in_view)
        super().resizeEvent(event)
        self.keep_chosen_in_sight()
        self._on_laid_out(self)

    def doItemsLayout(self) -> None:
        # the rows' heights again, once the columns have their widths (a beat after a resize)
        # or the font has changed: the chosen row may have grown past the list's foot
        super().doItemsLayout()
        self.keep_chosen_in_sight()
        self._on_laid_out(self)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        handler = self._keys.get(event.key())
        if handler is not None and event.modifiers() == Qt.KeyboardModifier.NoModifier:
            handler()
            return
        super().keyPressEvent(event)
