"""A line under a form that says, while words are typed, that they may hold a personal detail.

Board text (an action, its progress note…) is typed during the day from what someone just said
("Mrs Patel says the visits are on time now") and goes on the projector as it is. The export
asks about such words before it prints them; this says so earlier, where the words are typed,
so the facilitator can change them before the room reads them. It never blocks: the guard may
be wrong (a service's or a street's name), and the facilitator decides.

The words are quoted with each finding shown as its kind ("[name]"), as the export's question
does: the laptop's screen may be mirrored on the projector. Used by the action dialog and under
the boards' typing boxes (a why-tree's cause, a success statement). It says where the words go,
"The room view and the exports" unless the form says otherwise: a theme's comments and a
root-cause team's findings are never in the room view (``NOT_IN_ROOM``), and the reflection's
answers are shown by the room's Looking back page, the report and the data export alone
(``ROOM_REPORT_DATA``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from PySide6.QtCore import Qt, SignalInstance
from PySide6.QtWidgets import QLabel, QWidget

from wtfc.importing.typed_details import detail_quote, quote_as_kinds
from wtfc.importing.watch_guard import watched_findings
from wtfc.ui.line_room import LineRoom

HINT_TITLE = "Possible personal detail"
# where the words go, said by the form when it is not both (a theme's comments: never the room)
SHOWN_BY = "The room view and the exports show what is written here"
NOT_IN_ROOM = (
    "The report and the data export print what is written here (the room view does not show it)"
)
ROOM_REPORT_DATA = "The room view, the report and the data export show what is written here"
HINT_ADVICE = "if it could identify someone, change the words."


class TypedDetailHint(QLabel):
    """Hidden until a watched field's words may hold a personal detail; then it names the
    field and quotes the words with the detail shown as its kind (an icon and words, never
    colour alone)."""

    def __init__(self, names: Iterable[str] | Callable[[], Iterable[str]] = (),
                 parent: QWidget | None = None, *, shown_by: str = SHOWN_BY) -> None:
        super().__init__(parent)
        self._shown_by = shown_by  # where the words go: "The report … print what is written here"
        # the names to watch for, pasted on the Collect page (read each time on a board that
        # stays open while they change)
        self._names = names if callable(names) else (lambda fixed=tuple(names): fixed)
        self._fields: list[tuple[str, Callable[[], str], bool]] = []
        self._said: frozenset[tuple[str, str]] = frozenset()  # as last said (``_kinds``)
        self.setWordWrap(True)
        # no fixed accessible name: named "Possible personal detail", a screen reader heard
        # neither which field nor the words; it reads the line's own text
        self.setTextFormat(Qt.TextFormat.PlainText)
        self._room = LineRoom(self)  # a dialog grows and shrinks with its lines
        self.hide()

    def watch(self, label: str, text: Callable[[], str], changed: SignalInstance, *,
              names_named: bool = False) -> None:
        """Look again at ``text()`` (the field called ``label``) whenever ``changed`` fires.
        ``names_named``: a field that names who does something (an action's owner), where a
        name is the point and only the other kinds (a phone number, an e-mail…) are said, as
        the exports ask (``typed_details.OwnerWords``)."""
        self._fields.append((label, text, names_named))
        changed.connect(self.refresh)

    def found(self) -> list[str]:
        """“Label”: “quote” for each watched field that may hold a personal detail."""
        names = tuple(self._names())
        quotes = ((label, _owner_quote(text(), names) if named else detail_quote(text(), names))
                  for label, text, named in self._fields)
        return [f"“{label}”: {quote}" for label, quote in quotes if quote]

    def refresh(self) -> None:
        found = self.found()
        was, height = self.text(), self.window().height()
        if found:
            said = "; ".join(found)
            self.setText(f"⚠ {HINT_TITLE} in {said}. {self._shown_by}: {HINT_ADVICE}")
        self._announce(found)
        if bool(found) == self.isHidden():  # (not isVisible: a page not on screen is never)
            self.setVisible(bool(found))
        elif not found or self.text() == was:
            return  # nothing on screen changed
        self._room.refit(height)  # shown, gone, or longer or shorter as the words are typed

    def _announce(self, found: list[str]) -> None:
        """Said to a screen reader when the line first shows, or names another field or kind
        of detail: it appeared with nothing said (the card dialog's verdict is announced).
        Not at each key while the words quoted change; a line shown off screen (a dialog
        opening with it) is said at the first key typed once it is on screen."""
        kinds = _kinds(found)
        if kinds and not self.window().isVisible():
            return
        new, self._said = kinds - self._said, kinds  # one taken away is not news
        if new:
            from wtfc.ui.announce import announce

            announce(self, self.text().removeprefix("⚠ "))


def _kinds(found: list[str]) -> frozenset[tuple[str, str]]:
    """Each field's label with each kind quoted in it ("[phone]", "[personal detail]"): what
    the line says apart from the words being typed."""
    return frozenset((quote.split("”", 1)[0], kind) for quote in found
                     for kind in re.findall(r"\[[^][]{1,30}\]", quote) or [""])


def _owner_quote(text: str, names: tuple[str, ...]) -> str:
    """``text`` quoted as its kinds if a detail other than a name is in it, read as the
    exports read an owner (``typed_details.OwnerWords``: the guard with the pasted names, each
    wherever it stands), so the line shows where the export will ask. Its names are quoted as
    [name] all the same: the laptop's screen may be mirrored on the projector."""
    found = watched_findings(text, names)
    return quote_as_kinds(text, names) if any(f.category != "name" for f in found) else ""
