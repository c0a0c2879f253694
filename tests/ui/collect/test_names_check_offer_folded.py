"""Names pasted with the Names to watch for box folded away (the room view up on the laptop's
only screen; review 36 R8 M2): the page's line said "Check all cards again holds it back", a
button folded away with the box. It now names the button the facilitator can see."""

from __future__ import annotations

from test_names_pasted_after_import import _paste, doc  # noqa: F401


def test_folded_the_notice_names_the_button_in_sight(page):
    assert not page.watch_names.isVisible()  # folded: the box is empty
    _paste(page, "Zebulon Quarrie")
    offer = page.watch_names.offer.button
    assert offer.isVisible() and offer.text() == "⚠ 1 card to check again"
    said = page.notice.text()
    assert f"Press “{offer.text()}” (beside Names to watch for…) to hold it back" in said
    assert "Check all cards again" not in said
    page.names_fold.open()  # the box's own line still names its own button
    assert "Check all cards again holds it back" in page.check_result.text()
