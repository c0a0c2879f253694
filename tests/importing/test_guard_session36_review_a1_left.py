"""The cases code review 36 A1 left to a fixer (F14). S2: Redact lost the person's own words
after a dash sign-off's role ("… (Social Worker), Son Rarely Visits" became "I'm lonely"), as
any Title Case words there passed for a town. Every row failed at 78ddae7a."""
from __future__ import annotations

import pytest

from tests.importing.test_guard_session35_wave3_checks import _redacted


# S2: only a date or a team's words go with the sign-off; the person's words stay
@pytest.mark.parametrize("words", [
    "Son Rarely Visits", "Cold Dinners Again", "Bus Pass Lost", "Dinner Cold", "Garden Overgrown",
    "Heartbroken", "Starving", "Freezing", "Hungry", "Forgotten", "Cold", "Thirsty",
])
@pytest.mark.parametrize("signer", ["Irina Okafor", "Amara Okafor"])
def test_redact_keeps_the_persons_words_after_the_role(signer, words):
    card = f"I'm lonely - {signer} (Social Worker), {words}"
    assert _redacted(card) == f"I'm lonely - [name] (Social Worker), {words}"


@pytest.mark.parametrize("tail", ["North Team", "Duty Team", "West Hub", "04/03/2026", ""])
def test_redact_still_takes_a_team_or_date_after_the_role(tail):
    card = f"I'm lonely - Irina Okafor (Social Worker), {tail}".rstrip(", ")
    assert _redacted(card) == "I'm lonely"
