"""Collect's "Person's tags" filter: only the cards of people one of whose tags (role, age
band, service type, locality) contains the words typed, waiting for a pause in the typing as
the words box does, with how many cards and people it leaves said in words.

People's "Show this person's cards" uses it too, for one code exactly ("P1" is not P10):
the label then reads "Person's code (or tags)" and the count "6 cards from 1 person (P05)";
words typed in the box go back to finding tags.

It shows only while in use (People…'s "Show cards with this tag" opens it): on a 1366x768
laptop at 150% a row of its own kept always would cost the cards table one of its few rows.
"Everyone's cards" puts it away. Where its parts would take two rows (that laptop: the table
kept 5 whole rows) the box narrows to what the row leaves and the count drops its "whose
service type it is", whole still in their tooltips and to a screen reader: one row, 7 kept.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import cast

from PySide6.QtCore import QEvent, QObject, QSortFilterProxyModel, QTimer, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QSizePolicy, QWidget

from wtfc.model.counting import count_phrase
from wtfc.model.document import Document
from wtfc.model.operations.people import TAG_NAMES, people_tagged
from wtfc.ui.cards_filter_bar import ROW_SPACING, TYPING_PAUSE_MS
from wtfc.ui.cards_table import CardsFilter, CardsModel
from wtfc.ui.document_follow import follow_document
from wtfc.ui.flow_layout import group
from wtfc.ui.plain_tip import plain_tip

_BOX_TIP = (
    "Show only the cards of people whose role, age band, service type or locality contains "
    "this (the People button sets the tags)"
)
PERSON = "person"  # ``show_tag``'s tag for one person's code, not one of their tags
# one key, Alt+G, for the one box: every letter of "Person's code" is taken on Collect or by
# the menu bar, and typing in the box does go back to finding tags
_LABELS = ("Person's ta&gs:", "Person's code (or ta&gs):")


class PeopleTagsFilter(CardsFilter):
    """The cards table's filter, also keeping only the cards of ``people`` (None: everyone's)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._people: frozenset[str] | None = None

    def set_people(self, people: frozenset[str] | None) -> None:
        if people == self._people:
            return
        # rows removed and inserted, not a new layout (``invalidate``, ~20 ms quicker at
        # 10,000 cards): a chosen card filtered away is then unchosen as the page hears it
        self.beginFilterChange()
        self._people = people
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        self.filtered.emit()

    def filterAcceptsRow(self, row: int, parent) -> bool:
        # the source model read straight (no ``cards()`` check): 10,000 calls a filter change
        cards = cast(CardsModel, self.sourceModel())
        if self._people is not None and cards.card_at(row).person not in self._people:
            return False
        return super().filterAcceptsRow(row, parent)

    def people_shown(self, on_cards: Callable[[], set[str | None]]) -> int:
        """How many people the cards shown are from; ``on_cards``: every card's person."""
        if self._people is not None and not (self._words or self._kind or self._held_back_only):
            # only this filter: everyone it keeps who has a card (no walk through the rows)
            return len(self._people & on_cards())
        cards = self.cards()
        shown = {
            cards.card_at(self.mapToSource(self.index(row, 0)).row()).person
            for row in range(self.rowCount())
        }
        return len(shown - {None, ""})

    def cards(self) -> CardsModel:
        cards = self.sourceModel()
        assert isinstance(cards, CardsModel)  # the only model this filters
        return cards


class PersonTagsBox(QObject):
    """The box with its label, the count and "Everyone's cards": ``parts``, for the filter
    row to flow (each whole, wrapping between them on a narrow page). ``put_away``:
    the filter was cleared and hidden (the keyboard goes back to the cards)."""

    put_away = Signal()

    def __init__(self, page: QWidget, doc: Document, proxy: PeopleTagsFilter) -> None:
        super().__init__(page)
        self._page, self._doc, self._proxy = page, doc, proxy
        self._said = ("", "")  # the count in full, and without "whose … it is"
        self.box = QLineEdit()
        self.box.setAccessibleName("Person's tags")
        self.box.setToolTip(_BOX_TIP)
        self.box.setPlaceholderText("e.g. North")
        self.box.setClearButtonEnabled(True)
        # room for a tag ("family carer") and more as a longer one is shown ("home care
        # (personal budget)"), up to a limit: at 150% on a 1366x768 laptop the count and
        # "Everyone's cards" then fit beside it or wrap below, never cut; the tooltip has it whole
        self._widths = (
            page.fontMetrics().horizontalAdvance("family carer") + 40,
            page.fontMetrics().horizontalAdvance("home care (personal budget)") + 40,
        )
        self.box.setFixedWidth(self._widths[0])
        self.box.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self._tag: str | None = None  # the one tag "Show cards with this tag" asked for
        label = self._label = QLabel(_LABELS[0])
        label.setBuddy(self.box)
        self.count = QLabel()  # "5 cards from 2 people" while the box has words
        self.count.hide()
        self.everyone = QPushButton("E&veryone's cards")
        self.everyone.setToolTip("Show everyone's cards again: the Person's tags filter goes")
        self.everyone.setAccessibleName("Show everyone's cards")
        self.everyone.clicked.connect(lambda *_: self.show_tag(""))
        self.parts = (group(label, self.box), self.count, self.everyone)
        for part in self.parts:
            part.hide()
        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(TYPING_PAUSE_MS)
        self._pause.timeout.connect(self.apply)
        self.box.textChanged.connect(self._on_text)
        self.box.textEdited.connect(self._on_typed)
        self.box.returnPressed.connect(self.apply)
        # the cards shown change (a card added or deleted, the words box): counted once when
        # the changes are over, not at each of them (a filter change removes rows in as many
        # runs as there are gaps, ~2,000 at 10,000 cards, and each count walked every row)
        self._recount = QTimer(self)
        self._recount.setSingleShot(True)
        self._recount.setInterval(0)
        self._recount.timeout.connect(self._count)
        for signal in (
            proxy.rowsInserted,
            proxy.rowsRemoved,
            proxy.modelReset,
            proxy.layoutChanged,
        ):
            signal.connect(lambda *_: self._recount.start())
        # a tag set (or undone) changes who the words find
        follow_document(
            self.box, doc, on_parts=self._on_parts_changed, on_reset=lambda: self.show_tag("")
        )  # another workshop, other people
        page.installEventFilter(self)  # a wider or narrower page: one row, as it can

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._page and event.type() == QEvent.Type.Resize and self.shown:
            self._fit()
        return False

    @property
    def waiting(self) -> bool:
        """Words typed and not yet applied."""
        return self._pause.isActive()

    def show_tag(self, words: str, tag: str | None = None) -> None:
        """Filter by ``words`` at once; "" puts the filter away, the keyboard going back to the
        cards. With ``tag`` (People…'s "Show cards with this tag"), only the people whose
        ``tag`` is exactly ``words``; ``PERSON``: only the person whose code is ``words``.
        Words typed in the box find any tag containing them."""
        self._tag = tag if words else None
        self._relabel()
        self.box.setText(words)
        self.box.setCursorPosition(0)  # narrowed, the box shows the tag's start, not its end
        self.apply()
        if not words and self.shown:
            for part in self.parts:
                part.hide()
            self.put_away.emit()
        elif words:
            self.parts[0].show()
            self.everyone.show()

    @property
    def shown(self) -> bool:
        """The filter is on the page (it may have no words while they are being changed)."""
        return not self.parts[0].isHidden()

    def apply(self) -> None:
        self._pause.stop()
        words = " ".join(self.box.text().split())
        if words and self._tag == PERSON:
            found: frozenset[str] | None = frozenset({words})
        else:
            found = people_tagged(self._doc, words, tag=self._tag) if words else None
        self._proxy.set_people(found)
        self._count()

    def _on_text(self, _text: str) -> None:
        self._pause.start()
        tip = self._described()
        self.box.setToolTip(plain_tip(f"{tip}\n\n{_BOX_TIP}") if tip else _BOX_TIP)  # as typed
        self._fit()

    def _fit(self) -> None:
        """The box as wide as its words (within its limits) and the count in full if they fit
        on one row beside the label and "Everyone's cards"; if not, the short count and the
        box narrowed to what is left (never below a short tag)."""
        low, high = self._widths
        wanted = max(low, min(self.box.fontMetrics().horizontalAdvance(self.box.text()) + 40,
                              high))
        full, short = self._said if not self.count.isHidden() else ("", "")
        layout = self._page.layout()
        margins = layout.contentsMargins() if layout is not None else None
        room = self._page.width() - (margins.left() + margins.right() if margins else 0)
        beside = (self.parts[0].sizeHint().width() - self.box.minimumWidth()  # the label
                  + self.everyone.sizeHint().width() + 2 * ROW_SPACING)
        self.count.setText(full)
        self.count.setToolTip("")
        if full and wanted + self.count.sizeHint().width() + beside > room:
            self.count.setText(short)
            self.count.setToolTip(full if full != short else "")
            wanted = max(low, min(wanted, room - beside - self.count.sizeHint().width()))
        self.box.setFixedWidth(wanted)

    def _on_typed(self, text: str) -> None:
        self._tag = None  # words typed: any tag containing them, as the box says
        self._relabel()
        self._on_text(text)

    def _relabel(self) -> None:
        self._label.setText(_LABELS[self._tag == PERSON])
        self.box.setAccessibleName("Person" if self._tag == PERSON else "Person's tags")

    def _described(self) -> str:
        """What the box filters by, whole ("Service type: home care (personal budget)")."""
        words = " ".join(self.box.text().split())
        if not words:
            return ""
        if self._tag == PERSON:
            return f"Only the cards of {words}"
        if self._tag:
            return f"Only people whose {TAG_NAMES[self._tag]} is '{words}'"
        return f"People with a tag containing '{words}'"

    def _on_parts_changed(self, collection: str, _ids: frozenset) -> None:
        if collection == "people" and self.box.text().strip():
            code = " ".join(self.box.text().split())
            if self._tag == PERSON and self._doc.get("people", code) is None:
                self.show_tag("")  # removed (withdrew) or renamed: every card, no code left
                return
            self.apply()

    def _count(self) -> None:
        self._recount.stop()
        words = " ".join(self.box.text().split())
        if not words or self._pause.isActive():
            self.count.hide()
            return
        shown = self._proxy.people_shown(lambda: {c.person for c in self._doc.workshop.cards})
        people = count_phrase(shown, "person", "people")
        if self._tag == PERSON:
            whose = f" ({words})"
        else:  # the box has it
            whose = f" whose {TAG_NAMES[self._tag]} it is" if self._tag else ""
        short = f"{count_phrase(self._proxy.rowCount(), 'card')} from {people}"
        self._said = (short + whose, short)
        self.count.setAccessibleName(short + whose)  # whole, whatever the row has room for
        self.count.show()
        self._fit()
