"""A room wall of a hundred pages or more: "Page 101 of 101" stays whole beside the room timer.

The page label was sized for two-digit counts and grew leftwards past them, under the timer the
layout kept just left of it: from page 10 of a 101-page wall the room read "age 101 of 101"."""

from __future__ import annotations

import pytest

from wtfc.model.document import Document
from wtfc.model.workshop import Card, Kind, Theme, Workshop
from wtfc.ui.wall.room_pages import page_label_rect, page_label_text
from wtfc.ui.wall.room_wall import RoomWallView, page_label

KINDS = (Kind.WORKING, Kind.NOT_WORKING, Kind.FUTURE)


def _wall(themes: int, cards: int) -> Document:
    """``themes`` themes of ``cards`` cards, the kinds in turn (each kind starts a page)."""
    made, made_themes = [], []
    for t in range(themes):
        kind, ids = KINDS[t % 3], [f"c{t}-{n}" for n in range(cards)]
        text = f"My carer comes at a different time every day, card {t}-"
        made += [Card(id=i, kind=kind, text=text + i) for i in ids]
        name = f"I am not sure who is coming, theme {t}"
        made_themes.append(Theme(id=f"t{t}", kind=kind, name=name, card_ids=ids))
    return Document(Workshop(title="W", cards=made, themes=made_themes))


@pytest.mark.parametrize("count", [9, 10, 99, 100, 101, 999])
def test_the_label_is_kept_room_for_three_digit_counts(qapp, count):
    label = page_label(None, "Page")  # type: ignore[arg-type]
    reserved = page_label_rect((1366.0, 768.0))[2]
    for page in (0, 9, count - 1):
        label.setText(page_label_text(page, count))
        assert label.sizeHint().width() <= reserved, label.text()


@pytest.mark.parametrize("viewport", [(1366, 768), (1280, 1024)])
def test_a_101_page_wall_shows_its_page_label_whole_beside_the_timer(qapp, viewport):
    # 420 two-card themes: 140 a kind, several a page (200 took a page each at 40 px, until
    # a kind's pages were bounded by those it takes at 24 px)
    view = RoomWallView(
        _wall(420, 2), viewport=(float(viewport[0]), float(viewport[1])), timer=True
    )
    view.resize(*viewport)
    view.keep_timer(True)
    view.show()
    qapp.processEvents()
    count = view.page_count()
    assert count >= 100
    for page in (0, 9, count - 1):
        view.show_page(page)
        label, timer = view.page_label, view.timer_corner()
        assert label.text() == page_label_text(page, count)
        assert not label.geometry().intersects(timer), (label.text(), label.geometry(), timer)
        assert label.width() >= label.sizeHint().width()  # its words whole
    view.close()
