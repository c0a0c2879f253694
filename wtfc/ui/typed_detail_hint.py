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

from PySide6.QtCore import Qt, QTimer, SignalInstance
from PySide6.QtGui import QShowEvent
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
        self._kinds: frozenset[tuple[str, str]] = frozenset()  # in the line now (``_kinds``)
        self._said: frozenset[tuple[str, str]] = frozenset()  # said while the words held them
        self._said_over: tuple[str, ...] = ()  # the fields' words when it last held a detail
        self._gone = False  # since then the words held none, or changed off screen
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
        self._kinds = _kinds(found)
        # the words changed with no detail in them, or off screen: said over again if new
        self._gone = self._gone or not found or not self.isVisible()
        self._fit(bool(found), was, height)
        self._say_new()

    def _fit(self, shown: bool, was: str, height: int) -> None:
        if shown == self.isHidden():  # (not isVisible: a page not on screen is never)
            self.setVisible(shown)
        elif not shown or self.text() == was:
            return  # nothing on screen changed
        self._room.refit(height)  # shown, gone, or longer or shorter as the words are typed

    def showEvent(self, event: QShowEvent) -> None:
        """On screen: shown by a key, or its dialog opening with a detail in the words, or its
        page (Details, a board) shown after the words were set there off screen."""
        super().showEvent(event)
        # once what shows with it has run: a dialog's window and focus are being shown now
        QTimer.singleShot(0, self, self._say_new)

    def _say_new(self) -> None:
        """Said to a screen reader when the line is on screen and names a field or kind of
        detail not said since it showed: it appeared with nothing said (the card dialog's
        verdict is announced). Not at each key while the words quoted change. Off screen
        (another page, a dialog not yet open) it waits until it shows: a workshop opening on
        Collect had the Details page's line heard, and it was silent once that page was on
        screen; a dialog opening with a detail in it was heard only at a key typed (Tab is
        none). A kind that goes and comes back as a word is typed ("14 Acacia Ave",
        "…Aven", "…Avenue": an address, none, an address) is the same news, said once; new
        words where those were (the detail taken out, another typed) are news again."""
        if not self._kinds or not self.isVisible():
            return
        texts = tuple(text() for _label, text, _named in self._fields)
        if self._gone and not all(map(str.startswith, texts, self._said_over)):
            self._said = frozenset()  # the words it was said over are gone
        new = self._kinds - self._said
        self._said |= self._kinds  # one taken away and back while it shows is not news
        self._said_over, self._gone = texts, False
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
