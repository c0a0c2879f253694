"""The mapping step's preview shows a sheet's cells as the import reads them for details: a
rich-text export's "Rang 07700&nbsp;900123" showed as typed in the Answer column on a screen
that may be projected, though the card is held back as [phone] (review 34 R4 S2; F15)."""

from __future__ import annotations

from wtfc.ui.import_screen_words import ScreenWords


def test_details_inside_web_formatting_show_as_their_kind():
    words = ScreenWords()
    assert words.text("Rang 07700&nbsp;900123 and nobody answered") == (
        "Rang [phone] and nobody answered")
    assert words.text("NHS no 943&nbsp;476&nbsp;5919 was wrong") == "NHS no [NHS number] was wrong"
    assert words.hid_any
    assert words.text("<p>I <3 my cat</p>") == "<p>I <3 my cat</p>"  # nothing found: as typed
