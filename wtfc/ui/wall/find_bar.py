"""Find a card on the wall: Ctrl+F, type a few words (or a person's code), and every card
that has them is ringed; the first is chosen and scrolled to, Enter / F3 goes to the next.

The facilitator hears "the one about the bus" from the room and needs that card now, on a
wall of a hundred or more. Finding is not an edit: nothing goes on the undo stack. Esc closes
the bar and leaves the found card chosen, so M, Alt+1 or Delete act on it straight away.
Beside the count, the theme the card found is in ("· in theme 3, “I can't get to the shops…”",
or "· not yet in a theme", as the wall says a card): on a county wall its header is far above
it. The bar is on the facilitator's screen only; the room's view has no find.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFontMetricsF, QKeyEvent, QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from wtfc.model.search_key import search_key
from wtfc.model.unnamed_themes import shown_theme_name
from wtfc.model.workshop import Card
from wtfc.ui.held_back_words import words_on_screen
from wtfc.ui.plain_tip import plain_tip
from wtfc.ui.shortcut_help import describe, describe_keys
from wtfc.ui.style import ui_font
from wtfc.ui.wall.card_item import CardItem
from wtfc.ui.wall.layout import theme_numbers
from wtfc.ui.wall.panel_actions import MOVE_NUMBERED

if TYPE_CHECKING:
    from wtfc.ui.wall.panel import WallPanel

# A count found while typing is said once the typing pauses, as the Cards table's count is
# (cards_said): said at each key, "carers week" queued 8 counts over the wall's card read-outs.
SAY_AFTER_MS = 700
WHERE_LETTERS = 32  # of a theme's name beside the count, at most, about
BOX_LETTERS = 16  # the box keeps about this many letters' room to type, before the name does


def card_matches(card: Card, query: str, held_back_shown: bool = False) -> bool:
    """Every word of ``query`` is in the card's words as the wall shows them (a held-back
    card's hidden details are not searched) or is its person's code, in any case and with or
    without accents (``search_key``: "cafe" finds "café", "lodz" finds "Łódź")."""
    terms = search_key(query).split()
    if not terms:
        return False
    words = search_key(words_on_screen(card, held_back_shown))
    person = search_key(card.person)
    return all(term in words or term == person for term in terms)


class _FindBox(QLineEdit):
    """Enter goes to the next card, Shift+Enter to the one before, Esc closes the bar."""

    def __init__(self, bar: WallFindBar) -> None:
        super().__init__()
        self._bar = bar
        describe_keys(self, [("Enter or Shift+Enter", "Find: the next card found, or the one "
                              "before (as F3 and Shift+F3)"),
                             ("Escape", "Find: close the find bar")])

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, shift = event.key(), event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._bar.step(-1 if shift else 1)
        elif key == Qt.Key.Key_Escape:
            self._bar.close_bar()
        else:
            super().keyPressEvent(event)


class WallFindBar(QWidget):
    """The find bar above the wall of ``panel``; hidden until Ctrl+F."""

    def __init__(self, panel: WallPanel) -> None:
        super().__init__(panel)
        self.panel = panel
        self.matches: list[CardItem] = []
        self.current = -1
        self.box = _FindBox(self)
        self.box.setAccessibleName("Find a card")
        self.box.setPlaceholderText("Find a card: a few of its words, or a person (P07)")
        self.box.setFont(ui_font(12))
        self.box.setClearButtonEnabled(True)
        self.box.textChanged.connect(lambda _text: self.search(typed=True))
        self.status = QLabel()  # named and said with its words (``_show``)
        self.status.setAccessibleName("Find result")
        self.status.setFont(ui_font(12))
        self.where = QLabel()  # the found card's theme (``_show_where``); its words are said
        self.where.setAccessibleName("Found card's theme")  # with the card as it is chosen
        self.where.setFont(ui_font(12))
        self._where = ("", "")  # "theme 3, " and the name, whole (``_fit_where``)
        self._said = ""  # the result last said: said again only when it changes
        self._pause = QTimer(self)  # typing: the count waits for a pause (``_show``)
        self._pause.setSingleShot(True)
        self._pause.timeout.connect(self._say)
        previous = QPushButton("Previous (Shift+F3)")
        previous.clicked.connect(lambda: self.step(-1))
        following = QPushButton("Next (F3)")
        following.clicked.connect(lambda: self.step(1))
        done = QPushButton("Close (Esc)")
        done.clicked.connect(self.close_bar)
        for button in (previous, following, done):
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self._row = row = QHBoxLayout(self)
        row.setContentsMargins(6, 4, 6, 4)
        row.addWidget(self.box, 1)
        row.addWidget(self.status)
        row.addWidget(self.where)
        row.addWidget(previous)
        row.addWidget(following)
        row.addWidget(done)
        self._beside = (self.status, previous, following, done)  # the box and name share the rest
        panel.scene.laid_out.connect(self.find_again)
        # Alt+1…9 move the card found (it is chosen), as on the wall: in the box they typed
        # the digit, with F1 saying nothing of a limit
        for n in range(1, 10):
            move = QShortcut(QKeySequence(f"Alt+{n}"), self,
                             lambda n=n: panel.move_selection_to_numbered(n))
            move.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            describe(MOVE_NUMBERED, move, keys="Alt+1 … Alt+9")
        self.hide()

    # -- opening and closing -------------------------------------------------------------------
    def open_bar(self) -> None:
        if self.panel.readout_active():  # finding is on the wall: leave the one-card page
            self.panel.toggle_readout(False)
        self.show()
        self.box.setFocus()
        self.box.selectAll()
        self.search()

    def close_bar(self) -> None:
        """Hide the bar and its rings; the found card stays chosen, with the keyboard on it."""
        found = self.matches[self.current] if 0 <= self.current < len(self.matches) else None
        self.hide()
        self._show_where(None)
        self._show("")  # Ctrl+F again says what it finds then, as it shows it again
        self.matches, self.current = [], -1  # F3 finds again (an edit may have gone between)
        self.panel.scene.highlight_cards(())
        self.panel.view.setFocus()
        # The wall taking the keyboard back gives Qt's focus to the card it had before Find
        # (the scene's "passive" focus item): the arrows would go on from there, not from the
        # card shown chosen. Put it on the found card, still chosen (not if one was clicked).
        if found is not None and found.scene() is self.panel.scene and found.isSelected():
            self.panel.scene.setFocusItem(found)

    # -- finding -------------------------------------------------------------------------------
    def search(self, *, typed: bool = False) -> None:
        """Ring every card shown that matches and go to the first (in reading order); ``typed``
        (a key in the box), its count is said once the typing pauses."""
        query = self._collect()
        self.current = -1
        if self.matches:
            self._go(1, at_once=not typed)
        else:
            self._say_none(query)  # at once: a typo is heard as it is made

    def _collect(self) -> str:
        query = self.box.text()
        self.matches = [item for item in self.panel.scene.ordered_cards()
                        if card_matches(item.card, query, item.held_back_shown)]
        self.panel.scene.highlight_cards({item.card.id for item in self.matches})
        return query

    def step(self, by: int) -> None:
        """Go to the next (``by`` 1) or previous (-1) match, round the end of the wall (F3
        with the bar closed opens it again on the last words, from the first match)."""
        if self.isHidden():
            self.open_bar()
            return
        if any(item.scene() is None for item in self.matches):  # laid out again since
            self._collect()
            self.current = min(self.current, len(self.matches) - 1)
        if self.matches:
            self._go(by, at_once=True)

    def _go(self, by: int, *, at_once: bool) -> None:
        self.current = (self.current + by) % len(self.matches)
        item = self.matches[self.current]
        self.panel.view.focus_card(item)
        self.panel.view.centerOn(item)
        self._show(f"{self.current + 1} of {len(self.matches)}", at_once=at_once)
        self._show_where(item)

    def _show_where(self, item: CardItem | None) -> None:
        """Beside the count, the theme ``item`` is in, in the words the wall says a card with
        (``card_focus.card_spoken``), whole in the tooltip; none for no card found. Not said
        aloud: the card found says it as it is chosen."""
        theme = None if item is None or item.theme_id is None else \
            self.panel.doc.get("themes", item.theme_id)
        if item is None:
            self._where = ("", "")
        elif theme is None:
            self._where = ("not yet in a theme", "")
        else:
            number = theme_numbers(self.panel.doc, self.panel.kinds).get(theme.id)
            self._where = (f"in theme {number}, " if number else "in theme ",
                           shown_theme_name(theme.name))
        self._fit_where()

    def _fit_where(self) -> None:
        """The theme's name cut at its end to ``WHERE_LETTERS``, or shorter where the bar is
        narrow: the box keeps ``BOX_LETTERS`` to type in (at 1024x768 the name took all but
        a 60-px box)."""
        said, name = self._where
        metrics = QFontMetricsF(self.where.font())
        if not name:
            text = f"· {said}" if said else ""
        else:
            row = self._row
            others = sum(widget.sizeHint().width() for widget in self._beside)
            margins = row.contentsMargins()
            free = (self.width() - others - margins.left() - margins.right()
                    - row.spacing() * (len(self._beside) + 1)
                    - metrics.averageCharWidth() * BOX_LETTERS
                    - metrics.horizontalAdvance(f"· {said}“”") - 4)
            room = max(metrics.averageCharWidth() * 4,
                       min(free, metrics.averageCharWidth() * WHERE_LETTERS))
            cut = metrics.elidedText(name, Qt.TextElideMode.ElideRight, room)
            text = f"· {said}“{cut}”"
        whole = f"{said[:1].upper()}{said[1:]}“{name}”" if name else said.capitalize()
        self.where.setText(text)
        self.where.setToolTip(plain_tip(whole) if name and cut != name else "")
        self.where.setAccessibleDescription(whole)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._fit_where()

    def _say_none(self, query: str) -> None:
        self._show_where(None)
        if not query.strip():
            self._show("")
            return
        shown = set(self.panel.kinds)
        elsewhere = sum(1 for card in self.panel.doc.workshop.cards
                        if card.kind not in shown
                        and card_matches(card, query, self.panel.scene.held_back_shown))
        self._show(f"Not on this wall; {elsewhere} in other kinds (F5 shows all)" if elsewhere
                   else "No card has these words")

    def _show(self, text: str, *, at_once: bool = True) -> None:
        """``text`` beside the box, in its name ("Find result: 3 of 12": "3 of 12" alone says
        little) and said as it changes, as a browser's find bar says it: the keyboard stays in
        the box, and a fixed name "Find result" left a screen reader no count and no "No card
        has these words" (the wall says each card found as it is chosen). Not ``at_once``
        (typing), said after ``SAY_AFTER_MS`` with no more keys, the count then shown."""
        if text != self.status.text():
            self.status.setText(text)
            self.status.setAccessibleName(f"Find result: {text}" if text else "Find result")
        if not text:
            self._said = ""  # nothing to say; Ctrl+F again says what it finds then
        if at_once or not text:
            self._say()
        elif text != self._said:  # while typing: once the keys pause
            self._pause.start(SAY_AFTER_MS)

    def _say(self) -> None:
        self._pause.stop()
        text = self.status.text()
        if text and text != self._said and self.isVisible():
            from wtfc.ui.announce import announce

            announce(self.box, text)
            self._said = text

    def find_again(self) -> None:
        """After an edit the cards are new items, and after held-back details are shown or
        hidden there is more or less to find: find again, staying near the same place."""
        if self.isHidden():  # closed (while the page itself is away, it is still open)
            return
        keep = self.current
        query = self._collect()
        if not self.matches:
            self.current = -1
            self._say_none(query)
            return
        self.current = min(max(keep, 0), len(self.matches) - 1)
        # still typing (the wall laid out again meanwhile): the count still waits for the pause
        self._show(f"{self.current + 1} of {len(self.matches)}",
                   at_once=not self._pause.isActive())
        self._show_where(self.matches[self.current])  # moved meanwhile: its theme now
