"""Widgets that follow the document: connected to its events, disconnected when they go.

Its own light module (the boards' common module costs ~25 ms to import): the stage list uses
it while the window first opens.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from wtfc.model.document import Document


def follow_document(widget: QWidget, doc: Document, *, on_parts: Callable | None = None,
                    on_reset: Callable | None = None, on_edited: Callable | None = None,
                    on_details: Callable | None = None) -> None:
    """Connect a widget to the document's events and disconnect when the widget goes."""
    pairs = [(doc.events.parts_changed, on_parts), (doc.events.reset, on_reset),
             (doc.events.edited, on_edited), (doc.events.details_changed, on_details)]
    wanted = [(signal, slot) for signal, slot in pairs if slot is not None]
    for signal, slot in wanted:
        signal.connect(slot)

    def disconnect(*_: object) -> None:
        for signal, slot in wanted:
            signal.disconnect(slot, missing_ok=True)

    widget.destroyed.connect(disconnect)
