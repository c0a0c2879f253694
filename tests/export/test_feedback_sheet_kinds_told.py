"""A letter from a workshop that collected only red cards (a council's "concerns" column
imported) opened "We looked at what 16 people said in their reviews: what is working in their
lives, what is not working, and what is important for the future", then told only what is not
working (A25 R3). The opening now names only the kinds the workshop has cards of."""

from __future__ import annotations

import datetime as dt

import pytest
from export_checks import demo_workshop

from wtfc.export.content import ExportContent
from wtfc.export.feedback_sheet_words import feedback_words
from wtfc.model.workshop import Kind, Workshop

ALL_THREE = ("what is working in their lives, what is not working, and what is important for "
             "the future.")


def _only(ws: Workshop, kinds: set[Kind]) -> Workshop:
    cards = [c for c in ws.cards if c.kind in kinds]
    ids = {c.id for c in cards}
    themes = [t.model_copy(update={"card_ids": [i for i in t.card_ids if i in ids]})
              for t in ws.themes if t.kind in kinds]
    return ws.model_copy(update={"cards": cards, "themes": themes})


def _opening(ws: Workshop) -> str:
    return feedback_words(ExportContent(ws, today=dt.date(2026, 11, 29))).intro[1]


def test_the_demo_promises_all_three_as_before():
    assert _opening(demo_workshop()).endswith(f"said in their reviews: {ALL_THREE}")


@pytest.mark.parametrize(("kinds", "told"), [
    ({Kind.NOT_WORKING}, " about what is not working in their lives."),
    ({Kind.WORKING}, " about what is working in their lives."),
    ({Kind.FUTURE}, " about what is important for the future."),
    ({Kind.NOT_WORKING, Kind.FUTURE},
     ": what is not working in their lives and what is important for the future."),
])
def test_only_the_kinds_with_cards_are_promised(kinds, told):
    opening = _opening(_only(demo_workshop(), kinds))
    assert opening.endswith(f"said in their reviews{told}"), opening
