"""Fonts for writing the laptop may lack, lent to Qt from the ones the PDFs embed.

A council laptop running Windows draws Urdu, Bengali or Punjabi with its own fonts, but a Linux
machine with only DejaVu Sans shows Urdu's ہ and ے, and every Bengali letter, as empty boxes on
the wall and the projector. The PDFs already carry fonts for this writing (Noto Sans Arabic,
Devanagari, Tamil from their packages; Bengali, Gurmukhi, Gujarati in ``wtfc/assets/fonts``), so
the screen borrows them: Qt falls back to an application font for letters its chosen font lacks.

They are lent only once a workshop holds such writing (reading ~1 MB of fonts costs each start
otherwise), and before any view draws it: ``ScreenFonts`` listens to the document ahead of the
pages, so a card typed in Urdu is drawn with its letters the first time.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Iterable, Iterator
from itertools import chain
from operator import attrgetter
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject

from wtfc.model.document import COLLECTIONS, Document
from wtfc.model.workshop import Workshop

# Arabic script (Urdu, Arabic, Persian) and the Indic scripts the PDFs embed fonts for. A
# pattern, compiled (by re, kept in its cache) for a workshop with letters beyond Western
# European only: so wide a class cost every start ~4 M instructions to compile
NEEDS_FONTS = ("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff"
               "\u0900-\u0aff\u0b80-\u0bff]")
_PACKAGES = ("fontpkg_noto_sans_arabic", "fontpkg_noto_sans_devanagari",
             "fontpkg_noto_sans_tamil")
_ASSETS = Path(__file__).resolve().parents[1] / "assets" / "fonts"


def font_files() -> list[Path]:
    """The fonts the PDFs embed for writing beyond Latin: their packages', then ours."""
    files: list[Path] = []
    for name in _PACKAGES:
        try:
            root = Path(importlib.import_module(name).ROOT)
        except (ImportError, AttributeError):
            continue  # an install without it: the PDFs say what they cannot show
        files += sorted(root.rglob("*.ttf"))
    return files + sorted(_ASSETS.glob("*.ttf"))


def needs_fonts(texts: Iterable[str]) -> bool:
    joined = "\n".join(texts)
    try:  # Windows-1252's letters and marks (“ ” – — … €) hold none of them: a quick first look
        joined.encode("cp1252")
        return False
    except UnicodeEncodeError:
        return re.search(NEEDS_FONTS, joined) is not None  # one pass: ~15 ms at 10,000 cards


def lend_fonts() -> list[str]:
    """Lend the fonts to Qt (once per process; a second call lends nothing new)."""
    # imported here: its 40 enum members are built on import, and most workshops need no fonts
    from PySide6.QtGui import QFontDatabase

    if not _LENT:
        for path in font_files():
            for family in QFontDatabase.applicationFontFamilies(
                    QFontDatabase.addApplicationFont(str(path))):
                if family not in _LENT:  # Bold: the same family again
                    _LENT.append(family)
    return list(_LENT)


_LENT: list[str] = []


def lent_count() -> int:
    """How many font families are lent so far: a text measured before may be drawn otherwise."""
    return len(_LENT)


# The words each kind of part holds that a view may draw (not ids or codes).
_TEXT_FIELDS = {"people": ("age_band", "service_type", "locality"),
                "cards": ("text", "source", "tags"),
                "themes": ("name", "comments", "team"),
                "causes": ("text", "team"),
                "success": ("text",),
                "actions": ("what", "owner", "first_step", "how_we_know", "resources",
                            "progress_note")}


def workshop_texts(ws: Workshop) -> Iterator[str]:
    """Every word of the workshop a view may draw: its details and every part's words."""
    yield from (ws.title, ws.venue, ws.facilitator, ws.purpose, ws.scope, ws.agreements)
    for collection in COLLECTIONS:
        yield from part_texts(collection, getattr(ws, collection))


def part_texts(collection: str, parts: Iterable[Any]) -> Iterator[str]:
    """The words of these parts of one collection (a theme's reason for being a priority too),
    a field at a time: 10,000 cards take a few milliseconds."""
    parts = list(parts)
    for field in _TEXT_FIELDS[collection]:
        values = map(attrgetter(field), parts)
        yield from (chain.from_iterable(values) if field in ("tags", "comments") else values)
    if collection == "themes":
        yield from (theme.priority.reason for theme in parts)


class ScreenFonts(QObject):
    """Lends the fonts to Qt the first time the workshop holds writing that needs them."""

    def __init__(self, doc: Document, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.lent: list[str] = []  # the font families lent, once they are
        doc.events.reset.connect(self._on_reset)
        doc.events.parts_changed.connect(self._on_parts_changed)
        doc.events.details_changed.connect(self._on_details_changed)
        self._on_reset()

    def _on_reset(self) -> None:
        self._look(workshop_texts(self.doc.workshop))

    def _on_parts_changed(self, kind: str, ids: frozenset) -> None:
        if not self.lent:
            self._look(part_texts(kind, (part for part_id in ids
                                         if (part := self.doc.get(kind, part_id)) is not None)))

    def _on_details_changed(self, field: str) -> None:
        value = getattr(self.doc.workshop, field, None)
        if not self.lent and isinstance(value, str):
            self._look([value])

    def _look(self, texts: Iterable[str]) -> None:
        if not self.lent and needs_fonts(texts):
            self.lent = lend_fonts()
