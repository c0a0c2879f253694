"""The Review room view: what the projector shows of the comparison."""

from __future__ import annotations

from tests.ui.boards.board_workshops import TODAY, sample_workshop
from tests.ui.renders import save_render
from wtfc.model.compare import Change, ThemeChange
from wtfc.model.document import Document
from wtfc.model.workshop import Kind, Theme
from wtfc.ui.boards import review_compared, review_room, review_room_actions
from wtfc.ui.boards.review_room import ReviewRoomView, count_text, room_themes

NW = Kind.NOT_WORKING


def _change(change: Change, name: str, before: int, now: int) -> ThemeChange:
    return ThemeChange(NW, change, name, cards_before=before, cards_now=now)


def test_the_room_keeps_the_board_s_order_and_every_priority_now_or_then():
    """The room listed this time's priorities first and the board last time's, so "the second
    one down" named two themes: the room now keeps the board's order (last time's priorities
    first, as compared), leaving out only themes about the same that are no priority now or
    then (counted under the last)."""
    themes = [ThemeChange(NW, Change.SHRANK, "Was 1", cards_before=4, cards_now=2,
                          current_id="w1", previous_rank=1),
              ThemeChange(NW, Change.DISAPPEARED, "Was 2", cards_before=3, previous_rank=2),
              _change(Change.GREW, "Grew", 1, 5),
              ThemeChange(NW, Change.SAME, "Priority now", cards_before=2, cards_now=2,
                          current_id="p1"),
              _change(Change.SAME, "Same", 2, 2), _change(Change.APPEARED, "New", 0, 3)]
    shown = room_themes(themes, {"p1": 1})
    assert [t.name for t in shown] == ["Was 1", "Was 2", "Grew", "Priority now", "New"]


def test_the_top_line_says_the_cards_only_when_the_same_people_said_it_more_often():
    """The number beside a theme is its people, as in the board's People column; "Said more
    often" (the cards) says its cards in words, so no number is left unlabelled."""
    more_people = ThemeChange(NW, Change.GREW, "a", cards_before=3, cards_now=7,
                              people_before=3, people_now=6, reviewed_before=9, reviewed_now=9)
    more_often = ThemeChange(NW, Change.GREW, "b", cards_before=4, cards_now=6,
                             people_before=3, people_now=3, reviewed_before=9, reviewed_now=9)
    assert count_text(more_people) == "▲ More people said this"
    assert count_text(more_often) == "▲ Said more often · 4 → 6 cards"
    assert count_text(_change(Change.APPEARED, "c", 0, 2)) == "✚ New this time"


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
    real = review_compared.compare_workshops
    monkeypatch.setattr(review_compared, "compare_workshops",
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
    def spy(p, rect, text, *a, **k):
        drawn.append(text)
        return real(p, rect, text, *a, **k)

    for module in (review_room, review_room_actions):  # (the actions are drawn there)
        monkeypatch.setattr(module, "draw_text", spy)
    view = ReviewRoomView(doc, previous, today=lambda: TODAY)
    qtbot.addWidget(view)
    view.resize(1920, 1080)
    view.show()
    view.grab()
    assert "So far: One provider has signed" in drawn
    assert drawn.index(noted.what) < drawn.index("So far: One provider has signed")
    assert "So far (15 Sep 2026): Letters drafted" in drawn  # when, as on the Review board
    assert sum(t.startswith("So far") for t in drawn) == 2  # only the actions with a note


def test_last_times_actions_say_how_we_said_we_would_know_on_the_projector(qtbot, doc,
                                                                           monkeypatch):
    """The evidence Plan asked for is under the action's words, before what had happened, at
    the room's small size (28 px), and the card is laid out tall enough for it."""
    previous = _previous()
    ws = previous.workshop
    said = ws.actions[0].model_copy(update={"how_we_know": "People say their carer knows them",
                                            "progress_note": "One provider has signed"})
    previous = Document(ws.model_copy(update={"actions": [said, *ws.actions[1:]]}))
    drawn: list[tuple[str, int, float]] = []
    real = review_room.draw_text
    def spy(p, rect, text, px=30, *a, **k):
        drawn.append((text, px, rect.height()))
        return real(p, rect, text, px, *a, **k)

    for module in (review_room, review_room_actions):  # (the actions are drawn there)
        monkeypatch.setattr(module, "draw_text", spy)
    view = ReviewRoomView(doc, previous, today=lambda: TODAY)
    qtbot.addWidget(view)
    view.resize(1920, 1080)
    view.show()
    view.grab()
    texts = [t for t, _, _ in drawn]
    line = "How we said we'd know: People say their carer knows them"
    assert texts.index(said.what) < texts.index(line) < texts.index(
        "So far: One provider has signed")
    assert [(px, height >= px) for t, px, height in drawn if t == line] == [(28, True)]
    assert sum(t.startswith("How we said") for t in texts) == 1  # only where one was said
    assert review_room.action_row_height(said) > review_room.action_row_height(
        said.model_copy(update={"how_we_know": ""}))
    save_render(view, "room_review_how_we_know")


def test_last_times_priorities_say_so_whatever_became_of_them():
    """Last time's priorities, in the order compared (by their rank then), even one about
    the same or gone; a theme that was and is a priority says both."""
    from wtfc.ui.boards.review_room import name_text

    themes = [ThemeChange(NW, Change.SHRANK, "Both", cards_before=4, cards_now=2,
                          current_id="b", previous_rank=1),
              ThemeChange(NW, Change.SAME, "Still", cards_before=2, cards_now=2,
                          current_id="s", previous_rank=2),
              ThemeChange(NW, Change.DISAPPEARED, "Gone", cards_before=3, previous_rank=3),
              _change(Change.GREW, "Grew", 1, 5), _change(Change.SAME, "Same", 2, 2)]
    shown = room_themes(themes, {"b": 1})
    assert [t.name for t in shown] == ["Both", "Still", "Gone", "Grew"]
    assert [name_text(t, {"b": 1}.get(t.current_id)) for t in shown[:3]] == [
        "Priority 1 · was priority 1 · ✗ Both", "Was priority 2 · ✗ Still",
        "Was priority 3 · ✗ Gone"]


def test_render_last_times_priorities_for_the_room(qtbot, doc):
    """Last time's priorities on the projector, whatever became of them; 'about the same'
    counts only the others."""
    from wtfc.model.workshop import Priority

    previous = _previous()
    themes = [t.model_copy(update={"priority": Priority(chosen=True, rank=3)})
              if t.id == "friends" else t for t in previous.workshop.themes]
    view = ReviewRoomView(doc, Document(previous.workshop.model_copy(
        update={"themes": themes})), today=lambda: TODAY)
    qtbot.addWidget(view)
    view.resize(1920, 1080)
    view.show()
    view.grab()
    # (its success statements, under their themes, take the first page's room for a third)
    shown = [(t.name, t.previous_rank) for page in range(view.page_count())
             for t in view.page_themes(page)]
    assert shown[:3] == [("I feel like a package, not a person", 1),
                         ("I never know who is coming or when", 2),
                         ("I like the friends I have made at the lunch club", 3)]
    assert view.comparison().themes[2].change is Change.SAME  # shown all the same
    save_render(view, "room_review_was_priority")
