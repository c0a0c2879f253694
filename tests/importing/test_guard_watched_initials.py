"""A watched name's initials as one capitalised token are held back (review 34 R4 R4): "OF
wants to stay in her flat" went to the wall with Ottoline Fairweather pasted, and in the same
sheet's Client name column; care notes write the person as initials habitually. Only at a
sentence's start or before a verb, and never letters that are a role or an abbreviation ("OT
fitted rails", "GP", "SW", "NHS", "OK"), nor "of" or "OFF", nor a card in capitals saying
"OF COURSE"."""

from __future__ import annotations

import csv

import pytest

from wtfc.importing.building import build_import
from wtfc.importing.cli import main_import
from wtfc.importing.mapping import guess_mapping
from wtfc.importing.personal_details import find_personal_details, redact
from wtfc.importing.table import SourceTable
from wtfc.model.storage import load_workshop
from wtfc.model.workshop import Workshop

WATCHED = ("Ottoline Fairweather", "Grace Adeyemi", "Mrs Ewart Mbeki-Lowe", "Olive Turner",
           "Gwen Price", "Sam Walker", "Olu Kanu", "Zebulon", "Łucja Żak")


def _shown(text: str) -> str:
    return redact(text, find_personal_details(text, known_names=WATCHED))


@pytest.mark.parametrize(("text", "shown"), [
    ("OF wants to stay in her flat", "[name] wants to stay in her flat"),
    ("GA says my carers come on time", "[name] says my carers come on time"),
    ("O.F. wants a bus pass", "[name] wants a bus pass"),
    ("O. F. never rang the office", "[name] never rang the office"),
    ("The carers are kind. OF likes the garden", "The carers are kind. [name] likes the garden"),
    ("Her son and OF want more visits", "Her son and [name] want more visits"),
    ("Her son says OF needs more visits", "Her son says [name] needs more visits"),
    ("EM says the bus is late", "[name] says the bus is late"),  # a hyphened surname
    ("EML says the bus is late", "[name] says the bus is late"),
    ("OF WANTS TO STAY IN HER FLAT", "[name] WANTS TO STAY IN HER FLAT"),
    ("ŁŻ says the carers are kind", "[name] says the carers are kind"),
])
def test_initials_of_a_watched_name_are_held_back(text, shown):
    assert _shown(text) == shown


@pytest.mark.parametrize("text", [
    "OT fitted rails in the bathroom",  # Olive Turner is watched: OT is the therapist
    "My GP is kind", "SW rang me back", "OK, the carers come on time", "NHS dentist is too far",
    "OF COURSE I WANT TO STAY HOME", "Most of the carers are kind", "OFF to the shops we go",
    "Bring OF some tea", "Z wants a lift",  # mid-sentence, no verb; one-word names give none
])
def test_abbreviations_words_and_letters_mid_sentence_stay(text):
    assert _shown(text) == text


def test_the_sheets_client_name_column_gives_initials_too():
    table = SourceTable(rows=[
        ("Person", "Client name", "Kind", "Statement"),
        ("P01", "Mrs Ottoline Fairweather", "Future", "OF wants to stay in her flat"),
        ("P01", "Mrs Ottoline Fairweather", "Working", "The OT fitted rails quickly"),
        ("P02", "Mr Grace Adeyemi", "Working", "Most of the carers are kind"),
    ], source_name="export.csv")
    plan = build_import(table, guess_mapping(table), workshop=Workshop())
    assert [c.text for c in plan.cards if c.personal_details] == ["OF wants to stay in her flat"]


def test_wtfc_import_with_names_holds_back_the_initials(tmp_path, capsys):
    sheet = tmp_path / "reviews.csv"
    with sheet.open("w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows([("Person", "Kind", "Statement"),
                                 ("P01", "Future", "OF wants to stay in her flat"),
                                 ("P02", "Working", "OT fitted rails")])
    into = tmp_path / "review.wtfc"
    assert main_import([str(sheet), "--into", str(into), "--names",
                        "Ottoline Fairweather; Olive Turner"]) == 0
    cards = load_workshop(into).workshop.cards
    assert [c.text for c in cards if c.personal_details] == ["OF wants to stay in her flat"]
