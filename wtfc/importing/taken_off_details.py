"""What a save took off that may name someone, as Remove earlier versions… and the save's note
count it (``ui.remove_earlier_versions``): the kept versions (``.bak``) still hold it.

``model.words_taken_off`` counts the words a save took off, and asks its caller which of a
part's lost words may name someone (a ``NameLike``). Name-like words alone (``names_gone``:
capitalised, not a typo fixed) missed a phone number, an e-mail, a street address or a name
typed in lower case taken out of a card, the very details the card guard holds back: so what
the guard flags counts too.
"""

from __future__ import annotations

from collections.abc import Iterable

from wtfc.importing.dropped_names import names_gone
from wtfc.importing.known_names import name_matcher
from wtfc.importing.personal_details import find_personal_details
from wtfc.model.words_taken_off import WORD


class MayName:
    """The words a part of the workshop lost at a save that may name someone, for
    ``words_taken_off`` (its ``NameLike``): the name-like words ``names_gone`` picks, and what
    the card guard flags in the part's old words (a phone number, an e-mail, an address, a
    name in lower case, one of the ``names`` to watch for) where its new words lack it.
    ``kinds``: the guard's kinds of detail seen lost ("phone"…), for the question's example."""

    def __init__(self, names: Iterable[str] = ()) -> None:
        self.names = name_matcher(names)  # made once for every part read
        self.kinds: set[str] = set()

    def __call__(self, was: str, now: str | None) -> list[str]:
        found = names_gone(was, now)
        lost = set(WORD.findall(was.casefold())) - set(WORD.findall((now or "").casefold()))
        if not lost:  # the guard reads only a part that lost words (a few at a save)
            return found
        flagged = [f for f in find_personal_details(was, known_names=self.names)
                   if lost.intersection(WORD.findall(f.text.casefold()))]
        self.kinds.update(f.category for f in flagged)
        return [*found, *(f.text for f in flagged)]

    def example(self) -> str:
        """What was taken off, as the question's usual example: the kind of detail the guard
        flagged (a part deleted gives ``names_gone`` its first word, "Write to …", as a name),
        else a name."""
        kinds = [kind for kind in _TOOK_OUT if kind in self.kinds]
        return f"{_TOOK_OUT[kinds[0]]} you took out" if kinds else "a name you redacted"


# the guard's kinds of detail (``REDACTION_LABELS``) as the example names them, in this order
_TOOK_OUT = {"phone": "a phone number", "email": "an e-mail address", "address": "an address",
             "postcode": "a postcode", "nhs_number": "an NHS number",
             "date_of_birth": "a date of birth"}
