"""F1 says when a greyed button's underlined letter does nothing now, and why.

Prepare's "Use the usual timings" is greyed once every stage has a plan (the demo), yet F1
listed "Alt+U – Use the usual timings", and Alt+U in the title typed "u"; its tip did not say
why it was greyed. Collect's Redact and Mark as fine (Alt+D, Alt+M) likewise, with no
held-back card chosen.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QPushButton

from tests.ui.renders import save_render
from wtfc.model.operations.agenda import set_stage_minutes
from wtfc.model.workshop import Stage


@pytest.fixture
def window(demo_window):
    return demo_window


def _page_rows(window) -> dict[str, str]:
    menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Help")
    next(a for a in menu.actions() if a.text().replace("&", "") == "Keyboard shortcuts").trigger()
    dialog = window.shortcuts_dialog
    return {keys: what for group, keys, what in dialog.visible_rows() if group.startswith("On the")}


def test_use_the_usual_timings_greyed_says_why_in_its_tip_and_on_f1(window):
    window.go_to_stage(Stage.PREPARE)
    usual = next(b for b in window.page(Stage.PREPARE).findChildren(QPushButton)
                 if b.text() == "&Use the usual timings")
    assert not usual.isEnabled()  # the demo plans every stage
    assert usual.toolTip().startswith("Not now: every stage has a plan already")
    rows = _page_rows(window)
    assert rows["Alt+U"] == ("Use the usual timings (not now: every stage has a plan already; "
                             "change its minutes in its box)")
    window.shortcuts_dialog.find_box.setText("alt+u")
    save_render(window.shortcuts_dialog, "f1_usual_timings_not_now")


def test_with_a_stage_unplanned_the_button_and_its_row_read_as_usual(window):
    window.go_to_stage(Stage.PREPARE)
    window.undo.push(set_stage_minutes(window.doc, stage=Stage.THEME, minutes=0))
    rows = _page_rows(window)
    assert rows["Alt+U"] == "Use the usual timings"
    window.undo.stack.undo()
    assert "(not now:" in _page_rows(window)["Alt+U"]


def test_collect_s_redact_and_mark_as_fine_say_choose_a_held_back_card_first(window):
    window.go_to_stage(Stage.COLLECT)
    rows = _page_rows(window)
    assert rows["Alt+D"] == "Redact (not now: choose a held-back card first)"
    assert rows["Alt+M"] == "Mark as fine (not now: choose a held-back card first)"
    assert "(not now" not in rows["Alt+O"]  # People: always there


def test_collect_s_edit_says_choose_one_card(window):
    """Alt+T's Edit… said "(not now: greyed out)", the one greyed letter with no reason
    (review 23 code_d2 F2)."""
    window.go_to_stage(Stage.COLLECT)
    page = window.page(Stage.COLLECT)
    assert _page_rows(window)["Alt+T"] == "Edit… (not now: choose one card first)"
    window.shortcuts_dialog.find_box.setText("alt+t")
    save_render(window.shortcuts_dialog, "f1_collect_edit_choose_one")
    cards = [card.id for card in window.doc.workshop.cards[:2]]
    page.select_cards(cards)
    assert _page_rows(window)["Alt+T"] == "Edit… (not now: choose just one card)"
    page.select_cards(cards[:1])
    assert _page_rows(window)["Alt+T"] == "Edit…"
    window.undo.read_only = True  # a workshop opened read-only, as File > Open does it
    window.doc.replace_workshop(window.doc.workshop)
    assert _page_rows(window)["Alt+T"] == "Edit… (not now: this workshop is open read-only)"
