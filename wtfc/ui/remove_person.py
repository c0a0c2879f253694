"""People… → Remove this person…: a person withdrew their consent, so their cards, their People
row (the tags) and the codes merged into them go, as one step (``operations.withdraw``).

Asked first, Cancel the default: what goes, the themes their cards leave with each one's new
counts (priorities first, one left with no cards said), where the room's typed words reuse
theirs (``model.reused_words``: quoted through the guard, to reword), and what wtfc cannot
reach. The question names the code: it is the facilitator's own screen. The window's foot
keeps one line of what wtfc cannot reach, naming no one (the foot, like History, may be on the
projector), until the step is undone or another workshop opened.

The question is a dialog of its own, not a message box: with its themes, the places reusing
their words and what wtfc cannot reach it ran off a 1366×768 screen at 16 pt, its Remove and
Cancel below the screen's edge. Its words scroll; the buttons stay on screen.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtWidgets import QDialog, QMainWindow, QStyle, QWidget

from wtfc.model.counting import count_phrase, rank_words
from wtfc.model.operations.withdraw import RemovePlan
from wtfc.ui.scrolling_question import ScrollingQuestion
from wtfc.ui.undo import UndoAdapter, end_lasting, show_lasting

if TYPE_CHECKING:
    from wtfc.ui.withdrawn_recovery_copies import CopiesHolding

TITLE = "Remove this person"
SHOWN_THEMES = 8  # more are counted: the question stays on a laptop's screen
SHOWN_REUSED = 6  # places reusing their words, listed; more are counted
EARLIER = ("File → Go back to an earlier version → Remove earlier versions…")
CANNOT_REACH = (
    "wtfc cannot reach the copies made outside this workshop: the earlier versions kept beside "
    f"its file (after saving, {EARLIER}), PDFs and spreadsheets already made or sent, and last "
    "cycle's file. Nor does wtfc keep their name once it closes or opens another workshop "
    "(names are never saved): a sheet with names instead of codes imported after that brings "
    "their rows back under a new code, so take their rows out of it first."
)
FOOT = (  # one line at 1366 px and 9 pt; longer (16 pt) it wraps (``foot_words``)
    "A person's cards were removed. Still holding them: earlier versions (File → Go back to "
    "an earlier version → Remove earlier versions…), PDFs and spreadsheets made or sent, last "
    "cycle's file."
)


def question(plan: RemovePlan, copies: str = "") -> tuple[str, str]:
    """(the question, what it means in detail) for removing ``plan.code``; ``copies``: what
    it does to the recovery copies of this workshop holding their cards
    (``withdrawn_recovery_copies``)."""
    code, cards = plan.code, len(plan.card_ids)
    what = f"{code}'s {count_phrase(cards, 'card')} and details" if cards \
        else f"{code}'s details (they have no cards)"
    lines = []
    if plan.themes:
        themes = sorted(plan.themes, key=lambda t: (not t.chosen, t.rank or 0))
        shown = [f"• {t.said()}" for t in themes[:SHOWN_THEMES]]
        if len(themes) > SHOWN_THEMES:
            shown.append(f"• and {count_phrase(len(themes) - SHOWN_THEMES, 'more theme')}")
        lines.append(f"Their cards leave {count_phrase(len(themes), 'theme')}:\n"
                     + "\n".join(shown))
        for t in plan.emptied_priorities:
            lines.append(f"{rank_words(t.rank)} '{t.name}' would have no cards left.")
        if not plan.changed_priorities:
            lines.append("No priority changes.")
    elif cards:
        lines.append("Their cards are in no theme: no theme or priority changes.")
    tags = f" with their tags ({', '.join(plan.tags)})" if plan.tags else ""
    former = f" and the codes merged into them ({', '.join(plan.former_codes)})" \
        if plan.former_codes else ""
    lines.append(f"{code}'s row on People goes{tags}{former}: New workshop from this one "
                 "will not carry them.")
    codes = ("The codes " if plan.former_codes else "The code ") + ", ".join(
        (code, *plan.former_codes))
    lines.append(f"{codes} will not be used again: a later import gives new people other "
                 "codes.")
    if plan.reused:
        lines.append(_reused(plan))
    lines.append("Undo (Ctrl+Z) brings it all back while this workshop is open.")
    if copies:
        lines.append(copies)
    lines.append(CANNOT_REACH)
    return f"Remove {what}?", "\n\n".join(lines)


def _reused(plan: RemovePlan) -> str:
    """Where the room's words reuse theirs, each quoted through the guard (never their card):
    the removal leaves these as typed."""
    from wtfc.importing.typed_details import quote_as_kinds

    def quoted(text: str) -> str:
        return quote_as_kinds(text, plan.names)

    shown = [f"• {r.where}" + (f" {quoted(r.theme)}" if r.theme else "")
             + f" reuses {quoted(r.words)}" for r in plan.reused[:SHOWN_REUSED]]
    if len(plan.reused) > SHOWN_REUSED:
        shown.append(f"• and {count_phrase(len(plan.reused) - SHOWN_REUSED, 'more place')}")
    return ("Their words are also in what was typed during the workshop, which this does "
            "not change (reword them if they should go too):\n" + "\n".join(shown))


class RemoveQuestion(ScrollingQuestion):
    """The question: what goes and what stays, above Remove and Cancel (the default)."""

    def __init__(self, parent: QWidget | None, plan: RemovePlan, copies: str = "") -> None:
        text, more = question(plan, copies)
        # "&&": a code's own "&" is shown, not taken as the button's key
        super().__init__(parent, TITLE, text, more, f"Remove {plan.code.replace('&', '&&')}",
                         words_name="What removing them changes",
                         icon=QStyle.StandardPixmap.SP_MessageBoxQuestion)
        self.setObjectName("remove_person_question")
        self.words.setObjectName("remove_person_words")  # its text is what a reader reads
        self.remove = self.act
        self.remove.setObjectName("remove")


def copies_holding(parent: QWidget, plan: RemovePlan) -> CopiesHolding:
    """The recovery copies of this workshop, left when wtfc stopped, that still hold their
    cards (a copy offered later brought them back: review 36 R6 S1): named in the question
    (``ask``), and taken out of them only once the removal is pushed
    (``withdrawn_recovery_copies.take_out``): a refused removal leaves them as they were."""
    from wtfc.ui.withdrawn_recovery_copies import CopiesHolding, copies_holding

    window: QWidget | None = parent
    while window is not None and not hasattr(window, "files"):  # People… is the main window's
        window = window.parentWidget()
    codes = (plan.code, *plan.former_codes)
    return copies_holding(window, codes) if window is not None else CopiesHolding(())


def ask(parent: QWidget, plan: RemovePlan, copies: CopiesHolding | None = None) -> bool:
    """The one question; True when the facilitator chose to remove. ``copies``
    (``copies_holding``): the recovery copies it names. Answering changes nothing on disk."""
    box = RemoveQuestion(parent, plan, copies.said() if copies is not None else "")
    try:
        return box.exec() == QDialog.DialogCode.Accepted
    finally:
        box.deleteLater()


def keep_said_at_foot(window: QWidget, undo: UndoAdapter) -> None:
    """After the removal (the step just pushed): ``FOOT`` at the window's foot until the step
    is undone or the stack cleared for another workshop."""
    if not isinstance(window, QMainWindow):
        return
    stack = undo.stack
    at = stack.index()
    show_lasting(window, FOOT)

    def on_index(index: int) -> None:
        if index < at:  # undone (a new step after it then throws it away), or cleared
            if shiboken6.isValid(window):  # (the stack is cleared as wtfc closes, too)
                end_lasting(window, FOOT)
            stack.indexChanged.disconnect(on_index)

    stack.indexChanged.connect(on_index)
