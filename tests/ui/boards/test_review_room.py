"""The Review room view: what the projector shows of the comparison."""

from __future__ import annotations

from tests.ui.boards.conftest import TODAY, sample_workshop, save_render
from wtfc.model.compare import Change, ThemeChange
from wtfc.model.document import Document
from wtfc.model.workshop import Kind, Theme
from wtfc.ui.boards import review_room
from wtfc.ui.boards.review_room import ReviewRoomView, themes_for_the_room

NW = Kind.NOT_WORKING


def _change(change: Change, name: str, before: int, now: int) -> ThemeChange:
    return ThemeChange(NW, change, name, cards_before=before, cards_now=now)


def test_new_and_gone_themes_reach_the_room_when_many_grew():
    """Themes are listed grew-first; ten that grew used to push the new and the gone ones
    under "… and 3 more changes", the very news the room came to hear."""
    themes = [_change(Change.GREW, f"Grew {i}", 1, 20 - i) for i in range(10)]
    themes += [_change(Change.APPEARED, "Brand new", 0, 3),
               _change(Change.DISAPPEARED, "Gone away", 4, 0)]
    shown = themes_for_the_room(themes, room=8 * 100, height=lambda t: 100)
    names = [t.name for t in shown]
    assert "Brand new" in names and "Gone away" in names
    assert len(shown) == 7  # and a line for "… and 5 more changes"
    assert names[:5] == ["Grew 0", "Grew 1", "Grew 2", "Grew 3", "Grew 4"]  # biggest first


def test_everything_shows_when_it_fits(qapp):  # measures text: needs the app
    themes = [_change(Change.GREW, "a", 1, 2), _change(Change.SAME, "b", 2, 2)]
    assert [t.name for t in themes_for_the_room(themes, room=1000)] == ["a"]


def _previous() -> Document:
    ws = sample_workshop()
    who = next(t for t in ws.themes if t.id == "who")
    themes = [t.model_copy(update={"card_ids": t.card_ids[:2]}) if t.id == "who" else t
              for t in ws.themes if t.id != "meals"]
    themes.append(Theme(id="late", kind=NW, name="Carers are late and nobody rings to say",
                        card_ids=who.card_ids[2:]))
    return Document(ws.model_copy(update={"title": "Spring review 2024", "themes": themes}))


def test_the_room_compares_once_per_edit_not_at_every_repaint(qtbot, doc, undo, monkeypatch):
    from wtfc.model.operations.themes import rename_theme

    calls = []
    real = review_room.compare_workshops
    monkeypatch.setattr(review_room, "compare_workshops",
                        lambda *a, **k: calls.append(1) or real(*a, **k))
    view = ReviewRoomView(doc, _previous(), today=lambda: TODAY)
    qtbot.addWidget(view)
    view.resize(1920, 1080)
    view.show()
    view.grab()
    view.grab()
    assert len(calls) == 1
    undo.push(rename_theme(doc, theme_id="meals", name="My meals come cold"))
    view.grab()
    assert len(calls) == 2
    assert "My meals come cold" in [t.name for t in view.comparison().themes]


def test_render_a_merge_for_the_room(qtbot, doc):
    view = ReviewRoomView(doc, _previous(), today=lambda: TODAY)
    qtbot.addWidget(view)
    view.resize(1920, 1080)
    view.show()
    merged = view.comparison().with_change(Change.MERGED)
    assert [t.name for t in merged] == ["Carers are late and nobody rings to say"]
    save_render(view, "room_review_merged")


def test_last_times_actions_say_what_had_happened_on_the_projector(qtbot, doc, monkeypatch):
    """The Act stage's progress note is under the action's words, as on the Review board."""
    previous = _previous()
    ws = previous.workshop
    import datetime as dt

    noted = ws.actions[0].model_copy(update={"progress_note": "One provider has signed"})
    dated = ws.actions[1].model_copy(update={"progress_note": "Letters drafted",
                                             "checked_on": dt.date(2026, 9, 15)})
    previous = Document(ws.model_copy(update={"actions": [noted, dated, *ws.actions[2:]]}))
    drawn: list[str] = []
    real = review_room.draw_text
    monkeypatch.setattr(review_room, "draw_text",
                        lambda p, rect, text, *a, **k: drawn.append(text) or real(p, rect, text,
                                                                                  *a, **k))
    view = ReviewRoomView(doc, previous, today=lambda: TODAY)
    qtbot.addWidget(view)
    view.resize(1920, 1080)
    view.show()
    view.grab()
    assert "So far: One provider has signed" in drawn
    assert drawn.index(noted.what) < drawn.index("So far: One provider has signed")
    assert "So far (15 Sep 2026): Letters drafted" in drawn  # when, as on the Review board
    assert sum(t.startswith("So far") for t in drawn) == 2  # only the actions with a note
