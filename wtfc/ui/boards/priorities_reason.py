"""Choose priorities' reason box: the words of its label, its name for a screen reader, and
the row that puts the box beside its label or under it."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QBoxLayout, QLabel, QWidget

from wtfc.model.operations._names import quoted
from wtfc.model.unnamed_themes import shown_theme_name
from wtfc.model.workshop import Theme


def reason_label_text(theme: Theme | None) -> str:
    """What the reason box is about, with its mnemonic: the theme's name, and whether it is a
    priority yet, so a reason is never typed unknowingly for the row below a priority."""
    if theme is None:
        return "&Why it was chosen:"
    # a zero-width space alone (an older file's) is "Unnamed theme" too, as + and Space say it
    name = quoted(shown_theme_name(theme.name), 36).replace("&", "&&")
    if theme.priority.chosen:
        return f"&Why {name} was chosen:"
    return f"&Why {name} (not chosen yet — Space chooses it):"


def reason_box_name(label: str) -> str:
    """The box's name for a screen reader: its label without the mnemonic's "&" or the colon,
    the theme name's own "&" kept (it read "Tom  Jerry")."""
    return label.replace("&&", "\0").replace("&", "").replace("\0", "&")[:-1]


BOX_LEAST = 24  # average letters the reason box keeps beside its label, else it goes under


class ReasonRow(QWidget):
    """The reason box beside its label, or under it where the label would leave the box under
    ``BOX_LEAST`` letters: at 16 pt on a 1024x768 screen "Why 'I am not treated…' was
    chosen:" left the box 170 px, a reason read as "s and staff alike."."""

    def __init__(self, label: QLabel, box: QWidget) -> None:
        super().__init__()
        self.label, self.box = label, box
        self._row = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self._row.setContentsMargins(0, 0, 0, 0)
        self._row.addWidget(label)
        self._row.addWidget(box, 1)

    def stacked(self) -> bool:
        return self._row.direction() == QBoxLayout.Direction.TopToBottom

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:  # the label's words changed
            self._fit()
        return super().event(event)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        words = reason_box_name(self.label.text()) + ":"  # as shown: no mnemonic's "&"
        label = self.label.fontMetrics().horizontalAdvance(words) + 8
        box = BOX_LEAST * self.box.fontMetrics().averageCharWidth()
        narrow = self.width() < label + self._row.spacing() + box
        if narrow != self.stacked():
            self.label.setWordWrap(narrow)  # above the box, a long label wraps, never cut
            self._row.setDirection(QBoxLayout.Direction.TopToBottom if narrow
                                   else QBoxLayout.Direction.LeftToRight)
