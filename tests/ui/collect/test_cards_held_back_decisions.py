"""The held-back decisions on the Collect page: redact, mark as fine (each one undoable step),
and checking every card again with names to watch for, which never go in the file."""

from __future__ import annotations

from collect_helpers import cell, import_from_the_page, shown_ids

from wtfc.ui.cards_table import Column


def test_redact_in_one_click_then_undo_and_redo(page, doc, undo):
    page.select_cards(["c2"])
    assert page.redact_button.isEnabled() and page.fine_button.isEnabled()
    page.redact_button.click()
    assert doc.card("c2").text == "[name] never comes on time"
    assert not doc.card("c2").held_back
    assert cell(page, "c2", Column.DETAILS) == ""
    assert page.held_back_only.text() == "Only cards held bac&k (1)"
    undo.stack.undo()
    assert doc.card("c2").text == "Mrs Jones never comes on time" and doc.card("c2").held_back
    undo.stack.redo()
    assert doc.card("c2").text == "[name] never comes on time"


def test_redact_several_cards_is_one_step(page, doc, undo):
    page.select_cards(["c2", "c5", "c1"])
    page.redact_button.click()
    assert doc.card("c5").text == "Ring me on [phone] before you come"
    assert undo.stack.count() == 1
    undo.stack.undo()
    assert doc.card("c2").held_back and doc.card("c5").held_back


def test_mark_as_fine_keeps_the_words_and_shows_it(page, doc, undo):
    page.held_back_only.setChecked(True)
    page.select_cards(["c5"])
    page.fine_button.click()
    assert doc.card("c5").details_cleared and not doc.card("c5").held_back
    assert shown_ids(page) == ["c2"]  # no longer held back: out of the filtered list
    page.held_back_only.setChecked(False)
    assert cell(page, "c5", Column.DETAILS) == "Marked fine: 07700 900123"
    undo.stack.undo()
    assert doc.card("c5").held_back


def test_names_to_watch_for_check_all_cards_again(page, doc, undo):
    assert not doc.card("c3").held_back
    page.names_box.setPlainText("Grimshaw\nMrs Jones, Dennis")
    assert page.names() == ["Grimshaw", "Mrs Jones", "Dennis"]
    page.check_button.click()
    assert doc.card("c3").held_back
    assert cell(page, "c3", Column.DETAILS) == "⚠ [name]"  # hidden until shown
    assert "Grimshaw" not in cell(page, "c3", Column.WORDS)
    page.show_held_back.setChecked(True)
    assert cell(page, "c3", Column.DETAILS) == "⚠ Grimshaw"
    assert "3 held back now (was 2)" in page.check_result.text()
    assert undo.stack.count() == 1
    undo.stack.undo()
    assert not doc.card("c3").held_back
    undo.stack.redo()
    assert doc.card("c3").held_back
    page.check_button.click()  # nothing new: no second step
    assert undo.stack.count() == 1 and "no change" in page.check_result.text()


def test_names_are_not_in_the_workshop_file(page, doc):
    page.names_box.setPlaceholderText("")
    page.names_box.setPlainText("Grimshaw")
    page.check_button.click()
    saved = doc.workshop.model_dump_json()
    # only the flag on the card that holds it: the list itself is nowhere
    assert saved.count("Grimshaw") == 2  # the card's words and its finding


def test_names_to_watch_for_reach_the_import(qtbot, page, doc, monkeypatch, tmp_path):
    page.names_box.setPlainText("Grimshaw")
    path = tmp_path / "more.csv"
    path.write_text("Person,Kind,Statement\nP40,W,Young Grimshaw cuts my grass\n", encoding="utf-8")
    dialog = import_from_the_page(qtbot, page, monkeypatch, path)
    card = doc.workshop.cards[-1]
    assert card.held_back and [d.text for d in card.personal_details] == ["Grimshaw"]
    assert "1 held back to check" in dialog.report_heading.text()
    dialog.reject()


def test_the_names_box_hint_does_not_look_like_names_already_entered(page):
    """Three names on three lines, greyed, read as a list someone had pasted already."""
    hint = page.names_box.placeholderText()
    assert hint == "One a line, e.g. Mrs Jones"
    assert page.names_box.fontMetrics().horizontalAdvance(hint) < 225  # one line at 1366
    assert page.names_box.toPlainText() == "" and page.names() == []
