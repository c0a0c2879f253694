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
from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtGui import QFontDatabase

from wtfc.model.document import Document

# Arabic script (Urdu, Arabic, Persian) and the Indic scripts the PDFs embed fonts for.
NEEDS_FONTS = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff"
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
    return NEEDS_FONTS.search("\n".join(texts)) is not None  # one pass: 10,000 cards ~1 ms


class ScreenFonts(QObject):
    """Lends the fonts to Qt the first time the workshop holds writing that needs them."""

    def __init__(self, doc: Document, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.lent: list[str] = []  # the font families lent, once they are
        doc.events.reset.connect(self._on_reset)
        doc.events.parts_changed.connect(self._on_parts_changed)
        self._on_reset()

    def _on_reset(self) -> None:
        ws = self.doc.workshop
        self._look(text for part in (ws.cards, ws.themes) for text in _texts(part))

    def _on_parts_changed(self, kind: str, ids: frozenset) -> None:
        if not self.lent and kind in ("cards", "themes"):
            self._look(text for part_id in ids
                       if (part := self.doc.get(kind, part_id)) is not None
                       for text in _texts([part]))

    def _look(self, texts: Iterable[str]) -> None:
        if not self.lent and needs_fonts(texts):
            for path in font_files():
                font_id = QFontDatabase.addApplicationFont(str(path))
                families = QFontDatabase.applicationFontFamilies(font_id)
                self.lent += [f for f in families if f not in self.lent]  # Bold: same family


def _texts(parts) -> Iterable[str]:
    for part in parts:
        yield getattr(part, "text", None) or getattr(part, "name", "")
