"""The note a new cycle's first import gives when People keeps rows no card is from.

*New workshop from this one* carries last time's codes, so that a sheet keyed by the same codes
finds their role and tags. A sheet that names people cannot be matched to them (wtfc keeps no
names), so its people get new codes, and without a word last time's rows stayed on People, with
no card, one more set each cycle. Said once, on the import into a workshop with no cards yet, with
the way to clear them that does not record them as people who withdrew.
"""

from __future__ import annotations

from collections.abc import Collection

from wtfc.model.workshop import Workshop

LISTED = 8  # codes named; the rest are counted
TAKE_OFF_WAY = "Collect → People → “Take off people with no cards”"


def cardless_note(workshop: Workshop, used: Collection[str], fresh: Collection[str]) -> str:
    """The note for an import into ``workshop`` that gives cards to ``used`` (codes), of them
    ``fresh`` ones wtfc gave names or other cells: the people on People left with no card, or
    "" (cards there already: said at the first import only; or no one left)."""
    if workshop.cards or not used:
        return ""
    left = [p.id for p in workshop.people if p.id not in used]
    if not left:
        return ""
    one = len(left) == 1
    head = (f"{'1 person' if one else f'{len(left):,} people'} on People "
            f"{'has' if one else 'have'} no card ({_listed(left)}): last time's, carried by New "
            "workshop from this one (or typed on People).")
    if fresh:
        return (f"{head} This sheet gave people new codes (wtfc keeps no names, so it cannot "
                f"tell who was who last time): if {'that row is' if one else 'those rows are'} "
                f"no one this time, {TAKE_OFF_WAY} clears {'it' if one else 'them'}, not as "
                "someone who withdrew.")
    return (f"{head} If they have no review this time, "
            f"{TAKE_OFF_WAY} clears {'the row' if one else 'their rows'}, not as someone who "
            "withdrew; leave them if another sheet will bring their reviews.")


def _listed(codes: list[str]) -> str:
    """ "P001, P002 and P003"; past ``LISTED``, "P001, … P008 and 4 more"."""
    if len(codes) > LISTED:
        return ", ".join(codes[:LISTED]) + f" and {len(codes) - LISTED:,} more"
    return " and ".join([", ".join(codes[:-1]), codes[-1]] if len(codes) > 1 else codes)
