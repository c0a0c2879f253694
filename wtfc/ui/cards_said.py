"""What a screen reader is told on Collect, and the page's Tab order.

The keyboard lands in the cards table, so the count line above it ("96 cards from 16 people ·
✓ Working 32 · …") was a label no stop reached: it is the table's description, in words, kept
up to date (as the wall says its what-to-do line). A filter that leaves 10 of 96 cards, and a
Delete, changed the table without a word: each is said, a filter's count once the typing
pauses. Tab went from the table to the stage
panel and came back to the page's buttons: it now goes through the page first.
"""

from __future__ import annotations

from itertools import pairwise
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QWidget

from wtfc.export.content import count_phrase
from wtfc.model.workshop import Card, Kind
from wtfc.ui.announce import announce
from wtfc.ui.boards.summary_said import describe
from wtfc.ui.cards_summary import summary_said, summary_text

if TYPE_CHECKING:
    from wtfc.ui.cards_page import CardsPage

# After the last change of filter: the filter follows each pause of 150 ms, and a count said
# after each key ("77 of 95", "16 of 95", "6 of 95"…) talked over the echo of the typing.
SAY_AFTER_MS = 700


def shown_said(total: int, shown: int) -> str:
    """How many cards the filter leaves: "10 of 96 cards shown"."""
    cards = count_phrase(total, "card")
    return f"All {cards} shown." if shown >= total else f"{shown:,} of {cards} shown."


def deleted_said(label: str, count: int) -> str:
    """A Delete's step as done, kinds in words: "Deleted P01's Not working card: Undo brings
    it back." (the step names a card by its kind and person, never its words)."""
    for kind in Kind:
        label = label.replace(f"{kind.symbol} ", "")
    done = "Deleted " + label.removeprefix("Delete ")
    return f"{done}: Undo brings {'it' if count == 1 else 'them'} back."


def shown_cards(page: CardsPage) -> list[Card]:
    """The cards the filter leaves in ``page``'s table."""
    proxy = page.proxy
    return [page.model.card_at(proxy.mapToSource(proxy.index(row, 0)).row())
            for row in range(proxy.rowCount())]


class CardsSaid:
    """Keeps ``page``'s table described by the count line, and says filters and deletions."""

    def __init__(self, page: CardsPage) -> None:
        self.page = page
        self._said = ""  # the count last said: a filter that leaves it as it was says nothing
        self._pause = QTimer(page.table)
        self._pause.setSingleShot(True)
        self._pause.setInterval(SAY_AFTER_MS)
        self._pause.timeout.connect(lambda: self.say_shown(again=False))
        page.proxy.filtered.connect(self._pause.start)
        page.filters.asked.connect(self.say_shown)  # Enter or Esc: said at once, asked for

    def describe(self, held: int) -> None:
        """The count line and the table's description, with the people of the cards shown
        (the page sets the line from the count alone just before)."""
        page = self.page
        cards, count = page.doc.workshop.cards, page.proxy.rowCount()
        # Every card shown: their people are all the cards', so no row is mapped through the
        # filter (40-65 ms at 10,000 cards, at each edit: review A4).
        shown: int | list[Card] = count if count >= len(cards) else shown_cards(page)
        page.summary.setText(summary_text(cards, shown, held))
        describe(page.table, summary_said(cards, shown, held))

    def say_shown(self, *, again: bool = True) -> None:
        """How many cards the filter leaves; unless ``again``, only when not said last."""
        self._pause.stop()
        page = self.page
        said = shown_said(len(page.doc.workshop.cards), page.proxy.rowCount())
        if again or said != self._said:
            self._said = said
            announce(page.table, said)

    def say_deleted(self, count: int) -> None:
        page = self.page
        announce(page.table, deleted_said(page.undo.stack.undoText(), count))

    def tab_through_page(self) -> None:
        """From the table, Tab goes to the names box beside it (when open), the buttons and
        the filter row, and only then out to the stage panel. Called once the page is in its
        window: Qt orders the widgets of one window only."""
        page = self.page
        if page.window() is page:  # not in a window yet
            return
        chain: list[QWidget] = [
            page.table, page.names_box, page.check_button, page.import_button,
            page.paste_button, page.add_button, page.edit_button, page.delete_button,
            page.rename_button, page.people_button, page.redact_button, page.fine_button,
            page.names_fold.button, page.watch_names.offer.button, page.held_back_only,
            page.show_held_back, page.filter_box, page.kind_filter, page.person_tags.box,
            page.person_tags.everyone]
        for before, after in pairwise(chain):
            QWidget.setTabOrder(before, after)
