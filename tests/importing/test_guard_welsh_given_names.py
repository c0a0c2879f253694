"""Common Welsh given names of today's older people, their families and carers were on no list
of the guard's, so with no names pasted "Dilys Price from the agency is the only one who
remembers I cannot manage buttons" was imported as typed and printed in the report beside the
held-back "Mrs Patel…", and the feedback letter printed "Mererid Vaughan-Tudor met the provider"
(review 35 R2 finding 1); "Tamsin Ferrier is always late" and "Amara Okafor from the agency is
rude" went up while "Sarah Jones is always late" was held (review 35 A21). The names are on the
list now; the everyday Welsh words and places among them, left out, stay as typed."""

from __future__ import annotations

import pytest

from wtfc.importing.building import build_import, import_edit
from wtfc.importing.mapping import guess_mapping
from wtfc.importing.personal_details import find_personal_details, redact
from wtfc.importing.sources import read_source
from wtfc.model.document import Document
from wtfc.model.workshop import Workshop


def _wall(text: str) -> str:
    return redact(text, find_personal_details(text))


@pytest.mark.parametrize(("text", "wall"), [
    # R2's cards
    ("Dilys Price from the agency is the only one who remembers I cannot manage buttons",
     "[name] from the agency is the only one who remembers I cannot manage buttons"),
    ("Eirlys comes every Tuesday and is lovely", "[name] comes every Tuesday and is lovely"),
    ("Olwen Jones rang me", "[name] rang me"),
    ("Myfanwy Bowen is kind", "[name] is kind"),
    ("Gwilym Rees is kind", "[name] is kind"),
    ("Emrys Lloyd is kind", "[name] is kind"),
    ("Mererid Vaughan-Tudor met the provider", "[name] met the provider"),
    ("Llinos Owen visits every week", "[name] visits every week"),
    # A21's cards
    ("Tamsin Ferrier is always late", "[name] is always late"),
    ("Amara Okafor from the agency is rude", "[name] from the agency is rude"),
])
def test_the_reviewers_cards_hide_the_name(text: str, wall: str) -> None:
    assert _wall(text) == wall


@pytest.mark.parametrize("name", [
    "Dilys", "Eirlys", "Olwen", "Myfanwy", "Gwilym", "Emrys", "Llinos", "Mererid", "Alun",
    "Aneurin", "Carys", "Lowri", "Trefor", "Ifan", "Dai", "Ynyr", "Blodwen", "Eluned", "Hywel",
    "Ifor", "Dewi", "Owen", "Tamsin", "Amara", "Laura", "Walter", "Thelma", "Scott"])
def test_a_listed_name_is_hidden_with_no_names_pasted(name: str) -> None:
    assert _wall(f"{name} rang me") == "[name] rang me"
    assert _wall(f"Thanks to {name} for the lift") == "Thanks to [name] for the lift"
    assert _wall(f"{name} helps me with my shopping") == "[name] helps me with my shopping"


def test_importing_r2s_sheet_holds_both_cards_back(tmp_path) -> None:
    path = tmp_path / "welsh.csv"
    path.write_text(
        "Person,Not working\n"
        "P1,Dilys Price from the agency is the only one who remembers I cannot manage buttons\n"
        "P2,Mrs Patel from the agency is the only one who remembers I cannot manage buttons\n",
        encoding="utf-8")
    doc = Document(Workshop())
    table = read_source(path)
    import_edit(doc, build_import(table, guess_mapping(table), workshop=doc.workshop)).do(doc)
    assert [c.held_back for c in doc.workshop.cards] == [True, True]


@pytest.mark.parametrize("text", [
    # everyday Welsh words: mam, tad, nain, taid, cariad, bore, nos, hwyl, and the words left
    # off the list (heulwen, eira, seren, haf, ŵyn, Medi)
    "Bore da, mae fy mam yn dod bob dydd", "Nos da i bawb yn y cartref",
    "Hwyl fawr a diolch cariad", "Mae nain a taid yn dod ar y Sul",
    "Rwy'n byw yn y dyffryn ers blynyddoedd", "Rwy'n mwynhau'r heulwen yn yr ardd",
    "Mae'r eira yn ddrwg yn y gaeaf", "Ym mis Medi mae'r ysgol yn dechrau",
    "Mae'r ŵyn bach yn y cae", "MAE'R ŴYN BACH YN Y CAE", "MAE'R WAL YN WYN YN LAN",
    "Rwy'n hoffi'r haf a'r gwanwyn", "Mae'r seren yn disgleirio heno",
    "MAE FY MAM YN DOD BOB BORE", "I GO TO BINGO WITH MY NAIN",
    # places, a saint and his day, named for a given name now listed
    "Rwy'n byw yng Ngwynedd", "Dw i'n byw ym Maldwyn ers deugain mlynedd",
    "We walked in the Elan Valley", "We went up Cadair Idris years ago", "I live in Bryn Road",
    "Dydd Gŵyl Dewi oedd y gorau", "We had a concert for Gŵyl Dewi", "Dewi Sant is our saint",
    "I sing in Capel Seion on Sunday",
    # English words and places left off the list
    "My son lives in Sydney now", "I went to Leigh market on Saturday",
    "We go to the Toby Carvery on Sundays", "I bank with Lloyds and they are helpful",
    "Jasmine tea is my favourite drink", "I like a Stella on a Friday",
    "The home is a warren of corridors", "We put money in the tea kitty",
    "Matt paint looks nicer on the walls", "I watched Punch and Judy on the beach",
    "I grow lilies in the garden", "Lily of the valley is my favourite flower",
])
def test_everyday_words_and_places_stay_as_typed(text: str) -> None:
    assert not find_personal_details(text), _wall(text)
