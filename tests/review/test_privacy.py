"""Held-back cards and the personal-detail guard across pages."""

from __future__ import annotations

from wtfc.model.workshop import Stage


def test_a_watched_name_typed_on_the_wall_is_held_back(window):
    window.files.open_demo()
    collect = window.page(Stage.COLLECT)
    collect.names_box.setPlainText("Kwabena")
    card = next(c for c in window.doc.workshop.cards if not c.held_back)
    wall = window.page(Stage.THEME)
    assert wall.gestures.edit_text(card.id, "I see Kwabena every week")
    assert window.doc.card(card.id).held_back


def test_the_same_name_typed_on_the_collect_page_is_held_back(window):
    """The Collect page's own path catches it (the contrast that makes the wall's a gap)."""
    from wtfc.ui.card_guard import details_in

    window.files.open_demo()
    collect = window.page(Stage.COLLECT)
    collect.names_box.setPlainText("Kwabena")
    assert details_in("I see Kwabena every week", collect.names())
    assert not details_in("I see Kwabena every week")
