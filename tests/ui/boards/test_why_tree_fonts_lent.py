"""The why-tree's kept measures (4367485d) are kept by the fonts lent so far too: a script
whose font is lent after its words were first measured (an Urdu cause typed on a laptop with
no Urdu font until then) would otherwise be laid out at the fallback font's height, and its
box cut on the projector (code review I's note: the wall's room view did so already)."""

from __future__ import annotations

from wtfc.model.workshop import Cause
from wtfc.ui import screen_fonts
from wtfc.ui.boards import why_tree_items, why_tree_room_continued
from wtfc.ui.boards.why_tree_items import ROOM_STYLE, cause_height


def test_a_font_lent_after_a_box_was_measured_measures_it_again(qapp, monkeypatch):
    cause = Cause(id="u1", theme_id="t1", text="میری دیکھ بھال کرنے والے ہر ہفتے بدل جاتے ہیں")
    cause_height(cause, ROOM_STYLE)
    cause_height(cause, ROOM_STYLE)  # kept: nothing measured (misses, not size: the cache
    kept = why_tree_items._text_height_kept.cache_info().misses  # may be full from other tests)
    continued = why_tree_room_continued._height_kept.cache_info().misses
    monkeypatch.setattr(screen_fonts, "_LENT", [*screen_fonts._LENT, "Noto Nastaliq Urdu"])
    cause_height(cause, ROOM_STYLE)  # measured again, not the height kept from before
    assert why_tree_items._text_height_kept.cache_info().misses > kept
    why_tree_room_continued._height("نام", 300, 28, bold=True)
    why_tree_room_continued._height("نام", 300, 28, bold=True)
    assert why_tree_room_continued._height_kept.cache_info().misses == continued + 1
