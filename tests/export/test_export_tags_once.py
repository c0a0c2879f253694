"""Which tags the data export shows is worked out once per export. It reads every person (and
hides more each pass), so at 10,000 people it took about half a second; the report worked it
out again for each priority, twice (its lines and the check for unshowable writing), and the
data workbook twice: 16 times (about 9 s) in a big council's report with 8 priorities."""

from __future__ import annotations

import datetime as dt

import pytest

from wtfc.export.data import xlsx_bytes
from wtfc.export.report import report_pdf
from wtfc.model import small_groups
from wtfc.model.workshop import Card, Kind, Person, Priority, Theme, Voice, Workshop

PEOPLE = 12


def _workshop() -> Workshop:
    """Twelve people in two localities, on three priorities."""
    people = [
        Person(
            id=f"P{i}",
            voice=Voice.OLDER_PERSON,
            locality="North" if i % 2 else "South",
            service_type="home care",
            age_band="85+",
        )
        for i in range(PEOPLE)
    ]
    cards = [
        Card(id=f"c{i}", kind=Kind.NOT_WORKING, text=f"Late again, week {i}.", person=f"P{i}")
        for i in range(PEOPLE)
    ]
    themes = [
        Theme(
            id=f"t{t}",
            kind=Kind.NOT_WORKING,
            name=f"Late {t}",
            card_ids=[c.id for c in cards[t::3]],
            priority=Priority(chosen=True, rank=t + 1, votes=3),
        )
        for t in range(3)
    ]
    return Workshop(
        title="Tags", date=dt.date(2026, 11, 29), people=people, cards=cards, themes=themes
    )


@pytest.fixture
def reads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The person codes whose tags were read, one each time shown_tags reads them."""
    read: list[str] = []
    real = small_groups.person_tags

    def counted(person: Person | None) -> list[str]:
        read.append(person.id if person else "")
        return real(person)

    monkeypatch.setattr(small_groups, "person_tags", counted)
    return read


def test_the_report_reads_each_persons_tags_once(reads: list[str]) -> None:
    pdf = report_pdf(_workshop())
    assert pdf.startswith(b"%PDF")
    assert len(reads) == PEOPLE, "three priorities' lines"


def test_the_data_workbook_reads_each_persons_tags_once(reads: list[str]) -> None:
    xlsx_bytes(_workshop())
    assert len(reads) == PEOPLE, "the Cards sheet and the People sheet"
