"""Which of the people's roles and tags an output may show: the small-cell rule, shared by the
data export (People and Cards sheets), the report's lines by locality and service type, and the
check that asks about a shown tag before an export.

A role fewer than ``SMALL`` of the people listed have is ``HIDDEN`` (the demo's one member of
staff, whose six cards sat together under "Staff"). The counts by role (the report's cover, the
Counts sheet) still say how many there are, so when the people hidden would all be of one role
those counts would name it; and 1 to 4 people hidden beside roles shown are the ones of the
small roles, whose cards whoever knows one of them took part finds among 4: the next smallest
role is hidden too, until 5 or more are hidden, or every role is.

A tag value fewer than ``SMALL`` of the people listed have is ``HIDDEN``; and since three common
tags together can still be one person's (the only 85+ on day services in Hillside), a person
whose role and shown tags fewer than ``SMALL`` people share has their rarest shown tag hidden
too, until they share them with ``SMALL`` or more or none is left (so ``HIDDEN`` says why, not a
group's size, which may be 5 or more). And as the report's lines do (``split_groups``), where
1 to 4 people of a tag column are hidden beside named groups (8 North, 7 South, the one in East
Moor), the smallest named group is hidden too, so no one is found by subtraction. Last, where 1
to 4 rows of a role read all "(not shown…)" and still stand apart from that role's others, the
smallest group of that role whose tags are shown is hidden whole, so every row reads as 5 or
more do: whoever knows what was recorded of someone has at least 5 rows that could be theirs.

"Not recorded" (a blank) is a value like any other in the row taken together: a blank few have
sets their rows apart (7 people 85+ in North, 6 on "Home care" and Mrs A's service blank: whoever
knows she uses day services finds her row, and her cards, as the one left). So rows are compared
exactly, blanks and "(not shown…)" as they read, the rarest cell is hidden first, a blank too
(a named locality last, for the report's lines by locality),
and the fold counts the blanks shown as a group. A blank ``SMALL`` or more rows share stays
blank ("not recorded: 6 people"); the column step leaves a blank be, as it names no one by
itself. A role not recorded is a role like another. Pure rules over the model: no output
format here.
"""

from __future__ import annotations

from collections import Counter

from wtfc.model.workshop import Card, Person, Voice, Workshop

SMALL = 5  # a group of fewer people than this is not named (the report's lines too)
# true for both reasons a tag is hidden: a group of 85+ with 5 people, hidden for someone
# whose role and tags together fewer than 5 share, is no "group of fewer than 5"
HIDDEN = "(not shown, so no one can be recognised)"
NO_TAGS = ["", "", ""]
LOCALITY = 2  # its place in ``person_tags``


def person_tags(person: Person | None) -> list[str]:
    """A person's age band, service type and locality, each "" when not recorded."""
    if person is None:
        return list(NO_TAGS)
    return [person.age_band, person.service_type, person.locality]


def shown_roles(workshop: Workshop, cards: list[Card]) -> dict[str, str]:
    """person code → the role the export shows for them ("Older person", "" when not recorded),
    for each person on ``cards`` (the cards the export shows); ``HIDDEN`` where the role is one
    fewer than SMALL of them have ("not recorded" too), or the one that keeps such a role from
    being worked out."""
    people = _people_on(workshop, cards)
    held = Counter(p.voice for p in people)
    # "not recorded" (None) is hidden for being few like a role: the one blank among 30 older
    # people is the row left to whoever knows a member of staff took part
    hidden: set[Voice | None] = {v for v, n in held.items() if n < SMALL}
    shown = sorted((v for v in (*Voice, None) if v in held and v not in hidden),
                   key=held.__getitem__)
    # with Counts' "Staff 1, Family carer 3", 1 to 4 rows hidden beside shown roles are the
    # ones of those roles: whoever knows the member of staff took part has their cards among 4
    while shown and 0 < sum(held[v] for v in hidden) < SMALL:
        hidden.add(shown.pop(0))
    return {p.id: HIDDEN if p.voice in hidden else p.voice.label if p.voice else "" for p in people}


def shown_tags(workshop: Workshop, cards: list[Card]) -> dict[str, list[str]]:
    """person code → the tags the export shows for them, for each person on ``cards`` (the
    cards the export shows); ``HIDDEN`` where the tag would belong to a group under SMALL. A
    person's role is taken together with their tags as the export shows it (``shown_roles``),
    and a blank ("not recorded") counts as a value there: shown only where SMALL or more rows
    read the same."""
    people = _people_on(workshop, cards)
    tags = {p.id: person_tags(p) for p in people}
    # a value is compared as the report's lines compare it ("north " is North); "" counts the
    # blanks, so the rarer of a blank and a value is hidden first
    held = [Counter(tag_key(tags[p.id][i]) for p in people) for i in range(len(NO_TAGS))]
    shown = {
        code: [v if not v or held[i][tag_key(v)] >= SMALL else HIDDEN for i, v in enumerate(vs)]
        for code, vs in tags.items()
    }
    role = shown_roles(workshop, cards)
    # a blank is hidden one at a time, with a fold between: the fold can make its row alike
    # its neighbours again, where hiding more of it would set it apart once more
    while _hide_folded(shown) | _hide_alone(shown, role, held) or _hide_beside(shown, role):
        pass  # each pass only hides more, so it ends
    return shown


def _hide_beside(shown: dict[str, list[str]], role: dict[str, str]) -> bool:
    """Where 1 to 4 people of a role read all "(not shown…)" and still stand apart (2 family
    carers of 5, whose 3 others' tags are shown), hide every tag of the smallest group of that
    role whose tags are shown, so they read as 5 or more: otherwise whoever knows a family
    carer who is none of the 3 has their cards among 2 people's. Whether any was hidden."""
    rows = Counter(_together(role[code], vs) for code, vs in shown.items())
    changed = False
    for said in {row[0] for row, n in rows.items() if n < SMALL}:
        groups = [(n, row) for row, n in rows.items() if row[0] == said and any(
            v != HIDDEN for v in row[1:])]
        if groups:
            _, row = min(groups)
            for code, vs in shown.items():
                if _together(role[code], vs) == row:
                    vs[:], changed = [HIDDEN] * len(vs), True
    return changed


def _hide_alone(shown: dict[str, list[str]], role: dict[str, str],
                held: list[Counter[str]]) -> bool:
    """Hide the rarest cell, named or blank, of each person whose role and shown tags together
    (blanks and ``HIDDEN`` as they read) fewer than SMALL share, until none is left; after a
    blank is hidden, let the fold run first (see ``shown_tags``). Whether any was hidden."""
    changed = False
    while True:  # hiding only moves a person out of a group under SMALL: each pass hides more
        rows = {code: _together(role[code], vs) for code, vs in shown.items()}
        sharing = Counter(rows.values())
        blanked = hid = False
        for code in [code for code in shown if sharing[rows[code]] < SMALL]:
            vs = shown[code]
            left = [i for i, v in enumerate(vs) if v != HIDDEN]
            if left:
                # a named locality goes last: it is the report's line commissioners read,
                # and as the smallest column it went first for nearly everyone ("South 6 ·
                # other 58" where 19 were from South); a blank still goes by its rarity
                i = min(left, key=lambda i: (i == LOCALITY and vs[i] != "",
                                             held[i][tag_key(vs[i])]))
                blanked |= not vs[i]
                vs[i], hid = HIDDEN, True
        if blanked:
            return True
        if not hid:
            return changed
        changed = True


def _hide_folded(shown: dict[str, list[str]]) -> bool:
    """The report's step for its lines (``split_groups``), per tag column: a value shown on
    fewer than SMALL rows is hidden, and where the people shown as ``HIDDEN`` are then 1 to 4
    (8 North, 7 South and the one in East Moor) the smallest group shown is hidden too, so
    subtraction finds no one; whether any was hidden. The blanks shown are a group here (the
    smaller, on a tie): 2 hidden beside 7 blanks are the 2 with a value."""
    changed = False
    for i in range(len(NO_TAGS)):
        sizes = Counter(HIDDEN if vs[i] == HIDDEN else tag_key(vs[i]) for vs in shown.values())
        few = {key for key, n in sizes.items() if key == HIDDEN or (key and n < SMALL)}
        hide = few - {HIDDEN}
        rest = sorted((n, key != "", key) for key, n in sizes.items() if key not in few)
        if 0 < sum(sizes[key] for key in few) < SMALL and rest:
            hide.add(rest[0][2])
        for vs in shown.values():
            if vs[i] != HIDDEN and tag_key(vs[i]) in hide:
                vs[i], changed = HIDDEN, True
    return changed


def _people_on(workshop: Workshop, cards: list[Card]) -> list[Person]:
    on_cards = {c.person for c in cards if c.person}
    return [p for p in workshop.people if p.id in on_cards]


def tag_key(value: str) -> str:
    return " ".join(value.split()).casefold()


def _together(role: str, tags: list[str]) -> tuple[str, ...]:
    return (role, *(v if v == HIDDEN else tag_key(v) for v in tags))


def split_groups(values: list[str]) -> tuple[list[tuple[str, int]], list[int], bool]:
    """One count of people by a tag (a report line under a priority): the groups it may name,
    largest first, as most of their people spell it (compared without regard to case), the
    sizes of the groups it may not (under ``SMALL``, or ``HIDDEN``), and whether a named group
    was folded into those too: "North 6 · other: 2" with 8 people is South's 2, so North is
    counted in "other" as well (the hidden alone, ``SMALL`` or more, give nothing away)."""
    spellings: dict[str, Counter[str]] = {}
    for value in filter(None, values):
        spellings.setdefault(value.casefold(), Counter())[value] += 1
    sizes = [(spelt.most_common(1)[0][0], sum(spelt.values())) for spelt in spellings.values()]
    named = sorted(((name, n) for name, n in sizes if n >= SMALL and name != HIDDEN),
                   key=lambda x: (-x[1], x[0]))
    small = [n for name, n in sizes if n < SMALL or name == HIDDEN]
    alone = len(small) == 1 and not (HIDDEN in values and small[0] >= SMALL)
    folded = bool(named and small and (alone or sum(small) < SMALL))
    if folded:
        small.append(named.pop()[1])
    return named, small, folded
