"""The report's overview says who was in the room, as Prepare counted it, and says nothing of
it when nobody was counted."""

from __future__ import annotations

import datetime as dt

from export_checks import demo_report_pdf, demo_workshop, reader, squash

from wtfc.export.report import in_the_room_words, report_pdf
from wtfc.model.workshop import RoleCount, RoomRole, Workshop

TODAY = dt.date(2026, 11, 28)


def _overview_page(pdf) -> str:
    return next(
        page.extract_text() for page in pdf.pages if "Themes at a glance" in page.extract_text()
    )


def test_the_overview_says_who_was_in_the_room():
    demo = demo_workshop()
    line = (
        "In the room: 6 older people, 2 family carers, 3 commissioners, 3 providers, "
        "3 care managers, 2 from older people's organisations (19 people)."
    )
    assert in_the_room_words(demo) == line
    pdf = reader(demo_report_pdf(TODAY))
    assert squash(line) in squash(_overview_page(pdf))
    assert "In the room" not in pdf.pages[0].extract_text()  # the cover stays one page


def test_nothing_is_said_when_nobody_was_counted():
    nobody = demo_workshop().model_copy(update={"in_the_room": []})
    assert in_the_room_words(nobody) == ""
    assert "In the room" not in _overview_page(reader(report_pdf(nobody, today=TODAY)))


def test_one_of_a_role_reads_as_one():
    ws = Workshop(
        in_the_room=[
            RoleCount(role=RoomRole.OLDER_PEOPLE, count=1),
            RoleCount(role=RoomRole.HEALTH, count=1),
        ]
    )
    assert in_the_room_words(ws) == "In the room: 1 older person, 1 from health (2 people)."
    assert "In the room: 1 older person" in _overview_page(reader(report_pdf(ws, today=TODAY)))
