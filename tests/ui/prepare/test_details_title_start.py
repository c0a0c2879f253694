"""1 Prepare, narrow (1024×768 at 150%, labels over fields): the Title box showed the end of a
long title, cut mid-word ("r people's services — Working Together for Change"), as setText left
the cursor at the end; the title, venue and facilitator boxes now show their start while the
keys are elsewhere (review R6 #6)."""

from __future__ import annotations

from tests.ui.renders import RENDERS
from tests.ui.settled import settle
from wtfc.model.operations.details import edit_details

TITLE = "Spring reviews of older people's services — Working Together for Change"
VENUE = "Community room, Riverside Library and Resource Centre, Market Street"


def test_a_long_title_shows_its_start_in_a_narrow_box(page, doc, undo, qtbot):
    page.resize(450, 512)
    page.purpose.setFocus()  # the keys elsewhere, as when the page is opened
    assert undo.push(edit_details(doc, title=TITLE, venue=VENUE, facilitator="Sam"))
    settle()
    RENDERS.mkdir(parents=True, exist_ok=True)
    page.grab().save(str(RENDERS / "prepare_title_start_450.png"))  # looked at by a person
    for box, text in ((page.title, TITLE), (page.venue, VENUE)):
        assert box.text() == text and not box.hasFocus()
        assert box.cursorPosition() == 0  # the start in view, not the end
        assert box.cursorRect().left() < box.fontMetrics().horizontalAdvance("W") + 8
    undo.stack.undo()  # undo sets the words back: their start again
    assert page.title.cursorPosition() == 0 and page.title.text() == "Spring reviews"
    undo.stack.redo()
    assert page.title.text() == TITLE and page.title.cursorPosition() == 0


def test_the_box_being_typed_in_keeps_its_cursor(page, doc, undo, qtbot):
    page.title.setFocus()
    page.title.end(False)
    qtbot.keyClicks(page.title, " and more")
    assert undo.push(edit_details(doc, venue="Library"))  # the page drawn again meanwhile
    assert page.title.hasFocus()
    assert page.title.cursorPosition() == len(page.title.text())  # not sent to the start
