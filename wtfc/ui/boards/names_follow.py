"""Room views that follow the names to watch for: the Act and Review room views guard the words
they draw with them. Pasting a name is no edit (it is never saved nor undone), so it sends no
``edited``: a view already on the projector went on showing "Okafor drives it" until something
else drew it again. ``Document.events.names_changed`` tells them at once."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from wtfc.model.document import Document


def follow_names(widget: QWidget, doc: Document, slot: Callable[[], None]) -> None:
    """Call ``slot`` whenever the names to watch change, until ``widget`` goes."""
    doc.events.names_changed.connect(slot)
    # as follow_document: a view gone is not asked to draw by a document still open
    widget.destroyed.connect(lambda *_: doc.events.names_changed.disconnect(slot,
                                                                            missing_ok=True))
