"""The area (locality) chosen for everyone on a sheet (the import dialog's box, ``wtfc import
--locality``), checked as People checks a typed tag: its spaces tidied, at most ``TAG_LIMIT``
characters, and a word when the guard reads it as a personal detail (a tag is coarse, an area,
never a name or an address), said and left to the facilitator, as on People."""

from __future__ import annotations

from collections.abc import Iterable

from wtfc.importing.other_sheet_codes import OWN_CODES_BOX
from wtfc.importing.typed_details import detail_quote
from wtfc.model.operations.people import TAG_LIMIT

_LISTED = 8  # codes named; more are counted
TOO_LONG = f"That is too long: a locality holds at most {TAG_LIMIT} characters."
# People's words for a tag the guard reads as a personal detail (``people_dialog``)
DETAIL_ADVICE = ("A person's tags are coarse (an area, an age band): if these words could "
                 "identify someone, change them.")


def tidied_area(text: str) -> str:
    """``text`` as People keeps a tag: spaces and line breaks tidied to single spaces."""
    return " ".join(text.split())


def area_problem(text: str) -> str:
    """Why ``text`` cannot be the sheet's area ("" when it can: any tidied text that fits)."""
    return TOO_LONG if len(tidied_area(text)) > TAG_LIMIT else ""


def area_detail(text: str, names: Iterable[str] = ()) -> str:
    """ "Possible personal detail in the locality: “[name]”. …" when the guard reads ``text``
    (with ``names``, the ones watched for) as a personal detail, else "": said, not refused."""
    quote = detail_quote(tidied_area(text), tuple(names))
    return f"Possible personal detail in the locality: {quote}. {DETAIL_ADVICE}" if quote else ""


def replaced_note(replaced: list[tuple[str, str]], area: str) -> str:
    """The confirm page's words, before Import, on people on People with no card here yet
    (last time's, carried by New workshop from this one) whose locality ``area`` replaces
    (``replaced``: (code, theirs)), "" for none: never changed unsaid."""
    if not replaced:
        return ""
    listed = [f"{code} (“{own}”)" for code, own in replaced[:_LISTED]]
    more = len(replaced) - _LISTED
    said = ", ".join(listed[:-1]) + " and " + listed[-1] if len(listed) > 1 else listed[0]
    said += f" and {more:,} more" if more > 0 else ""
    one = len(replaced) == 1
    return (f"{said} {'is' if one else 'are'} on People with another locality and no card here "
            f"yet (last time's, carried by New workshop from this one): Import gives "
            f"{'them' if not one else 'that person'} “{area}”, as it would a sheet's own "
            "cell (if People's is right, put it back on Collect → People after the import).")


def carried_clash_note(replaced: list[tuple[str, str]], area: str) -> str:
    """The confirm page's words beside "Give this sheet's people codes of their own" when the
    sheet's codes are last time's people of another area with no card yet (``replaced``: (code,
    theirs)): North's P01 carried is not South's P01 because neither has cards yet, and
    without the choice South's people took North's codes (review 36 W1 R1). "" for none."""
    if not replaced or not area:
        return ""
    codes = [code for code, _ in replaced[:_LISTED]]
    more = len(replaced) - _LISTED
    said = ", ".join(codes[:-1]) + " and " + codes[-1] if len(codes) > 1 else codes[0]
    said += f" and {more:,} more" if more > 0 else ""
    theirs = sorted({own for _, own in replaced})
    places = " or ".join(f"“{own}”" for own in theirs[:3])
    one = len(replaced) == 1
    return (f"This sheet's {said} {'is' if one else 'are'} {places} on People (last time's, no "
            f"card yet) and this sheet is “{area}”: perhaps another area's "
            f"{'person' if one else 'people'} with the same code{'s' * (not one)}. To keep "
            f"them apart, tick “{OWN_CODES_BOX}” before Import: last time's “{area}” people "
            "with no card yet take theirs first.")
