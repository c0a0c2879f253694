"""The wall's keyboard focus: which card an arrow key goes to, and what a screen reader hears.

The wall is one widget to assistive technology (its cards are painted, not widgets), so as the
focus moves from card to card the view says the card: its kind in words (a screen reader read
the ✗ as "ballot x"), its words as the wall shows them (a held-back card's found details as
"[name]"… unless this screen shows them) and where it is: "Not working card: Different carers
every week. In theme 2, “I feel like a package”. Chosen, 3 cards chosen." Whether it is chosen
is said with it, and on Space: the ring shows it to the eye, and M, N and C act on the chosen.
A plain arrow chooses the card it lands on alone, so "Chosen." alone would be said on every
arrow: it is left out, as NVDA leaves "selected" out for list items (it keeps "not selected").
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QGraphicsView

from wtfc.model.document import Document
from wtfc.model.workshop import Theme
from wtfc.ui.held_back_words import details_on_screen
from wtfc.ui.wall.card_item import CardItem
from wtfc.ui.wall.layout import KIND_ORDER, theme_numbers

if TYPE_CHECKING:
    from wtfc.ui.wall.scene import WallScene


def card_spoken(item: CardItem, doc: Document, numbers: dict[str, int]) -> str:
    """``item`` (one card in one theme) in words; ``numbers``: the wall's theme numbers."""
    card = item.card
    said = f"{card.kind.label} card: {item.words().rstrip('.')}."
    if card.held_back:
        said += (f" Held back: it may hold personal details "
                 f"({details_on_screen(card, item.held_back_shown)}).")
    theme = doc.get("themes", item.theme_id) if item.theme_id is not None else None
    if theme is None:
        said += " Not yet in a theme."
    else:
        number = numbers.get(theme.id)
        said += f" In theme {f'{number}, ' if number else ''}“{theme.name}”."
    if item.themes_count > 1:
        said += f" It is in {item.themes_count} themes."
    return said + (f" From {card.person}." if card.person else "")


def choice_spoken(item: CardItem, chosen: int, *, asked: bool = False) -> str:
    """"Chosen." or "Not chosen.", with how many are when others are too (``chosen``); ""
    for the only card chosen unless ``asked`` (Space): what every plain arrow leaves."""
    state = "Chosen" if item.isSelected() else "Not chosen"
    if chosen == int(item.isSelected()):
        return f"{state}." if asked or not item.isSelected() else ""
    return f"{state}, {chosen} card{'s' if chosen != 1 else ''} chosen."


def kinds_said(kinds: tuple) -> str:
    """What F5…F8 left on the wall, "" for every kind: "Showing not working cards only…"."""
    if set(KIND_ORDER) <= set(kinds):
        return ""
    return f"Showing {' and '.join(k.label.lower() for k in kinds)} cards only: F5 shows all."


def moved_said(count: int, theme: Theme, number: int | None, *, copy: bool = False,
               created: bool = False) -> str:
    """A move by keyboard as done, the theme's whole name (the step's label cuts it mid-word):
    "Moved 3 cards to theme 1, “I have family, friends and neighbours who look out for me”."."""
    cards = f"{count} card{'s' if count != 1 else ''}"
    where = f"theme {number}, “{theme.name}”" if number else f"theme “{theme.name}”"
    if created:
        return f"Created {where} from {cards}."
    return f"{'Copied' if copy else 'Moved'} {cards} to {where}."


def dropped_said(count: int) -> str:
    """A plain arrow (or Find) choosing one card where several were: the others went unseen."""
    return f"{count} card{'s' if count != 1 else ''} no longer chosen." if count else ""


def nearest(current: CardItem, cards: list[CardItem], key: Qt.Key) -> CardItem | None:
    """The card an arrow ``key`` goes to from ``current``: the nearest that way, straight
    ahead before diagonal; None at the wall's edge."""
    here = current.sceneBoundingRect().center()
    best, best_score = None, float("inf")
    for card in cards:
        if card is current:
            continue
        delta = card.sceneBoundingRect().center() - here
        along, across = {
            Qt.Key.Key_Right: (delta.x(), delta.y()), Qt.Key.Key_Left: (-delta.x(), delta.y()),
            Qt.Key.Key_Down: (delta.y(), delta.x()), Qt.Key.Key_Up: (-delta.y(), delta.x()),
        }[key]
        if along <= 1:
            continue
        score = along + 3 * abs(across)  # prefer straight ahead over diagonal
        if score < best_score:
            best, best_score = card, score
    return best


class SpokenFocus(QObject):
    """Keeps ``view``'s accessible description on the card its wall's keys are on: said as
    the focus reaches a card, and said again as the wall shows it now when its words, its
    theme or the held-back switch change (``refresh``: the description kept the real details
    after they were hidden again). While no card has the keyboard it is ``idle`` (``set_idle``):
    the Theme page's what-to-do line, a label Tab never reaches, then the view's tooltip."""

    def __init__(self, view: QGraphicsView) -> None:
        super().__init__(view)
        self._view = view
        self._wall = cast("WallScene", view.scene())  # Qt types it as any scene
        self.idle = ""  # "": the view's tooltip, as Qt gives it with no description
        self.dropped = 0  # chosen cards a plain arrow is dropping, said with the card it reaches
        self._held: str | None = None  # in ``hold``: the card reached, said after the step
        self._step = ""  # in ``hold``: the step, said first
        self._refresh = QTimer(self)  # one per turn: a move re-chooses each card, one by one
        self._refresh.setSingleShot(True)
        self._refresh.setInterval(0)
        self._refresh.timeout.connect(self.refresh)
        self._words, self._kinds = "", self._wall.kinds  # ``set_idle``'s, the kinds it said
        self._wall.laid_out.connect(self._on_laid_out)  # F5…F8, or an undo showing all again
        self._wall.focusItemChanged.connect(self._on_focus_moved)
        self._wall.selectionChanged.connect(self._on_selection_changed)  # Shift+arrows, a click
        edited, refresh = self._wall.doc.events.edited, self.refresh
        edited.connect(refresh)

        # a plain function, not a slot of this object, which the view takes with it: Qt could
        # not find such a slot by the time "destroyed" came ("Slot 'SpokenFocus::' not found")
        def detach(*_args) -> None:
            with contextlib.suppress(RuntimeError, ValueError):
                edited.disconnect(refresh)

        view.destroyed.connect(detach)

    def _said(self, item: CardItem) -> str:
        words = card_spoken(item, self._wall.doc, theme_numbers(self._wall.doc, self._wall.kinds))
        return " ".join(filter(None, (words, self._choice(item), dropped_said(self.dropped))))

    def _choice(self, item: CardItem, *, asked: bool = False) -> str:
        chosen = sum(isinstance(i, CardItem) for i in self._wall.selectedItems())
        return choice_spoken(item, chosen, asked=asked)

    def _on_selection_changed(self) -> None:
        import shiboken6

        if shiboken6.isValid(self._wall):  # not as the scene empties on its way out
            self._refresh.start()  # counting the chosen per card chosen: 6.8 s at 2,666

    def _on_laid_out(self) -> None:
        import shiboken6

        if shiboken6.isValid(self._wall) and self._wall.kinds != self._kinds:
            self.set_idle(self._words)

    def say_kinds(self) -> None:
        """F5…F8 changed the whole wall: said."""
        from wtfc.ui.boards.common import announce

        announce(self._view, kinds_said(self._wall.kinds) or "Showing all cards.")

    def say_choice(self) -> None:
        """Space chose or unchose the focused card: said, with how many are chosen now."""
        item = self._wall.focusItem()
        if isinstance(item, CardItem):
            from wtfc.ui.boards.common import announce

            self.refresh()
            announce(self._view, self._choice(item, asked=True))

    @contextlib.contextmanager
    def hold(self) -> Iterator[None]:
        """Around a move by keyboard (M, N, Alt+number): the step (``say_moved``) and then the
        card the keys land on, said once. Said apart, the card came first (the move sets the
        focus) and a screen reader queued the step after all its words."""
        self._held, self._step = "", ""
        try:
            yield
        finally:
            held, step, self._held, self._step = self._held, self._step, None, ""
            item = self._wall.focusItem()
            if step and isinstance(item, CardItem):
                held = self._said(item)  # where it is now, if the focus stayed on it
                self._view.setAccessibleDescription(held)
            if step or held:
                from wtfc.ui.boards.common import announce

                announce(self._view, " ".join(filter(None, (step, held))))

    def say_moved(self, count: int, theme_id: str, *, copy: bool = False,
                  created: bool = False) -> None:
        """After a move by keyboard, the step as done ("Moved 3 cards to theme 1, “…”."): said
        with the card the keys land on in ``hold``, else now."""
        theme = self._wall.doc.get("themes", theme_id)
        if theme is None:
            return
        number = theme_numbers(self._wall.doc, self._wall.kinds).get(theme_id)
        self._step = moved_said(count, theme, number, copy=copy, created=created)
        if self._held is None:
            from wtfc.ui.boards.common import announce

            announce(self._view, self._step)
            self._step = ""

    def _on_focus_moved(self, item, _old=None, _reason=None) -> None:
        if not isinstance(item, CardItem):
            if self._wall.focusItem() is None:  # gone (deleted, filtered out): the wall again
                self._view.setAccessibleDescription(self.idle)
            return
        from wtfc.ui.boards.common import announce

        said = self._said(item)
        self._view.setAccessibleDescription(said)
        if self._held is not None:  # a move by keyboard: said after its step
            self._held = said
            return
        announce(self._view, said)

    def set_idle(self, words: str) -> None:
        """``words`` (what to do next) said with the wall while no card has its keys; kept quiet:
        each edit already says its card, and a line re-read per edit buried it."""
        self._words, self._kinds = words, self._wall.kinds
        self.idle = " ".join(part for part in (words, kinds_said(self._kinds),
                                               self._view.toolTip()) if part)
        if not isinstance(self._wall.focusItem(), CardItem):
            self._view.setAccessibleDescription(self.idle)

    def refresh(self) -> None:
        item = self._wall.focusItem()
        if isinstance(item, CardItem) and self._view.accessibleDescription():
            self._view.setAccessibleDescription(self._said(item))
