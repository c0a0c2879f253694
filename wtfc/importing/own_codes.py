"""Codes of their own for a sheet's people ("Give this sheet's people codes of their own", the
command line's --own-codes).

A code is the same person in every file, so two areas' sheets that both number their people
from P01 make two people one: their cards join, the second sheet's rows in the same words as the
first's are skipped as repeats, and a withdrawal takes both. When the facilitator says the sheet
is another area's, each code in it that the workshop already has for a person (on People, or
merged into one) is given the next free code of the same look (P01 → P04 after North's
P01–P03), before anything else reads the rows: so none of them is skipped as another person's
repeat, and the report lists old → new, the key to the area's own list. Codes the workshop does
not know yet are kept as they are; so is a withdrawn person's (their rows stay out: the note
says so), and those of an earlier import's sheet again (``sheet_again``), whose people are
already here under the codes that import gave them.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Mapping
from dataclasses import replace
from typing import NamedTuple

from wtfc.importing.other_sheet_codes import withdrawn_note
from wtfc.importing.person_codes import person_cell_value
from wtfc.importing.person_names import is_code, person_name
from wtfc.importing.sheet_again import codes_now
from wtfc.importing.statements import Statement
from wtfc.model.operations.people import code_key, merged_codes
from wtfc.model.small_groups import tag_key
from wtfc.model.workshop import Workshop

_NUMBERED = re.compile(r"(.*?)(\d+)")
_LISTED = 8  # old → new pairs named in the report; more are counted


class Given(NamedTuple):
    """A sheet's codes as the import reads them (``codes_given``)."""

    statements: list[Statement]  # with their codes given
    instead: dict[str, str]  # the sheet's known codes -> codes of their own (``own_code_map``)
    moved: dict[str, str]  # an earlier import's sheet again: its codes -> its people's now
    earlier: dict[str, str]  # the session's names -> codes (``PersonCodes``'s ``earlier``)


def codes_given(workshop: Workshop, statements: list[Statement], *, wide: bool,
                own_codes: bool, person_codes: Mapping[str, str] | None,
                area: str = "") -> Given:
    """An earlier import's sheet again whose people carry other codes now (given codes of their
    own, or renamed since) is lined up by place and words before any code is read or given
    (``sheet_again``), ticked or not: so it is never added twice, nor put onto whoever has P01
    now; a name in it the session gave another code is left to be lined up by place too.
    Ticked, a name this session gave a code (North's "Mrs A") is not this sheet's: another
    area's Mrs A gets a code of her own; one who withdrew keeps theirs (their rows stay out).
    ``area``: the locality of everyone on the sheet (``own_code_map``'s)."""
    now = codes_now(workshop, statements, wide=wide)
    merged = merged_codes(workshop)  # (a code merged, or typed another way, is P07's already)
    moved = {old: new for old, new in now.items() if is_code(old)
             and code_key(old) != code_key(new) and merged.get(old) != new}
    then = {person_name(cell).casefold() or cell.casefold(): code for cell, code in now.items()
            if not is_code(cell)}
    earlier = {name: code for name, code in (person_codes or {}).items()
               if (not own_codes or code in workshop.withdrawn_codes)
               and then.get(name, code) == code}
    # a name this session gave another code since (South's Mrs A given P003 of her own): the
    # sheet lined up says it is that person, wherever its rows stand now; ticked, all its names
    earlier |= {name: code for name, code in then.items()
                if own_codes or (person_codes or {}).get(name, code) != code}
    instead = own_code_map(workshop, (s.person for s in statements), keep=now, area=area)
    given = with_own_codes(statements, {**instead, **moved} if own_codes else moved)
    return Given(given, instead, moved, earlier)


def own_code_map(workshop: Workshop, cells: Iterable[str], *,
                 keep: Collection[str] = (), area: str = "") -> dict[str, str]:
    """The sheet's codes (its person ``cells``, in row order) the workshop already has for a
    person -> the next free code like each (P01 -> P04). Empty when none is known. Left as they
    are: ``keep`` (the codes of an earlier import's sheet again, ``sheet_again``: their people
    are already here, and new codes added them twice), a withdrawn person's code (their rows
    stay out, as the facilitator's key list says: a new code brought them back), and a code the
    import keeps apart already (P1 beside the workshop's P01).

    With the sheet's ``area`` (review 36 W1 R1), last time's people carried by New workshop
    from this one with no card yet are told apart by their locality: one of that area is the
    sheet's person (their code kept, as the North import had just advised), and the codes of
    their own given are theirs first, in People's order (South's P01 -> P05, last time's South
    P05-P08, not P09 past them all); one of another area is someone else (North's P01 is not
    South's), given a code of their own as a person with cards is."""
    known = {p.id for p in workshop.people} | merged_codes(workshop).keys()
    withdrawn = {code_key(code) for code in workshop.withdrawn_codes}
    codes = list(dict.fromkeys(v for c in cells if is_code(v := person_cell_value(c))))
    # a new code is none the workshop has, nor one the sheet keeps, nor one typed like either
    taken = {code_key(code) for code in known | set(workshop.withdrawn_codes) | set(codes)}
    # the highest number of each look, found once (a scan per code took 34 s at 5,000 people)
    highest: dict[str, int] = {}
    for code in (*known, *workshop.withdrawn_codes, *codes):
        if match := _NUMBERED.fullmatch(code):
            folded = match.group(1).casefold()
            highest[folded] = max(highest.get(folded, 0), int(match.group(2)))
    carried = _carried_here(workshop, area) if area else []
    kept = set(keep) | set(carried)  # this area's own people: no clash
    on_sheet = {code_key(code) for code in codes}
    waiting = [code for code in carried if code_key(code) not in on_sheet]
    given: dict[str, str] = {}
    for code in codes:
        if code in known and code not in kept and code_key(code) not in withdrawn:
            given[code] = waiting.pop(0) if waiting else _next_free(code, highest, taken)
            taken.add(code_key(given[code]))
    return given


def _carried_here(workshop: Workshop, area: str) -> list[str]:
    """The codes of the people on People with no card yet whose locality is ``area`` (in any
    case or spacing, as People counts a tag), in People's order."""
    with_cards = {card.person for card in workshop.cards}
    return [p.id for p in workshop.people
            if p.id not in with_cards and p.locality and tag_key(p.locality) == tag_key(area)]


def _next_free(code: str, highest: dict[str, int], taken: set[tuple]) -> str:
    """The code after the highest of ``code``'s look (its letters, its digits' width): P04
    after P01–P03, so an area's people read as a block of their own."""
    match = _NUMBERED.fullmatch(code)
    prefix, width = (match.group(1), len(match.group(2))) if match else ("P", 3)
    folded = prefix.casefold()
    number = highest.get(folded, 0)
    while True:
        number += 1
        new = f"{prefix}{number:0{width}d}"
        if code_key(new) not in taken:
            highest[folded] = number
            return new


def with_own_codes(statements: list[Statement], given: dict[str, str]) -> list[Statement]:
    """``statements`` with each person cell ``given`` a new code given it."""
    if not given:
        return statements
    return [replace(s, person=given[value]) if (value := person_cell_value(s.person)) in given
            else s for s in statements]


def own_codes_note(given: dict[str, str], withdrawn: Iterable[str] = (), *,
                   again: bool = False) -> str:
    """The report's old → new list, as asked for (``withdrawn``: the sheet's codes of people
    who withdrew, whose rows stayed out under their code; ``again``: the sheet is an earlier
    import's file again, its people that import's)."""
    if not given and again:
        said = ("Codes of their own were asked for, but this sheet is an earlier import's again: "
                "its people are already here, and keep the codes that import gave them.")
    elif not given:
        said = ("Codes of their own were asked for: none of this sheet's codes was in the "
                "workshop already for a person, so they are kept as they are.")
    else:
        pairs = [f"{old} → {new}" for old, new in given.items()]
        more = len(pairs) - _LISTED
        listed = ", ".join(pairs[:_LISTED]) + (f" and {more:,} more" if more > 0 else "")
        said = (f"As asked, this sheet's people were given codes of their own, as the workshop "
                f"already had their codes for other people: {listed}. Note them on the area's "
                "own list of who is who.")
    return f"{said} {withdrawn_note(withdrawn, again=again)}".rstrip()


def sheet_again_note(moved: dict[str, str]) -> str:
    """The report's word that the sheet is an earlier import's again, its people under the codes
    they carry now."""
    pairs = [f"{old} is {new}" for old, new in moved.items()]
    more = len(pairs) - _LISTED
    listed = ", ".join(pairs[:_LISTED]) + (f" and {more:,} more" if more > 0 else "")
    return ("This sheet is an earlier import's again, whose people have other codes now: "
            f"{listed}. Its rows are read as theirs.")
