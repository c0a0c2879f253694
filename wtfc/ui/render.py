"""Draw a view to PNG without a screen: ``wtfc render FILE --view NAME -o OUT.png``.

Views register themselves with ``register_view``; each factory builds a read-only widget of
the named view for a document (the same widget the room view shows). ``_VIEW_MODULES`` says
which module registers each view, so menus can list views without importing the boards (and
networkx) at start-up; a module is imported when one of its views is first drawn.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QWidget

from wtfc.model.document import Document
from wtfc.ui.screen_fonts import lend_fonts, needs_fonts, workshop_texts

if TYPE_CHECKING:  # importing QImage builds its enums (~3 M instructions); only the CLI draws
    from PySide6.QtGui import QImage


@dataclass(frozen=True)
class ViewRequest:
    """What to draw: the view's name, its argument (``theme:NAME`` → NAME) and extras."""

    name: str
    argument: str = ""
    previous: Document | None = None  # for the review view
    size: tuple[float, float] | None = None  # the size it will be shown at, when known


class ViewUnavailable(LookupError):
    """A view that cannot be drawn yet. ``str()`` tells the command line what to add;
    ``for_room`` is what the projector shows instead (the room never sees command syntax)."""

    def __init__(self, message: str, for_room: str) -> None:
        super().__init__(message)
        self.for_room = for_room


ViewFactory = Callable[[Document, ViewRequest], QWidget]
_FACTORIES: dict[str, ViewFactory] = {}
_VIEW_MODULES = {
    "wall": "wtfc.ui.wall.views", "room": "wtfc.ui.wall.views",
    "readout": "wtfc.ui.wall.views", "theme": "wtfc.ui.wall.views",
    "priorities": "wtfc.ui.boards.views", "causes": "wtfc.ui.boards.views",
    "fishbone": "wtfc.ui.boards.views",
    "success": "wtfc.ui.boards.views", "plan": "wtfc.ui.boards.views",
    "review": "wtfc.ui.boards.views",
    "welcome": "wtfc.ui.boards.welcome_room",
}


def register_view(name: str, factory: ViewFactory) -> None:
    _FACTORIES[name] = factory


def view_factory(name: str) -> ViewFactory:
    """The factory registered as ``name`` (the room view builds views with it); KeyError if none."""
    if name not in _FACTORIES and name in _VIEW_MODULES:
        importlib.import_module(_VIEW_MODULES[name])
    return _FACTORIES[name]


def available_views() -> list[str]:
    return sorted(set(_VIEW_MODULES) | set(_FACTORIES))


def parse_view(text: str, previous: Document | None = None) -> ViewRequest:
    name, _, argument = text.partition(":")
    return ViewRequest(name.strip().lower(), argument.strip(), previous)


def render_view(doc: Document, request: ViewRequest, size: QSize) -> QImage:
    """Build the view's widget at ``size`` and paint it into an image.

    Raises ``LookupError`` with a plain-English message for an unknown view or argument.
    """
    try:
        factory = view_factory(request.name)
    except KeyError:
        raise LookupError(f"There is no view called '{request.name}'. "
                          f"Views: {', '.join(available_views())}.") from None
    if needs_fonts(workshop_texts(doc.workshop)):  # Urdu, Bengali…: drawn, not as boxes
        lend_fonts()
    # the size goes with the request: a big wall's layout is the costly part, done once for it
    widget = factory(doc, replace(request, size=(float(size.width()), float(size.height()))))
    try:
        widget.resize(size)
        widget.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
        widget.show()
        _settle(widget)
        return widget.grab().toImage()
    finally:
        widget.close()
        widget.deleteLater()


def _settle(widget: QWidget) -> None:
    """Let layouts and fit-to-view resizes run before the picture is taken."""
    from PySide6.QtWidgets import QApplication

    for _ in range(3):
        QApplication.processEvents()
    hook = getattr(widget, "prepare_for_render", None)
    if hook is not None:
        hook()
        QApplication.processEvents()
