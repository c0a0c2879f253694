"""Collect's "Person's tags" filter: only the cards of people one of whose tags (voice, age
band, service type, locality) contains the words typed, waiting for a pause in the typing as
the words box does, with how many cards and people it leaves said in words.

It shows only while in use (People…'s "Show cards with this tag" opens it): on a 1366x768
laptop at 150% a row of its own kept always would cost the cards table one of its few rows.
"Everyone's cards" puts it away.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QSortFilterProxyModel, QTimer, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QSizePolicy, QWidget

from wtfc.model.counting import count_phrase
from wtfc.model.document import Document
from wtfc.model.operations.people import people_tagged
from wtfc.ui.cards_filter_bar import TYPING_PAUSE_MS
from wtfc.ui.cards_table import CardsFilter, CardsModel
from wtfc.ui.document_follow import follow_document
from wtfc.ui.flow_layout import group


class PeopleTagsFilter(CardsFilter):
    """The cards table's filter, also keeping only the cards of ``people`` (None: everyone's)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._people: frozenset[str] | None = None

    def set_people(self, people: frozenset[str] | None) -> None:
        if people == self._people:
            return
        self.beginFilterChange()
        self._people = people
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, row: int, parent) -> bool:
        if self._people is not None and self.cards().card_at(row).person not in self._people:
            return False
        return super().filterAcceptsRow(row, parent)

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
        self._doc, self._proxy = doc, proxy
        self.box = QLineEdit()
        self.box.setAccessibleName("Person's tags")
        self.box.setToolTip(
            "Show only the cards of people whose voice, age band, service type "
            "or locality contains this (People… sets the tags)"
        )
        self.box.setPlaceholderText("e.g. North")
        self.box.setClearButtonEnabled(True)
        # room for a tag ("family carer"), no more: at 150% on a 1366x768 laptop the count and
        # "Everyone's cards" then fit beside it, not on a row of their own
        self.box.setFixedWidth(page.fontMetrics().horizontalAdvance("family carer") + 40)
        self.box.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        label = QLabel("Person's ta&gs:")
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
        self.box.textChanged.connect(lambda *_: self._pause.start())
        self.box.returnPressed.connect(self.apply)
        for signal in (
            proxy.rowsInserted,
            proxy.rowsRemoved,
            proxy.modelReset,
            proxy.layoutChanged,
        ):
            signal.connect(lambda *_: self._count())
        # a tag set (or undone) changes who the words find
        follow_document(
            self.box, doc, on_parts=self._on_parts_changed, on_reset=lambda: self.show_tag("")
        )  # another workshop, other people

    @property
    def waiting(self) -> bool:
        """Words typed and not yet applied."""
        return self._pause.isActive()

    def show_tag(self, words: str) -> None:
        """Filter by ``words`` at once (People…'s "Show cards with this tag"); "" puts the
        filter away, the keyboard going back to the cards."""
        self.box.setText(words)
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
        self._proxy.set_people(people_tagged(self._doc, words) if words else None)
        self._count()

    def _on_parts_changed(self, collection: str, _ids: frozenset) -> None:
        if collection == "people" and self.box.text().strip():
            self.apply()

    def _count(self) -> None:
        words = " ".join(self.box.text().split())
        if not words or self._pause.isActive():
            self.count.hide()
            return
        proxy, cards = self._proxy, self._proxy.cards()
        shown = [
            cards.card_at(proxy.mapToSource(proxy.index(row, 0)).row())
            for row in range(proxy.rowCount())
        ]
        people = {card.person for card in shown}
        self.count.setText(
            f"{count_phrase(len(shown), 'card')} from "
            f"{count_phrase(len(people), 'person', 'people')}"
        )
        self.count.show()
