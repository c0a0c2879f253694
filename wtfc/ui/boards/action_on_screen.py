"""Opening an action's dialog where the room may be seeing this screen.

Act and Plan show the words typed after the day (what has happened so far, what people told us
at the check, and the words agreed at the workshop beside changed ones) as the room view draws
them, "[name] rang on [phone]", while "Show held-back details on this screen" is off
(``held_back_boards``). The action's dialog shows them as typed: with the room view on this
screen (a mirrored projector), opening it put them in front of the room. So it asks first, as
editing a held-back card does (``held_back_words.may_edit_on_screen``); Cancel, the default,
opens nothing. With the details shown, or the room view on another screen, it opens at once.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from wtfc.importing.watch_guard import watched_findings
from wtfc.model.agreed_words import HEARD_AT_CHECK, reworded
from wtfc.model.workshop import REDACTION_LABELS, Action
from wtfc.ui.boards.held_back_boards import details_shown
from wtfc.ui.held_back_words import room_case

ASK_TITLE = "Show an action's held-back words?"
NOTE_FIELD = "What has happened so far"
AGREED_FIELD = "the words agreed at the workshop"


def hidden_words(action: Action, names: tuple[str, ...]) -> tuple[list[str], list[str]]:
    """The fields of ``action`` the room view shows with details hidden (``plan_card_words.
    progress_line`` reads them with ``names``), and the kinds hidden ("[name]", "[phone]")."""
    fields: list[str] = []
    kinds: dict[str, None] = {}
    for field, words in ((NOTE_FIELD, action.progress_note),
                         (HEARD_AT_CHECK, action.heard_at_check),
                         (AGREED_FIELD, action.agreed_what if reworded(action) else "")):
        found = watched_findings(words or "", names)
        if found:
            fields.append(field)
            kinds.update((REDACTION_LABELS.get(f.category, "[personal detail]"), None)
                         for f in found)
    return fields, list(kinds)


def _room_may_see(parent: QWidget) -> bool:
    """The room view is on this screen, or a screen went and none came back (as the names box
    reads it, ``cards_names_fold``)."""
    room = getattr(parent.window(), "room", None)  # the main window's
    keeper = getattr(room, "held_back_kept", None)
    return keeper is not None and keeper.room_may_see()


def may_open_on_screen(parent: QWidget, action: Action, names: tuple[str, ...]) -> bool:
    """Whether ``action``'s dialog may open on ``parent``'s screen: asked first where the room
    may see it and the room view hides some of its words; Cancel (the default) is no."""
    if details_shown(parent) or not _room_may_see(parent):
        return True
    fields, kinds = hidden_words(action, names)
    if not fields:
        return True
    from PySide6.QtWidgets import QMessageBox  # its enums wait until asked (start-up)

    quoted = [f"“{field}”" if field[0].isupper() else field for field in fields]
    named = " and ".join(filter(None, (", ".join(quoted[:-1]), quoted[-1])))
    answer = QMessageBox.question(
        parent, ASK_TITLE,
        f"This action's {named} may hold personal details ({', '.join(kinds)}), which the room "
        f"view hides. Editing it shows its words, details and all, on this screen. "
        f"{room_case(parent)}\n\nShow its words and edit it?",
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel)
    return answer == QMessageBox.StandardButton.Yes
