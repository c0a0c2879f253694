"""Shared by the Collect page and import dialog tests: a small workshop, files made in tmp_path,
and a place to keep renders for a person to look at."""

from __future__ import annotations

from pathlib import Path

from renders import save_render  # noqa: F401  (shared: make test skips writing them)

from wtfc.model.document import Document
from wtfc.model.workshop import Card, Kind, Person, PersonalDetail, Theme, Workshop

NW, W, F = Kind.NOT_WORKING, Kind.WORKING, Kind.FUTURE


def collect_workshop() -> Workshop:
    cards = [
        Card(id="c1", kind=NW, text="Different carers every week", person="P01",
             tags=["North"], source="reviews.xlsx, row 5"),
        Card(id="c2", kind=NW, text="Mrs Jones never comes on time", person="P01",
             source="reviews.xlsx, row 6",
             personal_details=[PersonalDetail(start=0, end=9, category="name",
                                              text="Mrs Jones")]),
        Card(id="c3", kind=W, text="The Grimshaw lad helps me with the bins", person="P02",
             tags=["South", "Home care"], source="reviews.xlsx, row 7"),
        Card(id="c4", kind=W, text="The lunch club on Tuesdays", person="P02",
             source="Typed in"),
        Card(id="c5", kind=F, text="Ring me on 07700 900123 before you come", person="P03",
             personal_details=[PersonalDetail(start=11, end=23, category="phone",
                                              text="07700 900123")]),
        Card(id="c6", kind=F, text="Staying in my own home", person="P03"),
    ]
    themes = [Theme(id="t1", kind=NW, name="I never know who is coming", card_ids=["c1", "c2"])]
    return Workshop(title="Spring reviews", people=[Person(id=f"P0{i}") for i in (1, 2, 3)],
                    cards=cards, themes=themes)


def collect_document() -> Document:
    return Document(collect_workshop())


LONG_CSV = (
    "Client ref,Colour,What they said,Locality,Reviewer notes\n"
    "P01,red,A new carer every week,North,seen at home\n"
    "P01,green,My neighbour pops in,North,\n"
    "P02,amber,I wait in all morning,South,phone review\n"
    "P02,blue,Staying in my own home,South,\n"
)


def wide_workbook(path: Path) -> Path:
    """Two sheets: a cover sheet first, then one row per person on 'Reviews'."""
    from openpyxl import Workbook

    book = Workbook()
    cover = book.active
    cover.title = "Cover"
    cover.append(["Spring reviews, collected by the review team"])
    sheet = book.create_sheet("Reviews")
    sheet.append(["Person", "Working 1", "Working 2", "Not working 1", "Future 1",
                  "Reviewer notes"])
    sheet.append(["P10", "My day centre", "My cat", "Nobody rings back", "A garden",
                  "called twice"])
    sheet.append(["P11", "The bus driver waits for me", "", "Meals arrive cold", "",
                  ""])
    sheet.append(["P12", "", "", "", "To see my grandson more", "no answer"])
    book.save(path)
    return path
