"""A folded row of last time's actions keeps what became of its theme in sight.

"Its theme now" led with last time's name: at 1024x768 (rows folded to two lines) 10 of 13
actions of the six-months-later review read "I am not treated with respect / or as an
individual by my paid carers:…", the split and the name it goes by now never on screen. The
fate and the name now come first; last time's name is what a fold cuts."""

from __future__ import annotations

from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QStyleOptionViewItem

from tests.ui.boards.board_window import settle
from tests.ui.renders import save_render
from wtfc.model.compare import Change, PreviousAction
from wtfc.model.demo import demo_path
from wtfc.model.storage import load_workshop, save_workshop
from wtfc.model.workshop import ActionStatus, Role, Stage
from wtfc.ui.boards.review_fold import cut
from wtfc.ui.boards.review_rows import THEME_NOW_COLUMN, action_theme_text

SPLIT = "I am not treated with respect or as an individual by my paid carers"
NOW = "Too many different carers who don't know me"


def _action(**update) -> PreviousAction:
    fields = {"what": "Write a one-page profile", "role": Role.PROVIDERS, "owner": "",
              "by_when": None, "status": ActionStatus.IN_PROGRESS, "how_we_know": "",
              "theme_name": SPLIT, "overdue": False, "theme_change": Change.SPLIT,
              "theme_now": NOW}
    return PreviousAction(**{**fields, **update})


def test_the_fate_and_the_name_now_lead_last_times_name_after():
    assert action_theme_text(_action()) == f"↗ Split, now “{NOW}” · was “{SPLIT}”"
    assert action_theme_text(_action(theme_change=Change.GREW, theme_now=SPLIT)) == \
        f"▲ Said more often · “{SPLIT}”"
    assert action_theme_text(_action(theme_name="", theme_change=None, theme_now="")) == \
        "— · “Unnamed theme”"


def test_folded_to_two_lines_at_1024_the_fate_and_the_name_now_are_whole(demo_window, qtbot,
                                                                          tmp_path):
    """Last time's themes under longer names (matched by their cards): each action's theme
    is called something else now, the cell's start is its fate and that name."""
    ws = load_workshop(demo_path()).workshop
    themes = [t.model_copy(update={"name": f"{t.name} (as said in spring, at the day centre)"})
              for t in ws.themes]
    save_workshop(ws.model_copy(update={"themes": themes}), tmp_path / "spring.wtfc")
    demo_window.resize(1024, 768)
    demo_window.go_to_stage(Stage.REVIEW)
    board = demo_window.page(Stage.REVIEW)
    assert board.load_previous(tmp_path / "spring.wtfc")
    settle(qtbot)
    save_render(demo_window, "review_theme_now_folded_1024")
    tree = board.action_tree
    delegate = tree.itemDelegate()
    assert delegate.most == 2  # folded
    shown = []
    for row in range(1, tree.topLevelItemCount()):  # (the first is the chosen one, whole)
        index = tree.indexFromItem(tree.topLevelItem(row), THEME_NOW_COLUMN)
        opt = QStyleOptionViewItem()
        opt.initFrom(tree)
        opt.rect = tree.visualRect(index)
        delegate.initStyleOption(opt, index)
        shown.append((opt.text, cut(opt.text, QFontMetrics(opt.font),
                                    delegate._text_rect(opt).width(), 2)))
    renamed = [(text, folded) for text, folded in shown if ", now “" in text]
    assert renamed
    for text, folded in renamed:
        lead = text[:text.index(" · was “")]  # the fate and the name now
        # the fate and the start of the name now in sight, last time's name cut first
        assert folded.startswith(lead[:lead.index("“") + 20]), (text, folded)
        assert folded.startswith(lead) or " · was" not in folded
