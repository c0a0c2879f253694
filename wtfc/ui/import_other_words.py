"""The confirm page's choice for rows that sit where an earlier import made cards, now in other
words (``repeats.since_note``): the cards were reworded on the wall since (the rows are the same
statements), or the sheet was corrected, or is another care manager's with the same codes (the
rows are new). Nothing records the words a card was made from, so wtfc cannot tell; skipping
them lost a corrected sheet's statements with no way to force them in, so adding them is the
default, and the facilitator, who knows which it is, can leave them out.

Import builds the plan; when it has such rows the dialog comes back here with them listed (by
place and person code: the sheet's words may hold the name a card was redacted of, and this
window may be on the projector), and Import again adds that plan or builds one without them.
"""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QButtonGroup, QLabel, QRadioButton, QVBoxLayout, QWidget

from wtfc.importing.building import ImportPlan
from wtfc.importing.mapping import ColumnMapping
from wtfc.importing.repeats_notes import counted_by
from wtfc.model.counting import count_phrase
from wtfc.ui.announce import announce
from wtfc.ui.style import ui_font, warning_look

_LISTED = 8  # rows named; more are counted
_ADD = "&Add them (corrected or new statements)"
_LEAVE = "&Leave them out (they were reworded on the wall)"


def _listed(shown: list[str]) -> str:
    listed = "; ".join(shown[:_LISTED])
    if len(shown) > _LISTED:
        listed += f"; and {len(shown) - _LISTED:,} more"
    return listed


def other_words_text(places: list[str], held: int = 0, shown: list[str] | None = None) -> str:
    """'⚠ 3 statements of this sheet sit where …: Row 8, Working 1 (P01); … Choose, then
    click Import.' ``held``: how many of them Add brings in held back (``reworded_rows``).
    ``shown``: the places listed, each once with its count ("Row 2 (P01, 2 statements)",
    ``ImportPlan.other_words_listed``); ``places`` (a statement each) counts them."""
    listed = _listed(places if shown is None else shown)
    one = len(places) == 1
    sit, cards, reworded, these, are = (
        "sits", "a card", "the card was", "it is the same statement", "it is new") if one else (
        "sit", "cards", "the cards were", "they are the same statements", "they are new")
    return (f"⚠ {count_phrase(len(places), 'statement')} of this sheet {sit} where an earlier "
            f"import made {cards}, in other words: {listed}. If {reworded} reworded on the "
            f"wall since, {these}; if the sheet was corrected, or is another care manager's "
            f"with the same codes, {are}.{_held_text(held, one)} Choose, then click Import.")


def _held_text(held: int, one: bool, lead: str = "If added, ") -> str:
    """Why Add is safe where a card was reworded: the words it lost may be a name taken off
    (``lead``: "" where Import adds them with nothing to choose)."""
    if not held:
        return ""
    which = ("it comes" if one and held == 1 else "1 of them comes" if held == 1
             else f"{held:,} of them come")
    them = "it" if held == 1 else "them"
    said = f"{lead}{which} held back"
    return (f" {said[0].upper()}{said[1:]}: words the card on the wall no longer has may be a "
            f"name taken off there, so they show as [name] until you look at {them} on "
            "Collect.")


def unsure_text(places: list[str], *, with_choice: bool, held: int = 0,
                shown: list[str] | None = None) -> str:
    """The rows ``ImportPlan.unsure_rows`` names: no choice, as the file is too unlike that
    import's to take them for its cards reworded (``repeats.unsure_note``), and what Import
    does. ``shown``: each place once with its count (``ImportPlan.unsure_listed``)."""
    listed = _listed(places if shown is None else shown)
    one = len(places) == 1
    # "for the same person" when every statement is one person's ("Row 2 (P01)", "Row 3 (P01)")
    one_person = len({m[1] for p in places if (m := re.search(r"\(([^,)]+)", p))}) <= 1
    sit, cards, them, s = ("sits", "a card", "it", "") if one else ("sit", "cards", "them", "s")
    also = " either way" * with_choice
    return (f"{count_phrase(len(places), 'statement')} of this sheet {sit} where an earlier "
            f"import made {cards} for the same {'person' if one_person else 'people'}, in other "
            f"words: {listed}. Import adds {them}{also}: more than one in five of this sheet's "
            f"{counted_by(places)} differ from the cards that import made at their places, so "
            "wtfc cannot tell cards reworded on the wall from a changed sheet, or another care "
            f"manager's, whose statements would be lost. If {'it is' if one else 'they are'} "
            f"the same statement{s}, delete the extra card{s} on Collect."
            f"{_held_text(held, one, '')}")


class OtherWordsChoice(QWidget):
    """Hidden until ``ask``; ``take`` gives the plan it holds and whether to leave them out."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel()  # read as its words
        self.label.setToolTip("Rows in other words than the cards made from them")
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)  # a heading's "<b>" is words
        warning_look(self.label, refusal=True, padding="6px 8px")
        # set, as the codes note's is: the confirm page moves this note into its scrolled words,
        # where the parent's font (``keep_parent_font``) was still the system's 9 pt
        self.label.setFont(ui_font(13))
        self.add = QRadioButton(_ADD)
        self.add.setToolTip("Import them as new cards; delete any extra ones on Collect")
        self.leave = QRadioButton(_LEAVE)
        self.leave.setToolTip("Keep the cards' words on the wall; import the other rows")
        self._group = QButtonGroup(self)  # one of the two, by arrow keys as well
        self._group.addButton(self.add)
        self._group.addButton(self.leave)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)  # the confirm page may move it into its scrolled words
        layout.addWidget(self.add)
        layout.addWidget(self.leave)
        self._plan: ImportPlan | None = None
        self._mapping: ColumnMapping | None = None
        self.clear()

    def ask(self, plan: ImportPlan, mapping: ColumnMapping | None) -> None:
        """Show ``plan``'s rows in other words, Add them chosen, and the keys on it; and its
        ``unsure_rows``, which Import adds either way."""
        self._plan, self._mapping = plan, mapping
        places = plan.report.in_other_words  # none: only the plan's unsure rows, no choice
        # the cards the reworded-row check flagged a name in, held for a phone number too or
        # not: the reason given is that check's, and the report after Import counts the same
        held = len(plan.reworded_held & set(plan.other_words_rows))
        text = (other_words_text(places, held, plan.other_words_listed or None) if places
                else "⚠")
        if plan.unsure_rows:
            rows = {int(m[1]) for p in plan.unsure_rows if (m := re.match(r"Row (\d+)", p))}
            text += " " + unsure_text(plan.unsure_rows, with_choice=bool(places),
                                      held=len(plan.reworded_held & rows),
                                      shown=plan.unsure_listed or None)
        self.label.setText(text)
        one = len(places) == 1  # (the mnemonics stay Alt+A and Alt+L)
        self.add.setText("&Add it (a corrected or new statement)" if one else _ADD)
        self.leave.setText("&Leave it out (it was reworded on the wall)" if one else _LEAVE)
        self.add.setChecked(True)
        self.setVisible(True)
        self.label.setVisible(True)
        self.add.setVisible(bool(places))
        self.leave.setVisible(bool(places))
        if places:
            self.add.setFocus()
        announce(self, self.label.text().removeprefix("⚠ "))

    def take(self, mapping: ColumnMapping | None) -> tuple[ImportPlan | None, bool]:
        """(the plan held, if it was made with ``mapping``; whether to leave the rows out),
        and the choice is over."""
        plan = self._plan if self._plan is not None and mapping == self._mapping else None
        leave_out = plan is not None and self.leave.isChecked()
        self.clear()
        return plan, leave_out

    def clear(self) -> None:
        """Another sheet, file or mapping, or the dialog closed: the plan held is let go."""
        self._plan = self._mapping = None
        self.add.setChecked(True)
        self.setVisible(False)
        self.label.setVisible(False)
