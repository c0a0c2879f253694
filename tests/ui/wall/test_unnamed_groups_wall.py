"""Group first, name afterwards (seeds/003) on the Theme page: New theme (N) with its name left
blank, or the pre-filled "I" untouched, makes "Group 1 (not named yet)"; so does read-out's "+ New
group, to name later". Each is one undo step (review 24 method F1)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from wtfc.model.workshop import Kind

GROUP_1, GROUP_2 = "Group 1 (not named yet)", "Group 2 (not named yet)"


def _names(doc):
    return [t.name for t in doc.workshop.themes]


def _choose(panel, *keys):
    panel.scene.clearSelection()
    for key in keys:
        panel.scene.cards[key].setSelected(True)


def test_new_theme_may_be_left_to_name_later(panel, doc, undo):
    asked = []

    def answer(title, label, text=""):
        asked.append((title, label, text))
        return text  # Enter on the pre-filled "I "

    panel.ask_text = answer
    _choose(panel, ("n5", None))
    first = panel.ask_new_theme()
    assert asked == [("New theme", "Name the theme as an \"I\" statement. Leave it blank to "
                      "name it later:", "I ")]
    assert doc.theme(first).name == GROUP_1 and doc.theme(first).card_ids == ["n5"]
    panel.ask_text = lambda *_a, **_k: ""  # cleared: a group too, not "needs a name"
    _choose(panel, ("n4", "staff"))
    second = panel.ask_new_theme()
    assert doc.theme(second).name == GROUP_2
    # on the wall and in the outline, in words
    assert panel.scene.blocks[second].title.endswith(GROUP_2)
    outline = panel.outline.model_
    rows = [outline.item(r).text() for r in range(outline.rowCount())]
    assert any(GROUP_1 in row for row in rows)
    # one step each: undo, redo
    assert undo.stack.undoText() == f"Create theme '{GROUP_2}' from 1 card"
    undo.stack.undo()
    assert GROUP_2 not in _names(doc) and "n4" in doc.theme("staff").card_ids
    undo.stack.redo()
    assert doc.theme(second).name == GROUP_2 and "n4" not in doc.theme("staff").card_ids


def test_rename_gives_the_group_its_i_statement(panel, doc, undo):
    panel.ask_text = lambda *_a, **_k: "I "
    _choose(panel, ("n5", None))
    group = panel.ask_new_theme()
    panel.ask_text = lambda *_a, **_k: "I am lonely in the evenings"
    assert panel.theme_prompts.ask_rename(group)
    assert doc.theme(group).name == "I am lonely in the evenings"
    assert panel.scene.blocks[group].title.endswith("I am lonely in the evenings")


def test_read_out_offers_a_new_group_to_name_later(panel, doc, undo, qtbot):
    panel.set_kinds([Kind.NOT_WORKING])
    panel.toggle_readout(True)
    readout = panel.readout
    assert readout.card_id == "n5"
    last = readout.matches.item(readout.matches.count() - 1)
    assert last.text() == "+ New group, to name later"  # nothing typed: at the foot
    qtbot.keyClicks(readout.theme_box, "I")  # the "I" an "I" statement starts with
    last = readout.matches.item(readout.matches.count() - 1)
    assert last.text() == "+ New group, to name later"
    readout.matches.setCurrentItem(last)
    qtbot.keyClick(readout.theme_box, Qt.Key.Key_Return)
    group = next(t for t in doc.workshop.themes if t.name == GROUP_1)
    assert group.card_ids == ["n5"] and readout.card_id != "n5"
    undo.stack.undo()
    assert GROUP_1 not in _names(doc)
    undo.stack.redo()
    assert GROUP_1 in _names(doc)


def test_a_typed_name_still_makes_that_theme(panel, doc, qtbot):
    panel.set_kinds([Kind.NOT_WORKING])
    panel.toggle_readout(True)
    readout = panel.readout
    qtbot.keyClicks(readout.theme_box, "I feel alone at night")
    assert readout.matches.currentItem().text() == "+ New theme: “I feel alone at night”"
    qtbot.keyClick(readout.theme_box, Qt.Key.Key_Return)
    assert "I feel alone at night" in _names(doc)


def test_a_lower_case_i_in_read_out_is_a_group_too(panel, doc, undo, qtbot):
    """"i" typed fast, without Shift, then Enter on the first ★ Future card: a Future theme
    called "i" reached the wall and the projector (review 24 code_b1 F5)."""
    panel.set_kinds([Kind.FUTURE])
    panel.toggle_readout(True)
    readout = panel.readout
    readout.show_card("f1")  # no Future theme yet
    qtbot.keyClicks(readout.theme_box, "i")
    rows = [readout.matches.item(i).text() for i in range(readout.matches.count())]
    assert rows[-1] == "+ New group, to name later" and not any("“i”" in r for r in rows)
    qtbot.keyClick(readout.theme_box, Qt.Key.Key_Return)
    assert "i" not in _names(doc)
    group = next(t for t in doc.workshop.themes if t.name == GROUP_1)
    assert group.card_ids == ["f1"] and group.kind == Kind.FUTURE
    undo.stack.undo()
    assert GROUP_1 not in _names(doc)
    undo.stack.redo()
    assert GROUP_1 in _names(doc)
