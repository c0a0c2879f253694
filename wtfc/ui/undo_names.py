"""Names taken off by hand, hidden in Edit → History, the Undo item and "Undone: …".

The guard did not know "Zebedee"; the facilitator edits it out of a card ("[name] came late
again") or renames the theme. Earlier steps still quoted it ("Add card 'Zebedee came late
agian'") on a History that may be mirrored on the projector, until wtfc closed. Each step an
edit pushes is read for the name-like words a card's words or a theme's name lost
(``importing.dropped_names``, the guard's rule, kept conservative: "I", months, a word starting
a sentence stay); from then on every step's quoted words read "[name]" there, as they do for
Names to watch for (``theme_names_to_check._relabel``). Only the labels change, in memory as
the stack is: Ctrl+Z undoes the same step, and the workshop file never held History.

A person who withdrew (People… → Remove this person…) takes all their words back: each earlier
step that quoted one of their cards ("Add card 'My son says the carers…'", "Edit card '…'")
then names it by person and kind instead, as Delete does ("Add P17's ✗ Not working card").
"""

from __future__ import annotations

import re
import sys

import shiboken6
from PySide6.QtGui import QUndoStack

from wtfc.model.commands import Change, Command
from wtfc.model.document import Document
from wtfc.model.operations._names import quoted
from wtfc.model.operations.cards import words_without_details
from wtfc.model.workshop import Card, Workshop

# a step's quoted part, as ``operations.quoted`` writes it: "'It's June's turn'" is one
_QUOTED = re.compile(r"(?<!\w)'(.+?)'(?!\w)")
_TEXTS = {"cards": "text", "themes": "name"}  # the words a step can take a name out of


def _changes(command: Command) -> list[Change]:
    """The changes of ``command`` that change a card's words or a theme's name."""
    return [ch for ch in getattr(command, "changes", ()) if ch.collection in _TEXTS
            and ch.before is not None and getattr(ch.before, _TEXTS[ch.collection])
            != getattr(ch.after, _TEXTS[ch.collection], "")]


def taken_off(command: Command) -> list[str]:
    """The name-like words ``command`` takes out of a card's words or a theme's name (edited,
    renamed or deleted), each once."""
    texts = [(getattr(ch.before, _TEXTS[ch.collection]), getattr(ch.after, _TEXTS[ch.collection],
                                                                  ""))
             for ch in _changes(command)]
    if not texts:
        return []
    from wtfc.importing.dropped_names import dropped_names  # at the first edit of words

    return list(dict.fromkeys(w for old, new in texts for w in dropped_names(old, new)))


def still_on_the_wall(names: list[str], command: Command, workshop: Workshop) -> set[str]:
    """Those of ``names`` a card's words or a theme's name still have once ``command`` is done
    (``workshop`` is as it is before it)."""
    changes = [ch for ch in getattr(command, "changes", ()) if ch.collection in _TEXTS]
    changed = {(ch.collection, ch.part_id) for ch in changes}
    texts = [getattr(ch.after, _TEXTS[ch.collection]) for ch in changes if ch.after is not None]
    texts += [getattr(part, field) for collection, field in _TEXTS.items()
              for part in getattr(workshop, collection) if (collection, part.id) not in changed]
    wall = "\n".join(texts).casefold()  # one search a name (~8 ms at 10,000 cards)
    return {name for name in names if (key := name.casefold()) in wall and re.search(
        rf"(?<![\w'’-]){re.escape(key)}(?![\w-])", wall)}


def withdrawn_cards(command: Command) -> set[str]:
    """The cards ``command`` deletes when it takes their person's row out too (a person who
    withdrew: not a rename, which deletes no card, nor a Delete, which keeps the row)."""
    changes = getattr(command, "changes", ())
    if not any(ch.collection == "people" and ch.after is None for ch in changes):
        return set()
    return {ch.part_id for ch in changes if ch.collection == "cards" and ch.after is None}


def withdrawn_people(command: Command) -> set[str]:
    """The codes of the person ``command`` takes out (Remove this person…), with the codes
    merged into them: a card of theirs deleted by an earlier step, or all of them by a plain
    Delete before it, is theirs too. Not a merge, which takes a row out but keeps its cards."""
    withdraw = sys.modules.get("wtfc.model.operations.withdraw")  # none made before it loads
    if withdraw is None or not isinstance(command, withdraw.RemovePerson):
        return set()
    return {code for ch in command.changes if ch.collection == "people" and ch.after is None
            for code in (ch.part_id, *getattr(ch.before, "former_codes", ()))}


def card_named(card: Card) -> str:
    """A card by person and kind, never its words ("P17's ✗ Not working card"), as Delete
    names one."""
    whose = f"{card.person}'s" if card.person else "a"
    return f"{whose} {card.kind.symbol} {card.kind.label} card"


def without_cards(label: str, command: Command | None, cards: set[str],
                  names: list[str], people: frozenset[str] | set[str] = frozenset()) -> str:
    """``label`` (already ``without_names``) with each quote of the words of one of ``cards``
    that ``command`` changed read as ``card_named`` ("Add card 'I feel…'" → "Add P17's ✗ Not
    working card")."""
    for ch in getattr(command, "changes", ()):
        if ch.collection != "cards":
            continue
        for card in (ch.before, ch.after):
            if not isinstance(card, Card) or (ch.part_id not in cards
                                              and card.person not in people):
                continue
            for words in {words_without_details(card), card.text}:
                said = without_names(quoted(words), names)
                label = label.replace(f"card {said}", card_named(card)) \
                    .replace(said, card_named(card))
    return label


def without_names(label: str, names: list[str]) -> str:
    """``label`` with each of ``names`` in its quoted parts read "[name]" ("Add card '[name]
    came late agian'"), a name cut at the quote's 40 characters too ("…thank [name]…")."""
    if not names:
        return label
    alternatives = "|".join(re.escape(n) for n in sorted(
        {*names, *(n.upper() for n in names)}, key=len, reverse=True))
    whole = re.compile(rf"(?<![\w'’-])(?:{alternatives})(?![\w-])")

    def hidden(part: str) -> str:
        part = whole.sub("[name]", part)
        cut = re.search(r"(?<![\w'’-])([^\W\d_]+)…$", part)
        if cut and any(n.startswith(cut[1]) or n.upper().startswith(cut[1]) for n in names):
            part = part[: cut.start(1)] + "[name]…"
        return part

    return "".join(f"'{hidden(p)}'" if i % 2 else p
                   for i, p in enumerate(_QUOTED.split(label)))


class NamesTakenOff:
    """The names taken off by hand since the workshop was opened (in memory only), and the
    relabelling of the stack's steps (``UndoAdapter.push`` asks for each step's ``label``)."""

    def __init__(self, stack: QUndoStack, doc: Document | None = None) -> None:
        self.stack, self.doc = stack, doc
        self.names: list[str] = []
        # taken off one card or theme but still on another ("Swansea" on two cards, one edited):
        # the room sees it there, so History quoting it says nothing new. Hidden once it is gone
        # from the wall too (the other card edited, renamed or deleted)
        self.waiting: list[str] = []
        self.withdrawn: set[str] = set()  # the cards of people who withdrew (``without_cards``)
        self.withdrawn_people: set[str] = set()  # their codes: a card deleted earlier is theirs

    def forget_if_cleared(self, _index: int = 0) -> None:
        """The stack was cleared for another workshop (Open, New): its steps are its own. (Its
        destructor, at exit, clears it too.)"""
        if shiboken6.isValid(self.stack) and self.stack.count() == 0:
            self.names, self.waiting, self.withdrawn = [], [], set()
            self.withdrawn_people = set()

    def label(self, command: Command) -> tuple[str, bool]:
        """The label a new step shows, learning what ``command`` takes off first (so "Recorded:
        …", said as it is pushed, already reads "[name]"); and whether it took off a name
        not taken off before, so the earlier steps are to be relabelled (``relabel``)."""
        new: list[str] = []
        if _changes(command):  # (a word leaves the wall only as words change or go)
            new = [n for n in dict.fromkeys([*self.waiting, *taken_off(command)])
                   if n not in self.names]
            if new and self.doc is not None:  # one pass over the wall, only with a name to learn
                still = still_on_the_wall(new, command, self.doc.workshop)
                self.waiting = [n for n in new if n in still]
                new = [n for n in new if n not in still]
        self.names += new
        cards, people = withdrawn_cards(command), withdrawn_people(command)
        self.withdrawn |= cards
        self.withdrawn_people |= people
        return without_names(command.label, self.names), bool(new or cards or people)

    def relabel(self) -> None:
        """Every step's label without the names taken off so far."""
        stack, changed = self.stack, False
        for i in range(stack.count()):
            step = stack.command(i)
            label = step.text() if step is not None else ""
            shown = without_names(label, self.names)
            # the model's command, as the step holds it
            if (self.withdrawn or self.withdrawn_people) and step is not None:
                shown = without_cards(shown, getattr(step, "_command", None), self.withdrawn,
                                      self.names, self.withdrawn_people)
            if step is not None and shown != label:
                step.setText(shown)
                changed = True
        if changed:
            labels_changed(stack)


def labels_changed(stack: QUndoStack) -> None:
    """The Edit menu and History read a step's label only when told it changed."""
    from wtfc.ui.undo import history_views

    stack.undoTextChanged.emit(stack.undoText())
    stack.redoTextChanged.emit(stack.redoText())
    for view in history_views(stack):
        view.viewport().update()
