"""Theme suggestions on the wall: computed in the background, accepted as one undo step,
edited first or dismissed; "where does this card go?" and "cards like this one"."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from suggestion_helpers import (
    BUS,
    LONELY,
    NW,
    RUSH,
    F,
    W,
    choose_card,
    choose_suggestion,
    finish,
    grouping_workshop,
    suggested,
    theme_named,
    unsorted_ids,
)

from tests.ui.settled import settle
from wtfc.model.document import Document
from wtfc.model.operations.checks import store_fresh_findings
from wtfc.ui.card_guard import details_in

pytestmark = pytest.mark.usefixtures("word_table")


@pytest.fixture
def doc():
    return Document(grouping_workshop())


# -- suggested themes ----------------------------------------------------------------------------
def test_suggestions_are_worked_out_in_the_background_with_progress(qtbot, wall, doc, undo,
                                                                     monkeypatch):
    import threading

    from wtfc.ui.wall import suggest_job

    release = threading.Event()  # the work waits: the second request comes while it runs
    real = suggest_job.suggest_on_worker
    monkeypatch.setattr(suggest_job, "suggest_on_worker",
                        lambda *a: (release.wait(30), real(*a))[1])
    before = doc.workshop.model_copy(deep=True)
    task = wall.suggestions.suggest(NW)
    reports = []
    task.progressed.connect(lambda done, total: reports.append((done, total)))
    assert wall.suggestions.progress.isVisibleTo(wall)
    assert not wall.suggestions.suggest_button.isEnabled()
    assert wall.suggestions.suggest(NW) is None  # a second request is refused, plainly
    assert "Still working" in wall.suggestions.message.text()
    release.set()
    finish(qtbot, task)
    assert reports and reports[-1] == (100, 100)
    page = wall.suggestions.themes_page
    assert sorted(sorted(s.suggestion.member_ids) for s in page.shown) == [BUS, LONELY, RUSH]
    assert "3 suggested themes" in wall.suggestions.message.text()
    assert not wall.suggestions.progress.isVisibleTo(wall)
    assert doc.workshop == before and undo.stack.count() == 0  # nothing applied by itself


def test_the_panel_says_it_is_working_before_the_first_load_holds_the_window(qtbot, wall,
                                                                             monkeypatch):
    """The first press loads the clustering (~0.4 s, on this thread): the window sat frozen
    with nothing said. The busy bar and the words are up before that load."""
    from wtfc.ui.wall import suggest_job

    seen = []
    monkeypatch.setattr(suggest_job, "load_clustering", lambda: seen.append(
        (wall.suggestions.message.text(), wall.suggestions.progress.isVisibleTo(wall),
         wall.suggestions.progress.maximum())))
    finish(qtbot, wall.suggestions.suggest(NW))
    (said, bar, maximum), = seen
    assert said.startswith("Grouping") and bar and maximum == 0  # a busy bar


def test_the_same_cards_give_the_same_suggestions(qtbot, wall):
    first = [(s.suggestion.member_ids, s.name) for s in suggested(qtbot, wall).shown]
    second = [(s.suggestion.member_ids, s.name) for s in suggested(qtbot, wall).shown]
    assert first == second


def test_choosing_a_suggestion_rings_its_cards_on_the_wall(qtbot, wall):
    page = suggested(qtbot, wall)
    choose_suggestion(page, LONELY)
    assert wall.scene.highlighted == set(LONELY)
    assert all(wall.scene.cards[(c, None)].highlighted for c in LONELY)
    assert not wall.scene.cards[("u0", None)].highlighted
    wall.suggestions.set_shown(False)
    assert not wall.scene.highlighted


def test_accept_makes_one_theme_that_undoes_and_redoes(qtbot, wall, doc, undo):
    page = suggested(qtbot, wall)
    shown = choose_suggestion(page, BUS)
    page.rename("I can't get into town")
    assert page.accept_current()
    theme = theme_named(doc, "I can't get into town")
    assert sorted(theme.card_ids) == BUS
    assert theme.kind == NW and undo.stack.count() == 1
    assert shown not in page.shown and len(page.shown) == 2
    assert "Ctrl+Z" in wall.suggestions.message.text()
    undo.stack.undo()
    assert all(t.name != "I can't get into town" for t in doc.workshop.themes)
    assert set(BUS) <= unsorted_ids(doc)
    assert shown in page.shown and shown.name == "I can't get into town"  # back, as shaped
    undo.stack.redo()
    assert theme_named(doc, "I can't get into town")
    assert not set(BUS) & unsorted_ids(doc)
    assert shown not in page.shown


def test_edit_first_leaves_an_unticked_card_out(qtbot, wall, doc):
    page = suggested(qtbot, wall)
    choose_suggestion(page, RUSH)
    page.untick("u8")
    assert wall.scene.highlighted == {"u6", "u7"}  # the ring follows the ticks
    page.rename("I feel rushed at breakfast")
    assert "2 cards of 3" in page.list.currentItem().text()
    qtbot.keyClick(page.name, Qt.Key.Key_Return)  # Enter in the name box accepts
    theme = theme_named(doc, "I feel rushed at breakfast")
    assert theme.card_ids == ["u6", "u7"]
    assert "u8" in unsorted_ids(doc)


def test_dismiss_changes_nothing_in_the_workshop(qtbot, wall, doc, undo):
    page = suggested(qtbot, wall)
    before = doc.workshop.model_copy(deep=True)
    choose_suggestion(page, LONELY)
    assert page.dismiss_current()
    assert len(page.shown) == 2
    assert all(set(s.suggestion.member_ids) != set(LONELY) for s in page.shown)
    assert doc.workshop == before and undo.stack.count() == 0


def test_cards_sorted_meanwhile_are_not_taken(qtbot, wall, doc):
    page = suggested(qtbot, wall)
    choose_suggestion(page, BUS)
    assert wall.gestures.drop([("u1", None)], "transport")  # sorted by hand meanwhile
    assert "1 sorted since" in page.list.currentItem().text()
    page.rename("I can't get into town")
    assert page.accept_current()
    theme = theme_named(doc, "I can't get into town")
    assert theme.card_ids == ["u0", "u2"]
    assert doc.themes_of_card()["u1"] == ["transport"]


def test_held_back_cards_are_never_suggested(qtbot, wall):
    page = suggested(qtbot, wall)
    assert all("held" not in s.suggestion.member_ids for s in page.shown)
    assert "1 held-back card was left out" in wall.suggestions.message.text()


def test_an_empty_or_single_card_kind_gets_a_plain_message(qtbot, wall):
    assert wall.suggestions.suggest(F) is None
    assert "There are no ★ Future cards not yet in a theme" in wall.suggestions.message.text()
    assert wall.suggestions.suggest(W) is None
    assert "Only one ✓ Working card is not yet in a theme" in wall.suggestions.message.text()
    assert wall.suggestions.themes_page.shown == []


def test_the_kind_follows_the_wall_filter(wall):
    wall.set_kinds((W,))
    assert wall.suggestions.chosen_kind() == W


def test_suggesting_shows_that_kind_alone_so_its_ringed_cards_sit_together(qtbot, wall):
    """On All, a suggestion's cards were spread among every kind's unsorted cards (2 of 6 in
    sight at 1366x768); the filter stays on the kind afterwards, for sorting what is left."""
    assert wall.kinds == (W, NW, F) or set(wall.kinds) == {W, NW, F}
    page = suggested(qtbot, wall, NW)
    assert wall.kinds == (NW,)
    assert all(key[0] not in {"w2"} for key in wall.scene.cards)  # a working card is not shown
    said = wall.suggestions.message.text()
    assert said.endswith(" The wall shows ✗ Not working only (F5: all).")
    page.list.setCurrentRow(1)
    assert wall.kinds == (NW,)  # choosing suggestions leaves it alone
    suggested(qtbot, wall, NW)  # already showing that kind: nothing to say about the wall
    assert "F5" not in wall.suggestions.message.text()


def test_a_new_file_clears_the_suggestions(qtbot, wall, doc):
    suggested(qtbot, wall)
    doc.replace_workshop(grouping_workshop())
    assert wall.suggestions.themes_page.shown == [] and not wall.scene.highlighted


def test_leaving_the_wall_while_suggestions_are_worked_out_is_safe(qtbot, wall, doc, undo):
    task = wall.suggestions.suggest(NW)
    wall.suggestions.detach()  # what closing the window does: waits, then ignores the answer
    assert not task.is_running()
    settle()
    assert wall.suggestions.themes_page.shown == [] and undo.stack.count() == 0


# -- this card -----------------------------------------------------------------------------------
def test_where_does_this_card_go_ranks_themes_and_puts_it_there(qtbot, wall, doc, undo):
    choose_card(wall, "u7")  # "Carers rush me at breakfast"
    task = wall.suggestions.ask_fit()
    finish(qtbot, task)
    page = wall.suggestions.fit_page
    assert [t for t, _ in page.answer.themes] == ["rushed", "transport"]  # its kind only
    assert page.themes.currentItem().text().startswith("1. I feel rushed")
    qtbot.keyClick(page.themes, Qt.Key.Key_Return)  # Enter: "Put it there"
    assert doc.theme("rushed").card_ids == ["t1", "u7"] and undo.stack.count() == 1
    assert wall.view.selected_cards()[0].theme_id is None  # the next unsorted card is chosen
    undo.stack.undo()
    assert "u7" in unsorted_ids(doc)
    undo.stack.redo()
    assert doc.theme("rushed").card_ids == ["t1", "u7"]


def test_cards_like_this_one_are_ringed_and_can_be_chosen(qtbot, wall, doc, monkeypatch):
    choose_card(wall, "u3")  # "I am lonely in the evenings"
    task = wall.suggestions.ask_fit(like=True)
    finish(qtbot, task)
    page = wall.suggestions.fit_page
    like = [c for c, _ in page.answer.like]
    assert like[:2] == ["u4", "u5"] or set(like[:2]) == {"u4", "u5"}
    assert "held" not in like and "u3" not in like
    # only the two lonely ones are ticked and ringed; the rest are listed for the room to judge
    assert wall.scene.highlighted == set(page.ticked_like()) == {"u4", "u5"}
    page.like.item(like.index("u4")).setCheckState(Qt.CheckState.Unchecked)
    assert wall.scene.highlighted == {"u5"}
    page.like.item(like.index("u4")).setCheckState(Qt.CheckState.Checked)
    assert page.select_like()
    assert {c.card.id for c in wall.view.selected_cards()} == {"u3", "u4", "u5"}
    monkeypatch.setattr(wall, "ask_text", lambda *a, **k: "I feel lonely")
    assert wall.ask_new_theme()  # "New theme from selection" works next
    assert sorted(theme_named(doc, "I feel lonely").card_ids) == LONELY


def test_no_chosen_card_gets_a_plain_message(wall):
    wall.scene.clearSelection()
    assert wall.suggestions.ask_fit() is None
    assert "Choose one card not yet in a theme" in wall.suggestions.message.text()


# -- keyboard, names, read-only ------------------------------------------------------------------
def test_every_action_has_a_shortcut_and_every_control_a_name(wall):
    actions = wall.wall_actions
    shortcuts = {a.text(): a.shortcut().toString() for a in
                 (actions.show_suggestions, actions.suggest, actions.where, actions.like,
                  actions.accept_suggestion, actions.dismiss_suggestion)}
    assert shortcuts == {"Suggestions panel": "F9", "Suggest themes": "S",
                         "Where does this card go?": "W", "Cards like this one": "L",
                         "Accept suggestion": "Ctrl+Return", "Dismiss suggestion": "Ctrl+Del"}
    s = wall.suggestions
    for widget in (s.kind_box, s.suggest_button, s.progress, s.close_button,
                   s.themes_page.list, s.themes_page.name, s.themes_page.members,
                   s.themes_page.accept_button, s.themes_page.dismiss_button,
                   s.fit_page.themes, s.fit_page.put_button, s.fit_page.like,
                   s.fit_page.select_button):
        assert widget.accessibleName() and widget.toolTip()


def test_the_wall_menu_offers_the_card_questions(wall):
    from PySide6.QtWidgets import QMenu

    menu = QMenu()
    wall.wall_actions.add_card_actions(menu, [("u3", None)])
    assert {"Where does this card go?", "Cards like this one"} <= {a.text()
                                                                  for a in menu.actions()}


def test_a_read_only_file_cannot_accept(wall, undo):
    undo.read_only = True
    wall._apply_read_only()
    assert not wall.suggestions.themes_page.accept_button.isEnabled()
    assert not wall.suggestions.fit_page.put_button.isEnabled()


def test_the_panel_is_built_the_first_time_it_is_asked_for(wall):
    """Start-up does not build the hidden panel; its shortcuts work all the same."""
    assert wall._suggestions is None
    assert not wall.suggestions_shown()
    wall.wall_actions.show_suggestions.trigger()  # F9
    assert wall._suggestions is not None and wall.suggestions_shown()
    assert wall.wall_actions.show_suggestions.isChecked()
    wall.wall_actions.show_suggestions.trigger()
    assert not wall.suggestions_shown()


# -- a card held back after the panels were filled ---------------------------------------------
# The panels beside the wall quote cards too: a card held back since (an edit that adds a phone
# number, "Check all cards again" with a name to watch) shows what was found only as [phone],
# [name]… there, as on the wall, and is not ticked to be moved.
PHONE = "07700 900123"


def rows(widget) -> list[str]:
    return [widget.item(r).text() + " | " + widget.item(r).toolTip()
            for r in range(widget.count())]


def test_a_suggestions_member_held_back_since_shows_placeholders(qtbot, wall, doc):
    page = suggested(qtbot, wall)
    assert wall.gestures.edit_text("u4", f"I feel lonely at night, ring me on {PHONE}")
    assert doc.card("u4").held_back
    choose_suggestion(page, LONELY)
    texts = rows(page.members)
    assert texts and not any(PHONE in t for t in texts)
    assert any("[phone]" in t and "held back" in t for t in texts)


def test_cards_like_it_follow_a_check_that_holds_one_back(qtbot, wall, doc, undo):
    choose_card(wall, "u3")
    finish(qtbot, wall.suggestions.ask_fit(like=True))
    page = wall.suggestions.fit_page
    target = page.answer.like[0][0]
    text = doc.card(target).text
    word = text.split()[-1].strip(".,")  # as if the last word were a name to watch for
    undo.push(store_fresh_findings(doc, findings={target: details_in(text, (word,))}))
    assert doc.card(target).held_back
    texts = rows(page.like)
    assert not any(text in t for t in texts)  # its words as they were are gone
    held = [page.like.item(r) for r in range(page.like.count())
            if "held back" in page.like.item(r).text()]
    assert len(held) == 1 and held[0].checkState() == Qt.CheckState.Unchecked
    assert target not in page.ticked_like()
    undo.stack.undo()  # no longer held back: shown whole again, to tick
    assert any(t.startswith(text) for t in rows(page.like))


def test_suggest_themes_stays_greyed_while_suggestions_run_though_this_card_finished(
        qtbot, wall, monkeypatch):
    """"This card" answered first turned Suggest themes back on while the suggestions still ran:
    a press then only said "Still working…"."""
    import threading

    from wtfc.ui.wall import suggest_job

    release = threading.Event()
    real = suggest_job.suggest_on_worker
    monkeypatch.setattr(suggest_job, "suggest_on_worker",
                        lambda *a: (release.wait(30), real(*a))[1])
    panel = wall.suggestions
    task = panel.suggest(NW)
    choose_card(wall, "u7")
    finish(qtbot, panel.ask_fit())
    assert not panel.suggest_button.isEnabled()  # greyed: the suggestions are not in yet
    assert panel.progress.isVisibleTo(wall)
    release.set()
    finish(qtbot, task)
    assert panel.suggest_button.isEnabled()
    assert not panel.progress.isVisibleTo(wall)
