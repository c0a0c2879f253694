"""Codes of their own for a sheet's people ("Give this sheet's people codes of their own", the
command line's --own-codes).

A code is the same person in every file, so two areas' sheets that both number their people
from P01 make two people one: their cards join, the second sheet's rows in the same words as the
first's are skipped as repeats, and a withdrawal takes both. When the facilitator says the sheet
is another area's, each code in it that the workshop already knows (a person on People, a code
merged into one, a withdrawn person's) is given the next free code of the same look (P01 → P04
after North's P01–P03), before anything else reads the rows: so none of them is skipped as
another person's repeat, and the report lists old → new, the key to the area's own list.
Codes the workshop does not know yet are kept as they are.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from wtfc.importing.person_codes import person_cell_value
from wtfc.importing.person_names import is_code
from wtfc.importing.statements import Statement
from wtfc.model.operations.people import code_key, merged_codes
from wtfc.model.workshop import Workshop

_NUMBERED = re.compile(r"(.*?)(\d+)")
_LISTED = 8  # old → new pairs named in the report; more are counted


def own_code_map(workshop: Workshop, cells: Iterable[str]) -> dict[str, str]:
    """The sheet's codes (its person ``cells``, in row order) the workshop already knows ->
    the next free code like each (P01 -> P04). Empty when none is known."""
    known = {p.id for p in workshop.people} | set(workshop.withdrawn_codes)
    known |= merged_codes(workshop).keys()
    codes = list(dict.fromkeys(v for c in cells if is_code(v := person_cell_value(c))))
    known_keys = {code_key(code) for code in known}
    # a new code is none the workshop has, nor one the sheet keeps, nor one typed like either
    taken = known_keys | {code_key(code) for code in codes}
    given: dict[str, str] = {}
    for code in codes:
        if code_key(code) in known_keys and code not in given:
            given[code] = _next_free(code, known | set(codes) | set(given.values()), taken)
            taken.add(code_key(given[code]))
    return given


def _next_free(code: str, codes: set[str], taken: set[tuple]) -> str:
    """The code after the highest of ``code``'s look (its letters, its digits' width): P04
    after P01–P03, so an area's people read as a block of their own."""
    match = _NUMBERED.fullmatch(code)
    prefix, width = (match.group(1), len(match.group(2))) if match else ("P", 3)
    folded = prefix.casefold()
    numbers = [int(m.group(2)) for c in codes
               if (m := _NUMBERED.fullmatch(c)) and m.group(1).casefold() == folded]
    number = max(numbers, default=0)
    while True:
        number += 1
        new = f"{prefix}{number:0{width}d}"
        if code_key(new) not in taken:
            return new


def with_own_codes(statements: list[Statement], given: dict[str, str]) -> list[Statement]:
    """``statements`` with each person cell ``given`` a new code given it."""
    if not given:
        return statements
    return [replace(s, person=given[value]) if (value := person_cell_value(s.person)) in given
            else s for s in statements]


def own_codes_note(given: dict[str, str]) -> str:
    """The report's old → new list, as asked for."""
    if not given:
        return ("Codes of their own were asked for: none of this sheet's codes was in the "
                "workshop already, so they are kept as they are.")
    pairs = [f"{old} → {new}" for old, new in given.items()]
    more = len(pairs) - _LISTED
    listed = ", ".join(pairs[:_LISTED]) + (f" and {more:,} more" if more > 0 else "")
    return (f"As asked, this sheet's people were given codes of their own, as the workshop "
            f"already had their codes for other people: {listed}. Note them on the area's own "
            "list of who is who.")
