"""The guard and Welsh place names, initialled names and an e-mail with an apostrophe.

A Welsh chapel, house, school or lake named after a saint or a hero ("Capel Mair" is St Mary's
chapel) was held back as naming a person once "Mair", "Owain" and "Aled" were known given names
(633f330), where "St Mary's" never was. "Mrs J Smith", "Mr A. Khan", "Dr R Patel", as review
paperwork writes people, went to the projector whole. "o'brien@…" showed its "o'".
"""

from __future__ import annotations

import pytest

from wtfc.importing.personal_details import find_personal_details, redact


@pytest.mark.parametrize("text", [
    "I go to Capel Mair on Sundays.", "The lunch club meets at Tŷ Mair.",
    "Kościół Św. Anny", "Eglwys Santes Mair sy'n cynnal y clwb cinio.",
    "We meet at Neuadd Owain Glyndŵr.", "Ysgol Owain Glyndŵr lets us use the hall.",
    "I live near Llyn Aled.", "We went to Afon Aled for the day.", "Dw i'n mynd i Gapel Mair",
    "St Mary's is a church, not a person", "Saint Mary's has a lunch club",
    "The home is on Heol Iwan", "Ward B is noisy", "Plan A was to stay at home",
    "I went to Dr A&E twice", "When I saw the Dr I cried", "Lady A sang at the club",
    "mr a khan",  # "a" may be the article: only "mr a. khan" is an initial
    "My Son A Great Help", "My Carer J Is Kind", "my son B",  # In Title Case; no surname
    "Dr NHS Direct", "my son NHS Wales", "Mr BIG said", "my mum GP Surgery", "my carer J M",
])
def test_places_and_letters_that_name_no_one_are_not_flagged(text):
    assert find_personal_details(text) == []


@pytest.mark.parametrize(("text", "shown"), [
    ("Mair o'r capel sy'n dod.", "[name] o'r capel sy'n dod."),  # Mair from the chapel
    ("Mae Huw yn dod bob dydd", "Mae [name] yn dod bob dydd"),
    ("Stay with Mair at the chapel", "Stay with [name] at the chapel"),
    ("my bro Huw helps me", "my bro [name] helps me"),
    # without its accent "ty" is text-speak for thank you, "sw" social worker (Polish "Św.")
    ("ty Sarah for everything", "ty [name] for everything"),
    ("Ty Mair", "Ty [name]"),
    ("My SW Karen never rings me back", "My SW [name] never rings me back"),
    ("My new SW Karen Smith is better", "My new SW [name] is better"),
    ("our sw Gareth left", "our sw [name] left"),
    ("my SW J Smith rang", "my SW [name] rang"),
])
def test_a_given_name_not_after_a_place_word_is_still_a_name(text, shown):
    assert redact(text, find_personal_details(text)) == shown


@pytest.mark.parametrize(("text", "shown"), [
    ("Mrs J Smith is kind.", "[name] is kind."),
    ("Mrs J. Smith is kind.", "[name] is kind."),
    ("Mr A Khan never listens.", "[name] never listens."),
    ("Review of Mr A. Khan, 3 May", "Review of [name], 3 May"),
    ("Dr R Patel saw me", "[name] saw me"), ("Dr R.P. Patel saw me", "[name] saw me"),
    ("Dr R P Patel saw me", "[name] saw me"), ("(Mrs J Smith-Jones)", "([name])"),
    ("Mr J Smith's house is cold", "[name] house is cold"),
    ("Mrs B said the bus was late", "[name] said the bus was late"),
    ("I told Dr B.", "I told [name]."),
    ("mrs j smith is kind", "[name] is kind"), ("MRS J SMITH IS KIND", "[name] IS KIND"),
    ("MR A. KHAN RANG", "[name] RANG"),
    ("my carer J Smith is late", "my carer [name] is late"),  # after a relation word
    ("her son R.P. Jones-Evans visits", "her son [name] visits"),
    # a surname in capitals and initials run together, as letters and NHS forms write them:
    # "[name] SMITH" put the surname on the wall, "Mrs JM Smith" went whole
    ("Mrs J SMITH visits", "[name] visits"), ("Dr J O'BRIEN rang", "[name] rang"),
    ("Mrs JM Smith visits on Tuesdays", "[name] visits on Tuesdays"),
    ("Dr RP Patel changed my tablets", "[name] changed my tablets"),
    ("Mr AJ Khan is my key worker", "[name] is my key worker"),
    ("my carer JM Smith is kind", "my carer [name] is kind"),
    ("Mrs B NHS rang", "[name] NHS rang"),  # NHS is no surname
])
def test_a_name_written_with_initials_after_a_title_is_hidden_whole(text, shown):
    assert redact(text, find_personal_details(text)) == shown


def test_an_email_with_an_apostrophe_is_hidden_whole():
    text = "my son's email is o'brien@eircom.net and o’neill@example.org"
    assert redact(text, find_personal_details(text)) == "my son's email is [e-mail] and [e-mail]"
    assert redact("write to 'jo@example.org'", find_personal_details("write to 'jo@example.org'")) \
        == "write to '[e-mail]'"
