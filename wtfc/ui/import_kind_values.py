"""The mapping step's "How the kinds are written" ("Kind values to map" was an analyst's
words): a box per value in the kind column that is not
yet working, not working or future ("amber", "Yn gweithio"), to say what it means."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from wtfc.importing.kind_values import KindValues
from wtfc.model.workshop import Kind
from wtfc.ui.import_screen_words import ScreenWords
from wtfc.ui.plain_tip import plain_tip
from wtfc.ui.style import kind_text
from wtfc.ui.wheel_needs_focus import wheel_needs_focus

SHOWN = 12  # more unknown kind values than this: the kind column is likely wrong
_ROWS_IN_VIEW = 3.5  # more scroll inside the box: the preview and Import keep their room


class KindValuesBox(QGroupBox):
    """``kind_chosen(value, kind)`` fires when the facilitator says what a value means (kind
    None: skip its rows)."""

    kind_chosen = Signal(str, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        # Alt+K goes to the first value to map, however many columns the grid has before it.
        super().__init__("How the &kinds are written", parent)
        self.setAccessibleName("How the kinds are written")
        self.setToolTip("Words in the kind column that wtfc does not know yet: say whether each "
                        "is working, not working or future (Alt+K)")
        values = QWidget()
        self.form = QFormLayout(values)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.values_scroll = QScrollArea()
        self.values_scroll.setWidget(values)
        self.values_scroll.setWidgetResizable(True)
        self.values_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.values_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.values_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to its boxes
        QVBoxLayout(self).addWidget(self.values_scroll)

    def fill(self, asked: list[str], known: KindValues, words: ScreenWords) -> None:
        """A box for each of the first values ``asked`` about, set to what ``known`` says."""
        while self.form.rowCount():
            self.form.removeRow(0)
        for value in asked[:SHOWN]:
            said = words.text(value)  # the kind column may hold names when it is the wrong one
            box = wheel_needs_focus(QComboBox())  # the wheel scrolls the values, the step
            box.setAccessibleName(f"Kind for the value {said}")
            box.setToolTip(plain_tip(f"What cards marked '{said}' are"))  # the cell as written
            box.setProperty("kind_value", value)
            box.addItem("Skip these rows", None)
            for kind in (Kind.WORKING, Kind.NOT_WORKING, Kind.FUTURE):
                box.addItem(kind_text(kind), kind.value)
            meaning = known.kind_of(value)
            box.setCurrentIndex(box.findData(meaning.value) if meaning else 0)
            box.activated.connect(lambda _, v=value, b=box: self.kind_chosen.emit(
                v, Kind(b.currentData()) if b.currentData() else None))
            # the cell as written: plain text, and "&" doubled, as the label's buddy reads
            # mnemonics ("<i>amber</i>" showed in italics, "R&D" took Alt+D)
            label = QLabel(f"“{said[:40]}” means:".replace("&", "&&"))
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setBuddy(box)
            self.form.addRow(label, box)
        hidden = len(asked) - SHOWN
        if hidden > 0:
            self.form.addRow(QLabel(
                f"… and {hidden} more values. So many unknown values usually means the kind "
                "column is the wrong one: check the choice above each column."))
        self.setVisible(bool(asked))
        self._fit()

    def boxes(self) -> list[QComboBox]:
        """The values' boxes, in order."""
        found = []
        for row in range(self.form.rowCount()):
            item = self.form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            widget = item.widget() if item else None
            if isinstance(widget, QComboBox):
                found.append(widget)
        return found

    def box(self, value: str) -> QComboBox | None:
        return next((b for b in self.boxes() if b.property("kind_value") == value), None)

    def _fit(self) -> None:
        """The box is as tall as its values, up to three and a half of them: more scroll, and
        the half row shows there are more."""
        form = self.form
        if not form.rowCount():
            return
        first = form.itemAt(0, QFormLayout.ItemRole.FieldRole)
        widget = first.widget() if first else None
        row = widget.sizeHint().height() if widget is not None else 30
        row += max(form.verticalSpacing(), 0)
        wanted = form.totalSizeHint().height()
        self.values_scroll.setFixedHeight(min(wanted, int(row * _ROWS_IN_VIEW)))
