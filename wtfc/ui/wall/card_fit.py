"""The "This card" page of the suggestions panel: where does this card go, and which cards
not yet in a theme are like it.

``fit_card`` is the work (no Qt, no live document: it reads plain texts, so it can run on a
worker thread); ``CardFitPage`` shows the answer: the themes of the card's kind best fit first,
with "Put it there" (Enter), and the most similar cards not yet in a theme, ringed on the
wall, with "Select them on the wall" so "New theme" (N) can follow.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wtfc.model.document import Document
from wtfc.model.workshop import Card
from wtfc.ui.boards.common import follow_document
from wtfc.ui.fingers import ItemFingers
from wtfc.ui.held_back_words import words_on_screen
from wtfc.ui.plain_tip import plain_tip
from wtfc.ui.style import ui_point_size
from wtfc.ui.wall.card_list import card_like_list
from wtfc.ui.wall.scene import wall_theme_name

BEST_THEMES = 5
LIKE_CARDS = 6
# Below this cosine to its best theme no theme is put forward (a card placed right scores 0.38
# or more in 19 cases of 20), but plain English cards score under it too (15 of the demo's 34
# unsorted), so a low score alone is a weak fit, not words wtfc can't read.
MIN_THEME_FIT = 0.35
# A card this similar or more is ticked as "like it"; others are listed, unticked, for the room
# to judge. Cards on the card's own topic score above it nine times in ten; cards on no shared
# topic (bingo beside loneliness, a bus beside carers) score 0.3 or less.
MIN_LIKE = 0.4
ID_ROLE = Qt.ItemDataRole.UserRole + 1
CHOOSE = ("Choose a card not yet in a theme on the wall, then press W (where does it go?) or L "
          "(cards like it).")


@dataclass(frozen=True)
class FitQuestion:
    """A snapshot of what the answer needs, taken on the UI thread."""

    card_id: str
    card_text: str
    themes: dict[str, list[str]]  # theme id → its name and its cards' words, in wall order
    candidates: dict[str, str]  # other unsorted cards of the kind (not held back) → words


@dataclass(frozen=True)
class FitAnswer:
    card_id: str
    themes: list[tuple[str, float]]  # best fit first (wall order when its words are unknown)
    like: list[tuple[str, float]]  # most similar first
    matched: bool = True  # False: no theme fits well enough to put forward; the room chooses
    known: bool = True  # False: wtfc knows none of its words (another language?)

    def like_enough(self) -> list[str]:
        """The similar cards close enough to tick."""
        return [c for c, s in self.like if s >= MIN_LIKE]


def fit_question(doc: Document, card: Card) -> FitQuestion:
    themes = {t.id: [t.name, *(doc.card(c).text for c in t.card_ids)]
              for t in doc.workshop.themes if t.kind == card.kind}
    candidates = {c.id: c.text for c in doc.unsorted_cards(card.kind)
                  if c.id != card.id and not c.held_back}
    return FitQuestion(card.id, card.text, themes, candidates)


def fit_card(question: FitQuestion) -> FitAnswer:
    """Rank the themes and find the similar cards (loads the word table on first use)."""
    # Imported here, on the worker thread: numpy and networkx stay out of start-up.
    from wtfc.clustering.suggest import known_words, rank_themes, similar_cards

    ranked = rank_themes(question.card_text, question.themes)
    like = [(str(c), s) for c, s in similar_cards(question.card_text, question.candidates,
                                                  limit=LIKE_CARDS)]
    if not known_words([question.card_text])[0]:
        # every score is 0: no ranking worth showing, the themes in wall order, none put forward
        return FitAnswer(question.card_id, [(str(t), 0.0) for t in question.themes], like,
                         matched=False, known=False)
    # a weak best fit is still ranked, but not chosen: Enter waits for the room's choice
    return FitAnswer(question.card_id, [(str(t), s) for t, s in ranked[:BEST_THEMES]], like,
                     matched=not ranked or ranked[0][1] >= MIN_THEME_FIT)


class CardFitPage(QWidget):
    """Shows a ``FitAnswer``. Signals: ``put_requested(card_id, theme_id)``,
    ``select_requested(card_ids)``, ``highlight_requested(card_ids)``."""

    put_requested = Signal(str, str)
    select_requested = Signal(list)
    highlight_requested = Signal(list)

    def __init__(self, doc: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.answer: FitAnswer | None = None
        self.card_label = QLabel(CHOOSE)
        self.card_label.setWordWrap(True)
        self.card_label.setTextFormat(Qt.TextFormat.PlainText)  # the card's words as typed
        # named as it shows (``_show_card``): a fixed "The card being placed" hid its words
        self.card_label.setStyleSheet("QLabel { background: #FFFFFF; color: #1A1A1A; "
                                      "border: 1px solid #C9C6BE; border-radius: 6px; "
                                      f"padding: 8px; font-size: {ui_point_size(13):g}pt; }}")
        self.themes = card_like_list("Themes it fits best", "Best fit first; Enter puts the "
                                     "card in the highlighted theme")
        self.themes.itemActivated.connect(lambda _item: self.put_in_current())
        self.themes.itemSelectionChanged.connect(self._enable)
        self.put_button = QPushButton("Put it there")
        self.put_button.setAccessibleName("Put it there")
        self.put_button.setToolTip("Put the card in the highlighted theme (Enter); "
                                   "Ctrl+Z undoes it")
        self.put_button.clicked.connect(self.put_in_current)
        self.like = QListWidget()
        self.like.setAccessibleName("Cards not yet in a theme like this one")
        self.like.setToolTip("Most similar first; ringed on the wall. Untick any that differ")
        self.like.setWordWrap(True)
        self.like.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.like.setResizeMode(QListWidget.ResizeMode.Adjust)
        ItemFingers(self.like)  # a finger's flick scrolls it, choosing no row as it passes
        self.like.itemChanged.connect(lambda _item: self._emit_highlight())
        self.select_button = QPushButton("Select them on the wall")
        self.select_button.setAccessibleName("Select them on the wall")
        self.select_button.setToolTip("Select this card and the ticked ones, ready for "
                                      "\"New theme\" (N)")
        self.select_button.clicked.connect(self.select_like)
        # m, not t: the tab "Suggested &themes" is on screen with it
        self.themes_label = themes_label = QLabel("The&mes it fits best:")
        themes_label.setBuddy(self.themes)
        like_label = QLabel("Cards not yet in a theme &like it:")
        like_label.setBuddy(self.like)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.card_label)
        layout.addWidget(themes_label)
        layout.addWidget(self.themes, 2)
        layout.addWidget(self.put_button)
        layout.addWidget(like_label)
        layout.addWidget(self.like, 2)
        layout.addWidget(self.select_button)
        self._enable()
        follow_document(self, doc, on_edited=self._on_edited)

    def _on_edited(self) -> None:
        """An edit may hold back, delete or sort a card listed, or rename a theme: the answer
        is shown again as things are now, keeping what the facilitator unticked."""
        if self.answer is None:
            return
        unticked = {self.like.item(r).data(ID_ROLE) for r in range(self.like.count())
                    if self.like.item(r).checkState() != Qt.CheckState.Checked}
        self.show_answer(self.answer)
        for r in range(self.like.count()):
            item = self.like.item(r)
            if item.data(ID_ROLE) in unticked:
                item.setCheckState(Qt.CheckState.Unchecked)

    def show_answer(self, answer: FitAnswer) -> None:
        self.answer = answer
        card = self.doc.get("cards", answer.card_id)
        self._show_card(card)
        ticked = set(answer.like_enough())
        self.themes_label.setText("The&mes it fits best:" if answer.matched
                                  else "The&mes closest first (none fits well: choose one):"
                                  if answer.known
                                  else "The&mes of its kind (not ranked: choose one):")
        with QSignalBlocker(self.themes), QSignalBlocker(self.like):
            self.themes.clear()
            for number, (theme_id, _score) in enumerate(answer.themes, start=1):
                theme = self.doc.get("themes", theme_id)
                if theme is None:
                    continue
                rank = f"{number}. " if answer.known else ""  # unranked: no "1." to trust
                name = wall_theme_name(theme.name)
                item = QListWidgetItem(f"{rank}{name}\n"
                                       f"{len(theme.card_ids)} card"
                                       f"{'s' if len(theme.card_ids) != 1 else ''}")
                item.setData(ID_ROLE, theme_id)
                item.setData(Qt.ItemDataRole.AccessibleTextRole,
                             f"Fit number {number}: {name}" if answer.known
                             else f"Theme {name}")
                self.themes.addItem(item)
            self.like.clear()
            for card_id, _score in answer.like:
                other = self.doc.get("cards", card_id)
                if other is None:
                    continue
                words = words_on_screen(other, False)
                item = QListWidgetItem(words)
                item.setData(ID_ROLE, card_id)
                item.setToolTip(plain_tip(words))
                if other.held_back:  # held back since it was asked: shown, never moved
                    item.setText(f"{words}  — held back: personal details to check")
                    item.setFlags(Qt.ItemFlag.ItemIsSelectable)
                    item.setCheckState(Qt.CheckState.Unchecked)
                else:
                    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                                  | Qt.ItemFlag.ItemIsUserCheckable)
                    item.setCheckState(Qt.CheckState.Checked if card_id in ticked
                                       else Qt.CheckState.Unchecked)
                self.like.addItem(item)
        if self.themes.count() and answer.matched:
            self.themes.setCurrentRow(0)
        elif self.themes.count():  # nothing put forward: Enter puts it nowhere till one is chosen
            self.themes.setCurrentRow(-1)
        else:
            self.themes.addItem(QListWidgetItem("No themes of this kind yet: start one with "
                                                "\"New theme\" (N)."))
        self._enable()

    def _show_card(self, card: Card | None) -> None:
        # a panel beside the wall, which may be projected: found details stay placeholders
        words = words_on_screen(card, False) if card else ""
        self.card_label.setText(f"{card.kind.symbol} “{words}”" if card else "")
        # read as the wall's focus says a card: its kind in words, not the ✗ ("ballot x")
        self.card_label.setAccessibleName(
            f"The card being placed, {card.kind.label} card: “{words}”" if card else "")

    def clear(self) -> None:
        self.answer = None
        self.themes.clear()
        self.like.clear()
        self.card_label.setText(CHOOSE)
        self.card_label.setAccessibleName("")  # its words say what to do
        self._enable()

    def ticked_like(self) -> list[str]:
        return [self.like.item(r).data(ID_ROLE) for r in range(self.like.count())
                if self.like.item(r).checkState() == Qt.CheckState.Checked]

    def put_in_current(self) -> bool:
        item = self.themes.currentItem()
        if self.answer is None or item is None or item.data(ID_ROLE) is None:
            return False
        if not self.answer.matched and not item.isSelected():
            return False  # the list's own current row on focus, not a theme anyone chose
        self.put_requested.emit(self.answer.card_id, item.data(ID_ROLE))
        return True

    def select_like(self) -> bool:
        if self.answer is None:
            return False
        self.select_requested.emit([self.answer.card_id, *self.ticked_like()])
        return True

    def _emit_highlight(self) -> None:
        self.highlight_requested.emit(self.ticked_like())

    def _enable(self) -> None:
        has_theme = any(self.themes.item(r).data(ID_ROLE) for r in range(self.themes.count()))
        if self.answer is not None and not self.answer.matched:
            has_theme = bool(self.themes.selectedItems())
        self.put_button.setEnabled(self.answer is not None and has_theme)
        self.select_button.setEnabled(self.answer is not None)
