"""What every board shares: pushing edits with a quiet refusal notice, document wiring,
local shortcuts and the theme selector.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QWidget

from wtfc.export.content import count_phrase
from wtfc.export.isolates import isolated
from wtfc.export.team_heading import short_teams, teams_heading, theme_team_names
from wtfc.model.commands import Command
from wtfc.model.counting import rank_words
from wtfc.model.document import Document
from wtfc.model.errors import EditRefused
from wtfc.model.unnamed_themes import shown_theme_name
from wtfc.model.workshop import Theme
from wtfc.ui.announce import announce as announce
from wtfc.ui.document_follow import follow_document as follow_document
from wtfc.ui.flow_layout import FlowLayout
from wtfc.ui.style import warning_look
from wtfc.ui.undo import UndoAdapter

# Where priorities are chosen, in the words on screen: the tab's name and the stage list's.
CHOOSE_PRIORITIES = "the “1. Choose priorities” tab of 4 Understand (Ctrl+4)"
NO_PRIORITY_YET = f"Choose a priority theme first, on {CHOOSE_PRIORITIES}."
# The least of a theme's name its box shows beside the team's (less and the team gives way)
USEFUL_NAME = "I am not treated with…"


class RefusalNotice(QLabel):
    """A line under a board saying, in plain English, why an edit was refused.

    Not a message box: a refused drag should not stop the room with a modal dialog. The text
    stays until the next successful edit or ten seconds pass. A screen reader is told it as
    it appears, and reads it as the label's name (no fixed name stands in for the words).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        # refusals quote the user's words ("already a theme called '…'"): shown as typed
        self.setTextFormat(Qt.TextFormat.PlainText)
        warning_look(self, refusal=True)  # its own pale box: readable on any desktop
        self._timer = QTimer(self, singleShot=True, interval=10_000)
        self._timer.timeout.connect(self.clear)
        self.hide()

    def say(self, text: str) -> None:
        self.setText(f"⚠ {text}")
        self.show()
        self._timer.start()
        announce(self, text, urgent=True)

    def clear(self) -> None:  # type: ignore[override]
        super().clear()
        self.hide()


def push_edit(undo: UndoAdapter, notice: RefusalNotice, build: Callable[[], Command]) -> bool:
    """Build a command and push it; a refusal is shown on ``notice``. True unless refused: an
    edit that changes nothing (Enter on unchanged words) is done, with no undo step."""
    if undo.read_only:
        notice.say("This workshop is open read-only, so it can't be changed.")
        return False
    try:
        command = build()
    except EditRefused as exc:
        notice.say(str(exc))
        return False
    done = undo.push(command) or getattr(command, "is_empty", False)
    if done:
        notice.clear()
    return done


def brought_in(doc: Document, collection: str, ids: frozenset[str],
               shown: Iterable[str]) -> list[str]:
    """The parts of ``ids`` an edit put in the document that the board did not show: an undone
    delete or a redone add. A board chooses them, so the facilitator's eye and the keyboard
    go to what came back (the delete left the choice elsewhere)."""
    before = set(shown)
    return sorted(i for i in ids if i not in before and doc.get(collection, i) is not None)


def on_screen(widget: QWidget) -> bool:
    """Whether a page's edits should show now: the widget is on screen, or in no shown window
    (built but not placed, as in a test: kept up to date as before). Boards that follow every
    edit wait while another page is on screen (on a 10,000-card workshop each hidden board's
    refresh cost tens to hundreds of milliseconds per edit of someone else's) and catch up in
    their ``showEvent`` (no helper QObject kept beside the widget: a plain flag does)."""
    return widget.isVisible() or not widget.window().isVisible()


def local_action(widget: QWidget, text: str, keys: list[str] | str,
                 slot: Callable[[], object]) -> QAction:
    """A keyboard shortcut that works anywhere inside ``widget`` and nowhere else."""
    action = QAction(widget, text=text)
    sequences = [keys] if isinstance(keys, str) else keys
    action.setShortcuts([QKeySequence(k) for k in sequences])
    action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    action.triggered.connect(lambda *_: slot())
    widget.addAction(action)
    return action


def priority_themes(doc: Document) -> list[Theme]:
    """Chosen priorities by rank, then other themes that already have board work, by size.

    Boards for causes and success work on priorities; a theme that has causes, success
    statements or actions but was later dropped stays reachable so nothing is stranded.
    """
    chosen = sorted((t for t in doc.workshop.themes if t.priority.chosen),
                    key=lambda t: (t.priority.rank or 10_001, -len(t.card_ids)))
    used = {p.theme_id for name in ("causes", "success", "actions") for p in doc.parts(name)}
    others = sorted((t for t in doc.workshop.themes
                     if not t.priority.chosen and t.id in used),
                    key=lambda t: -len(t.card_ids))
    return chosen + others


def theme_choice_text(theme: Theme, teams: Sequence[str] = ()) -> str:
    """ "Priority 1: I am not treated… · ✗ 10 cards · Team: Team A", the rank as the why-tree's
    box, the room and the Plan board's Answers say it ("#1 I am not…" beside them read as two
    things); ``teams``: those named on its why-tree, so the facilitator finds a team's theme."""
    return "".join(_choice_parts(theme, teams))


def _choice_parts(theme: Theme, teams: Sequence[str] = ()) -> tuple[str, str, str]:
    """("Priority 1: ", the name, " · ✗ 10 cards · Team: Team A")."""
    chosen = theme.priority.chosen and theme.priority.rank
    rank = f"{rank_words(theme.priority.rank)}: " if chosen else ""
    # the teams' names cut short, so the line keeps some of the theme's name beside them
    team = f" · {short_teams(teams)}" if teams else ""
    # the name set apart (as the Outline does): an Urdu name pulled the count before it,
    # "Priority 2: 7 ✗ · <name> cards"
    return (rank, isolated(shown_theme_name(theme.name)),
            f" · {theme.kind.symbol} {count_phrase(len(theme.card_ids), 'card')}{team}")


def theme_choice_spoken(theme: Theme, teams: Sequence[str] = ()) -> str:
    """The same for a screen reader, in words: "Priority 1: I feel like a package. Not
    working, 10 cards. Team: Team A" (the marks alone read "number sign 1 … ballot x 10
    cards"); the teams' names whole."""
    rank = f"{rank_words(theme.priority.rank)}: " if theme.priority.chosen and \
        theme.priority.rank else ""
    team = f". {teams_heading(teams)}" if teams else ""
    return f"{rank}{shown_theme_name(theme.name)}. {theme.kind.label}, " \
        f"{count_phrase(len(theme.card_ids), 'card')}{team}"


def themes_chosen_text(themes: list[Theme]) -> str:
    """"10 themes · 3 chosen as priorities", as the priorities board and its room view say."""
    chosen = sum(1 for t in themes if t.priority.chosen)
    return (f"{count_phrase(len(themes), 'theme')} · {chosen:,} chosen as "
            f"{'a priority' if chosen == 1 else 'priorities'}")


class ThemeSelector(QComboBox):
    """Chooses the priority theme a board works on; keeps its choice when the list changes."""

    def __init__(self, doc: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._doc = doc
        self._teams: dict[str, list[str]] = {}  # each listed theme's teams, as its item says
        self._wanted: str | None = None  # another board's theme, not in the list when chosen
        self.setAccessibleName("Priority theme")
        self.setToolTip("The priority theme this board works on, and the teams on its why-tree")
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(50)
        # a screen reader reads the chosen theme in words, not its # and kind symbol
        self.currentIndexChanged.connect(lambda _: self.setAccessibleDescription(
            self.currentData(Qt.ItemDataRole.AccessibleTextRole) or self.currentText()))
        self.currentIndexChanged.connect(self._forget_wanted)  # a theme chosen here since
        # a team named, renamed or taken off with T: the items say the teams as they are now
        follow_document(self, doc, on_parts=self._on_parts, on_details=self._on_details)
        self.refresh()

    def _on_parts(self, collection: str, _ids: frozenset[str]) -> None:
        # what ``priority_themes`` lists a theme by besides a priority: a statement added or
        # redone under a theme with no other work listed it only when a theme next changed
        if collection in ("causes", "success", "actions"):
            self.refresh()

    def _on_details(self, field: str) -> None:
        if field == "teams":
            self.refresh()

    def theme_id(self) -> str | None:
        return self.currentData()

    def select_theme(self, theme_id: str) -> None:
        index = self.findData(theme_id)
        if index >= 0:
            self.setCurrentIndex(index)

    def follow(self, theme_id: str) -> None:
        """Another board's Theme box chose ``theme_id`` (``shared_theme``): shown here too. Not
        listed yet, it is taken at the list's next refresh if that lists it: a Redo putting a
        cause under a theme with no other work brings its why-tree up before Identify success's
        box, told of the same cause, lists the theme (Ctrl+5 showed the theme before)."""
        self._wanted = None if self.findData(theme_id) >= 0 else theme_id
        self.select_theme(theme_id)

    def _forget_wanted(self, _index: int) -> None:
        self._wanted = None

    def refresh(self) -> None:
        """Rebuild the list; the current theme stays selected if it is still there."""
        current = self.theme_id()
        wanted, self._wanted = self._wanted, None  # taken if listed now; either way once
        themes = priority_themes(self._doc)
        teams = {theme.id: theme_team_names(self._doc.workshop, theme.id) for theme in themes}
        items = [(theme_choice_text(theme, teams[theme.id]), theme.id,
                  theme_choice_spoken(theme, teams[theme.id])) for theme in themes]
        spoken = Qt.ItemDataRole.AccessibleTextRole
        if items and items == [(self.itemText(i), self.itemData(i), self.itemData(i, spoken))
                               for i in range(self.count())]:
            return  # as they were (a cause's words edited): the open list stays as it is
        self._teams = teams
        self.blockSignals(True)
        self.clear()
        for text, theme_id, said in items:
            self.addItem(text, theme_id)
            self.setItemData(self.count() - 1, said, spoken)
        if not themes:
            self.addItem(f"No priority themes yet: choose some on {CHOOSE_PRIORITIES}", None)
        at = self.findData(wanted) if wanted else -1
        if at < 0:
            at = self.findData(current) if current else -1
        self.setCurrentIndex(max(0, at))
        self.blockSignals(False)
        self.setAccessibleDescription(self.currentData(Qt.ItemDataRole.AccessibleTextRole)
                                      or self.currentText())
        if self.theme_id() != current:
            self.currentIndexChanged.emit(self.currentIndex())

    def paintEvent(self, event) -> None:
        """A name too long for the box is cut short within the line, not the line at its end,
        so the rank before it and the kind and count after it stay in sight ("Priority 1: I
        am not treated with… · ✗ 10 cards"; the end was cut at "✗ 1" on a 1366 laptop)."""
        from PySide6.QtWidgets import QStyle, QStyleOptionComboBox, QStylePainter

        painter = QStylePainter(self)
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        room = self.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                           QStyle.SubControl.SC_ComboBoxEditField, self).width()
        option.currentText = self._fitted(option.currentText, room - 4)  # the label's margin
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)

    def _fitted(self, text: str, room: int) -> str:
        metrics = self.fontMetrics()
        theme_id = self.theme_id()
        theme = self._doc.get("themes", theme_id) if theme_id else None
        if metrics.horizontalAdvance(text) <= room:
            return text
        teams = self._teams.get(theme_id or "", [])
        if theme is not None and text == theme_choice_text(theme, teams):
            rank = _choice_parts(theme)[0]
            name = shown_theme_name(theme.name)
            # the teams kept with the count where the name keeps a useful part beside them;
            # else the count alone (the team is in the open list and said aloud), and only
            # where that leaves no room for the name, the count with a few of its words: at
            # 1366x768 the why-tree's box read "Priority 2: Nobody l… · ✗ 2 cards · Team:
            # Team Blue", the theme cut to keep the team
            useful = min(metrics.horizontalAdvance(name), metrics.horizontalAdvance(USEFUL_NAME))
            tails = [(_choice_parts(theme, teams)[2], useful),
                     (_choice_parts(theme)[2], metrics.horizontalAdvance("I am not…"))]
            for tail, least in tails:
                left = room - metrics.horizontalAdvance(rank + tail)
                if left >= least:
                    # shortened, then set apart: cut, its closing mark went and the count too
                    cut = metrics.elidedText(name, Qt.TextElideMode.ElideRight, left)
                    return rank + isolated(cut) + tail
        return metrics.elidedText(text, Qt.TextElideMode.ElideRight, room)


def button_row(buttons: tuple[tuple[str, str, Callable[[], object]], ...], *,
               wrap: bool = False) -> QHBoxLayout | FlowLayout:
    """A row of board buttons: (text with its key in brackets, tooltip, slot). The keys do the
    same from the keyboard, so the buttons take focus only by Tab, not by a click. ``wrap``:
    onto a second row on a narrow page, each button whole (a laptop at 150%)."""
    row = FlowLayout() if wrap else QHBoxLayout()
    for text, tip, slot in buttons:
        button = QPushButton(text)
        button.setToolTip(tip)
        button.setAccessibleName(text.split(" (")[0])
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        button.clicked.connect(slot)
        row.addWidget(button)
    if isinstance(row, QHBoxLayout):  # a flow layout wraps its buttons instead
        row.addStretch(1)
    return row
