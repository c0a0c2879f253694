"""A person withdraws their consent: every card of theirs, their tags and the codes merged into
them leave the workshop as one step (People… → Remove this person…).

The step's label names no code and no words ("Remove a person's cards and details"): Edit →
History may be on the projector, and who withdrew is the facilitator's to know, not the room's.
``plan_remove_person`` says beforehand what goes, for the question the facilitator answers.
"""

from __future__ import annotations

from dataclasses import dataclass

from wtfc.model.blank_text import is_blank
from wtfc.model.commands import Edit, EditBuilder
from wtfc.model.counting import count_phrase, rank_words
from wtfc.model.document import Document
from wtfc.model.errors import EditRefused
from wtfc.model.reused_words import Reused, reused_words
from wtfc.model.workshop import Theme, Workshop

REMOVE_LABEL = "Remove a person's cards and details"


@dataclass(frozen=True)
class ThemeLeft:
    """A theme some of the person's cards leave: its cards and people before and after."""

    theme_id: str
    name: str
    rank: int | None  # its priority's rank, when the room chose it
    chosen: bool
    cards_before: int
    cards_after: int
    people_before: int
    people_after: int

    def said(self) -> str:
        """ "'I feel rushed' (Priority 2) goes from 6 people (7 cards) to 5 people (5 cards)"."""
        where = f" ({rank_words(self.rank)})" if self.chosen else ""
        # a lone zero-width space (an older file's) has no name to say either
        name = "A theme with no name yet" if is_blank(self.name) else self.name
        return (f"'{name}'{where} goes from {count_phrase(self.people_before, 'person', 'people')}"
                f" ({count_phrase(self.cards_before, 'card')}) to "
                f"{count_phrase(self.people_after, 'person', 'people')}"
                f" ({count_phrase(self.cards_after, 'card')})")


@dataclass(frozen=True)
class RemovePlan:
    """What removing ``code`` takes out, for the question asked before it is done."""

    code: str
    card_ids: tuple[str, ...]
    themes: tuple[ThemeLeft, ...]  # in wall order
    former_codes: tuple[str, ...]
    tags: tuple[str, ...]  # the tags recorded ("family carer", "55-64"), as People shows them
    # where the room's typed words reuse theirs (a theme named from their card): not changed
    # by the removal, so the question lists them to reword
    reused: tuple[Reused, ...] = ()
    # the names the guard is to know when it quotes them: those held back on a card, and the
    # names pasted to watch for (in memory only, as the document holds them)
    names: tuple[str, ...] = ()

    @property
    def emptied_priorities(self) -> tuple[ThemeLeft, ...]:
        """The chosen priorities left with no cards at all."""
        return tuple(t for t in self.themes if t.chosen and t.cards_after == 0)

    @property
    def changed_priorities(self) -> tuple[ThemeLeft, ...]:
        return tuple(t for t in self.themes if t.chosen)


def plan_remove_person(doc: Document, *, code: str) -> RemovePlan:
    """What removing person ``code`` would take out, or ``EditRefused`` saying why it cannot."""
    from wtfc.model.operations.people import TAG_NAMES, tag_text

    person = doc.get("people", code)
    if person is None:
        raise EditRefused(f"There is no person {code} in this workshop.")
    gone = [card.id for card in doc.workshop.cards if card.person == code]
    gone_set = set(gone)
    themes = tuple(_left(doc, theme, gone_set) for theme in doc.workshop.themes
                   if gone_set.intersection(theme.card_ids))
    tags = tuple(text for tag in TAG_NAMES if (text := tag_text(person, tag)))
    reused = reused_words(doc.workshop, gone_set)
    names = (*doc.names_to_watch, *(d.text for c in doc.workshop.cards if c.held_back
                                    for d in c.personal_details if d.category == "name")) \
        if reused else ()
    return RemovePlan(code, tuple(gone), themes, tuple(person.former_codes), tags, reused,
                      tuple(dict.fromkeys(names)))


def _left(doc: Document, theme: Theme, gone: set[str]) -> ThemeLeft:
    kept = [cid for cid in theme.card_ids if cid not in gone]
    people_after = len({p for cid in kept if (p := doc.card(cid).person)})
    return ThemeLeft(theme.id, theme.name, theme.priority.rank, theme.priority.chosen,
                     len(theme.card_ids), len(kept), doc.people_count(theme), people_after)


class RemovePerson(Edit):
    """The removal's edit, a class of its own so History knows it (``withdrawn_people``).

    The names this session's imports gave the code (``Document.import_person_codes``, in
    memory only, never saved) are kept: the importer reads a name leading to a withdrawn code
    as that code, so their rows in the same names-based sheet again stay out, as a code's do
    (``withdrawn_check``). Forgetting them gave the rows a new code: their words came back."""


def remove_person(doc: Document, *, code: str) -> RemovePerson:
    """Take person ``code`` out as one step: every card of theirs (from every theme, the rest
    of each theme's order kept), their People row with its tags, and the codes merged into them
    (``former_codes`` go with the row). Those codes are kept in ``withdrawn_codes``, a code
    only, so no later import gives them to someone new; Undo takes them off again."""
    plan = plan_remove_person(doc, code=code)
    gone = set(plan.card_ids)
    b = EditBuilder(doc, REMOVE_LABEL)
    for left in plan.themes:
        theme: Theme = doc.theme(left.theme_id)
        b.replace("themes", theme.id, card_ids=[c for c in theme.card_ids if c not in gone])
    for card_id in plan.card_ids:
        b.remove("cards", card_id)
    b.remove("people", code)
    # their codes are never given again: the facilitator's key list says who they were
    b.detail("withdrawn_codes", list(dict.fromkeys(
        [*doc.workshop.withdrawn_codes, code, *plan.former_codes])))
    edit = b.build()
    return RemovePerson(edit.label, edit.changes, edit.details)


@dataclass(frozen=True)
class KeptOut:
    """A whole workshop about to be swapped in (Go back, Restore), with the withdrawals of the
    one open kept: ``codes`` are the withdrawn people it held, taken out again."""

    workshop: Workshop
    codes: tuple[str, ...]

    def said(self, where: str) -> str:
        """"P90 withdrew (People → Remove this person…): their cards stay out of the version
        you went back to." ("" when nobody was taken out)."""
        if not self.codes:
            return ""
        who = ", ".join(self.codes[:-1]) + " and " + self.codes[-1] if len(self.codes) > 1 \
            else self.codes[0]
        return (f"{who} withdrew (People → Remove this person…): their cards stay out of "
                f"{where}.")


def kept_withdrawn(now: Workshop, incoming: Workshop) -> KeptOut:
    """``incoming`` with the people withdrawn from ``now`` taken out as ``remove_person`` takes
    them (cards, from their themes too, People rows, the codes merged into them), and both
    workshops' ``withdrawn_codes`` kept. A version saved before someone withdrew, or a recovery
    copy taken before, brought their cards back and forgot the withdrawal, so a later import
    gave their rows a code again. ``incoming`` itself is left as it is."""
    withdrawn = now.withdrawn_codes
    codes = list(dict.fromkeys([*incoming.withdrawn_codes, *withdrawn]))
    if codes == incoming.withdrawn_codes:
        return KeptOut(incoming, ())
    doc = Document(incoming).detached_copy()
    dropped = []
    for code in withdrawn:
        if doc.get("people", code) is not None:
            remove_person(doc, code=code).do(doc)
            dropped.append(code)
    doc.set_detail("withdrawn_codes", list(dict.fromkeys(
        [*codes, *doc.workshop.withdrawn_codes])))
    return KeptOut(doc.workshop, tuple(dropped))
