"""File → Export → The day's agenda: what the app adds to ``wtfc.export.agenda``.

The agenda is for the room, so it prints the workshop's words as the room's Welcome draws them
(the guard's redaction with the names to watch, a flagged title left out) and clock times in
the laptop's own format. Its only question is the PDF's: writing its fonts cannot draw
(Cancel the default). What it left out or printed as a kind is said after "Export saved",
as ``wtfc export agenda`` warns of it: nothing typed is printed as typed that the guard flags,
so there is nothing to decide before.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QWidget

from wtfc.model.workshop import Workshop

KEY = "agenda"


def room_guard(names: tuple[str, ...]) -> Callable[[str], str]:
    """The Welcome's guard (``welcome_words.room_words``): details shown as their kind, "[name]",
    with the names to watch for among them; the lines as typed."""
    from wtfc.importing.watch_guard import watched_redacted

    return lambda text: watched_redacted(text, names) if text.strip() else text


def run_agenda_now(workshop: Workshop, output: Path, progress: Callable[[int, int], None],
                   names: tuple[str, ...]) -> list[Path]:
    """Write the agenda; raises ``ExportError`` in plain English."""
    from wtfc.export.agenda import export_agenda
    from wtfc.ui.clock_words import locale_clock

    return [export_agenda(workshop, output, guard=room_guard(names), clock=locale_clock,
                          progress=progress)]


def confirm_agenda(parent: QWidget, *, key: str, workshop: Workshop, names: tuple[str, ...],
                   previous: Workshop | None = None, theme_names: tuple[str, ...] = ()) -> bool:
    """Whether to go on when the agenda cannot draw some of its words (Chinese, emoji…), quoted
    with their possible personal details as their kind; as ``confirm_unshowable`` asks."""
    from wtfc.export.agenda_cli import agenda_unshowable
    from wtfc.export.unshowable import warning
    from wtfc.importing.typed_details import quote_as_kinds
    from wtfc.ui.export_questions import _go_on_anyway

    parts = agenda_unshowable(workshop, lambda text: quote_as_kinds(text, names),
                              room_guard(names))
    return _go_on_anyway(parent, "Some words cannot be shown in the PDF", warning(parts))


def agenda_saved_note(workshop: Workshop, names: tuple[str, ...]) -> str:
    """What "Export saved" says after the file: what was left out or printed as a kind, and
    what the agenda cannot give yet (no plan, no start time)."""
    from wtfc.export.agenda_cli import agenda_notes

    notes = agenda_notes(workshop, room_guard(names))
    return "".join(f"\n\nPlease note: {note}" for note in notes)
