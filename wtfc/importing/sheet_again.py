"""An earlier import's sheet again whose people carry other codes now: each sheet code -> the
code its cards carry.

Given codes of their own (P01 → P04), or renamed on Collect since (P01 → N01), a sheet's people
are no longer found by the codes the sheet gives them; judged by code alone, the same sheet
again went onto whoever has P01 now (another area's person), or, ticked, was added a second time
under yet more codes. So before any code is given or read, the sheet is lined up with each earlier
import's cards by place and words alone (``place_cards``), whatever code they carry now, on the
same near-total agreement ``repeats`` asks of the same file again: at most one in five of its
places differing, two statements at least agreeing, and, with rows past that import's last card,
three agreeing and nearly all of its cards found (the rows of its people who withdrew since,
lined up with their codes, are not past it). Each sheet code whose agreeing rows are all one
person's cards is that person; a code whose rows are several people's cards is another file.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from wtfc.importing.edited_words import lightly_edited
from wtfc.importing.person_codes import person_cell_value
from wtfc.importing.person_names import is_code
from wtfc.importing.place_cards import Made, placed
from wtfc.importing.repeats import comparable
from wtfc.importing.statements import Statement
from wtfc.model.workshop import Workshop

_SOURCE = re.compile(r"import (\d+), row (\d+)")
_NUMBERED = re.compile(r"(.*?)(\d+)")
_EDITED_LOOKS = 200_000  # rows x cards compared for light edits when rows have moved


@dataclass(frozen=True)
class _Row:
    place: str
    row: int
    words: str
    person: str
    who: str | None = ""  # matched by the words alone (``placed``): the code is not trusted


def codes_now(workshop: Workshop, statements: Sequence[Statement], *, wide: bool
              ) -> dict[str, str]:
    """The sheet's person cells (codes, names) -> the codes their cards carry, when the sheet is
    an earlier import's file again (the first that agrees); empty when it is none's. Cells with
    no card at their places are left out. Only ever a key: never said (a name is a name)."""
    made: dict[int, dict[str, list[Made]]] = {}
    last: dict[int, int] = {}
    for card in workshop.cards:
        match = _SOURCE.match(card.source)
        if match and card.person:
            number = int(match.group(1))
            made.setdefault(number, {}).setdefault(card.source, []).append(
                Made(comparable(card.text), card.kind.value, card.person))
            last[number] = max(last.get(number, 0), int(match.group(2)))
    if not made:
        return {}
    words = {text: comparable(text) for text in {s.text for s in statements}}
    rows = [_Row(f"row {s.row}" + (f", {s.column}" if wide else ""), s.row, words[s.text],
                 person_cell_value(s.person)) for s in statements]
    for number in sorted(made):
        at = placed(rows, _made_at(made[number], number), lambda _code, _person: True)
        agree = len(at.cards)
        if agree < 2 or (at.places - at.agreed) * 5 > at.places:
            continue
        now: dict[str, str] = {}
        for index, then in at.cards.items():
            code = rows[index].person
            if code and now.setdefault(code, then.person) != then.person:
                break  # one code then, several people now: another file
        else:
            # the last card left is not the import's last row when its last people withdrew:
            # their rows, lined up with the codes they withdrew under, are not rows past its end,
            # though then every card left must be found (their words can't be compared)
            gone = _withdrawn_since(workshop, rows, now, made[number])
            count = sum(len(found) for found in made[number].values())
            if any(row.row > last[number] and row.person not in gone for row in rows) and (
                    agree < 3 or (count - agree) * 5 > count):
                continue
            if any(row.row > last[number] and row.person in gone for row in rows) and (
                    agree < count):
                continue
            return now | gone
    kinds = [s.kind.value for s in statements]
    for number in sorted(made):  # none agrees by place: rows moved (one at the top, sorted)
        now = _by_words(rows, kinds, [m for found in made[number].values() for m in found])
        if now:
            return now | _withdrawn_since(workshop, rows, now, made[number])
    return {}


def _by_words(rows: Sequence[_Row], kinds: Sequence[str], cards: list[Made]) -> dict[str, str]:
    """The sheet lined up with one import's ``cards`` by kind and words alone, wherever its rows
    stand now (a row inserted at the top, the rows sorted or one deleted moved every place): each
    sheet code -> the person whose cards its rows are, on the same near-total agreement, counted
    by row: two rows at least, three with rows of its own besides (new since), and at most one
    in five of the import's cards not found. A stock phrase several people said counts for
    whichever of them the code's other rows are; a code whose rows are sure to be several
    people's is another file: empty."""
    if not cards or any(not row.person for row in rows):
        return {}
    free: dict[tuple[str, str], list[Made]] = {}
    for card in cards:
        free.setdefault((card.kind, card.words), []).append(card)
    found = [free.get((kind, row.words), []) for kind, row in zip(kinds, rows, strict=True)]
    if sum(map(bool, found)) * 2 < len(cards):
        return {}  # most of its cards' words nowhere in the sheet (a new sheet: the quick way)
    unmatched = [index for index, same in enumerate(found) if not same]
    if len(unmatched) * len(free) <= _EDITED_LOOKS:  # words lightly edited since, kept bounded
        for index in unmatched:
            found[index] = next((made for (kind, words), made in free.items()
                                 if kind == kinds[index]
                                 and lightly_edited(words, rows[index].words)), [])
    sure: dict[str, set[str]] = {}  # a code -> the people its rows' unambiguous cards are
    for row, made in zip(rows, found, strict=True):
        people = {card.person for card in made}
        if len(people) == 1:
            sure.setdefault(row.person, set()).update(people)
    if any(len(people) > 1 for people in sure.values()):
        return {}  # one code then, several people now: another file
    now = {code: next(iter(people)) for code, people in sure.items()}
    if len(set(now.values())) < len(now):
        return {}  # two of the sheet's codes are one person: not that import's sheet
    agree = 0
    for row, made in zip(rows, found, strict=True):
        theirs = next((card for card in made if card.person == now.get(row.person)), None)
        if theirs is not None:  # each card taken once
            agree += 1
            made.remove(theirs)
    if agree < (2 if agree == len(rows) else 3) or (len(cards) - agree) * 5 > len(cards):
        return {}
    return now


def _withdrawn_since(workshop: Workshop, rows: Sequence[_Row], now: dict[str, str],
                     cards: dict[str, list[Made]]) -> dict[str, str]:
    """In an import's sheet again whose codes changed since (codes of their own, a rename), the
    sheet's codes with no card left at any of their rows -> the withdrawn code they had, where
    the codes lined up tell it: codes of their own are given in the sheet's order, so a code
    between P01 (now P04) and P03 (now P06) was P05, and P05 withdrew; the sheet's first two,
    before P03 (now P06), were the two nearest below it that withdrew, in order (P04, P05); the
    last two, after P01 (now P04), the next two above it (P05, P06). Their rows then stay out
    (README: a withdrawn person's rows stay out of later imports); given the sheet's code they
    went onto whoever has it now, or, ticked, came back under a new one."""
    if all(code == person for code, person in now.items()):
        return {}  # the same codes: a withdrawn person's code is the sheet's own
    withdrawn = sorted((match.group(1).casefold(), int(match.group(2)), code)
                       for code in workshop.withdrawn_codes
                       if (match := _NUMBERED.fullmatch(code)))
    if not withdrawn:
        return {}
    sources = {source.split(", ", 1)[1] for source in cards}
    order = list(dict.fromkeys(row.person for row in rows if is_code(row.person)))
    gone = {code for code in order if code not in now} - {
        row.person for row in rows if row.place in sources}
    following: list[str | None] = [None]  # each place in the sheet's order -> the next lined up
    for code in reversed(order):
        following.append(now.get(code) or following[-1])
    following.reverse()
    given: dict[str, str] = {}
    run: list[str] = []
    previous: str | None = None  # the code lined up (or given) last, before the run
    for index, code in enumerate([*order, ""]):
        if code in gone:
            run.append(code)  # codes of their own are given in the sheet's order, one by one
            continue
        if run:
            low = _number(previous) if previous else None
            high = _number(after) if (after := following[index]) else None
            prefix = (low or high or ("", 0))[0]
            fits = [w for first, number, w in withdrawn
                    if first == prefix and (low is None or number > low[1])
                    and (high is None or number < high[1]) and (low or high)]
            # before the first code lined up: the nearest below it; else the next ones above
            given |= dict(zip(run, fits[-len(run):] if low is None else fits, strict=False))
            previous = next((given[c] for c in reversed(run) if c in given), previous)
            run = []
        previous = now.get(code) or previous
    return given


def _number(code: str) -> tuple[str, int] | None:
    match = _NUMBERED.fullmatch(code)
    return (match.group(1).casefold(), int(match.group(2))) if match else None


def _made_at(cards: dict[str, list[Made]], number: int) -> Callable[[str], list[Made]]:
    """Import ``number``'s cards at a place ("row 14"), cut as sources are."""
    return lambda place: cards.get(f"import {number}, {place}"[:300], [])
