"""A read-only workshop (newer format, or open in another copy) saved under a new name can be
edited everywhere, as the "Use Save As to keep a copy" message promises."""

from __future__ import annotations

import json

from wtfc.model.demo import demo_path
from wtfc.model.workshop import Stage


def test_save_as_from_a_read_only_file_unlocks_every_page(window, tmp_path):
    newer = tmp_path / "newer.wtfc"
    data = json.loads(demo_path().read_bytes())
    data["schema_version"] = 99
    newer.write_text(json.dumps(data))
    assert window.files.open_path(newer)
    wall, details = window.page(Stage.THEME), window.page(Stage.PREPARE)
    assert window.undo.read_only
    assert not any(a.isEnabled() for a in wall.wall_actions.editing)
    assert window.files.save_to(tmp_path / "mine.wtfc")
    assert not window.undo.read_only
    actions = wall.wall_actions
    # Rename is on only while there is a theme to rename; New theme, Move and Copy while
    # cards are chosen
    waiting = (actions.rename, actions.new_theme, actions.move, actions.copy)
    assert all(a.isEnabled() for a in actions.editing if a not in waiting)
    wall.set_current_theme(window.doc.workshop.themes[0].id)
    assert actions.rename.isEnabled()
    wall.view.focus_card(next(iter(wall.scene.cards.values())))
    assert all(a.isEnabled() for a in waiting[1:])
    card = next(iter(wall.scene.cards.values()))
    assert card.flags() & card.GraphicsItemFlag.ItemIsMovable
    assert details.title.isEnabled()
    assert not window.isWindowModified()
