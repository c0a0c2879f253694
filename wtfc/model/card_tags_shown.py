"""The cards' own tags (an import's Locality, Age, Gender, Ethnicity, Team… columns) as the data
export's Cards sheet shows them: under the people's small-cell rule (``small_groups``).

Printed as imported they got round it: the only 97-year-old Somali man in Hillside was named by
his cards' tags while the Age band and Locality columns beside them said "(not shown, so no one
can be recognised)". So a tag value fewer than ``SMALL`` people have on the cards shown is
hidden; and since a person's cards are listed under their code, what is shown of all their tags
together (with their shown role and person tags, on the same rows) must be shared by ``SMALL``
people or more, or their rarest shown tag is hidden too, until it is or none is left. A card with
no person is nobody, as the export's "People" count has it: it makes no group bigger, and its
tags are shown only where ``SMALL`` people have the same. As on the People sheet, where 1 to 4
people have a tag hidden beside shown ones (8 Female, 7 Male, one Non-binary) the least-held is
hidden too, and a person's value hidden from all who have it (South) is hidden here as well.
A person's Tags are compared as they read, "(not shown…)" and a blank too: "North; (not
shown…)" beside 4 "North" was the Polish person's cards, and one blank beside 6 "Female" the
one not female, so such a row is hidden until it reads as 5 people's do, or
the smallest group beside it is hidden too. A tag that may be a personal detail ("Sarah Jones
team") and is shown is asked about before the export (``typed_details``).
"""

from __future__ import annotations

from collections import Counter

from wtfc.model.small_groups import HIDDEN, NO_TAGS, SMALL, shown_roles, tag_key
from wtfc.model.small_groups import person_tags as small_person_tags
from wtfc.model.workshop import Card, Workshop

SEPARATOR = "; "


def shown_card_tags(workshop: Workshop, cards: list[Card],
                    person_tags: dict[str, list[str]]) -> dict[str, str]:
    """card id → its Tags cell for each of ``cards`` (the cards the export shows): the tags
    shown, then ``HIDDEN`` once if any is not; ``person_tags``: ``small_groups.shown_tags``."""
    shown, key_of, blanked = _shown_per_unit(workshop, cards, person_tags)
    cells = {}
    for card in cards:
        allowed = shown[_unit(card)]
        values = [v for v in dict.fromkeys(card.tags) if v.strip()]
        kept = [v for v in values if key_of[v] in allowed]
        hidden = len(kept) < len(values) or _unit(card) in blanked
        cells[card.id] = SEPARATOR.join(kept + ([HIDDEN] if hidden else []))
    return cells


def shown_tag_values(workshop: Workshop, cards: list[Card],
                     person_tags: dict[str, list[str]]) -> list[str]:
    """Each card tag the export prints, once in each spelling it is printed in, for the guard
    to read: the name finder goes by capitals, so "sarah jones team" first must not hide the
    "Sarah Jones team" the other cards print."""
    shown, key_of, _ = _shown_per_unit(workshop, cards, person_tags)
    printed: dict[str, None] = {}
    for card in cards:
        allowed = shown[_unit(card)]
        printed.update(dict.fromkeys(v for v in card.tags if key_of[v] in allowed))
    return list(printed)


def _unit(card: Card) -> str:
    """Whom a card's tags tell of: its person, or the card alone when it has none."""
    return card.person or "\0" + card.id


def _shown_per_unit(workshop: Workshop, cards: list[Card], person_tags: dict[str, list[str]]
                    ) -> tuple[dict[str, set[str]], dict[str, str], set[str]]:
    """(unit (``_unit``) → the keys of its tags that may be shown, each tag → its key, the
    people with no tag whose blank Tags would set them apart: "(not shown…)" there too)."""
    # a value is compared as the People sheet compares it ("north " is North); the same few
    # values are on thousands of cards, so each is read once
    key_of = {v: tag_key(v) for v in {v for card in cards for v in card.tags}}
    tags: dict[str, dict[str, None]] = {}  # every tag of a person's cards, in order, once
    for card in cards:
        tags.setdefault(_unit(card), {}).update(dict.fromkeys(key_of[v] for v in card.tags))
    for held in tags.values():
        held.pop("", None)  # a blank cell is no tag
    people = [unit for unit in tags if not unit.startswith("\0")]
    held_by = Counter(key for unit in people for key in tags[unit])
    folded = _hidden_beside(workshop, person_tags, tags)
    shown = {unit: {k for k in keys if held_by[k] >= SMALL and k not in folded}
             for unit, keys in tags.items()}
    role = shown_roles(workshop, cards)  # as the rows show it: a role hidden groups no one
    beside = {  # what the same rows already say of the person
        unit: (role.get(unit, ""), *(tag_key(v) for v in person_tags.get(unit, NO_TAGS)))
        for unit in tags
    }
    blanked: set[str] = set()
    while True:  # each pass only hides more, so it ends
        _hide_alone(shown, beside, tags, blanked, people, held_by)
        if not (_fold(shown, tags, blanked, people, held_by)
                or _hide_beside(shown, beside, tags, blanked, people)):
            return shown, key_of, blanked


def _hidden_beside(workshop: Workshop, person_tags: dict[str, list[str]],
                   tags: dict[str, dict[str, None]]) -> set[str]:
    """The people's tag values hidden from everyone who has them (South, folded beside the one
    in East Moor): hidden in the cards' tags too, so Tags cannot show what Locality hides."""
    shown: set[str] = set()
    hidden: set[str] = set()
    for person in workshop.people:
        if person.id in tags:
            on_rows = person_tags.get(person.id, NO_TAGS)
            for value, printed in zip(small_person_tags(person), on_rows, strict=True):
                (hidden if printed == HIDDEN else shown).add(tag_key(value))
    return hidden - shown - {""}


def _reads(unit: str, shown: dict[str, set[str]], beside: dict[str, tuple[str, ...]],
           tags: dict[str, dict[str, None]], blanked: set[str]
           ) -> tuple[tuple[str, ...], frozenset[str], bool]:
    """What the rows of a unit's cards say of it: the row beside, the tags shown, and whether
    any Tags cell reads "(not shown…)"."""
    hidden = unit in blanked or bool(tags[unit].keys() - shown[unit])
    return beside[unit], frozenset(shown[unit]), hidden


def _hide_alone(shown: dict[str, set[str]], beside: dict[str, tuple[str, ...]],
                tags: dict[str, dict[str, None]], blanked: set[str], people: list[str],
                held_by: Counter[str]) -> None:
    """Hide the rarest shown tag of each person whose rows, Tags as they read, fewer than
    SMALL people share, until none is left; a person with no tag reads "(not shown…)" then,
    as a blank Tags is as telling as a tag (6 "Female" and one blank: the one not female)."""
    tagged = bool(held_by)  # where no one has a tag, a blank Tags says nothing
    while True:  # hiding only moves a unit out of a group under SMALL: each pass hides more
        groups = Counter(_reads(unit, shown, beside, tags, blanked) for unit in people)
        alone = [unit for unit in people
                 if groups[_reads(unit, shown, beside, tags, blanked)] < SMALL
                 and (shown[unit] or (tagged and not tags[unit] and unit not in blanked))]
        if not alone:
            return
        for unit in alone:
            keys = shown[unit]
            if keys:
                keys.discard(min(sorted(keys), key=lambda k: held_by[k]))
            else:
                blanked.add(unit)


def _hide_beside(shown: dict[str, set[str]], beside: dict[str, tuple[str, ...]],
                 tags: dict[str, dict[str, None]], blanked: set[str], people: list[str]) -> bool:
    """Where people whose Tags read only "(not shown…)" are still fewer than SMALL beside the
    same row (one not Somali beside 6 "Female; Somali"), every tag of the smallest group with
    that row and tags shown, or a blank Tags, is hidden, so they read alike; whether any was."""
    if not any(tags[unit] for unit in people):
        return False  # where no one has a tag, a blank Tags says nothing
    groups = Counter(_reads(unit, shown, beside, tags, blanked) for unit in people)
    changed = False
    for apart in {row for (row, _, _), n in groups.items() if n < SMALL}:
        near = [(n, sorted(keys), (row, keys, hidden)) for (row, keys, hidden), n in groups.items()
                if row == apart and (keys or not hidden)]
        if near:
            *_, reads = min(near)
            for unit in people:
                if _reads(unit, shown, beside, tags, blanked) == reads:
                    shown[unit].clear()
                    if not tags[unit]:
                        blanked.add(unit)
            changed = True
    return changed


def _fold(shown: dict[str, set[str]], tags: dict[str, dict[str, None]], blanked: set[str],
          people: list[str], held_by: Counter[str]) -> bool:
    """The People sheet's fold (``small_groups._hide_folded``) on the bag of card tags: where
    1 to 4 people have a tag hidden (8 Female, 7 Male and one Non-binary), the least-held shown
    tag that may be of the same column is hidden for everyone, so subtraction finds no one; a
    bag has no column names, so a tag someone has beside a hidden one is of another column.
    Whether any was hidden."""
    hiding = [unit for unit in people if tags[unit].keys() - shown[unit] or unit in blanked]
    if not 0 < len(hiding) < SMALL:
        return False
    hidden = {key for unit in hiding for key in tags[unit].keys() - shown[unit]}
    other_column = {key for unit in people if hidden & tags[unit].keys() for key in tags[unit]}
    candidates = {key for unit in people for key in shown[unit]} - other_column
    if not candidates:
        return False
    least = min(sorted(candidates), key=lambda k: held_by[k])
    for keys in shown.values():
        keys.discard(least)
    return True
