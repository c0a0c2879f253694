"""Names typed into "Names to watch for" with Act's room view up lay the view out once typing
pauses, but that layout measured every row and note afresh: ~0.5 s of CPU (0.9-1.4 s on a busy
machine) at 283 actions, the window frozen. Rows and notes are now known by the words their
cards draw, so a name no card shows measures nothing again, and one that a note shows measures
only that action's rows and note; the layout is the one a view made afresh draws, and the
projector still reads "[name]"."""

from __future__ import annotations

from collections import Counter

from PySide6.QtGui import QImage

from tests.ui.boards.plan_room_shown import shown_plan_room
from tests.ui.boards.test_plan_room_names_to_watch import NAMES, TODAY, _doc
from wtfc.model.document import Document
from wtfc.ui.boards import plan_room_memo, plan_room_notes
from wtfc.ui.boards.plan_room import PlanRoomView

SIZE = (1366, 768)  # the demo's Act view takes pages: notes go on over them


def _view(qtbot, doc: Document) -> PlanRoomView:
    return shown_plan_room(qtbot, doc, SIZE, TODAY)


def _pages(view: PlanRoomView, words: list[str] | None = None) -> list[QImage]:
    """Each page as drawn; ``words``: what each drew."""
    pictures = []
    for page in range(view.page_count()):
        view.show_page(page)
        pictures.append(view.grab().toImage())
        (words if words is not None else []).extend(t for _px, t, _cut in view.drawn_text)
    return pictures


def _spied(monkeypatch) -> tuple[Counter, Counter, list[int]]:
    """Rows measured (by their actions), notes' cards measured (by action), and layouts."""
    rows: Counter = Counter()
    cards: Counter = Counter()
    layouts: list[int] = []
    card_height, card_lines = plan_room_memo.card_height, plan_room_notes.card_lines
    lay_out = PlanRoomView.lay_out

    def row_measured(actions, *args, **kw):
        rows[tuple(a.id for a in actions)] += 1
        return card_height(actions, *args, **kw)

    def card_measured(action, *args, **kw):
        cards[action.id] += 1
        return card_lines(action, *args, **kw)

    def laid_out(view, height):
        layouts.append(1)
        return lay_out(view, height)

    monkeypatch.setattr(plan_room_memo, "card_height", row_measured)
    monkeypatch.setattr(plan_room_notes, "card_lines", card_measured)
    monkeypatch.setattr(PlanRoomView, "lay_out", laid_out)
    return rows, cards, layouts


def _names(doc: Document, names: tuple[str, ...]) -> None:
    """As the names box says once typing pauses."""
    doc.names_to_watch = names
    doc.events.names_changed.emit()


def test_a_name_no_card_shows_measures_nothing_again(qtbot, monkeypatch):
    doc = _doc()
    view = _view(qtbot, doc)
    assert view.page_count() > 1
    rows, cards, layouts = _spied(monkeypatch)
    _names(doc, ("Ann Best",))
    assert view.page_count() > 1 and layouts  # laid out again, with the names
    assert not rows and not cards  # every row and note as measured before
    _names(doc, ("Ann Best", "Sam Long"))
    assert not rows and not cards


def test_a_name_a_note_shows_measures_that_action_only(qtbot, monkeypatch):
    doc = _doc()
    first = doc.workshop.actions[0].id
    view = _view(qtbot, doc)
    before = _pages(view)
    rows, cards, layouts = _spied(monkeypatch)
    _names(doc, NAMES)  # "Zebedee rang the office…" on the first action's card
    words: list[str] = []
    pictures = _pages(view, words)
    assert layouts and rows and cards
    assert all(first in row for row in rows)  # its rows only (and the whole plan's)
    assert set(cards) == {first}
    assert pictures != before  # the note reads otherwise
    text = "\n".join(words)
    assert "[name] rang the office" in text and "Zebedee" not in text and "Quill" not in text
    monkeypatch.undo()
    assert _pages(_view(qtbot, doc)) == pictures  # as a view laid out afresh draws it


def test_another_view_laying_out_meanwhile_measures_afresh(qtbot, monkeypatch):
    """The measures are shared by the views; another workshop's view (the same action ids,
    another note) laid out meanwhile: the first view measures afresh, not with its measures."""
    doc, other = _doc(), _doc("A much longer note than the first view's. " * 12)
    view = _view(qtbot, doc)
    _view(qtbot, other).page_count()
    rows, cards, _layouts = _spied(monkeypatch)
    _names(doc, ("Ann Best",))
    pictures = _pages(view)
    assert rows and cards  # measured afresh
    monkeypatch.undo()
    assert _pages(_view(qtbot, doc)) == pictures
