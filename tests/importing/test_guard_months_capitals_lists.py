"""Known misses of the guard caught (F3, session 28): a month's name before what only a person
does ("June came late again"), with the month itself left alone ("June came and went")."""

from __future__ import annotations

import pytest

from wtfc.importing.personal_details import find_personal_details, redact


def _shown(text: str) -> str:
    return redact(text, find_personal_details(text))


@pytest.mark.parametrize(("text", "after_redact"), [
    ("June came late again", "[name] came late again"),
    ("April didn't turn up", "[name] didn't turn up"),
    ("April did not turn up on Sunday", "[name] did not turn up on Sunday"),
    ("August never rang me back", "[name] never rang me back"),
    ("June said she would come", "[name] said she would come"),
    ("JUNE CAME LATE AGAIN", "[name] CAME LATE AGAIN"),
])
def test_a_months_name_before_what_a_person_does_is_a_name(text: str, after_redact: str) -> None:
    assert _shown(text) == after_redact


@pytest.mark.parametrize("text", [
    "June came and went", "April was wet and cold", "June came too soon this year",
    "In June came the news that the centre would close", "Since April the carers came late",
    "May came and went", "April showers came late this year",
])
def test_the_month_itself_is_left_alone(text: str) -> None:
    assert find_personal_details(text) == []
