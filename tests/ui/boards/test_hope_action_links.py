"""The Plan and Act boards' Answers column and the room's plan cards lead an action's cause in
by its theme's kind, as the exports do: a hope's "In the way: …", not "Because: …" (review R3
R1, left by F8)."""

from __future__ import annotations

from tests.export.test_hope_action_links import BUS, NEIGHBOURS, RED, linked
from wtfc.model.document import Document
from wtfc.ui.boards.plan_card_words import link_lines
from wtfc.ui.boards.plan_text import answers_text


def test_the_answers_column_and_its_tip(qtbot):
    doc = Document(linked())
    said = {a.id: answers_text(a, doc) for a in doc.workshop.actions}
    assert f"In the way: {BUS}" in said["a3"][0] and f"In the way: {BUS}" in said["a3"][1]
    assert f"Builds on: {NEIGHBOURS}" in said["a4"][0]
    assert f"Because: {RED}" in said["a1"][0]  # a problem's, as it was


def test_the_rooms_plan_card(qtbot):
    doc = Document(linked())
    hope = next(a for a in doc.workshop.actions if a.id == "a3")
    assert link_lines(doc, hope, 2000, 2)[0] == f"In the way: {BUS}"
