"""The confirm page's words scroll at 150% on a 1024x768 laptop (683x472 for the dialog): the
intro, the codes note and the ⚠ rows-in-other-words note were cut off at its foot with no
scroll bar, "Choose, then click Import." never shown; the choice and the buttons stay in
sight under the words (review R6 #1)."""

from __future__ import annotations

from renders import save_render
from test_import_other_words_choice import _reworded_then_asked, heard  # noqa: F401

from tests.ui.settled import settle


def _whole(label) -> bool:
    return label.height() >= label.heightForWidth(label.width())


def test_every_word_is_reachable_and_the_choice_stays_in_sight(qtbot, tmp_path, heard):  # noqa: F811
    _doc, _undo, dialog = _reworded_then_asked(qtbot, tmp_path)
    dialog.resize(683, 472)
    settle()
    page = dialog.confirm_page
    note = page.other_words.label
    assert note.isVisible() and note.text().endswith("Choose, then click Import.")
    assert _whole(page.label) and _whole(note)  # laid out whole, not squeezed
    bar = page.words.verticalScrollBar()
    assert bar.maximum() > 0  # more words than fit: a scroll bar reaches them
    page.words.ensureWidgetVisible(note)
    save_render(dialog, "import_confirm_scrolls_683")
    viewport = page.words.viewport()
    bottom = note.mapTo(viewport, note.rect().bottomLeft()).y()
    assert bottom <= viewport.height()  # its last line can be scrolled into view
    for widget in (page.other_words.add, page.other_words.leave, page.check_button,
                   dialog.import_button):
        assert widget.isVisible() and not widget.visibleRegion().isEmpty()


def test_the_choice_goes_with_the_plan(qtbot, tmp_path, heard):  # noqa: F811
    _doc, _undo, dialog = _reworded_then_asked(qtbot, tmp_path)
    choice = dialog.confirm_page.other_words
    dialog.import_now()
    qtbot.waitUntil(lambda: dialog.stage == "report", timeout=10_000)
    assert not choice.label.isVisibleTo(dialog.confirm_page)
