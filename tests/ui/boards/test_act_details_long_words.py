"""An e-mail address or a survey link in an action no longer pushes the chosen action's other
columns off the window (review 32 R4 F7).

On 7 Act at 1366x768 the panel under the list sets out Answers | Owner | First step | How we'll
know. An owner "adult.social.care.commissioning@riverside.gov.uk" and a first step holding a
forms.office.com link widened their columns to the whole word (a label never wrapped inside
one), so "How we'll know" was cut to "How we" at the window's edge, with no scroll bar across.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication

from wtfc.model.demo import demo_path
from wtfc.model.document import Document
from wtfc.model.storage import load_workshop
from wtfc.ui.boards.plan import ACT_HEADING, PlanBoard
from wtfc.ui.breakable_words import BreakingLabel
from wtfc.ui.undo import UndoAdapter

OWNER = "adult.social.care.commissioning@riverside.gov.uk"
LINK = ("https://forms.office.com/Pages/ResponsePage.aspx?id=DQSIkWdsW0yxEjajBLZtrQAAAAAAAAAAAAN"
        "__tq2ZB1UM0pTSkJXMVhaQjdHQkE0N0IyTjU3RFZVUC4u")


def _board(show, qtbot):
    workshop = load_workshop(demo_path()).workshop
    action = workshop.actions[0]
    action.owner, action.first_step = OWNER, f"Send the survey: {LINK}"
    doc = Document(workshop)
    board = show(PlanBoard(doc, UndoAdapter(doc), today=lambda: dt.date(2026, 11, 29),
                           heading=ACT_HEADING), 1130, 640)  # Act's share of 1366x768
    board.select_action(action.id)
    qtbot.waitUntil(lambda: board.details.isVisible() and "How we'll know" in board.details.labels)
    return board, action


def test_every_field_stays_inside_the_panel(show, qtbot):
    board, action = _board(show, qtbot)
    details = board.details
    port = details.viewport()

    def inside(widget) -> bool:
        right = widget.mapTo(port, QPoint(widget.width(), 0)).x()
        return widget.isVisible() and widget.width() > 0 and right <= port.width()

    know = details.labels["How we'll know"]
    qtbot.waitUntil(lambda: all(inside(w) for w in [*details.titles, *details.labels.values()])
                    and know.height() >= know.heightForWidth(know.width()))  # every line
    assert know.text() == action.how_we_know  # whole, not "At their n…"
    # the columns keep a share each: the address is not given the panel
    widths = [label.width() for label in details.labels.values()]
    assert min(widths) >= max(widths) * 0.6


def test_the_address_is_copied_as_typed(show, qtbot):
    board, _ = _board(show, qtbot)
    owner = board.details.labels["Owner"]
    assert isinstance(owner, BreakingLabel) and owner.typed() == OWNER
    owner.setFocus()
    owner._copy()  # Ctrl+C / the menu's Copy with nothing selected: the whole address
    assert QApplication.clipboard().text() == OWNER  # no invisible breaks: a pasted address works
    assert board.details.labels["Owner"].accessibleName() == f"Owner: {OWNER}"
