"""What goes where in the suggestions panel, top to bottom: every line above the list of
suggestions is a suggestion fewer in sight on a 1366×768 laptop, so they are few and short."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout

from wtfc.ui.style import ui_font

if TYPE_CHECKING:
    from wtfc.ui.wall.suggestions import SuggestionsPanel

PANEL_POINT_SIZE = 12  # large, clear text: the facilitator reads it standing at the wall


def lay_out(panel: SuggestionsPanel) -> None:
    """The title and Close, one line of principle, the kind and Suggest themes, the progress,
    what the panel says, then the pages (suggested themes, this card) taking the rest."""
    title = QLabel("Suggestions")
    title.setFont(ui_font(PANEL_POINT_SIZE + 2, bold=True))
    header = QHBoxLayout()
    header.addWidget(title, 1)
    header.addWidget(panel.close_button)
    run = QHBoxLayout()
    run.addWidget(panel.kind_box, 1)
    run.addWidget(panel.suggest_button)
    note = QLabel("Nothing changes until you accept.")  # one line; the tooltip says the rest
    note.setToolTip("The tool proposes; the room decides. Nothing changes until you accept.")
    note.setWordWrap(True)
    layout = QVBoxLayout(panel)
    layout.setContentsMargins(8, 6, 8, 8)
    layout.addLayout(header)
    layout.addWidget(note)
    layout.addLayout(run)
    layout.addWidget(panel.progress)
    layout.addWidget(panel.message)
    layout.addWidget(panel.tabs, 1)
    # dragged narrower than its widest line needs, the panel would cut its words off
    panel.setMinimumWidth(max(320, layout.minimumSize().width()))
