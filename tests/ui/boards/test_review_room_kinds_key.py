"""The Review room view says in words what its kinds' symbols mean (review 35 R3-R2).

"▲ A bigger share of people said this" is good news or bad by the theme's kind, which the room
saw only as "✓", "✗" or "★" before its name and its card's edge colour (one grey in
greyscale), with no key on any page. Every page with a theme now carries the key, as Choose
priorities' room view does: in the foot row beside the page label where it fits (costing the
themes no room), else under "Themes" (page 1's at its subtitle's end where it fits there)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QRectF

from tests.ui.boards.test_review_room_first_page import _view
from tests.ui.boards.test_room_pages_whole import boxes  # noqa: F401 (a fixture)
from tests.ui.renders import saved_pages
from wtfc.ui.wall.room_measure import FLOOR_PX

TODAY = dt.date(2026, 11, 28)


def _is_key(words: str) -> bool:
    return all(kind in words for kind in ("✗ Not working", "✓ Working", "★ Future"))


@pytest.mark.parametrize(("size", "timer"), [
    ((1920, 1080), False), ((1366, 768), False), ((1024, 768), False), ((800, 600), False),
    # beside the timer the foot has room at 1920x1080, not at 1024x768: under "Themes" there
    ((1920, 1080), True), ((1024, 768), True)],
    ids=lambda v: f"{v[0]}x{v[1]}" if isinstance(v, tuple) else ("timer" if v else "label"))
def test_every_page_with_a_theme_says_what_the_kinds_symbols_mean(
        qtbot, boxes, size, timer):  # noqa: F811
    view = _view(qtbot, size, TODAY)
    view.keep_timer(timer)
    with_themes = 0
    for page in saved_pages(view, f"review_kinds_key_{size[0]}{'_timer' if timer else ''}"):
        if page >= view._compared:  # Looking back: no themes
            break
        boxes.clear()
        view.grab()
        keys = [(px, cut) for px, words, cut in view.drawn_text if _is_key(words)]
        if not view.page_rows(page):
            assert keys == [], f"a key over no theme on page {page + 1}"
            continue
        with_themes += 1
        assert len(keys) == 1, f"page {page + 1} of {view.page_count()}"
        assert keys[0][0] >= FLOOR_PX - 0.01 and not keys[0][1]  # legible, whole
        kept = [QRectF(view.page_label.geometry())] if view.page_label.isVisible() else []
        kept += [QRectF(view.timer_corner())] if timer else []
        key = next(box for box, words in boxes if _is_key(words))
        assert not any(key.intersects(k) for k in kept), f"under the label, page {page + 1}"
        assert QRectF(view.rect()).contains(key)
    assert with_themes >= 2
