"""The typed-detail line under Comment on theme…'s box says where a comment goes: the report
and the data export print it, the room view never shows it. It said "The room view and the
exports show what is written here", as under a theme's name, which the room does see."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QLineEdit

from wtfc.ui.typed_detail_hint import TypedDetailHint
from wtfc.ui.wall.theme_comments import ThemeCommentsDialog


def test_the_comment_boxs_warning_names_the_report_and_data_export_not_the_room(panel, qtbot):
    dialog = ThemeCommentsDialog(panel.doc, panel.undo, "package", parent=panel)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.words.setPlainText("Ring me on 07700 900123 about it")
    said = dialog.detail_hint.text()
    assert "The room view and the exports show" not in said
    assert "The report and the data export print what is written here" in said
    assert "(the room view does not show it)" in said
    assert said.endswith("if it could identify someone, change the words.")
    # the words over the list say where the comments go too
    about = [label.text() for label in dialog.findChildren(QLabel)]
    assert any("the data export on its Themes sheet" in text for text in about)


def test_other_forms_still_say_the_room_view_and_the_exports(qtbot):
    hint = TypedDetailHint()
    qtbot.addWidget(hint)
    box = QLineEdit("Ring me on 07700 900123")
    qtbot.addWidget(box)
    hint.watch("The words", box.text, box.textChanged)
    hint.refresh()
    assert hint.text() == (
        "⚠ Possible personal detail in “The words”: “Ring me on [phone]”. The room view and the "
        "exports show what is written here: if it could identify someone, change the words."
    )
