"""A row chosen in Edit > History far back: the wall, its outline and the room view follow the
jump once, and show what the same steps undone one at a time show.

Each step of the jump told the views of itself, and the wall and the outline were laid out again
for each: late in the day (493 steps on the demo) the window froze for 1.7 s with no busy
cursor, and going back 150 steps on a 3,000-card workshop took 12 s.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel

from tests.ui.settled import settle
from wtfc.model.operations.themes import rename_theme
from wtfc.model.workshop import Stage

STEPS = 24


def _count(monkeypatch, obj, name):
    calls = []
    real = getattr(obj, name)
    monkeypatch.setattr(obj, name, lambda *a, **k: (calls.append(1), real(*a, **k))[1])
    return calls


def _seen(window) -> dict:
    """What the facilitator and the room see: the wall's theme headers and the cards under
    each, the outline's rows (theme and card count, the cards listed), the room view's wall,
    the cards chosen on the wall, the held-back line in the stage list, the unsaved marker."""
    panel = window.page(Stage.THEME)
    scene, room = panel.scene, window.room.window.content.wall
    model = panel.outline.model_
    outline = [(model.item(r).text(), [model.item(r).child(c).text()
                                       for c in range(model.item(r).rowCount())])
               for r in range(model.rowCount())]
    return {
        "headers": [(block.key, scene.blocks[block.key].title, len(block.card_ids))
                    for block in scene.layout.blocks],
        "wall": sorted(scene.cards),
        "outline": outline,
        "room": (sorted(room.cards), sorted(block.title for block in room.blocks.values())),
        "chosen": sorted(item.card.id for item in panel.view.selected_cards()),
        "held back": window.held_back_stage.item.text(),
        "unsaved": window.isWindowModified(),
    }


def _day_of_edits(window) -> None:
    """Moves on the wall (as Alt+n and a drag end), renames and a card edited into one held
    back: a theme emptied, headers renamed, the held-back count up."""
    panel = window.page(Stage.THEME)
    doc = window.doc
    for n in range(STEPS):
        themes = [t for t in doc.workshop.themes if t.card_ids]
        source = themes[(n * 7) % len(themes)]
        to = next(t for t in doc.workshop.themes[::-1]
                  if t.kind == source.kind and t.id != source.id)
        if n % 6 == 5:
            window.undo.push(rename_theme(doc, theme_id=to.id, name=f"Renamed {n}"))
        elif n == 10:
            panel.gestures.edit_text(source.card_ids[0], "Mrs Patel never rings me back")
        else:
            panel.gestures.drop([(source.card_ids[0], source.id)], to.id)


def _choose_first_card(window) -> None:
    panel = window.page(Stage.THEME)
    panel.view.wall.clearSelection()
    panel.view.wall.cards[sorted(panel.view.wall.cards)[0]].setSelected(True)


def _jump(view, row: int) -> None:
    view.selectionModel().setCurrentIndex(view.model().index(row, 0),
                                          QItemSelectionModel.SelectionFlag.ClearAndSelect)
    settle()


def test_a_history_jump_shows_what_the_steps_undone_one_by_one_show_laid_out_once(
        qtbot, demo_window, monkeypatch):
    w = demo_window
    w.go_to_stage(Stage.THEME)
    w.room.act_show.setChecked(True)
    w.room.show_view("room")
    panel = w.page(Stage.THEME)
    start = w.undo.stack.index()
    _day_of_edits(w)
    settle()
    end = w.undo.stack.index()
    assert end - start == STEPS
    at_end = _seen(w)

    _choose_first_card(w)  # the same card chosen before both ways back
    for _ in range(STEPS):  # one step at a time: what the jump must match
        w.undo.stack.undo()
    settle()
    one_by_one = _seen(w)
    assert one_by_one != at_end  # the day's edits were on the wall
    for _ in range(STEPS):
        w.undo.stack.redo()
    settle()
    assert _seen(w)["wall"] == at_end["wall"]

    w.history_dock.show()
    view = w.history_dock.widget()
    _choose_first_card(w)
    layouts = _count(monkeypatch, panel.scene, "relayout")
    outlines = _count(monkeypatch, panel.outline, "rebuild")
    room_layouts = _count(monkeypatch, w.room.window.content.wall, "relayout")
    _jump(view, start)  # History's row of the state before the day's edits
    assert w.undo.stack.index() == start
    assert _seen(w) == one_by_one
    assert (len(layouts), len(outlines), len(room_layouts)) == (1, 1, 1)  # not one a step
    assert w.statusBar().currentMessage().startswith("Went back to:")

    _jump(view, end)  # and forward again, all at once
    assert _seen(w)["wall"] == at_end["wall"] and _seen(w)["headers"] == at_end["headers"]
    assert _seen(w)["outline"] == at_end["outline"] and _seen(w)["room"] == at_end["room"]
    assert (len(layouts), len(outlines)) == (2, 2)

    w.undo_action.trigger()  # Undo and Redo go on from where the jump left the stack
    assert w.undo.stack.index() == end - 1
    assert w.statusBar().currentMessage().startswith("Undone:")
    w.redo_action.trigger()
    assert w.undo.stack.index() == end
    assert _seen(w)["wall"] == at_end["wall"]


def test_a_jump_over_a_card_added_and_deleted_leaves_the_cards_table_whole(qtbot, demo_window):
    """Told as one edit, the jump names no card that is in neither state: the Cards table
    looked such a card up in its rows. The cursor shows wtfc busy while it jumps."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from wtfc.model.operations.cards import add_card, delete_cards

    w = demo_window
    w.go_to_stage(Stage.COLLECT)
    page = w.page(Stage.COLLECT)
    rows = page.model.rowCount()
    start = w.undo.stack.index()
    kind = w.doc.workshop.cards[0].kind
    w.undo.push(add_card(w.doc, kind=kind, text="The bus stop moved"))
    new = w.doc.workshop.cards[-1].id
    w.undo.push(delete_cards(w.doc, card_ids=[new]))
    cursors = []
    w.doc.events.edited.connect(
        lambda: cursors.append(QApplication.overrideCursor().shape()
                               if QApplication.overrideCursor() else None))
    w.history_dock.show()
    _jump(w.history_dock.widget(), start)
    assert w.undo.stack.index() == start
    assert page.model.rowCount() == rows and page.model.row_of(new) is None
    assert cursors == [Qt.CursorShape.WaitCursor]  # one edit told, while the cursor said busy
    assert QApplication.overrideCursor() is None  # and given back after
