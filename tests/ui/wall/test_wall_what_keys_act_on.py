"""The page's keys act on what the facilitator is looking at: the card just chosen on the
wall, the card read out, the theme of the card chosen — never on an earlier choice."""

from __future__ import annotations


def _themes_of(doc, card_id):
    return sorted(t.id for t in doc.workshop.themes if card_id in t.card_ids)


def test_after_a_move_the_next_keys_act_on_the_wall_card_not_an_old_outline_choice(panel, doc):
    panel.outline.setFocus()
    panel.outline.select_card("n4", "staff")  # chosen in the outline earlier
    panel.view.setFocus()
    panel.view.focus_card(panel.scene.cards[("n2", "package")])  # then on the wall
    assert panel.selected_placements() == [("n2", "package")]
    panel.move_selection_to_numbered(3)  # Alt+3: to "staff"
    assert _themes_of(doc, "n2") == ["staff"]
    # the moved card stays chosen and focused in its new place: arrows go on from there
    assert panel.scene.focusItem() is panel.scene.cards[("n2", "staff")]
    panel.move_selection_to_numbered(2)  # Alt+2 straight away: back again
    assert _themes_of(doc, "n2") == ["package"]
    assert _themes_of(doc, "n4") == ["staff"]  # the old outline choice never moved


def test_in_read_out_mode_the_keys_act_on_the_card_read_out(panel, doc):
    panel.view.focus_card(panel.scene.cards[("n4", "staff")])  # a hidden wall choice
    panel.toggle_readout(True)
    readout = panel.readout
    readout.show_card("n5")
    assert panel.selected_placements() == [("n5", None)]
    panel.move_selection_to_numbered(1)  # "1. I feel like a package": the card's kind shown
    assert _themes_of(doc, "n5") == ["package"] and _themes_of(doc, "n4") == ["staff"]


def test_choosing_an_unsorted_card_leaves_no_theme_for_theme_commands(panel):
    panel.view.focus_card(panel.scene.cards[("n1", "package")])
    assert panel.current_theme_id == "package"
    panel.view.focus_card(panel.scene.cards[("n5", None)])
    assert panel.current_theme_id is None
    panel.theme_prompts.rename_current_theme()  # F2: nothing to rename
    assert panel.view._editor is None


def test_deleting_a_theme_with_board_work_asks_first(panel, doc, undo, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from wtfc.model.operations.causes import add_cause

    undo.push(add_cause(doc, theme_id="package", text="Visits are booked by the minute"))
    asked = []

    def answer(reply):
        def question(_parent, _title, text, *args, **kwargs):
            asked.append(text)
            return reply
        return question

    panel.view.focus_card(panel.scene.cards[("n1", "package")])
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.No))
    assert not panel.theme_prompts.delete_current_theme()
    assert "also deletes its 1 cause." in asked[0] and "Undo" in asked[0]
    assert doc.get("themes", "package") is not None
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Yes))
    assert panel.theme_prompts.delete_current_theme()
    assert doc.get("themes", "package") is None and not doc.workshop.causes
    undo.stack.undo()
    assert doc.get("themes", "package") is not None and doc.workshop.causes


def test_read_out_places_an_unsorted_card_and_copies_a_placed_one(panel, doc, undo):
    panel.toggle_readout(True)
    readout = panel.readout
    readout.show_card("n5")
    assert readout.put_in_theme("package")
    assert undo.stack.text(undo.stack.index() - 1).startswith("Move 1 card")
    readout.show_card("n4")  # already in "staff": goes in "package" too
    assert readout.put_in_theme("package")
    assert undo.stack.text(undo.stack.index() - 1).startswith("Copy 1 card")
    assert _themes_of(doc, "n4") == ["package", "staff"]


def test_the_kind_filter_has_keys(panel):
    """F5 all, F6…F8 one kind each: the room follows the filter, so the keyboard needs it."""
    actions = panel.wall_actions.filter_actions
    keys = {name: a.shortcut().toString() for name, a in actions.items()}
    assert keys == {"all": "F5", "working": "F6", "not_working": "F7", "future": "F8"}
    actions["not_working"].trigger()
    assert [k.value for k in panel.kinds] == ["not_working"]
    actions["all"].trigger()
    assert len(panel.kinds) == 3


def test_renaming_to_nothing_in_the_outline_says_why(panel, doc, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from wtfc.ui.wall import theme_name_dialog

    told = []
    monkeypatch.setattr(theme_name_dialog, "ask_theme_name", lambda *a, **k: "  ")
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *a, **k: told.append(text))
    assert not panel.theme_prompts.ask_rename("package")
    assert told and "needs a name" in told[0]
    assert doc.theme("package").name == "I feel like a package"


def test_enter_on_a_held_back_card_explains_instead_of_opening_another(panel, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *a, **k: told.append(text))
    panel.open_in_readout("n6")  # held back: "Dennis"
    assert told and "personal details" in told[0]
    assert not panel.readout_active()


def test_the_wall_numbers_the_themes_alt_1_to_9_reach(panel, doc):
    """As the outline does: Alt+2 goes to the theme headed "2. …" on the wall."""
    numbered = panel.numbered_themes()
    assert panel.scene.blocks[numbered[1]].title == f"2. {doc.theme(numbered[1]).name}"
    panel.set_kinds([doc.theme(numbered[-1]).kind])
    first = panel.numbered_themes()[0]
    assert panel.scene.blocks[first].title.startswith("1. ")
