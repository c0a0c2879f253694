"""The registered views render headless, and a wrong theme name is explained."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize
from wall_fixtures import demo_sized_document, small_document

from wtfc.ui.render import ViewRequest, parse_view, render_view


@pytest.mark.parametrize("view", ["wall", "room", "readout", "theme:i feel like a package"])
def test_views_render_to_png(qtbot, tmp_path, view):
    image = render_view(small_document(), parse_view(view), QSize(1280, 720))
    assert image.width() == 1280 and not image.isNull()
    out = tmp_path / "view.png"
    assert image.save(str(out)) and out.stat().st_size > 5000


def test_unknown_theme_is_a_plain_english_lookup_error(qtbot):
    with pytest.raises(LookupError, match="There is no theme called 'Nothing like it'"):
        render_view(small_document(), ViewRequest("theme", "Nothing like it"), QSize(640, 480))


def test_readout_of_a_held_back_card_shows_nothing(qtbot):
    from wtfc.ui.render import view_factory

    widget = view_factory("readout")(small_document(), ViewRequest("readout", "n6"))
    qtbot.addWidget(widget)
    assert widget.shown_card() is None


def test_the_room_render_leaves_out_held_back_cards(qtbot):
    from wtfc.ui.render import view_factory

    doc = demo_sized_document()
    view = view_factory("room")(doc, ViewRequest("room"))
    qtbot.addWidget(view)
    held = {c.id for c in doc.workshop.cards if c.held_back}
    assert held and not held & {key[0] for key in view.wall.cards}
