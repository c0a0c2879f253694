"""With word-names pasted (Bill Hargreaves, Hope Green, Will Jones…), an everyday card in
capitals with a kiss or a time in lower case kept the word hidden ("I [name] TO STAY
INDEPENDENT x", "THE WATER [name] CAME AT 10am") where the same card without them went up
(review 34 A10 M2): the card is read in capitals, as the guard reads it. Read as the exports
read a card: ``watched_redacted``."""

from __future__ import annotations

import pytest

from wtfc.importing.pasted_names import parse_names
from wtfc.importing.watch_guard import watched_redacted

NAMES = tuple(parse_names(
    "Bill Hargreaves, Rose Tyler, Dawn French, Will Jones, May Evans, Hope Green, Pat Hall, "
    "Mark Ward, Grace Long, Joy Adams, Frank Day"))


@pytest.mark.parametrize("card", [
    "I HOPE TO STAY INDEPENDENT x",
    "THE ENERGY BILL KEEPS GOING UP x",
    "THE WATER BILL CAME AT 10am",
    "MY CARER WILL NEVER COME ON TIME xx",
    "WE NEED MORE HOPE xx",
])
def test_an_everyday_card_with_a_kiss_or_a_time_goes_up(card: str) -> None:
    assert watched_redacted(card, NAMES) == card


@pytest.mark.parametrize(("card", "shown"), [
    ("MY BILL PASSED AWAY x", "MY [name] PASSED AWAY x"),
    ("MY HUSBAND WILL DRIVES ME x", "MY HUSBAND [name] DRIVES ME x"),
    ("BILL RANG ME AT 10am", "[name] RANG ME AT 10am"),
])
def test_a_name_with_a_kiss_or_a_time_is_still_hidden(card: str, shown: str) -> None:
    assert watched_redacted(card, NAMES) == shown
