"""A card in capitals, or naming a ward or a centre, is not held back by a surname that is also
a word spread from another card ("Mr Ward", "Mrs Bell", "Mr Hall"): "DOOR BELL NEVER WORKS",
"ON WARD NEVER SAW A DOCTOR", "I rang Ward 7 and nobody answered", "POWER NEVER CAME BACK
ON" and "Day never ends" reach the wall, imported or typed in Add card; "HILL NEVER RANG ME
BACK" is still held back (review code-b1 #1, #2; F3 session 28)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.importing.import_files import held_after_import
from wtfc.importing.name_spread import watched_and_found_names
from wtfc.importing.personal_details import find_personal_details
from wtfc.model.workshop import Card, Kind, PersonalDetail
from wtfc.ui.card_guard import details_in

SURNAMES = ["Social worker: J HILL. Never returned my calls.", "Mrs Green is kind",
            "Mr Hall never listens", "Mr Long is rude", "Mr Ward never listens",
            "Mrs Bell from the agency", "Mrs Day is kind", "Mr Power rang about the rota"]


def _held_when_typed(text: str) -> bool:
    cards = [Card(id=f"c{i}", kind=Kind.WORKING, text=t, personal_details=[
        PersonalDetail(start=f.start, end=f.end, category=f.category, text=f.text)
        for f in find_personal_details(t)]) for i, t in enumerate(SURNAMES)]
    return bool(details_in(text, watched_and_found_names([], cards)))


@pytest.mark.parametrize("text", [
    "DOOR BELL NEVER WORKS", "PENDANT BELL NEVER ANSWERED", "ON WARD NEVER SAW A DOCTOR",
    "DISCHARGED FROM WARD NEVER TOLD WHY", "TOWN HALL NEVER ANSWER THE PHONE",
    "I SIT ALL DAY NEVER SEE ANYONE", "WAITED TOO LONG NEVER HEARD BACK", "MY DAY NEVER ENDS",
    "OUR GREEN NEVER GETS CUT", "HOSPITAL WARD WAS LATE WITH MEDS",
    "I rang Ward 7 and nobody answered", "I phoned Ward 4 every day",
    "I rang Day centre and nobody answered", "I asked Green lane surgery for a visit",
    # what a thing does after the word (F3, session 28)
    "POWER NEVER CAME BACK ON", "Power never came back on after the storm", "Day never ends",
    "DAY NEVER ENDS", "Day never ended so fast", "Power went off again",
])
def test_a_thing_or_a_place_is_shown(text: str, tmp_path: Path) -> None:
    assert held_after_import(tmp_path, [*SURNAMES, text]) == set(SURNAMES)
    assert not _held_when_typed(text)


@pytest.mark.parametrize("text", [
    "HILL NEVER RANG ME BACK", "WARD NEVER RANG ME BACK", "WAITING TOO LONG, HILL NEVER RANG",
    "MY SOCIAL WORKER HILL NEVER RANG", "SHE SAYS WARD NEVER RINGS", "I RANG HILL",
    "HILL'S TEAM NEVER RANG", "I rang Hill", "I asked Hill for help", "Hill never rang me back",
    "POWER NEVER CAME BACK ON MONDAY", "Power never rang me back", "Day never came to see me",
])
def test_the_surname_said_of_a_person_is_still_held_back(text: str, tmp_path: Path) -> None:
    assert text in held_after_import(tmp_path, [*SURNAMES, text])
    assert _held_when_typed(text)
