"""A colleague's "changed elsewhere" copy that Save, then delete set aside, and still holds what
was taken off (a withdrawn person's cards, a name redacted).

Remove earlier versions… with changes not saved offers Save, then delete. When the file changed
on disk since it was opened, that save first keeps the other version beside it ("spring
(changed elsewhere 10-20).wtfc", ``changed_elsewhere``), and the deletion then leaves it: it is
the colleague's work, and no one was asked about it. But it still held the withdrawn person's
words, and nothing named it: "Removed 2 earlier versions", and the foot after Remove this
person… went on saying "earlier versions" in general. Now the words after the deletion name it,
and so does the foot line, until the removal is undone, another workshop is opened, or the
copy is deleted. It is never deleted unasked.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6

from wtfc.model.control_characters import name_shown
from wtfc.model.operations.withdraw import REMOVE_LABEL
from wtfc.ui.undo import LASTING, end_lasting, show_lasting

if TYPE_CHECKING:
    from wtfc.ui.main_window import MainWindow

NAMED = "wtfc_colleague_copies_foot"  # the status bar's property: the foot line said here
SAVING_FIRST = "wtfc_save_then_delete"  # the window's property while Save, then delete saves


def still_holding(path: Path, copies: list[Path]) -> list[Path]:
    """The ``copies`` (kept aside by the save just made) holding words of a person or a name
    that the file ``path`` no longer has (~1 s at 10,000 cards: only after a file changed
    elsewhere). A copy that cannot be read is named too: nothing says it holds none."""
    from wtfc.importing.dropped_names import names_gone
    from wtfc.model.words_taken_off import took_words_off

    try:
        now = path.read_bytes()
    except OSError:
        return list(copies)
    held = []
    for copy in copies:
        try:
            took = took_words_off(copy.read_bytes(), now, names_gone)
        except OSError:
            took = True
        if took:
            held.append(copy)
    return held


def said_after(copies: list[Path]) -> str:
    """Said after "Removed 2 earlier versions of 'spring.wtfc'." (nothing without copies): one
    line at the foot, so short."""
    if not copies:
        return ""
    whose = "the colleague's version" if len(copies) == 1 else "colleagues' versions"
    return (f"Still holding what was taken off: {_names(copies)}, {whose} this save kept, "
            f"not deleted.")


def name_at_foot(window: MainWindow, copies: list[Path]) -> None:
    """The foot after Remove this person… ("Still holding them: earlier versions…") names the
    copies instead, while that removal still holds (its line alone is left as it is)."""
    from wtfc.ui.remove_person import FOOT

    bar = window.statusBar()
    if not copies or bar.property(LASTING) != FOOT:
        return
    stack = window.undo.stack
    at = next((i + 1 for i in range(stack.index() - 1, -1, -1)
               if stack.text(i) == REMOVE_LABEL), 0)  # the removal's step: undone, it ends
    if not at:
        return
    words = (f"A person's cards were removed. Still holding them: {_names(copies)} (a "
             f"colleague's), PDFs and spreadsheets made or sent, last cycle's file.")
    end_lasting(window, FOOT)
    show_lasting(window, words)
    bar.setProperty(NAMED, words)

    def on_index(index: int) -> None:
        if index < at:  # the removal undone, or the stack cleared for another workshop
            if shiboken6.isValid(window):
                end_named(window)
            stack.indexChanged.disconnect(on_index)

    stack.indexChanged.connect(on_index)


def end_named(window: MainWindow) -> None:
    """The foot line naming the copies goes (they were deleted, or the removal undone)."""
    bar = window.statusBar()
    if words := bar.property(NAMED):
        bar.setProperty(NAMED, "")
        end_lasting(window, words)


def _names(copies: list[Path]) -> str:
    names = [f"'{name_shown(copy.name)}'" for copy in copies]  # as the title shows a name
    return ", ".join(names[:-1]) + " and " + names[-1] if len(names) > 1 else names[0]
