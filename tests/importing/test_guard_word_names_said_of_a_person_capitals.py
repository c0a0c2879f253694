"""With the people reviewed pasted (Bill Hargreaves, Grace Long, Will Jones, May Evans, Hope
Green…), d6b89aeb's reading of a word-name in a card in capitals as the word put cards up whole
that were held before: "MY BILL PASSED AWAY LAST YEAR", "GIVE HOPE A RING", "MY SON WILL VISITS
ON SUNDAY" (review 34 A10 S1, M3). MY/OUR before BILL, WITH or GIVE before HOPE/GRACE/JOY say a
person; WILL or MAY before a 3rd person's -S or a past form is no helper. Read as the exports
read a card: ``watched_redacted``."""

from __future__ import annotations

import pytest

from wtfc.importing.pasted_names import parse_names
from wtfc.importing.watch_guard import watched_redacted

NAMES = tuple(parse_names(
    "Bill Hargreaves, Rose Tyler, Dawn French, Will Jones, May Evans, Hope Green, Pat Hall, "
    "Mark Ward, Grace Long, Joy Adams, Frank Day"))


@pytest.mark.parametrize(("card", "shown"), [
    ("MY BILL PASSED AWAY LAST YEAR", "MY [name] PASSED AWAY LAST YEAR"),
    ("MY BILL IS LOVELY", "MY [name] IS LOVELY"),
    ("OUR BILL CAME TO SEE ME", "OUR [name] CAME TO SEE ME"),
    ("I GO SHOPPING WITH GRACE EVERY WEEK", "I GO SHOPPING WITH [name] EVERY WEEK"),
    ("I WENT WITH GRACE TO THE DAY CENTRE", "I WENT WITH [name] TO THE DAY CENTRE"),
    ("GIVE HOPE A RING", "GIVE [name] A RING"),
    ("GIVE JOY A CALL PLEASE", "GIVE [name] A CALL PLEASE"),
    ("MY SON WILL VISITS ON SUNDAY", "MY SON [name] VISITS ON SUNDAY"),
    ("MY CARER MAY HELPS ME WASH", "MY CARER [name] HELPS ME WASH"),
    ("MY HUSBAND WILL DRIVES ME TO THE SHOPS", "MY HUSBAND [name] DRIVES ME TO THE SHOPS"),
    ("MY FRIEND MAY RINGS ME EVERY DAY", "MY FRIEND [name] RINGS ME EVERY DAY"),
    ("MY CARER WILL ALWAYS HELPS ME", "MY CARER [name] ALWAYS HELPS ME"),
    ("MY NEIGHBOUR WILL NEVER RANG", "MY NEIGHBOUR [name] NEVER RANG"),
    ("MY SISTER GRACE WITH JOY CAME", "MY SISTER [name] WITH [name] CAME"),
    # M3: WILL after the pasted surname is the helper, the one before it the name
    ("MY SON WILL JONES WILL VISIT", "MY SON [name] WILL VISIT"),
])
def test_a_pasted_word_name_said_of_a_person_in_capitals_is_hidden(card: str, shown: str) -> None:
    assert watched_redacted(card, NAMES) == shown


@pytest.mark.parametrize("card", [
    "THE ENERGY BILL KEEPS GOING UP", "I HOPE TO STAY INDEPENDENT", "WE NEED MORE HOPE",
    "MY CARER WILL NEVER COME ON TIME", "MY DAUGHTER WILL VISIT IN JUNE",
    "MY BILL KEEPS GOING UP", "OUR BILL WENT UP AGAIN", "IT GIVES HOPE TO FAMILIES",
    "IT WAS FILLED WITH JOY", "MY CARER WILL ALWAYS HELP ME", "MY SON WILL NEVER BE LATE",
])
def test_the_everyday_rows_stay(card: str) -> None:
    assert watched_redacted(card, NAMES) == card
