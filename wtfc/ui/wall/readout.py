"""Read-out mode: the facilitator reads one card to the room, the room says where it goes.

One card at a time, very large; Previous / Next (Page Up / Page Down); and the theme box:
type a few letters and Enter puts the card into the highlighted theme, or, when nothing
matches, into a new theme with the typed name. Alt+1…9 puts it into the numbered themes in
one keystroke: the card's kind's themes, numbered 1, 2, 3… as the wall shows them while reading
out (``readout_mode``). "+ New group, to name later" (nothing typed, or the "I" an "I"
statement starts with) starts a group called "Group 1 (not named yet)": the room decides which
cards go together before it names them. After a card is placed the next unsorted card comes
up. Held-back cards are
skipped: they wait on the wall for the facilitator's decision, never reaching the room. While
Enter would make a new theme, the typed-detail line under the box says when its name may hold a
personal detail (it goes on the wall and the projector as typed).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wtfc.export.isolates import isolated
from wtfc.model.document import Document
from wtfc.model.unnamed_themes import wants_placeholder
from wtfc.model.workshop import Card, Kind, Theme
from wtfc.ui.boards.common import announce
from wtfc.ui.boards.names_follow import follow_names
from wtfc.ui.fingers import ItemFingers
from wtfc.ui.shortcut_help import describe
from wtfc.ui.style import ui_font
from wtfc.ui.typed_detail_hint import TypedDetailHint
from wtfc.ui.wall.gestures import WallGestures
from wtfc.ui.wall.layout import KIND_ORDER, readout_sequence, theme_numbers
from wtfc.ui.wall.readout_card import ReadOutCard, nothing_to_read_out
from wtfc.ui.wall.room_card_guard import room_shows
from wtfc.ui.wall.scene import wall_theme_name
from wtfc.ui.wall.theme_picker import NEW_THEME_ROLE, matching, new_theme_name
from wtfc.ui.wrapped_list import WrappedTextDelegate

NEW_GROUP = "+ New group, to name later"
NEW_GROUP_ROLE = NEW_THEME_ROLE + 1
# the read-out card names someone pasted after it was checked (``room_card_guard``)
NOT_IN_ROOM = "⚠ Not on the room view: it names someone pasted (check again on 2 Collect)"


class ReadOutPanel(QWidget):
    """The facilitator's read-out page. ``card_changed(card_id or "")`` tells the room view."""

    card_changed = Signal(str)
    leave_requested = Signal()  # Esc: back to the wall

    def __init__(self, doc: Document, gestures: WallGestures, parent: QWidget | None = None):
        super().__init__(parent)
        self.doc = doc
        self.gestures = gestures
        self.kinds: tuple[Kind, ...] = KIND_ORDER
        self.card_id: str | None = None
        self._said = ""  # the card last said to a screen reader (said again only when it changes)
        self.card = ReadOutCard()
        self.previous_button = QPushButton("◀ Previous")
        self.next_button = QPushButton("Next ▶")
        self.next_unsorted_button = QPushButton("Next card not yet in a theme ▶▶")
        self.theme_box = QLineEdit()
        self.matches = QListWidget()
        self.held_note = QLabel()
        self.detail_hint = TypedDetailHint(lambda: self.doc.names_to_watch)
        self.detail_hint.watch("The new theme's name", lambda: new_theme_name(self.matches),
                               self.matches.currentRowChanged)
        for widget, name, tip in (
                (self.previous_button, "Previous card", "Show the previous card (Page Up)"),
                (self.next_button, "Next card", "Show the next card (Page Down)"),
                (self.next_unsorted_button, "Next card not yet in a theme",
                 "Skip to the next card not yet in a theme"),
                (self.theme_box, "Put in theme",
                 "Type a theme's name; Enter puts the card there, or makes a new theme "
                 "(nothing typed: choose “New group, to name later” at the foot of the list). "
                 "While it is empty, . blanks the room view (a remote's Blank)"),
                (self.matches, "Matching themes", "Alt+1…9 puts the card into that theme")):
            widget.setAccessibleName(name)
            widget.setToolTip(tip)
        # no fixed accessible name: named "Held-back cards", a screen reader heard neither how
        # many nor "check them on the wall"; it reads the note's own words
        self.held_note.setToolTip("Cards with possible personal details")
        self.theme_box.setPlaceholderText("Type a theme name, then Enter")
        self.matches.setMaximumWidth(420)
        # Whole theme names in a clear size: the facilitator reads them standing up.
        for widget in (self.theme_box, self.matches):
            widget.setFont(ui_font(12))
        self.matches.setWordWrap(True)
        self.matches.setSpacing(2)
        self.matches.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.matches.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.matches.setItemDelegate(WrappedTextDelegate(self.matches))
        # a flick to scroll it chose the last theme it passed, for Alt+n or Enter to put the card in
        ItemFingers(self.matches)
        self.matches.itemActivated.connect(lambda _item: self.put_in_highlighted())
        self.previous_button.clicked.connect(lambda: self.step(-1))
        self.next_button.clicked.connect(lambda: self.step(1))
        self.next_unsorted_button.clicked.connect(self.next_unsorted)
        self.theme_box.textChanged.connect(self._refresh_matches)
        self.theme_box.returnPressed.connect(self.put_in_highlighted)
        self.theme_box.installEventFilter(self)
        self._build_layout()
        self._shortcuts()
        doc.events.edited.connect(self._on_document_edited)
        doc.events.reset.connect(self._on_document_reset)
        follow_names(self, doc, self._refresh)  # the room view's card may go or come back
        self._on_document_reset()

    def _build_layout(self) -> None:
        controls = QHBoxLayout()
        for button in (self.previous_button, self.next_button, self.next_unsorted_button):
            controls.addWidget(button)
        controls.addStretch(1)
        # wraps rather than lose its end at 150% scaling ("…: check them" without "on the wall")
        self.held_note.setWordWrap(True)
        self._controls = controls
        side = QVBoxLayout()
        side.addWidget(QLabel("Put this card in a theme:"))
        side.addWidget(self.theme_box)
        side.addWidget(self.detail_hint)
        side.addWidget(self.matches, 1)
        body = QHBoxLayout()
        body.addWidget(self.card, 3)
        body.addLayout(side, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addLayout(controls)
        layout.addWidget(self.held_note)  # beside the buttons when it fits: _place_held_note
        self._held_beside = False

    def _place_held_note(self) -> None:
        """The held-back note beside the buttons when its words fit there on one line, else on
        a line of its own under them: squeezed beside them at 16 pt on a 1024×768 laptop it
        wrapped a word a line, 184 px tall, and the card above lost that height (one line of
        its words, then "…", and its foot cut)."""
        controls, layout = self._controls, self.layout()
        if layout is None:
            return
        buttons = (self.previous_button, self.next_button, self.next_unsorted_button)
        margins = layout.contentsMargins()
        room = (self.width() - margins.left() - margins.right()
                - sum(b.sizeHint().width() for b in buttons) - 4 * controls.spacing())
        text = self.held_note.text()
        needs = self.held_note.fontMetrics().horizontalAdvance(text) + 2 * self.held_note.margin()
        self.held_note.setVisible(bool(text))  # none held back: no line taken
        beside = bool(text) and needs + 4 <= room
        # beside, one line: a wrapped label asks for less than its words' width
        self.held_note.setMinimumWidth(needs + 4 if beside else 0)
        if beside == self._held_beside:
            return
        self._held_beside = beside
        layout.removeWidget(self.held_note)
        controls.removeWidget(self.held_note)
        (controls if beside else layout).addWidget(self.held_note)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._place_held_note()

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        if event.type() == QEvent.Type.LayoutRequest:  # the buttons grew (a larger font)
            self._place_held_note()
        return handled

    def _shortcuts(self) -> None:
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        steps: dict[int, list[QShortcut]] = {-1: [], 1: []}
        for keys, delta in ((QKeySequence.StandardKey.MoveToPreviousPage, -1),
                            (QKeySequence.StandardKey.MoveToNextPage, 1),
                            ("Alt+Left", -1), ("Alt+Right", 1),
                            ("Left", -1), ("Right", 1)):  # an "arrow mode" presenter remote
            shortcut = QShortcut(QKeySequence(keys), self, lambda d=delta: self.step(d))
            shortcut.setContext(context)
            steps[delta].append(shortcut)
        leave = QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.leave_requested.emit)
        leave.setContext(context)
        describe("Read-out: back to the wall (as Ctrl+R)", leave)
        describe("Read-out: the card before", *steps[-1])
        describe("Read-out: the next card", *steps[1])
        numbered = []
        for n in range(1, 10):
            shortcut = QShortcut(QKeySequence(f"Alt+{n}"), self,
                                 lambda n=n: self.put_in_numbered(n))
            shortcut.setContext(context)
            numbered.append(shortcut)
        describe("Read-out: put the card in the theme numbered 1 … 9 on the wall", *numbered,
                 keys="Alt+1 … Alt+9")

    def eventFilter(self, watched, event) -> bool:
        """The empty theme box lets a presenter remote's keys by: Right / Left step the card
        (the cursor had nowhere to go) and Blank's "." blanks the room view (it was typed, and
        Enter would have made a theme called "."); with words typed they edit them. "b" is
        typed: taken as Blank, a facilitator finding "bus" in lower case blanked the room."""
        if (watched is self.theme_box and event.type() == QEvent.Type.ShortcutOverride
                and isinstance(event, QKeyEvent) and not self.theme_box.text()
                and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
                and (event.key() in (Qt.Key.Key_Left, Qt.Key.Key_Right) or event.text() == ".")):
            event.ignore()  # not the box's: Qt tries the shortcuts
            return True
        return super().eventFilter(watched, event)

    # -- which card ----------------------------------------------------------------------------
    def sequence(self) -> list[Card]:
        return readout_sequence(self.doc, self.kinds)

    def set_kinds(self, kinds: Sequence[Kind]) -> None:
        self.kinds = tuple(kinds)
        current = self.current_card()
        if current is None or current.kind not in self.kinds:
            self.show_card(self._first_unsorted())
        else:
            self._refresh()

    def current_card(self) -> Card | None:
        card = self.doc.get("cards", self.card_id) if self.card_id else None
        return card if card is not None and not card.held_back else None

    def show_card(self, card_id: str | None) -> None:
        self.card_id = card_id
        self.theme_box.clear()
        self._refresh()
        self.card_changed.emit(card_id or "")

    def step(self, delta: int) -> None:
        cards = self.sequence()
        if not cards:
            return self.show_card(None)
        ids = [c.id for c in cards]
        at = ids.index(self.card_id) if self.card_id in ids else -delta if delta > 0 else 0
        self.show_card(ids[max(0, min(len(ids) - 1, at + delta))])

    def next_unsorted(self) -> None:
        self.show_card(self._first_unsorted(after=self.card_id))

    def _first_unsorted(self, after: str | None = None) -> str | None:
        placed = self.doc.themes_of_card()
        cards = [c.id for c in self.sequence()]
        start = cards.index(after) + 1 if after in cards else 0
        for card_id in cards[start:] + cards[:start]:
            if card_id not in placed and card_id != after:
                return card_id
        return None

    # -- putting it in a theme -----------------------------------------------------------------
    def candidate_themes(self) -> list[Theme]:
        card = self.current_card()
        if card is None:
            return []
        return [t for t in self.doc.workshop.themes if t.kind == card.kind]

    def put_in_theme(self, theme_id: str) -> bool:
        card = self.current_card()
        if card is None:
            return False
        themes = self.doc.themes_of_card().get(card.id, [])
        if theme_id in themes:
            return False
        # a card already in a theme goes in this one too; an unsorted card is simply placed
        if not self.gestures.drop([(card.id, None)], theme_id, copy=bool(themes)):
            return False
        self.next_unsorted()
        return True

    def put_in_new_theme(self, name: str) -> bool:
        """A new theme holding the card; no name (or "I"): a group to name later."""
        card = self.current_card()
        if card is None:
            return False
        if self.gestures.new_theme([(card.id, None)], name) is None:
            return False
        self.next_unsorted()
        return True

    def put_in_numbered(self, n: int) -> bool:
        """Alt+n: the theme numbered n on the wall and in the outline, if of the card's kind."""
        numbered = {number: theme_id for theme_id, number in self._numbers().items()}
        candidates = {t.id for t in self.candidate_themes()}
        theme_id = numbered.get(n)
        return self.put_in_theme(theme_id) if theme_id in candidates else False

    def _numbers(self) -> dict[str, int]:
        """The card's kind's themes, numbered as the wall numbers them while reading out."""
        card = self.current_card()
        return theme_numbers(self.doc, (card.kind,) if card is not None else self.kinds)

    def put_in_highlighted(self) -> bool:
        item = self.matches.currentItem()
        if item is None:
            return False
        new_name = item.data(NEW_THEME_ROLE)
        if new_name or item.data(NEW_GROUP_ROLE):
            return self.put_in_new_theme(new_name or "")
        return self.put_in_theme(item.data(Qt.ItemDataRole.UserRole))

    # -- keeping in step -----------------------------------------------------------------------
    def _on_document_reset(self) -> None:
        self.show_card(self._first_unsorted())

    def _on_document_edited(self) -> None:
        # nothing was shown and a card came (an undo, one let through), or the card shown went
        # (deleted on Collect, now held back): the next one, not a reason for having none
        waiting = self._first_unsorted() if self.current_card() is None else None
        if waiting is not None:
            return self.show_card(waiting)
        self._refresh()

    def _refresh(self) -> None:
        card = self.current_card()
        cards = self.sequence()
        ids = [c.id for c in cards]
        note = ""
        if card is not None:
            # as the wall heads them: an older file's blank name is no empty “” in the foot
            names = [wall_theme_name(self.doc.theme(t).name)
                     for t in self.doc.themes_of_card().get(card.id, [])]
            where = _where(names)
            note = f"Card {ids.index(card.id) + 1} of {len(ids)} · {where}" \
                if card.id in ids else where
            if not room_shows(self.doc.names_to_watch)(card):  # the room sees "Next card coming"
                note += f" · {NOT_IN_ROOM}"
        self.card.set_card(card, note, empty_text=nothing_to_read_out(self.doc, self.kinds))
        self._say_card()
        held = sum(1 for c in self.doc.workshop.cards if c.kind in self.kinds and c.held_back)
        self.held_note.setText(f"⚠ {held} card{'s' if held != 1 else ''} held back for personal "
                               f"details: check them on the wall" if held else "")
        self._place_held_note()
        self._refresh_matches(self.theme_box.text())

    def _say_card(self) -> None:
        """The card is painted, not text: the theme box (where the keyboard is) carries it as
        its description, and a new card is announced, "Working: Lunch club…" as the card shows
        it (a held-back card's details as their kind). Ctrl+R and Page Down had said nothing."""
        said = self.card.accessibleDescription()
        self.theme_box.setAccessibleDescription(said)
        if said != self._said and self.isVisible():
            announce(self.theme_box, said)
        self._said = said

    def _refresh_matches(self, text: str) -> None:
        self.matches.clear()
        themes = self.candidate_themes()
        numbers = self._numbers()  # the wall's: Alt+4 is the theme headed "4." there
        for theme in matching(themes, text):
            number = numbers.get(theme.id)
            label = (f"Alt+{number}  " if number else "") + \
                f"{wall_theme_name(theme.name)}  ({len(theme.card_ids)})"
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, theme.id)
            self.matches.addItem(item)
        if self.current_card() is not None:
            if wants_placeholder(text):  # group first, name later
                item = QListWidgetItem(NEW_GROUP)
                item.setData(NEW_GROUP_ROLE, True)
            else:
                item = QListWidgetItem(f"+ New theme: “{' '.join(text.split())}”")
                item.setData(NEW_THEME_ROLE, " ".join(text.split()))
            self.matches.addItem(item)
        if self.matches.count():
            self.matches.setCurrentRow(0)

    def detach(self) -> None:
        self.doc.events.edited.disconnect(self._on_document_edited)
        self.doc.events.reset.disconnect(self._on_document_reset)


def _where(names: list[str]) -> str:
    """Which themes the card is in, for the card's foot: with two or more, how many first and
    each name shortened, so the count is seen when the line is cut ("in 2 themes: “I am not
    treated with respect or as an…”, “I am not sure who is coming or when”"); each name
    isolated, so an Urdu name does not pull the words around it into its own order."""
    if not names:
        return "not yet in a theme"
    most = 80 if len(names) == 1 else 40
    shown = ", ".join(f"“{isolated(_shortened(name, most))}”" for name in names)
    return f"in {shown}" if len(names) == 1 else f"in {len(names)} themes: {shown}"


def _shortened(name: str, most: int) -> str:
    name = " ".join(name.split())
    return name if len(name) <= most else name[:most - 1].rstrip() + "…"
