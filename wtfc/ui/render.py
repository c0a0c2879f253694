"""Draw a view to PNG without a screen: ``wtfc render FILE --view NAME -o OUT.png``.

Views register themselves with ``register_view``; each factory builds a read-only widget of
the named view for a document (the same widget the room view shows). The modules that register
are listed in ``_VIEW_MODULES`` and imported on first use.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QWidget

from wtfc.model.document import Document


@dataclass(frozen=True)
class ViewRequest:
    """What to draw: the view's name, its argument (``theme:NAME`` → NAME) and extras."""

    name: str
    argument: str = ""
    previous: Document | None = None  # for the review view


ViewFactory = Callable[[Document, ViewRequest], QWidget]
_FACTORIES: dict[str, ViewFactory] = {}
_VIEW_MODULES = ("wtfc.ui.wall.views", "wtfc.ui.boards.views")


def register_view(name: str, factory: ViewFactory) -> None:
    _FACTORIES[name] = factory


def view_factory(name: str) -> ViewFactory:
    """The factory registered as ``name`` (the room view builds views with it); KeyError if none."""
    _load_view_modules()
    return _FACTORIES[name]


def available_views() -> list[str]:
    _load_view_modules()
    return sorted(_FACTORIES)


def parse_view(text: str, previous: Document | None = None) -> ViewRequest:
    name, _, argument = text.partition(":")
    return ViewRequest(name.strip().lower(), argument.strip(), previous)


def render_view(doc: Document, request: ViewRequest, size: QSize) -> QImage:
    """Build the view's widget at ``size`` and paint it into an image.

    Raises ``LookupError`` with a plain-English message for an unknown view or argument.
    """
    _load_view_modules()
    factory = _FACTORIES.get(request.name)
    if factory is None:
        raise LookupError(f"There is no view called '{request.name}'. "
                          f"Views: {', '.join(available_views())}.")
    widget = factory(doc, request)
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


def _load_view_modules() -> None:
    for module in _VIEW_MODULES:
        try:
            importlib.import_module(module)
        except ModuleNotFoundError as exc:
            if not module.startswith(exc.name or "?"):  # a real import error must surface
                raise
