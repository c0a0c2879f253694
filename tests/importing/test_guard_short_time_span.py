"""A card in capitals but for a span written the commonest way, "9-10am", went up whole: the quick
look for a time only looked for a digit after the first lower-case letter, and in "9-10am" the
digits come before the "am" (code review A11 S3). "MARY COMES 9 - 10am" and "9am-10am" were
caught; the everyday capitals cards with such a span still stay."""

from __future__ import annotations

import pytest

from wtfc.importing.personal_details import find_personal_details, redact


def _wall(text: str) -> str:
    return redact(text, find_personal_details(text))


@pytest.mark.parametrize(("text", "wall"), [
    ("MARY COMES 9-10am", "[name] COMES 9-10am"), ("SUE COMES 10-11am", "[name] COMES 10-11am"),
    ("MY CARER IS MARY 9-10am", "MY CARER IS [name] 9-10am"),
    ("GWENLLIAN IS MY CARER, 10-11am", "[name] IS MY CARER, 10-11am"),
    ("MARY COMES 9.30-10am", "[name] COMES 9.30-10am")])
def test_a_short_span_of_time(text, wall):
    assert _wall(text) == wall


@pytest.mark.parametrize("text", [
    "MAY DAY FAIR 10-4pm", "WILL IT BE 9-10am?", "MARK MY WORDS, 10-11am",
    "CARERS COME 9-10am", "LUNCH 12-1pm"])
def test_an_everyday_card_with_a_short_span_stays(text):
    assert not find_personal_details(text), _wall(text)
