"""The note, before Import and in the report, on a sheet's codes that may be other people.

A code is the same person in every file (docs/behaviour.md), and that stays: it is how a second
sheet about the same people joins up. But a council's areas, or care managers, each number their
people from P01, and two people given one code have their cards mixed, their same words skipped
as repeats (a voice lost) and a withdrawal takes both. So whatever the layout, a code in the
sheet that already has cards, from another import or typed in, is said, with the imports they
came from, a locality or other tag People gives otherwise, and the rows that would be skipped
as that person's words already there, and with how to keep them apart (``own_codes``); never
refused. Left unsaid: the same file again (``Judgement.same_file``), a code the sheet tags as
People does (``PersonTags.described_alike``: a later review of the same person), and one all
of whose rows are its card's words already (nothing of theirs lost) unless its tags clash; one
whose rows are mostly stock phrases is said (two older people give the commonest answers).
Said as a warning only with a sign of other people (``OtherCodes.loud``), calmly otherwise.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Collection, Iterable

from wtfc.model.workshop import Workshop

_IMPORT = re.compile(r"import (\d+), row \d+")
_LISTED = 8  # codes named in the note; more are counted
_CLASHES = 3  # tag clashes said one by one; more are counted
OWN_CODES_BOX = "Give this sheet's people codes of their own"


class OtherCodes(list[str]):
    """The codes the note names, with what else it says of them: whether any has typed cards,
    their tag clashes ("P01 is “North” on People; this sheet says “South”"), how many of their
    rows are skipped as repeats, the codes of their own they would be given, the sheet's codes
    of people who withdrew (kept out, never given codes of their own), and whether anything
    points to other people (``loud``: a tag clash, or a code saying some of its card's words
    again among others, two people's stock phrases, in a sheet mostly new): said as a warning
    then, calmly otherwise."""

    def __init__(self, codes: Iterable[str] = (), *, typed: bool = False,
                 clashes: Iterable[str] = (), skipped: int = 0,
                 instead: dict[str, str] | None = None, withdrawn: Iterable[str] = (),
                 loud: bool = True) -> None:
        super().__init__(codes)
        self.typed = typed
        self.clashes = list(clashes)
        self.skipped = skipped
        self.instead = dict(instead or {})
        self.withdrawn = list(withdrawn)
        self.loud = loud


def may_share_codes(workshop: Workshop) -> bool:
    """Whether a sheet's codes can already have cards here (a quick look, before the import
    is worked out for the note)."""
    return any(card.person for card in workshop.cards)


def codes_from_other_sheets(
    workshop: Workshop, *, from_file: Collection[str], rows: Counter[str],
    repeated: Counter[str], alike: Collection[str] = (),
    clashes: dict[str, tuple[str, str]] | None = None,
    same_file: Callable[[int], bool] = lambda _number: False,
    instead: dict[str, str] | None = None, withdrawn: Iterable[str] = (),
    shown: dict[str, str] | None = None,
) -> tuple[OtherCodes, list[int]]:
    """(codes, the imports their cards came from): those of ``from_file`` (the codes the sheet
    gives, not fresh ones given to names) with cards in ``workshop``. ``rows``/``repeated``:
    each code's rows in the sheet, and those skipped as its card's words already there.
    ``clashes``: code -> (People's tag, the sheet's) where they differ. ``instead``: the codes of
    their own the sheet's known codes would be given (``own_codes``), said beside the choice.
    ``withdrawn``: the sheet's codes of people who withdrew; ``shown``: how a code is named."""
    clashes = clashes or {}
    from_file = set(from_file)  # cards x codes list lookups took 30 s at 100,000 cards
    imports: dict[str, set[int]] = {}
    typed: set[str] = set()
    for card in workshop.cards:
        if card.person not in from_file:
            continue
        match = _IMPORT.match(card.source)
        if match:
            imports.setdefault(card.person, set()).add(int(match.group(1)))
        else:
            typed.add(card.person)
    codes = []
    for code in sorted(imports.keys() | typed):
        if code in alike:
            continue
        numbers = imports.get(code, set())
        if code not in typed and any(same_file(n) for n in numbers):
            continue  # an import's file again, or a longer copy: that file's person
        if code not in clashes and repeated[code] >= rows[code]:
            continue  # every row its card's words already: nothing of theirs is lost
        codes.append(code)
    # Another area's P01 and a later sheet of this one's P01 (no locality, new words) read
    # alike: nothing in the sheet parts them, so that is said once, calmly, with the choice.
    # The warning look is kept for signs of other people, so it is not learnt to be passed by:
    # a tag clash, or words of the card said again among others (stock phrases, and a voice
    # that would be skipped as the other person's). Most of the sheet's rows its people's
    # cards' words already is the same care manager's whole sheet again, sorted or with old
    # rows kept, and a new row or two: no sign of other people, said calmly.
    mostly_again = sum(repeated.values()) * 2 > sum(rows.values())
    loud = any(c in clashes or (repeated[c] and not mostly_again) for c in codes)
    shown = shown or {}  # a code the sheet gives as one merged into it: "P03 (merged into P01)"
    said = OtherCodes([shown.get(c, c) for c in codes], typed=any(c in typed for c in codes),
                      clashes=_clash_lines({shown.get(c, c): clashes[c] for c in codes
                                            if c in clashes}, len(codes)),
                      skipped=sum(repeated[c] for c in codes),
                      instead=instead, withdrawn=withdrawn, loud=loud)
    return said, sorted({n for code in codes for n in imports.get(code, ())})


def other_sheet_note(codes: list[str], imports: list[int], taking_out: str) -> str:
    """'P01 and P02 already have cards from import 1, and a code is the same person in every
    file. …' (``taking_out``: how to take this import out, ending "then import only the new
    rows."; the confirm page's, before Import, begins "click Cancel")."""
    before = taking_out.startswith("click Cancel")
    in_app = before or taking_out.startswith("Undo")
    one = len(codes) == 1
    typed, clashes, skipped = (getattr(codes, "typed", False), getattr(codes, "clashes", []),
                               getattr(codes, "skipped", 0))
    where = _imports(imports)
    if typed:
        where = f"{where} and typed in" if where else "typed in"
    where = f"{'from ' * bool(imports)}{where}"
    withdrawn = withdrawn_note(getattr(codes, "withdrawn", []))
    if not getattr(codes, "loud", True):  # nothing points to other people: said once, calmly
        return " ".join(filter(None, [_calm(codes, where, taking_out, before, in_app),
                                      withdrawn]))
    parts = [f"{_listed(codes)} already {'has' if one else 'have'} cards "
             f"{where}, and a code is the same person in every file."]
    if clashes:
        more = len(clashes) - _CLASHES
        parts.append("; ".join(clashes[:_CLASHES]) + (f"; and {more:,} more like it" if more > 0
                                                      else "") + ".")
    if skipped:
        rows = "1 row" if skipped == 1 else f"{skipped:,} rows"
        verb = "would be" if before else ("was" if skipped == 1 else "were")
        whose = "that person's card" if one else "their cards"
        parts.append(f"{rows} of this sheet {verb} skipped as the same words as {whose} already "
                     "there.")
    these = "this is another person" if one else "these are other people"
    if before:
        given = _pairs(getattr(codes, "instead", {}))
        step = (f"tick “{OWN_CODES_BOX}” below{f' ({given})' if given else ''}, and no row "
                "is taken for another person's.")
    elif in_app:
        step = (f"Undo takes this import out; then import the sheet again and tick "
                f"“{OWN_CODES_BOX}”.")
    else:
        head, then, _ = taking_out.rpartition("then ")
        again = "import the sheet again with --own-codes."
        step = f"{head}then {again}" if then else f"{taking_out} Then {again}"
    parts.append(f"If this sheet is from another area or care manager, {these}: {step}")
    same = "the same person" if one else "the same people"
    parts.append(f"If it is more from {same}, "
                 + ("click Import." if before else "nothing needs doing."))
    return " ".join(parts + [withdrawn] * bool(withdrawn))


def _calm(codes: list[str], where: str, taking_out: str, before: bool, in_app: bool) -> str:
    """The note with no sign of other people: the rows join, and the choice if they are."""
    one = len(codes) == 1
    has = "has" if one else "have"
    join = "join them" if before else "joined them"
    if before:
        given = _pairs(getattr(codes, "instead", {}))
        step = f"tick “{OWN_CODES_BOX}” below{f' ({given})' if given else ''}."
    elif in_app:
        step = f"Undo takes this import out; then import it again and tick “{OWN_CODES_BOX}”."
    else:
        head, then, _ = taking_out.rpartition("then ")
        again = "import the sheet again with --own-codes."
        step = f"{head}then {again}" if then else f"{taking_out} Then {again}"
        step = step[0].lower() + step[1:]  # "open the workshop…", mid-sentence
    return (f"{_listed(codes)} already {has} cards {where}: this sheet's rows {join}, as a code "
            f"is the same person in every file. If the sheet is another area's or care "
            f"manager's, {step}")


def withdrawn_note(withdrawn: Iterable[str], *, again: bool = False) -> str:
    """'P02 withdrew: …' (empty for none): a withdrawn person's code is never given another,
    as their rows stay out of every later import (README, Remove this person). ``again``: an
    earlier import's sheet again, lined up with that import's people (its P01 was P04, who
    withdrew): the sheet's code is not the one said, so no "if this sheet's P04…"."""
    codes = list(withdrawn)
    if not codes:
        return ""
    shown = codes[:_LISTED] + ([f"{len(codes) - _LISTED:,} more"] if len(codes) > _LISTED else [])
    both, either = (shown[0], shown[0]) if len(shown) == 1 else (
        ", ".join(shown[:-1]) + " and " + shown[-1], ", ".join(shown[:-1]) + " or " + shown[-1])
    said = (f"{both} withdrew: their rows stay out of this import, as of every later one, "
            "codes of their own or not.")
    if again:
        return said
    return f"{said} If this sheet's {either} is someone else, give them another code in the sheet."


def _pairs(instead: dict[str, str]) -> str:
    """The codes of their own to be given: "P01 → P04, P02 → P05"."""
    pairs = [f"{old} → {new}" for old, new in instead.items()]
    return ", ".join(pairs[:_LISTED]) + (f" and {len(pairs) - _LISTED:,} more"
                                         if len(pairs) > _LISTED else "")


def _clash_lines(clashes: dict[str, tuple[str, str]], named: int) -> list[str]:
    """"P01 and P02 are “North” on People and “South” on this sheet": codes alike said once,
    as "All 12 are …" when they are every code ``named`` (12 listed twice read as a wall)."""
    alike: dict[tuple[str, str], list[str]] = {}
    for code, values in clashes.items():
        alike.setdefault(values, []).append(code)
    lines = []
    for (own, cell), codes in alike.items():
        who = (f"All {len(codes):,}" if len(codes) == named > 2 else _listed(codes))
        lines.append(f"{who} {'is' if len(codes) == 1 else 'are'} “{own}” on People and "
                     f"“{cell}” on this sheet")
    return lines


def _listed(codes: list[str]) -> str:
    shown = codes[:_LISTED]
    if len(codes) > _LISTED:
        return ", ".join(shown) + f" and {len(codes) - _LISTED:,} more"
    return shown[0] if len(shown) == 1 else ", ".join(shown[:-1]) + " and " + shown[-1]


def _imports(numbers: list[int]) -> str:
    if not numbers:
        return ""
    said = [str(n) for n in numbers]
    return (f"import {said[0]}" if len(said) == 1 else
            "imports " + ", ".join(said[:-1]) + " and " + said[-1])
