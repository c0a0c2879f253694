"""Room views of the boards: drawn headless at 1920x1080, legible, with plain-English errors."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize

from tests.ui.boards.board_workshops import deep_chain_doc, sample_workshop
from tests.ui.renders import RENDERS
from wtfc.model.document import Document
from wtfc.model.workshop import Workshop
from wtfc.ui.boards import views, why_tree_pages
from wtfc.ui.boards.room_paint import SMALL_PX, text_height
from wtfc.ui.boards.why_tree_items import ROOM_STYLE
from wtfc.ui.render import ViewRequest, available_views, parse_view, render_view

SIZE = QSize(1920, 1080)


def _previous() -> Document:
    ws = sample_workshop()
    themes = [t.model_copy(update={"card_ids": t.card_ids[:2]}) if t.id == "package" else t
              for t in ws.themes if t.id != "meals"]
    cards = [c for c in ws.cards if c.id != "c14"]
    return Document(Workshop.model_validate(
        ws.model_copy(update={"title": "Spring review 2024", "themes": themes,
                              "cards": cards}).model_dump()))


@pytest.mark.parametrize("text", ["priorities", "causes:I feel like a package, not a person",
                                  "success:i feel like a package not a person", "plan",
                                  "plan:I feel like a package, not a person", "review"])
def test_each_board_renders_for_the_room(qtbot, doc, text):
    request = parse_view(text, previous=_previous())
    image = render_view(doc, request, SIZE)
    assert (image.width(), image.height()) == (1920, 1080)
    RENDERS.mkdir(parents=True, exist_ok=True)
    image.save(str(RENDERS / f"room_{request.name}.png"))
    assert len({image.pixel(x, y) for x in range(0, 1920, 40) for y in range(0, 1080, 40)}) > 4


def test_views_are_registered():
    assert {"priorities", "causes", "success", "plan", "review"} <= set(available_views())


def test_unknown_theme_and_missing_arguments_are_explained(qtbot, doc):
    with pytest.raises(LookupError, match="no theme called 'Bins'"):
        render_view(doc, ViewRequest("causes", "Bins"), SIZE)
    with pytest.raises(LookupError, match="needs a theme: --view success:THEME"):
        render_view(doc, ViewRequest("success", ""), SIZE)


def test_room_text_is_large_enough_for_the_back_of_the_room(causes_room, doc):
    assert SMALL_PX >= 28 and ROOM_STYLE.small_px >= 28
    widget = causes_room(doc, "package", SIZE)
    assert widget.view.transform().m11() == pytest.approx(1.0)  # not shrunk for this tree


def test_room_views_never_edit(qtbot, doc):
    before = doc.workshop.model_dump()
    for name in ("priorities", "plan"):
        render_view(doc, ViewRequest(name), SIZE)
    assert doc.workshop.model_dump() == before


def test_the_priorities_room_view_keeps_every_theme_and_gives_long_names_a_second_line(qtbot):
    """The top priority's "I" statement is the point of the view: whole, on two lines; every
    theme still has a row while they fit."""
    from wtfc.model.demo import demo_path
    from wtfc.model.storage import load_workshop
    from wtfc.ui.boards.priorities_layout import LINE, ROW, SUB, _rows_that_fit, room_order

    doc = Document(load_workshop(demo_path()).workshop)
    themes = room_order(doc.workshop.themes)
    rows = _rows_that_fit(themes, 1080 - 200)
    assert [row.theme.id for row in rows] == [t.id for t in themes]
    first = rows[0]
    assert first.theme.priority.rank == 1 and len(first.theme.name) > 50 and first.lines == 2
    assert first.height == ROW + LINE + SUB  # and the small line saying why it was chosen


@pytest.mark.parametrize("chosen", [False, True])
@pytest.mark.parametrize("size", [QSize(1366, 768), SIZE])
def test_the_priorities_room_view_shows_every_demo_theme_name_whole(qtbot, monkeypatch,
                                                                    chosen, size):
    """Before any theme was chosen 5 of the demo's 10 names ended in "…" while the rank column
    stood empty; names use that room then (and the bar's, moved beside the counts), and a
    name with no second line to spare is drawn at the smaller readable size, not cut."""
    from wtfc.model.demo import demo_path
    from wtfc.model.storage import load_workshop
    from wtfc.model.workshop import Priority
    from wtfc.ui.boards import priorities_room

    ws = load_workshop(demo_path()).workshop
    if not chosen:
        ws = ws.model_copy(update={"themes": [
            t.model_copy(update={"priority": Priority(votes=t.priority.votes)})
            for t in ws.themes]})
    drawn: list[tuple[str, int, bool]] = []  # each name, and whether it fits its box whole

    def draw(p, rect, text, px=30, *args, bold=False, **kwargs):
        fits = text_height(text, rect.width(), px, bold=bold) <= rect.height() + 1
        drawn.append((text, px, fits))
        return real(p, rect, text, px, *args, bold=bold, **kwargs)

    real = priorities_room.draw_text
    monkeypatch.setattr(priorities_room, "draw_text", draw)
    view = priorities_room.PrioritiesRoomView(Document(ws))
    qtbot.addWidget(view)
    view.resize(size)
    view.show()
    RENDERS.mkdir(parents=True, exist_ok=True)
    for page in range(view.page_count()):  # (two on 1366x768, where type stays 24 px or more)
        view.show_page(page)
        view.grab().save(str(RENDERS / f"room_priorities_{'chosen' if chosen else 'none_chosen'}"
                                       f"_{size.width()}_p{page + 1}.png"))
        assert min(px for px, _, _ in view.drawn_text) >= 24 - 0.05  # real px, on the screen
    names = {t.name for t in ws.themes}
    shown = [(text, px, fits) for text, px, fits in drawn if text in names]
    assert {text for text, _, _ in shown} == names
    assert [text for text, _, fits in shown if not fits] == []  # none ends in "…"
    assert min(px for _, px, _ in shown) >= SMALL_PX


def test_the_plan_room_view_keeps_an_overdue_actions_date_when_space_is_short(qtbot,
                                                                             monkeypatch):
    """The date shares the status line; an overdue action shows "⚠ Late: started, due 1 Oct
    2026" on that line (the boards' status words), not its status with the date cut off."""
    from wtfc.model.demo import demo_path
    from wtfc.model.storage import load_workshop
    from wtfc.ui.boards import plan_room_card

    doc = Document(load_workshop(demo_path()).workshop)
    today = plan_room_card.dt.date.today()
    late = [a for a in doc.workshop.actions if plan_room_card.is_overdue(a, today)]
    assert late  # the demo has one
    drawn: list[str] = []
    real = plan_room_card.draw_text
    monkeypatch.setattr(plan_room_card, "draw_text",
                        lambda p, rect, text, *a, **k: (drawn.append(text),
                                                        real(p, rect, text, *a, **k)))
    render_view(doc, ViewRequest("plan"), QSize(1920, 1080))
    due = plan_room_card.date_text(late[0].by_when)
    assert [t for t in drawn if t.startswith("⚠ Late: ") and t.endswith(f", due {due}")]
    assert not any("Overdue" in t for t in drawn)


def test_a_wide_why_tree_on_the_room_view_narrows_its_boxes_to_keep_type_large(causes_room):
    """Eight reasons side by side: shrinking to the screen's width left the words at 16 px
    and most of the screen empty; narrower boxes (more lines) keep them readable."""
    from wtfc.model.demo import demo_path
    from wtfc.model.storage import load_workshop
    from wtfc.model.workshop import Cause

    base = load_workshop(demo_path()).workshop
    theme = next(t for t in base.themes if t.priority.rank == 1)
    causes = [Cause(id=f"k{i}", theme_id=theme.id, team="Blue table",
                    text=f"Reason {i}: staff are not given the time they need to know people")
              for i in range(8)]
    doc = Document(base.model_copy(update={"causes": causes, "actions": []}))
    view = causes_room(doc, theme.id, SIZE)
    on_screen = ROOM_STYLE.text_px * view.view.transform().m11()
    assert on_screen >= 24
    assert view.scene.sceneRect().height() * view.view.transform().m11() > 1080 * 0.4


def test_the_live_why_tree_room_view_fits_the_screen_it_is_shown_on(qtbot):
    """Shown straight at the projector's size, the tree used to be fitted to the view's old,
    small size (before the layout passed the new one on): a third of the screen, 11 px type."""
    from wtfc.model.demo import demo_path
    from wtfc.model.storage import load_workshop

    doc = Document(load_workshop(demo_path()).workshop)
    theme = next(t for t in doc.workshop.themes if t.priority.rank == 1)
    widget = views.CausesRoomView(doc, theme)
    qtbot.addWidget(widget)
    widget.resize(1920, 1080)
    widget.show()
    qtbot.waitExposed(widget)
    live = widget.view.transform().m11()
    widget.prepare_for_render()  # what `wtfc render` does: the right fit
    assert live == pytest.approx(widget.view.transform().m11())
    shown = widget.view.mapFromScene(widget.scene.itemsBoundingRect()).boundingRect()
    assert shown.height() > 0.8 * 1080 or shown.width() > 0.8 * 1920


def _shown_causes(causes_room, doc, theme_id, size: QSize, name: str | None = None):
    widget = causes_room(doc, theme_id, size)
    if name:
        RENDERS.mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(RENDERS / f"{name}_{size.width()}.png"))
    return widget


@pytest.mark.parametrize(("size", "least_px"), [(QSize(1366, 768), 12), (SIZE, 17)])
def test_a_deep_narrow_why_tree_widens_its_boxes_to_keep_type_large(causes_room, size,
                                                                    least_px):
    """Six levels of "why?" were shrunk to fit the screen's height: 8 px words at 1366x768
    (12 at 1920x1080) with three quarters of the width empty. Wider boxes take fewer lines."""
    doc, theme_id = deep_chain_doc()
    widget = _shown_causes(causes_room, doc, theme_id, size, "room_causes_six_levels")
    scale = widget.view.transform().m11()
    assert ROOM_STYLE.text_px * scale >= least_px
    assert widget.scene.tree_style.width > ROOM_STYLE.width
    shown = widget.view.mapFromScene(widget.scene.itemsBoundingRect()).boundingRect()
    assert shown.width() > 0.5 * size.width()


@pytest.mark.parametrize("size", [SIZE])
def test_the_demo_why_trees_show_as_large_as_with_the_usual_boxes_or_larger(qapp, size,
                                                                           monkeypatch):
    """Measured whole (at 24 px the demo's trees are shown in pages even at 1920x1080, each
    page at its own size, so the drawn scale no longer compares the two searches)."""
    from wtfc.model.demo import demo_path
    from wtfc.model.storage import load_workshop
    from wtfc.ui.boards.why_tree_layout import why_tree

    doc = Document(load_workshop(demo_path()).workshop)
    viewport = (float(size.width()), float(size.height()))
    for theme in (t for t in doc.workshop.themes if t.priority.chosen):
        tree = why_tree(doc, theme.id)
        with monkeypatch.context() as only_usual:
            only_usual.setattr(why_tree_pages, "NARROWER", ())
            only_usual.setattr(why_tree_pages, "WIDER", ())
            usual = why_tree_pages.TreeMeasure(doc, theme.id, viewport).plain(tree, {})[0]
        # (plain: with who was in the team the trade-off of ``best`` is another question)
        best = why_tree_pages.TreeMeasure(doc, theme.id, viewport).plain(tree, {})[0]
        assert best >= usual * 0.999, theme.name
