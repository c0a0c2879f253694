"""A first workshop's wall on a small laptop (1366×768 at 150%: 911×512) stays readable: the
opening view, the kind filters (F5…F8) and a fit kept while themes grow never shrink the cards'
words below READABLE_TEXT_PX (they scroll instead); Ctrl+= / Ctrl++ and Ctrl+- zoom by keys.

The figure is the words' height on screen: the card's text size times the view's scale.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from wall_fixtures import NW, F, W

from tests.ui.settled import settle
from wtfc.model.document import Document
from wtfc.model.workshop import Card, Person, Stage, Theme, Workshop
from wtfc.ui.undo import UndoAdapter
from wtfc.ui.wall import WallPanel
from wtfc.ui.wall.card_item import MIN_READABLE_PX, READABLE_TEXT_PX


def first_workshop() -> Document:
    """20 cards, 3 small themes: what a facilitator has after typing in a first few reviews."""
    counts = {W: 8, NW: 7, F: 5}
    cards = [
        Card(
            id=f"{kind.value}{i}",
            kind=kind,
            text=f"What someone said, number {i}",
            person=f"P{i % 4}",
        )
        for kind, count in counts.items()
        for i in range(count)
    ]
    themes = [
        Theme(id="t1", kind=W, name="I have time to chat with my carer", card_ids=[f"{W.value}0"]),
        Theme(id="t2", kind=W, name="I know who is coming", card_ids=[f"{W.value}1"]),
        Theme(
            id="t3",
            kind=NW,
            name="We never know who is coming",
            card_ids=[f"{NW.value}0", f"{NW.value}1"],
        ),
    ]
    return Document(
        Workshop(
            title="First day",
            people=[Person(id=f"P{i}") for i in range(4)],
            cards=cards,
            themes=themes,
        )
    )


@pytest.fixture
def laptop(show, qtbot):
    """The Theme page as big as it is in the window on that laptop (the stage list beside it)."""
    doc = first_workshop()
    panel = show(WallPanel(doc, UndoAdapter(doc)), 740, 440)
    panel.activateWindow()
    qtbot.waitActive(panel)
    settle()  # the opening view
    panel.view.setFocus()
    return panel


def _words_px(panel) -> float:
    return panel.view.scale_factor() * 17  # NOTE_TEXT_PX: a card's words


def _press(qtbot, panel, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(panel.view, key, modifier)
    settle()  # the layouts the key sets off, and the fit kept after them


def test_the_first_workshop_does_not_fit_readably_whole_here(laptop):
    """The case itself: fitted whole, its words would be grey bars (below 6 px)."""
    laptop.view.fit_all()  # Ctrl+0: the whole wall, as the facilitator may still ask
    assert _words_px(laptop) < MIN_READABLE_PX + 1


def test_it_opens_readable(laptop):
    assert _words_px(laptop) >= READABLE_TEXT_PX - 0.01


@pytest.mark.parametrize(
    "key",
    [Qt.Key.Key_F5, Qt.Key.Key_F6, Qt.Key.Key_F7, Qt.Key.Key_F8],
    ids=["F5", "F6", "F7", "F8"],
)
def test_a_kind_filter_keeps_the_words_readable(laptop, qtbot, key):
    """F5 (All) fitted the wall whole: 5.7 px words, drawn as grey bars."""
    _press(qtbot, laptop, Qt.Key.Key_F7 if key == Qt.Key.Key_F5 else Qt.Key.Key_F5)
    _press(qtbot, laptop, key)
    assert _words_px(laptop) >= READABLE_TEXT_PX - 0.01
    corner = laptop.view.mapFromScene(laptop.scene.sceneRect().topLeft())
    assert laptop.view.viewport().rect().adjusted(-2, -2, 2, 2).contains(corner)  # from the top


def test_new_themes_after_a_filter_do_not_shrink_the_words_past_readable(
    laptop, qtbot, monkeypatch
):
    """F7 (Not working only) then N, N, N: the fit was kept and shrank as themes grew."""
    names = iter(["I feel rushed", "I am lonely", "Nobody tells me", "I can't get out"])
    monkeypatch.setattr(laptop, "ask_text", lambda *_args, **_kw: next(names))
    _press(qtbot, laptop, Qt.Key.Key_F7)
    for _ in range(4):
        unsorted = [item for item in laptop.view.wall.ordered_cards() if item.theme_id is None]
        laptop.view.focus_card(unsorted[0])
        _press(qtbot, laptop, Qt.Key.Key_N)
        assert _words_px(laptop) >= READABLE_TEXT_PX - 0.01
    assert len(laptop.doc.workshop.themes) == 7
    assert laptop.view.wall.focusItem().isSelected()  # the moved card, in sight
    moved = laptop.view.mapFromScene(laptop.view.wall.focusItem().sceneBoundingRect())
    assert laptop.view.viewport().rect().intersects(moved.boundingRect())


def test_after_fit_all_a_narrower_view_scrolls_rather_than_shrink_the_words(show, qtbot):
    """A wall readable whole stays whole as the view changes shape, and no smaller than
    readable: the suggestions panel opened beside it on a smaller window scrolls it."""
    from wall_fixtures import small_document

    doc = small_document()
    panel = show(WallPanel(doc, UndoAdapter(doc)), 1400, 900)
    panel.view.fit_all()
    assert _words_px(panel) > READABLE_TEXT_PX
    panel.wall_actions.show_suggestions.trigger()
    panel.resize(900, 700)
    settle()
    assert _words_px(panel) >= READABLE_TEXT_PX - 0.01
    panel._suggestions.detach()  # no worker thread may outlive the test


def test_zoom_keys_change_the_scale(laptop, qtbot):
    view = laptop.view
    start = view.scale_factor()
    _press(qtbot, laptop, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    larger = view.scale_factor()
    assert larger > start * 1.2
    _press(qtbot, laptop, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert view.scale_factor() > larger * 1.2
    _press(qtbot, laptop, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    _press(qtbot, laptop, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    _press(qtbot, laptop, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert view.scale_factor() < start  # zooming out by hand may go below readable
    _press(qtbot, laptop, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert _words_px(laptop) < MIN_READABLE_PX + 1  # Fit all: the whole wall


def test_the_zoom_menu_holds_the_wall_s_zoom_and_greys_off_the_theme_page(demo_window):
    window = demo_window
    menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Zoom")
    by_text = {a.text().replace("&", ""): a for a in menu.actions()}
    assert {"Zoom in", "Zoom out", "Fit all"} <= set(by_text)
    assert {"Ctrl++", "Ctrl+="} <= {k.toString() for k in by_text["Zoom in"].shortcuts()}
    assert "Ctrl+-" in {k.toString() for k in by_text["Zoom out"].shortcuts()}
    window.go_to_stage(Stage.THEME)
    view = window.page(Stage.THEME).view
    assert by_text["Zoom in"].isEnabled()
    start = view.scale_factor()
    by_text["Zoom in"].trigger()
    assert view.scale_factor() > start
    window.go_to_stage(Stage.UNDERSTAND)  # no wall on screen: nothing for it to zoom
    assert not any(action.isEnabled() for action in by_text.values())


def _f1_rows(window) -> list[tuple[str, str, str]]:
    window.show_shortcuts()  # F1
    return window.shortcuts_dialog.visible_rows()


def test_f1_lists_the_zoom_keys_once(demo_window):
    """Ctrl+= / Ctrl++ and Ctrl+- zoom the wall; F1 named only Ctrl+wheel."""
    demo_window.go_to_stage(Stage.THEME)
    zoom = [
        (group, keys)
        for group, keys, what in _f1_rows(demo_window)
        if what in ("Zoom in", "Zoom out")
    ]
    assert zoom == [("On the Theme page", "Ctrl+= or Ctrl++"), ("On the Theme page", "Ctrl+-")]


def test_off_the_theme_page_f1_does_not_list_the_wall_s_zoom_keys(demo_window):
    demo_window.go_to_stage(Stage.PLAN)
    assert not any(what in ("Zoom in", "Fit all") for _, _, what in _f1_rows(demo_window))


def test_with_a_larger_app_font_the_wall_opens_at_its_scale(show, qtbot, qapp):
    """At 20 pt the toolbar, outline and stage list doubled while the cards' words opened at
    the 9 pt design's 12 px: the opening view's floor grows with the font, as the why-tree's."""
    from PySide6.QtGui import QFont

    from wtfc.ui.style import DESIGN_APP_POINT_SIZE, font_scale
    from wtfc.ui.wall.view_zoom import readable_px

    before = qapp.font()
    font = QFont(before)
    font.setPointSizeF(20)
    qapp.setFont(font)
    try:
        assert font_scale() == pytest.approx(20 / DESIGN_APP_POINT_SIZE)
        doc = first_workshop()
        panel = show(WallPanel(doc, UndoAdapter(doc)), 1366, 700)
        settle()  # the opening view
        assert readable_px() == pytest.approx(READABLE_TEXT_PX * font_scale())
        assert _words_px(panel) >= readable_px() - 0.01
        panel.view.fit_all()  # Ctrl+0 still shows it all, however small
        assert _words_px(panel) < readable_px()
    finally:
        qapp.setFont(before)
