"""Close variants of session 33's no-names-pasted cards that still reached the wall, from code
review A3: "MY CARERS NAME IS SUE" held with the flag on NAME, so Redact printed "MY CARERS
[name] IS SUE" (and "My carers name is Hope Green", "MY CARER'S NAME IS SUE" went up whole).
Each row is what the wall, the letter and the room view print once the card is redacted."""

from __future__ import annotations

import pytest

from wtfc.importing.personal_details import find_personal_details, redact


def _wall(text: str) -> str:
    return redact(text, find_personal_details(text))


@pytest.mark.parametrize(("text", "wall"), [
    # S1: the word NAME is no name; the name after it is
    ("MY CARERS NAME IS SUE", "MY CARERS NAME IS [name]"),
    ("MY CARERS NAME IS HOPE GREEN", "MY CARERS NAME IS [name]"),
    ("MY CARER NAME IS HOPE GREEN", "MY CARER NAME IS [name]"),
    ("MY DAUGHTERS NAME IS JOY SMITH", "MY DAUGHTERS NAME IS [name]"),
    ("MY CARERS NAME IS MARY", "MY CARERS NAME IS [name]"),
    ("MY CARERS NAME IS WILL", "MY CARERS NAME IS [name]"),
    ("My carers name is Hope Green", "My carers name is [name]"),
    ("My carer name is Hope Green", "My carer name is [name]"),
    ("MY CARER'S NAME IS SUE", "MY CARER'S NAME IS [name]"),
    ("my carers name is sue", "my carers name is [name]"),
    # R2: a name whole, its given name before an initial, a surname's particle and the rest
    ("Hope J. Green helps me", "[name] helps me"),
    ("Hope J Green came late", "[name] came late"),
    ("Hope J Green helps me", "[name] helps me"),
    ("HOPE J GREEN CAME LATE", "[name] CAME LATE"),
    ("Jo De Souza helps me", "[name] helps me"),
    ("Mary Van Der Berg helps me", "[name] helps me"),
    ("Gwen ap Rhys helps me", "[name] helps me"),
    ("Thanks Mary A Lot", "Thanks [name] A Lot"),  # A, I and O are words, not initials
    # R3: the word-name of a name found in the same card, capitalised before is, was or 's
    ("Sue O'Brien helps me. Sue is always so kind", "[name] helps me. [name] is always so kind"),
    ("Sue O'Brien helps me. Sue is ever so kind", "[name] helps me. [name] is ever so kind"),
    ("Sue O'Brien helps me. Sue's always kind", "[name] helps me. [name]'s always kind"),
    ("Sue O'Brien helps me. Sue is lovely", "[name] helps me. [name] is lovely"),
    ("Sue O'Brien helps me. Sue was an angel", "[name] helps me. [name] was an angel"),
    ("SUE O'BRIEN HELPS ME. SUE IS LOVELY", "[name] HELPS ME. [name] IS LOVELY"),
    ("Rose Smith came late. Rose bushes need a cut", "[name] came late. Rose bushes need a cut"),
    ("Rose Smith came late. Rose Hill is lovely", "[name] came late. Rose Hill is lovely"),
])
def test_the_name_is_hidden(text, wall):
    assert _wall(text) == wall


@pytest.mark.parametrize("text", [
    # must stay as typed
    "WILL IT RAIN", "WILL SMITH WILL COME ON FRIDAY", "MAY IS MY FAVOURITE MONTH",
    "I GO TO MARKS AND SPENCER FOR MY CLOTHES", "Rose bushes need a cut", "I live on Rose Hill",
    "I WILL SUE THEM", "I HOPE THE SUMMER WILL BE BETTER", "HOLLY AND IVY ON THE DOOR",
    "I LIVE ON JAMES STREET", "MY CARER IS FRANK ABOUT IT",
    "MY CARERS NAME IS NOT ON THE ROTA", "MY CARERS NAME IS WRONG ON THE LETTER",
    "My carers name is on the form",
])
def test_the_card_goes_up_whole(text):
    assert not find_personal_details(text), _wall(text)
