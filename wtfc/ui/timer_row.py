"""The running timer's line in the stage list, when its stage is not the one on screen.

The facilitator starts Theme's timer and goes to Collect to look something up: Theme's row then
reads "3  Theme" over "   ◷ 12 min left" (later "   ◷ 4 min over"), as Collect's row shows
"⚠ 2 held back", so the time stays in sight from every stage.

Collect's held-back line (``HeldBackStage``) rewrites its row's text and spoken name when its
count changes; this line is added after the row's own lines, and put back on the next tick and
after every edit, so the two never need to know of each other.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QListWidgetItem

from wtfc.model.workshop import Stage
from wtfc.ui.stage_clock import StageClock
from wtfc.ui.timer_words import short_time

ROLE = Qt.ItemDataRole
# how the line starts, under the stage's name: a clock face that DejaVu Sans, the app's font,
# has (it lacks ⏱, drawn as an empty box)
MARK = "   ◷ "
SPOKEN = ", timer running: "


class TimerRow:
    """Keeps the rows of ``navigator`` (one per stage, in order) in step with ``clock``."""

    def __init__(self, navigator: QListWidget, clock: StageClock) -> None:
        self.navigator, self.clock = navigator, clock
        self.shown: Stage | None = None  # the stage on screen: its row needs no line

    def update(self) -> None:
        running = self.clock.running
        for row, stage in enumerate(Stage):
            item = self.navigator.item(row)
            if item is None:
                continue
            line = None
            if stage == running and stage != self.shown:
                line = short_time(self.clock.left_ms(stage), self.clock.elapsed_ms(stage))
            _set_line(item, line)


def _set_line(item: QListWidgetItem, line: str | None) -> None:
    own = [text for text in item.text().split("\n") if not text.startswith(MARK)]
    text = "\n".join([*own, f"{MARK}{line}"] if line else own)
    if item.text() != text:
        item.setText(text)
    spoken = item.data(ROLE.AccessibleTextRole) or ""
    spoken = spoken.split(SPOKEN, 1)[0]
    if line:
        spoken = f"{spoken or own[0]}{SPOKEN}{line}"
    if (item.data(ROLE.AccessibleTextRole) or "") != spoken:
        item.setData(ROLE.AccessibleTextRole, spoken or None)
