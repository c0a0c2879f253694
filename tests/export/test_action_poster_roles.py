"""The action poster's "Who" column never breaks a role's name inside a word.

A small plan is set in the largest type (40 pt on A1); at that size "Commissioners" and "Older
people's organisations" were wider than the column's fixed share of the sheet, and reportlab
split the word where it ran out ("Commission" / "ers", "org" / "anisations").
"""

from __future__ import annotations

import datetime as dt

import pytest
from export_checks import reader

from wtfc.export.action_poster import action_poster_pdf
from wtfc.model.workshop import Action, Card, Kind, Priority, Role, Theme, Workshop


def _plan(roles: list[Role]) -> Workshop:
    theme = Theme(id="t1", kind=Kind.NOT_WORKING, name="I never know who is coming",
                  card_ids=["c1"], priority=Priority(chosen=True, rank=1))
    return Workshop(title="Spring", cards=[Card(id="c1", kind=Kind.NOT_WORKING,
                                                text="Different carers every week")],
                    themes=[theme],
                    actions=[Action(theme_id="t1", role=role, what=f"Action for {role.label}",
                                    owner="A team", by_when=dt.date(2027, 1, 1))
                             for role in roles])


def _word_pieces(workshop: Workshop, roles: list[Role]) -> list[str]:
    """Lines of the PDF that begin with a piece of a role's word, not the whole word."""
    pdf = reader(action_poster_pdf(workshop, today=dt.date(2026, 1, 1)))
    words = {w for role in roles for w in role.label.split()}
    pieces = []
    for page in pdf.pages:
        for line in page.extract_text().split("\n"):
            first = line.split()[0] if line.split() else ""
            if first and any(w != first and w.startswith(first) for w in words):
                pieces.append(line)
    return pieces


@pytest.mark.parametrize("role", list(Role), ids=lambda r: r.value)
def test_a_role_alone_is_set_in_whole_words(role):
    assert not _word_pieces(_plan([role]), [role])


def test_every_role_together_is_set_in_whole_words():
    roles = list(Role)
    assert not _word_pieces(_plan(roles + roles), roles)
