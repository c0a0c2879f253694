"""A big workshop stays quick on every board: the wall and its outline lay themselves out again
only when cards or themes change, and not while another stage's page is on screen (they catch
up when the Theme page is shown again)."""

from __future__ import annotations

from wtfc.model.operations.causes import add_cause
from wtfc.model.operations.themes import rename_theme
from wtfc.model.workshop import Stage


def _count(monkeypatch, obj, name):
    calls = []
    real = getattr(obj, name)
    monkeypatch.setattr(obj, name, lambda *a, **k: (calls.append(1), real(*a, **k))[1])
    return calls


def test_edits_elsewhere_leave_the_wall_alone_and_it_catches_up_when_shown(demo_window,
                                                                            monkeypatch):
    window = demo_window
    window.go_to_stage(Stage.THEME)
    panel = window.page(Stage.THEME)
    layouts = _count(monkeypatch, panel.scene, "relayout")
    outlines = _count(monkeypatch, panel.outline, "rebuild")
    theme = window.doc.workshop.themes[0]

    window.undo.push(add_cause(window.doc, theme_id=theme.id, text="Rotas change daily"))
    assert layouts == [] and outlines == []  # a cause is not on the wall

    window.go_to_stage(Stage.UNDERSTAND)
    window.undo.push(rename_theme(window.doc, theme_id=theme.id, name="I never know who"))
    assert layouts == [] and outlines == []  # the wall is not on screen: it waits

    window.go_to_stage(Stage.THEME)
    assert len(layouts) == 1 and len(outlines) == 1
    assert "I never know who" in panel.scene.blocks[theme.id].title
    assert any("I never know who" in panel.outline.model_.item(r).text()
               for r in range(panel.outline.model_.rowCount()))

    window.undo.push(rename_theme(window.doc, theme_id=theme.id, name="I never know who comes"))
    assert len(layouts) == 2 and len(outlines) == 2  # on screen: at once


def test_boards_not_on_screen_wait_for_their_turn(demo_window, monkeypatch):
    """A vote changes a theme: the Plan and Root causes boards follow themes, but while they
    are not on screen they refresh once, when shown, not on every vote."""
    from wtfc.model.operations.themes import set_priority

    window = demo_window
    plan = window.page(Stage.PLAN)
    causes = window.page(Stage.UNDERSTAND).causes
    window.go_to_stage(Stage.THEME)
    plans = _count(monkeypatch, plan, "refresh")
    trees = _count(monkeypatch, causes, "refresh_tree")
    theme = window.doc.workshop.themes[0]
    for votes in (1, 2, 3):
        window.undo.push(set_priority(window.doc, theme_id=theme.id, votes=votes))
    assert plans == [] and trees == []
    window.go_to_stage(Stage.PLAN)
    assert len(plans) == 1
    window.go_to_stage(Stage.UNDERSTAND)
    window.page(Stage.UNDERSTAND).setCurrentWidget(causes)
    assert len(trees) == 1


def test_the_collect_and_priorities_pages_catch_up_when_shown(demo_window, monkeypatch):
    from wtfc.model.operations.cards import edit_card
    from wtfc.model.operations.themes import rename_theme, set_priority

    window = demo_window
    collect = window.page(Stage.COLLECT)
    priorities = window.page(Stage.UNDERSTAND).widget(0)
    window.go_to_stage(Stage.THEME)
    reloads = _count(monkeypatch, collect.model, "parts_changed")
    tables = _count(monkeypatch, priorities.model, "refresh_themes")
    theme = window.doc.workshop.themes[0]
    card = window.doc.workshop.cards[0]
    window.undo.push(set_priority(window.doc, theme_id=theme.id, votes=7))
    window.undo.push(rename_theme(window.doc, theme_id=theme.id, name="I am seen as a person"))
    window.undo.push(edit_card(window.doc, card_id=card.id, text="My friend next door helps"))
    assert reloads == [] and tables == []  # nobody looking: nothing redone
    window.go_to_stage(Stage.COLLECT)
    row = collect.model.row_of(card.id)
    assert collect.model.card_at(row).text == "My friend next door helps"
    window.go_to_stage(Stage.UNDERSTAND)
    names = [priorities.model.data(priorities.model.index(r, 2))
             for r in range(priorities.model.rowCount())]
    assert "I am seen as a person" in names
