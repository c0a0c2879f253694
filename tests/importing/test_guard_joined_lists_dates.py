"""Every name of a joined list is redacted, so Redact puts no carer's name on the wall ("Carers:
[name] and June" read like a month); a shop beside a name keeps its name, and a month in a
date or a span of months is no one's (review code-b1 #3, #4, #6)."""

from __future__ import annotations

import pytest

from wtfc.importing.personal_details import find_personal_details, redact


@pytest.mark.parametrize(("text", "after_redact"), [
    ("Carers: Linda and June", "Carers: [name] and [name]"),
    ("My carers are June and Linda", "My carers are [name] and [name]"),
    ("My carers are Linda and June", "My carers are [name] and [name]"),
    ("CARERS: JUNE AND LINDA", "CARERS: [name] AND [name]"),
    ("Gwenllian and Bethan are my carers", "[name] and [name] are my carers"),
    ("Carers: Bethan and Gwenllian", "Carers: [name] and [name]"),
    ("Linda, Gwenllian and Pat are the best carers",
     "[name], [name] and [name] are the best carers"),
    ("My carers are Fatima and Bilal", "My carers are [name] and [name]"),
    ("CARER: J SMITH, K JONES", "CARER: [name], [name]"),
    ("CARERS: J SMITH AND K JONES", "CARERS: [name] AND [name]"),
    ("J SMITH AND K JONES FROM THE AGENCY", "[name] AND [name] FROM THE AGENCY"),
    ("Caroline and Lee were kind, caring and very respectful.",
     "[name] and [name] were kind, caring and very respectful."),
])
def test_every_joined_name_is_redacted(text: str, after_redact: str) -> None:
    assert redact(text, find_personal_details(text)) == after_redact


@pytest.mark.parametrize(("text", "after_redact"), [
    ("Mrs Smith and Tesco were helpful", "[name] and Tesco were helpful"),
    ("Dr Patel and Boots pharmacy sorted my tablets",
     "[name] and Boots pharmacy sorted my tablets"),
    ("Sarah and Tesco were great", "[name] and Tesco were great"),
    ("Thanks, Linda is my carer", "Thanks, [name] is my carer"),
    ("Carers: Linda, Sunderland Council never rang",
     "Carers: [name], Sunderland Council never rang"),
])
def test_a_shop_or_a_word_beside_a_name_keeps_its_words(text: str, after_redact: str) -> None:
    assert redact(text, find_personal_details(text)) == after_redact


@pytest.mark.parametrize("text", [
    "My carer June 2024 review never happened", "Carers: June to August were the worst",
    "May and June from the council were awful months",
    "MAY AND JUNE FROM THE COUNCIL WERE AWFUL MONTHS", "Carer review: June 2024",
    "My carer from May to June was lovely", "Carer visits: June and July were missed",
    "Hill and Dale from Social Services came to look at the stairs",
])
def test_a_month_in_a_date_or_a_phrase_is_no_ones(text: str) -> None:
    assert find_personal_details(text) == []


@pytest.mark.parametrize("text", ["My carer June is lovely", "Carers: June and Linda",
                                  "Will is my carer", "Social worker May never rang"])
def test_a_months_name_said_of_a_carer_is_still_a_name(text: str) -> None:
    assert find_personal_details(text)
