"""Read-out mode on the Theme page: switching it on and off, and the wall following the colour
being read out.

The method reads the cards out one colour at a time (seeds/003). With the wall on All kinds,
Alt+1…9 counted the themes of every kind, so the second and third colours ran out of keys (a
future card was offered "Alt+8", "Alt+9", then none). While reading out, the wall therefore
shows the read-out card's kind only: its headers, the outline, the room view and the read-out
list all number that kind's themes 1, 2, 3…, the same numbers. The kinds chosen on the filter
still say which cards are read out (``ReadOutPanel.kinds``), and the wall shows them again when
read-out mode ends.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSignalBlocker

from wtfc.model.workshop import Kind

if TYPE_CHECKING:
    from wtfc.ui.wall.panel import WallPanel
    from wtfc.ui.wall.readout import ReadOutPanel


class ReadOutMode:
    """``ReadOutMode(panel)``: the panel's read-out page, built when first wanted (``build``)."""

    def __init__(self, panel: WallPanel) -> None:
        self.panel = panel

    def build(self) -> ReadOutPanel:
        from wtfc.ui.wall.readout import ReadOutPanel

        panel = self.panel
        readout = ReadOutPanel(panel.doc, panel.gestures)
        readout.set_kinds(panel.kinds)
        readout.card_changed.connect(self._on_card_changed)
        readout.leave_requested.connect(lambda: self.toggle(False))
        panel.pages.addWidget(readout)
        return readout

    def toggle(self, on: bool | None = None) -> None:
        """Switch read-out mode on or off (None: the other way round)."""
        panel = self.panel
        if on is None:
            on = not panel.readout_active()
        readout = panel.readout
        panel.pages.setCurrentWidget(readout if on else panel.splitter)
        with QSignalBlocker(panel.wall_actions.readout):
            panel.wall_actions.readout.setChecked(bool(on))
        if on:
            if readout.current_card() is None:
                readout.next_unsorted()
            self.follow_card()
            readout.theme_box.setFocus()
        elif panel.kinds != readout.kinds:  # the kinds chosen, shown again on the wall
            panel.show_kinds(readout.kinds)
        panel.wall_actions.follow_current_theme()
        panel.room_state_changed.emit()

    def wall_kinds(self) -> tuple[Kind, ...]:
        """What the wall shows while reading out: the read-out card's kind (the kinds chosen
        when no card is read out)."""
        readout = self.panel.readout
        card = readout.current_card()
        return (card.kind,) if card is not None and card.kind in readout.kinds else readout.kinds

    def follow_card(self) -> None:
        """The wall on the read-out card's kind, when it shows another."""
        panel = self.panel
        if panel.readout_active() and panel.kinds != (kinds := self.wall_kinds()):
            panel.show_kinds(kinds)

    def _on_card_changed(self, _card_id: str) -> None:
        self.follow_card()
        self.panel.room_state_changed.emit()
        self.panel.wall_actions.follow_selection()

    def open_card(self, card_id: str) -> None:
        """Enter on a card: read-out mode with that card (a held-back one is never shown)."""
        from PySide6.QtWidgets import QMessageBox

        panel = self.panel
        card = panel.doc.get("cards", card_id)
        if card is not None and card.held_back:  # read-out never shows it: say why, open none
            QMessageBox.information(
                panel, "Held back", "This card may hold personal details, so read-out mode "
                "does not show it. Redact it or mark it as fine first (right-click the card).")
            return
        panel.readout.show_card(card_id)
        self.toggle(True)
