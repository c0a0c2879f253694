"""The Collect page's filter row (the words box and the kind) and its "only cards held back"
and "show held-back details" tick boxes, wired to the table's filter. Typed words wait for a
pause in the typing."""

from __future__ import annotations

from PySide6.QtCore import QObject, QSignalBlocker, QTimer, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit, QWidget

from wtfc.model.workshop import Kind
from wtfc.ui.cards_table import CardsFilter, CardsModel
from wtfc.ui.flow_layout import FlowLayout, group
from wtfc.ui.held_back_words import SHOW_LABEL, SHOW_TIP, HeldBackWords
from wtfc.ui.style import kind_text

TYPING_PAUSE_MS = 150  # under the gap between two keys of a word; over a 10,000-card filter pass
ROW_SPACING = 12  # px between the filter row's parts (the Person's tags filter measures by it)


def _named(widget, name: str, tip: str):
    widget.setAccessibleName(name)
    widget.setToolTip(tip)
    return widget


class CardsFilterBar(QObject):
    """The filter widgets and their ``row`` (a flow that wraps on a narrow page). The tick
    boxes are left for the page to place: beside Redact and Mark as fine, where at 150% on a
    1366x768 laptop they fit on a row the buttons share, not one of their own.

    The words are applied ``TYPING_PAUSE_MS`` after the last key, or at once on Enter: each key
    refiltered every row, 0.3–0.8 s a key at 10,000 cards, so "carer " blocked for 2 s.
    ``asked`` is emitted once Enter or Esc has applied the words: the count is said at once."""

    asked = Signal()

    def __init__(
        self, page: QWidget, model: CardsModel, proxy: CardsFilter, held_back: HeldBackWords
    ) -> None:
        super().__init__(page)
        self._model, self._proxy, self._held_back = model, proxy, held_back
        self.filter_box = _named(
            QLineEdit(),
            "Filter cards",
            "Show only cards whose words, person, tags or source contain this",
        )
        self.filter_box.setPlaceholderText("Filter by words, person, tag or source")
        self.filter_box.setClearButtonEnabled(True)
        self.filter_box.setMinimumWidth(  # its hint whole, never "Fil…" (in the page's font)
            page.fontMetrics().horizontalAdvance(self.filter_box.placeholderText()) + 40
        )
        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(TYPING_PAUSE_MS)
        self._pause.timeout.connect(self.apply_words)
        self.filter_box.textChanged.connect(lambda *_: self._pause.start())
        self.filter_box.returnPressed.connect(self._on_enter)
        self.kind_filter = _named(QComboBox(), "Show kind", "Show cards of one kind only")
        self.kind_filter.addItem("All kinds", None)
        for kind in (Kind.WORKING, Kind.NOT_WORKING, Kind.FUTURE):
            self.kind_filter.addItem(kind_text(kind), kind.value)
        self.kind_filter.currentIndexChanged.connect(
            lambda _: proxy.set_kind(_kind_or_none(self.kind_filter.currentData()))
        )
        self.held_back_only = _named(
            QCheckBox("Only cards held bac&k"),
            "Only cards held back",
            "Show only cards with possible personal details to decide on",
        )
        self.held_back_only.toggled.connect(proxy.set_held_back_only)
        self.show_held_back = _named(
            QCheckBox("Sho&w held-back details"), SHOW_LABEL, f"{SHOW_TIP}. Tick to see them here."
        )
        self.show_held_back.toggled.connect(held_back.set_shown)
        held_back.changed.connect(self._on_held_back_shown)
        self._on_held_back_shown(held_back.shown)
        self.row = FlowLayout(spacing=ROW_SPACING)  # wraps as the buttons do; the box: the rest
        label = QLabel("Fi&lter:")
        label.setBuddy(self.filter_box)
        for widget in (group(label, self.filter_box), self.kind_filter):
            self.row.addWidget(widget)

    @property
    def waiting(self) -> bool:
        """Words typed and not yet applied (the pause after typing has not run out)."""
        return self._pause.isActive()

    def apply_words(self) -> None:
        """Filter by the words in the box now (Enter, or the pause after typing)."""
        self._pause.stop()
        self._proxy.set_words(self.filter_box.text())

    def _on_enter(self) -> None:
        self.apply_words()
        self.asked.emit()

    def clear_words(self) -> None:
        """Esc: every card back at once, without the pause after typing."""
        self.filter_box.clear()
        self.apply_words()
        self.asked.emit()

    def _on_held_back_shown(self, on: bool) -> None:
        with QSignalBlocker(self.show_held_back):
            self.show_held_back.setChecked(on)
        self._model.set_held_back_shown(on)


def _kind_or_none(value: str | None) -> Kind | None:
    return Kind(value) if value else None
