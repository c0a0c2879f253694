"""A board off screen lets the last workshop's words go as another opens, not when it is next
shown: the wall on the Theme page (its theme headers and cards, and the outline beside it) is
emptied at once, and drawn of the new workshop when the facilitator goes back to it. Cards
come from care reviews and a council laptop may be shared (``test_forget_words.py`` has the
caches; this is what the views themselves hold, Qt's own text included)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from forget_hidden_scan import WORD
from own_process import run_script

from wtfc.model.demo import demo_path
from wtfc.model.storage import load_workshop, save_workshop
from wtfc.model.workshop import Stage
from wtfc.ui.wall.outline import THEME_ROLE


@pytest.fixture
def files(tmp_path):
    """The demo with ``WORD`` in its first theme's name, then the demo as it is, both on Act
    (the wall is off screen as the second opens)."""
    plain = load_workshop(demo_path()).workshop.model_copy(update={"stage": Stage.ACT})
    named = plain.themes[0].model_copy(update={"name": f"{plain.themes[0].name} {WORD}"})
    first, second = tmp_path / "first.wtfc", tmp_path / "second.wtfc"
    save_workshop(plain.model_copy(update={"themes": [named, *plain.themes[1:]]}), first)
    save_workshop(plain, second)
    return first, second


def _wall_words(window) -> list[str]:
    """What the Theme page's wall and outline hold: headers, cards' tooltips, outline rows."""
    panel = window.page(Stage.THEME)
    words = [getattr(i, "title", "") or i.toolTip() for i in panel.scene.items()]
    model = panel.outline.model_
    for r in range(model.rowCount()):
        theme = model.item(r)
        words += [theme.text(), *(theme.child(c).text() for c in range(theme.rowCount()))]
    return words


def test_the_wall_off_screen_lets_the_last_workshop_go_and_shows_the_next(
        demo_window, qtbot, files, tmp_path):
    first, second = files
    assert demo_window.files.open_path(first, confirmed=True)
    demo_window.go_to_stage(Stage.THEME)
    demo_window.grab()
    assert any(WORD in w for w in _wall_words(demo_window))
    outline = demo_window.page(Stage.THEME).outline
    outline.expand(outline.model_.index(1, 0))  # a theme the facilitator opened
    opened = _open_rows(outline)
    assert outline.model_.item(1).data(THEME_ROLE) in opened
    demo_window.go_to_stage(Stage.ACT)
    assert demo_window.files.open_path(second, confirmed=True)
    assert not any(_wall_words(demo_window))  # off screen: nothing of either, until shown
    demo_window.go_to_stage(Stage.THEME)
    picture = demo_window.grab()
    picture.save(str(tmp_path / "wall_after.png"))
    panel, themes = demo_window.page(Stage.THEME), demo_window.doc.workshop.themes
    headers = {b.theme_id: b.title for b in panel.scene.blocks.values() if b.theme_id}
    assert set(headers) == {t.id for t in themes}  # the second's themes, every one
    assert all(headers[t.id].endswith(t.name) for t in themes)
    assert len(panel.scene.cards) >= len(demo_window.doc.workshop.cards)
    assert panel.outline.model_.rowCount() == len(themes) + 1  # and "Not yet in a theme"
    assert _open_rows(outline) == opened  # (the same themes here) open as they were
    assert not any(WORD in w for w in _wall_words(demo_window))


def _open_rows(outline) -> set[str]:
    model = outline.model_
    return {model.item(r).data(THEME_ROLE) for r in range(model.rowCount())
            if outline.isExpanded(model.index(r, 0))}


def test_the_same_workshop_again_keeps_the_wall_as_it_was(demo_window, qtbot):
    """A read-only file saved as ours is the same workshop: the card chosen stays chosen."""
    demo_window.go_to_stage(Stage.THEME)
    demo_window.grab()
    panel = demo_window.page(Stage.THEME)
    card = next(iter(panel.scene.cards.values()))
    card.setSelected(True)
    demo_window.go_to_stage(Stage.ACT)
    demo_window.doc.replace_workshop(demo_window.doc.workshop)
    demo_window.go_to_stage(Stage.THEME)
    assert [i.card.id for i in panel.view.selected_cards()] == [card.card.id]


# wtfc as a facilitator runs it, in a process of its own: every page shown of the first, then
# the second opened on Act and no other page shown
ANOTHER_WORKSHOP = """
import json, sys
from pathlib import Path
sys.path.insert(0, {tests!r})
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QMessageBox
QMessageBox.question = lambda *a, **k: QMessageBox.StandardButton.Discard
from forget_hidden_scan import WORD, held_anywhere
from wtfc.model.workshop import Stage
from wtfc.ui.application import make_application, open_window
app = make_application()
window = open_window(demo=True)
window.room.act_show.setChecked(True)
assert window.files.open_path(Path({first!r}), confirmed=True)
for stage in Stage:
    window.go_to_stage(stage)
    window.grab()
window.go_to_stage(Stage.ACT)
assert window.files.open_path(Path({second!r}), confirmed=True)
app.processEvents()
for _ in range(3):  # the views put away are deleted, as wtfc's event loop deletes them
    app.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
print(json.dumps(held_anywhere(WORD)))
"""


def test_a_theme_name_on_a_board_off_screen_is_nowhere_once_another_opens(files, tmp_path):
    first, second = map(str, files)
    script = ANOTHER_WORKSHOP.format(tests=str(Path(__file__).parent), first=first,
                                     second=second)
    out = run_script(script, tmp_path)
    assert out.returncode == 0, f"the script failed:\n{out.stderr[-4000:]}\n{out.stdout[-1000:]}"
    assert json.loads(out.stdout.strip().splitlines()[-1]) == []
