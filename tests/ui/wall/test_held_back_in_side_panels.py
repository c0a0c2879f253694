"""The panels beside the wall quote cards too: a card held back after they were filled (an
edit that adds a phone number, "Check all cards again" with a name to watch) shows what was
found only as [phone], [name]… there, as on the wall, and is not ticked to be moved."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from test_suggestions import (
    LONELY,
    choose_card,
    choose_suggestion,
    finish,
    grouping_workshop,
    suggested,
)

from wtfc.model.document import Document
from wtfc.model.operations.checks import store_fresh_findings
from wtfc.ui.card_guard import details_in
from wtfc.ui.wall import WallPanel

PHONE = "07700 900123"


@pytest.fixture
def doc():
    return Document(grouping_workshop())


@pytest.fixture
def wall(show, doc, undo):
    widget = show(WallPanel(doc, undo), 1500, 900)
    yield widget
    if widget._suggestions is not None:
        widget._suggestions.detach()


def rows(widget) -> list[str]:
    return [widget.item(r).text() + " | " + widget.item(r).toolTip()
            for r in range(widget.count())]


def test_a_suggestions_member_held_back_since_shows_placeholders(qtbot, wall, doc):
    page = suggested(qtbot, wall)
    assert wall.gestures.edit_text("u4", f"I feel lonely at night, ring me on {PHONE}")
    assert doc.card("u4").held_back
    choose_suggestion(page, LONELY)
    texts = rows(page.members)
    assert texts and not any(PHONE in t for t in texts)
    assert any("[phone]" in t and "held back" in t for t in texts)


def test_cards_like_it_follow_a_check_that_holds_one_back(qtbot, wall, doc, undo):
    choose_card(wall, "u3")
    finish(qtbot, wall.suggestions.ask_fit(like=True))
    page = wall.suggestions.fit_page
    target = page.answer.like[0][0]
    text = doc.card(target).text
    word = text.split()[-1].strip(".,")  # as if the last word were a name to watch for
    undo.push(store_fresh_findings(doc, findings={target: details_in(text, (word,))}))
    assert doc.card(target).held_back
    texts = rows(page.like)
    assert not any(text in t for t in texts)  # its words as they were are gone
    held = [page.like.item(r) for r in range(page.like.count())
            if "held back" in page.like.item(r).text()]
    assert len(held) == 1 and held[0].checkState() == Qt.CheckState.Unchecked
    assert target not in page.ticked_like()
    undo.stack.undo()  # no longer held back: shown whole again, to tick
    assert any(t.startswith(text) for t in rows(page.like))
