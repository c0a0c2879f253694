"""The data export shows a person's role only where 5 people or more share it, as it does
their tags: the demo's one member of staff (P12) had all six cards on the Cards sheet under
"Staff", which an employer could read as theirs. The counts by role (the report's cover, the
Counts sheet) still say how many there are, in the same words as the sheets ("Staff")."""

from __future__ import annotations

import datetime as dt

from export_checks import all_text, demo_workshop, reader

from wtfc.export.data import data_tables
from wtfc.export.data_counts import by_group
from wtfc.export.report import report_pdf
from wtfc.model.small_groups import HIDDEN, shown_roles
from wtfc.model.workshop import Card, Kind, Person, Voice, Workshop

TODAY = dt.date(2026, 11, 29)


def _workshop(older: int, carers: int, staff: int, unrecorded: int = 0) -> Workshop:
    voices = ([Voice.OLDER_PERSON] * older + [Voice.FAMILY_CARER] * carers
              + [Voice.STAFF] * staff + [None] * unrecorded)
    people = [Person(id=f"P{i:02}", voice=v) for i, v in enumerate(voices, start=1)]
    cards = [Card(id=f"c{p.id}", kind=Kind.WORKING, text="Fine.", person=p.id) for p in people]
    return Workshop(title="Roles", people=people, cards=cards)


def _roles(ws: Workshop) -> dict[str, int]:
    found: dict[str, int] = {}
    for role in shown_roles(ws, ws.cards).values():
        found[role] = found.get(role, 0) + 1
    return found


def test_the_demos_one_member_of_staff_is_not_shown_by_role():
    ws = demo_workshop()
    tables = data_tables(ws, today=TODAY)
    header, people = tables["people"]
    role = {row[0]: row[header.index("Person's role")] for row in people}
    assert role["P12"] == HIDDEN
    # the 3 family carers and P12 were 4 rows hidden beside 12 "Older person": P12's cards
    # among 4 people's, so the older people's role is hidden too
    assert set(role.values()) == {HIDDEN}
    header, cards = tables["cards"]
    of_p12 = [row for row in cards if row[header.index("Person")] == "P12"]
    assert len(of_p12) == 6
    assert {row[header.index("Person's role")] for row in of_p12} == {HIDDEN}
    assert "Staff" not in {row[header.index("Person's role")] for row in cards}
    # the counts by role are as they were, in the sheets' words
    counts = by_group(tables["counts"][1])
    assert (counts["People", "Staff"], counts["People", "Family carer"]) == (1, 3)
    assert "Member of staff" not in all_text(reader(report_pdf(ws, today=TODAY)))


def test_a_role_of_five_or_more_is_shown():
    assert _roles(_workshop(6, 5, 5)) == {"Older person": 6, "Family carer": 5, "Staff": 5}


def test_one_small_role_hidden_alone_would_be_named_by_the_counts_so_the_next_goes_too():
    """Staff 1 the only role hidden: the Counts sheet's "People: Staff 1" would say the row
    with its role not shown is the member of staff. The family carers (6, fewer than the 12
    older people) are not shown either."""
    assert _roles(_workshop(12, 6, 1)) == {"Older person": 12, HIDDEN: 7}
    assert _roles(_workshop(12, 0, 1)) == {HIDDEN: 13}
    # two small roles of 4 people in all are 4 rows apart from the older people's: the
    # member of staff's cards would be among 4 people's; of 5 or more, they stay apart
    assert _roles(_workshop(12, 3, 1)) == {HIDDEN: 16}
    assert _roles(_workshop(12, 3, 2)) == {"Older person": 12, HIDDEN: 5}
    # a role not recorded is a role like another: 2 blank roles were the 2 rows left to
    # whoever knows a member of staff took part, so they are hidden, and with Counts' "not
    # recorded: 2" the next smallest role goes too (review code-a1 #2)...
    assert _roles(_workshop(12, 6, 0, unrecorded=2)) == {"Older person": 12, HIDDEN: 8}
    # ...and beside a small role they are hidden with it; 3 rows in all are still 3 apart,
    # so the 6 family carers go too
    assert _roles(_workshop(12, 6, 1, unrecorded=2)) == {"Older person": 12, HIDDEN: 9}
