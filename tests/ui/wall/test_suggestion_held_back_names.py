"""Suggested themes judge a held-back name as the guard judges a card's words: "Gwenllian's"
and "GWENLLIAN" are the held-back Gwenllian, but "the gas bill" is not the carer called Bill
the guard held back. So a possessive never shows in the shared words or gets past Accept, an
innocent name is neither refused nor wiped, and a typed name is never taken off without a word.
Opened another workshop, the panel's answer handlers hold none of the last one's cards."""

from __future__ import annotations

import gc
import types

import pytest
from PySide6.QtCore import Qt
from suggestion_helpers import finish, grouping_workshop, suggested

from tests.ui.settled import settle
from wtfc.model.document import Document
from wtfc.model.operations.cards import redact_card
from wtfc.model.operations.checks import store_fresh_findings
from wtfc.model.workshop import Card, Kind, Workshop
from wtfc.ui.card_guard import fresh_findings

pytestmark = pytest.mark.usefixtures("word_table")

NW = Kind.NOT_WORKING
TEXTS = ["My carer Bill is lovely and always on time",  # the guard holds "Bill" back itself
         "I cannot pay the gas bill this winter",
         "The electric bill frightens me every month",
         "Money is so tight I worry about every bill",
         "I am lonely", "I feel lonely at night", "Lonely since my husband died",
         "I love it when Gwenllian comes, she makes me laugh",
         "Gwenllian takes me out shopping on Fridays",
         "Gwenllian is the best carer I have had"]


@pytest.fixture
def doc():
    return Document(Workshop(title="names", cards=[Card(id=f"c{i}", kind=NW, text=t)
                                                   for i, t in enumerate(TEXTS)]))


def check_all_again(doc, undo, names=()):
    """What "Check all cards again" does, with ``names`` in Names to watch for."""
    undo.push(store_fresh_findings(doc, findings=fresh_findings(doc.workshop.cards,
                                                                list(names))))


def choose(page, card_id):
    row = next(i for i, s in enumerate(page.shown) if card_id in s.suggestion.member_ids)
    page.list.setCurrentRow(row)
    page._acted_at = 0  # a fresh gesture, not the second click of the last one
    return page.shown[row]


def row_says(page, box=True) -> str:
    item = page.list.currentItem()
    return "\n".join([item.text(), item.toolTip(),
                      str(item.data(Qt.ItemDataRole.AccessibleTextRole)),
                      page.name.text() if box else ""])


@pytest.mark.parametrize("typed", ["I miss Gwenllian's visits", "I MISS GWENLLIAN’S VISITS",
                                   "I love gwenllian"])
def test_a_held_back_name_typed_with_a_possessive_or_capitals_is_refused(
        qtbot, wall, doc, undo, typed):
    page = suggested(qtbot, wall)
    check_all_again(doc, undo, ["Gwenllian"])
    choose(page, "c4")
    page.rename(typed)
    assert "gwenllian" in row_says(page).lower()  # the row follows the typing
    said = []
    page.status.connect(said.append)
    assert not page.accept_current()
    assert not doc.workshop.themes
    assert "held back" in said[-1] and "gwenllian" not in said[-1].lower()
    # the row above, its tooltip and what a screen reader hears no longer say it either;
    # the box keeps what was typed, to change (never wiped), through an unrelated edit too
    assert "gwenllian" not in row_says(page, box=False).lower()
    assert page.name.text() == typed
    assert wall.gestures.edit_text("c5", "I feel lonely most nights")
    assert page.name.text() == typed and "gwenllian" not in row_says(page, box=False).lower()
    wall.grab().save("/tmp/f19/refused_possessive.png")


def test_a_pasted_name_typed_after_its_cards_were_redacted_is_refused(qtbot, wall, doc, undo):
    """Redacted, no card holds Gwenllian back any more; pasted in Names to watch for (what
    the box keeps in memory), the name is still refused at Accept."""
    page = suggested(qtbot, wall)
    doc.names_to_watch = ("Gwenllian",)
    check_all_again(doc, undo, doc.names_to_watch)
    for card_id in ("c7", "c8", "c9"):
        undo.push(redact_card(doc, card_id=card_id))
    assert not any(c.held_back for c in doc.workshop.cards if c.id in ("c7", "c8", "c9"))
    choose(page, "c4")
    page.rename("I love it when Gwenllian comes")
    assert not page.accept_current() and not doc.workshop.themes
    page.rename("I feel lonely")  # and a name of the room's own is accepted
    assert page.accept_current()
    assert [t.name for t in doc.workshop.themes] == ["I feel lonely"]


def test_a_possessive_shared_word_goes_when_the_name_is_held_back(qtbot, wall, undo):
    doc = wall.doc
    texts = ["Gwenllian's visits cheer me up no end", "I look forward to Gwenllian's visits",
             "Gwenllian's visits are the best part of my week",
             "I am lonely", "I feel lonely at night", "Lonely since my husband died"]
    doc.replace_workshop(Workshop(title="pos", cards=[Card(id=f"p{i}", kind=NW, text=t)
                                                      for i, t in enumerate(texts)]))
    page = suggested(qtbot, wall)
    assert any("gwenllian's" in s.suggestion.key_words for s in page.shown)
    check_all_again(doc, undo, ["Gwenllian"])
    out = []
    for row in range(page.list.count()):
        page.list.setCurrentRow(row)
        out += [row_says(page), page.reason.text()]
    assert "gwenllian" not in "\n".join(out).lower()
    assert "similar meaning, different words" in "\n".join(out)
    wall.grab().save("/tmp/f19/possessive_after_check.png")


def test_the_gas_bill_is_no_carer_called_bill(qtbot, wall, doc, undo):
    """The guard holds back "My carer Bill…" by itself; "I can't pay the gas bill" is a fine
    name for the money theme: accepted, undone, redone."""
    check_all_again(doc, undo)
    assert doc.card("c0").held_back and not doc.card("c1").held_back
    page = suggested(qtbot, wall)
    choose(page, "c4")  # the room names a group as it reads the wall
    page.rename("I can't pay the gas bill")
    assert page.accept_current()
    names = lambda: [t.name for t in doc.workshop.themes]  # noqa: E731
    assert names() == ["I can't pay the gas bill"]
    wall.grab().save("/tmp/f19/gas_bill_accepted.png")
    undo.stack.undo()
    assert names() == []
    undo.stack.redo()
    assert names() == ["I can't pay the gas bill"]


def test_a_working_name_about_a_bill_stays_when_carer_bill_is_held_back(qtbot, wall, doc, undo):
    page = suggested(qtbot, wall)
    shown = next(s for s in page.shown if "c1" in s.suggestion.member_ids)
    before = shown.name
    assert "bill" in before.lower()
    check_all_again(doc, undo)
    assert doc.card("c0").held_back and not doc.card("c1").held_back
    assert shown.name == before
    assert before in page.list.item(page.shown.index(shown)).text()


def test_a_typed_name_stays_through_an_unrelated_edit(qtbot, wall, doc, undo):
    check_all_again(doc, undo)  # carer Bill held back
    page = suggested(qtbot, wall)
    choose(page, "c4")
    page.rename("I worry about every bill")
    assert wall.gestures.edit_text("c5", "I feel lonely most nights")  # any edit
    assert page.name.text() == "I worry about every bill"


def test_a_typed_name_taken_off_by_a_later_check_is_said(qtbot, wall, doc, undo):
    page = suggested(qtbot, wall)
    choose(page, "c4")
    page.rename("I miss Gwenllian's visits")
    check_all_again(doc, undo, ["Gwenllian"])
    message = wall.suggestions.message.text()
    assert page.name.text() == "" and "gwenllian" not in row_says(page).lower()
    assert "taken off" in message and "gwenllian" not in message.lower()
    wall.grab().save("/tmp/f19/typed_name_taken_off.png")


def test_another_workshop_opened_leaves_no_card_in_the_answer_handlers(qtbot, wall):
    doc = wall.doc
    doc.replace_workshop(grouping_workshop())
    task = wall.suggestions.suggest(NW)
    finish(qtbot, task)
    close = wall.suggestions.themes_page.close_themes
    qtbot.waitUntil(lambda: close.task is None or not close.task.is_running(), timeout=20_000)
    settle()  # the ranking's answer and what it posted have run
    old = {c.text for c in doc.workshop.cards}
    del task
    doc.replace_workshop(Workshop(title="B", cards=[Card(id="b1", kind=NW, text="B's card")]))
    settle()  # what the new workshop set off (a ranking asked again, objects deleted later)
    gc.collect()

    def holds_old(value, depth=0) -> bool:
        if isinstance(value, Card) or (isinstance(value, str) and value in old):
            return True
        if depth < 3 and isinstance(value, (list, tuple, set, frozenset)):
            return any(holds_old(v, depth + 1) for v in value)
        if depth < 3 and isinstance(value, dict):
            return any(holds_old(v, depth + 1) for v in value.values())
        return False

    mine = (wall.suggestions, close)  # this wall's handlers (not an earlier test's) hold these
    looked = 0
    for f in _closing_over(mine):
        if f.__qualname__.startswith(("SuggestionsPanel.suggest.", "CloseThemes.follow.")):
            cells = [c.cell_contents for c in f.__closure__]
            looked += 1
            assert not any(holds_old(c) for c in cells), f.__qualname__
    assert looked  # Suggest's answer handler is still connected to its task: it was looked at


def _closing_over(objects) -> list[types.FunctionType]:
    """Every function in memory with one of ``objects`` in its closure: found from them (their
    cells, the cells' tuples, the tuples' functions), as Python would only find them by reading
    every object in the test process (~4M late in a run)."""
    cells = [c for c in gc.get_referrers(*objects) if type(c) is types.CellType
             and any(c.cell_contents is o for o in objects)]
    closures = [t for t in gc.get_referrers(*cells) if type(t) is tuple] if cells else []
    return [f for f in gc.get_referrers(*closures) if type(f) is types.FunctionType
            and any(f.__closure__ is t for t in closures)] if closures else []
