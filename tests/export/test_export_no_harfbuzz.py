"""Without uharfbuzz, Bengali, Hindi… cannot be drawn shaped, so they are marked as writing the
PDF cannot show; the danda (।) and the joiners belong to the script around them, so they do not
add a "[symbol not shown]" of their own."""

from __future__ import annotations

import pytest
from reportlab.pdfbase import ttfonts

from wtfc.export import fonts, indic, writing


def _forget() -> None:
    for cached in (indic.chars, indic.drawn, writing._prepared, fonts._face_of):
        cached.cache_clear()


@pytest.fixture
def no_harfbuzz(monkeypatch):
    monkeypatch.setattr(ttfonts, "uharfbuzz", None)
    _forget()
    yield
    monkeypatch.undo()
    _forget()


@pytest.mark.parametrize("text", ["আমি বাড়িতে থাকতে চাই। আমি", "আমি বাড়িতে থাকতে চাই ।",
                                  "ক্\u200dষ আমি ।"])
def test_a_danda_is_marked_with_the_bengali_around_it(no_harfbuzz, text):
    assert writing.unshown(text) == ("Bengali text",)
    assert writing.drawable(text) == "[Bengali text not shown]"


def test_a_danda_with_english_around_it_is_named_for_its_script(no_harfbuzz):
    assert writing.unshown("Done । Next") == ("Hindi (Devanagari) text",)
