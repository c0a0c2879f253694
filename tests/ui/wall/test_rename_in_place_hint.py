"""A theme named in place on the wall: the typed-detail line floats under the editor and says
when the name may hold a personal detail, shown only as its kind ("[name]"), since the name goes
on the projector as typed. It never stops the name: the facilitator decides."""

from __future__ import annotations

from PySide6.QtCore import Qt

from wtfc.ui.typed_detail_hint import TypedDetailHint

SAID = "“The theme's name”: “[name] said so”"


def _shown_hints(widget) -> list[TypedDetailHint]:
    return [h for h in widget.findChildren(TypedDetailHint) if h.isVisible()]


def test_a_theme_named_in_place_says_so_under_its_editor(panel, doc, qtbot):
    view = panel.view
    editor = view.start_rename("package")
    hint = view.name_hint
    assert hint is not None and hint.isHidden()  # "I feel like a package": nothing to say
    editor.selectAll()
    qtbot.keyClicks(editor, "Mrs Patel said so")
    assert hint.isVisible()
    assert SAID in hint.text() and "Patel" not in hint.text()
    assert hint.text().startswith("⚠ ")  # a sign and words, not colour alone
    # just under the editor, clear of it, wide enough to read, and whole inside the viewport
    assert editor.geometry().bottom() < hint.geometry().top() <= editor.geometry().bottom() + 4
    assert hint.width() >= min(400, view.viewport().width())
    assert view.viewport().rect().contains(hint.geometry())
    assert hint.height() >= hint.heightForWidth(hint.width())  # no line cut off
    editor.setText("I feel like a parcel")
    assert hint.isHidden()
    qtbot.keyClicks(editor, " said Mrs Patel")
    assert hint.isVisible()
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert view.name_hint is None and not _shown_hints(view.viewport())
    assert doc.theme("package").name == "I feel like a package"


def test_the_names_to_watch_count_and_enter_still_renames(panel, doc, qtbot):
    doc.names_to_watch = ("Winifred Okafor",)  # pasted on Collect after the wall was made
    editor = panel.view.start_rename("staff")
    editor.selectAll()
    qtbot.keyClicks(editor, "I miss Winifred Okafor")
    assert "“I miss [name]”" in panel.view.name_hint.text()
    assert "Winifred" not in panel.view.name_hint.text()
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # never blocked: the facilitator decides
    assert doc.theme("staff").name == "I miss Winifred Okafor"
    assert panel.view.name_hint is None and not _shown_hints(panel.view.viewport())


def test_the_line_goes_above_an_editor_at_the_bottom_of_the_wall(panel, qtbot):
    view = panel.view
    editor = view.start_rename("package")
    editor.setText("Mrs Patel said so")
    editor.move(editor.x(), view.viewport().height() - editor.height())
    hint = view.name_hint
    assert hint.geometry().bottom() < editor.geometry().top()
    assert view.viewport().rect().contains(hint.geometry())
