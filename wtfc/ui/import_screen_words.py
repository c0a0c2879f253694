"""What the import's preview may show of a sheet's cells on a screen that may be projected.

Many meeting rooms mirror the laptop on the projector, and a sheet of review notes names the
people in it ("Mrs Patricia Jones", "Mrs Jones finds the stairs hard"). So, unless the
facilitator has chosen to show held-back details on this screen, the preview says a person's
name as "[name]" and what the personal-detail guard finds in any other cell as its kind, as the
dialog's title and the sheet picker already do. The names the guard watches for are the ones
pasted on the Collect page and the names in the person column of the rows on screen, as the
import itself checks the cards with every name in that column.
"""

from __future__ import annotations

from collections.abc import Iterable

from wtfc.importing.card_guard import guard_findings
from wtfc.importing.file_names import shown_name
from wtfc.importing.known_names import name_matcher
from wtfc.importing.markup_cells import without_markup
from wtfc.importing.person_names import person_name
from wtfc.importing.personal_details import redact
from wtfc.model.kind_values import is_kind_phrase
from wtfc.model.workshop import REDACTION_LABELS

NAME = REDACTION_LABELS["name"]


class ScreenWords:
    """Cells as this screen may show them. ``shown``: the held-back details show as written."""

    def __init__(self, names: tuple[str, ...] = (), *, shown: bool = False) -> None:
        self.watched = tuple(names)
        self.shown = shown
        self.hid_any = False  # whether anything on screen is shown as its kind
        self._matcher = name_matcher(self.watched)

    def read_names(self, cells: Iterable[str]) -> None:
        """Watch for the names in these person cells too: the ones on screen (reading every
        row of a 100,000-row sheet took a second on the window's thread, at every change)."""
        found = {name for cell in set(cells) if (name := person_name(cell))}
        names = self.watched + tuple(sorted(found))  # one order: the guard caches it
        if names != self._matcher.names:  # made once for the rows on screen, not per cell
            self._matcher = name_matcher(names)

    def sheet(self, name: str) -> str:
        """A workbook's sheet ("Mrs Patricia Jones" reads "[name]")."""
        return name if self.shown else shown_name(name, self.watched)

    def person(self, cell: str) -> str:
        """A person cell: a name is "[name]" whole; a code ("P07") shows as it is."""
        if self.shown or not cell:
            return cell
        if person_name(cell):
            self.hid_any = True
            return NAME
        return self.text(cell)

    def kind(self, cell: str) -> str:
        """A kind cell: one of wtfc's own kind phrases as written ("Beth sydd ddim yn
        gweithio": "Beth" is Welsh for "what", not a name); anything else as ``text``."""
        return cell if is_kind_phrase(cell) else self.text(cell)

    def text(self, text: str) -> str:
        """Any other words: what the guard finds shown as its kind ("[name] finds the stairs
        hard"), read as the import reads a card: with Grace Okonkwo pasted, "Grace helps every
        Tuesday" is held back, so it shows here as "[name] helps every Tuesday"."""
        if self.shown or not text.strip():
            return text
        # as the import reads it: "07700&nbsp;900123" is a phone number (a rich-text export)
        words = without_markup(text)
        findings = guard_findings(words, self._matcher)
        if not findings:
            return text
        self.hid_any = True
        return redact(words, findings)
