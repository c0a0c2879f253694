"""Last time's words on the Review board and in the room: possible personal details said first.

Last time's workshop was typed in another session, maybe by someone else, and nobody in this
room has seen its words go up. The report asks about them before it prints them
(``importing/last_time_details.py``); here the facilitator is told on the board, by kind only,
where the guard finds a possible detail, and until they tick "Show last time's words as typed"
the room view draws each such word as its kind ("[name] at [address]…"). Their own board shows
them so too while "Show held-back details on this screen" is off (``held_back_boards``: with the
room view on the laptop's only screen, the board is what the room sees), as typed once it is on:
that is where they decide. Copy takes the room's words. The tick lasts while that file stays
open; a file opened again starts hidden. It changes nothing in either workshop (last time's
words can only be changed in its own file), so it is no undo step.

Only a previous workshop the board opened (``LastTime``) is hidden so: ``wtfc render --view
review --previous`` draws the words as typed and warns on the command line, as an export does.
"""

from __future__ import annotations

import re
from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QLabel, QVBoxLayout, QWidget

from wtfc.importing.last_time_details import last_time_details
from wtfc.importing.personal_details import REDACTION_LABELS
from wtfc.importing.watch_guard import watched_findings
from wtfc.model.compare import WorkshopComparison
from wtfc.model.document import Document
from wtfc.model.last_time_parts import CHANGED_THERE, printed_parts
from wtfc.model.last_time_yardsticks import Yardsticks
from wtfc.model.workshop import Workshop
from wtfc.ui.style import warning_look

LISTED = 2  # places named on the board; the rest counted (the tables need the room)
SHOW_AS_TYPED = "Show last time's words as &typed in the room view"


class LastTime(Document):
    """Last time's workshop as the Review board opened it. ``shown_as_typed``: the facilitator
    has said its words are fine for the room (until then the room shows details as kinds)."""

    def __init__(self, workshop: Workshop) -> None:
        super().__init__(workshop)
        self.shown_as_typed = False


def hidden_in_room(previous: Document | None) -> bool:
    return isinstance(previous, LastTime) and not previous.shown_as_typed


def flagged_words(previous: Workshop, current: Workshop,
                  names: tuple[str, ...] = ()) -> dict[str, str]:
    """Each possible detail the guard finds in last time's words the room may show, with its
    kind ("Mrs Patel" → "[name]"). In an owner a name is not one (naming who does it is the
    field's point), as the report's question has it."""
    found: dict[str, str] = {}
    for part in printed_parts(previous, current):
        if not part.text.strip():
            continue
        for finding in watched_findings(part.text, names):  # "Grace and Bill met…": both
            if not (part.what == "owner" and finding.category == "name"):
                found.setdefault(finding.text,
                                 REDACTION_LABELS.get(finding.category, "[personal detail]"))
    return found


def as_kinds(text: str, flagged: dict[str, str]) -> str:
    """``text`` with each flagged word, where it stands whole, as its kind (longest first, so
    "Mrs Patel" goes before "Patel")."""
    for words in sorted(flagged, key=len, reverse=True):
        text = re.sub(rf"(?<!\w){re.escape(words)}(?!\w)", flagged[words], text)
    return text


def room_comparison(result: WorkshopComparison, flagged: dict[str, str]) -> WorkshopComparison:
    """The comparison as the room draws it: last time's words with the flagged ones as kinds.
    Redacted after comparing, so themes still match by their names as typed."""
    if not flagged:
        return result

    def kinds(text: str) -> str:
        return as_kinds(text, flagged)

    return replace(
        result,
        previous_title=kinds(result.previous_title),
        themes=[replace(t, name=kinds(t.name), previous_name=kinds(t.previous_name),
                        related=tuple(kinds(n) for n in t.related)) for t in result.themes],
        actions=[replace(a, what=kinds(a.what), owner=kinds(a.owner),
                         how_we_know=kinds(a.how_we_know), theme_name=kinds(a.theme_name),
                         theme_now=kinds(a.theme_now), progress_note=kinds(a.progress_note),
                         agreed_what=None if a.agreed_what is None else kinds(a.agreed_what),
                         heard_at_check=kinds(a.heard_at_check))
                 for a in result.actions])


def room_yardsticks(marks: Yardsticks, flagged: dict[str, str]) -> Yardsticks:
    """Last time's success statements and what it would do differently as the room draws them:
    the flagged words as their kinds."""
    if not flagged:
        return marks
    return replace(marks, do_differently=as_kinds(marks.do_differently, flagged),
                   success={k: [(whose, as_kinds(words, flagged)) for whose, words in v]
                            for k, v in marks.success.items()})


class LastTimeWordsHint(QWidget):
    """On the Review board, under the summary: where last time's words may hold a personal
    detail (by kind), and the tick that lets the room see them as typed. Hidden when the guard
    finds nothing."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.previous: LastTime | None = None
        self.text = QLabel()
        self.text.setTextFormat(Qt.TextFormat.PlainText)  # last time's words quoted as typed
        self.text.setWordWrap(True)
        # no fixed accessible name: named "Possible personal details in last time's words",
        # a screen reader heard neither where they are nor what the tick does; it reads them
        warning_look(self.text)
        self.show_as_typed = QCheckBox(SHOW_AS_TYPED)
        self.show_as_typed.setToolTip("The room view shows these words as typed, not as "
                                      "[name], [phone]…; untick to hide them again")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.text)
        layout.addWidget(self.show_as_typed)
        self.hide()

    def update_for(self, previous: Document | None, current: Document) -> None:
        """Say again what the guard finds (the workshop, or the names it watches, changed)."""
        self.previous = last = previous if isinstance(previous, LastTime) else None
        found = (last_time_details(last.workshop, current.workshop, current.names_to_watch)
                 if last else [])
        places = list(dict.fromkeys(part.where for part in found))  # one note on 2 actions
        if last and places:
            said = places[:LISTED] + ([f"and {len(places) - LISTED:,} more"]
                                      if len(places) > LISTED else [])
            self.text.setText(
                f"⚠ Possible personal details in last time's words (shown here as [name], "
                f"[phone]…): {'; '.join(said)}. The room view shows them that way too until you "
                f"tick that they are fine. {CHANGED_THERE}")
            blocked = self.show_as_typed.blockSignals(True)
            self.show_as_typed.setChecked(last.shown_as_typed)
            self.show_as_typed.blockSignals(blocked)
        self.setVisible(bool(last and places))
