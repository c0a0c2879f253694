"""The mapping step's "Each row is one statement" stands at the top of the file's line, beside
its first words: centred beside a two-line privacy note it was drawn in the middle of that
sentence ("…the cards get Each row is one statement the words as written", review 34 W3)."""

from __future__ import annotations

import pytest
from collect_fixtures import LONG_CSV, collect_document
from import_fixtures import wait_for

from tests.ui.settled import settle
from wtfc.ui.import_dialog import ImportDialog


@pytest.fixture
def doc():
    return collect_document()


def test_the_layout_words_stand_beside_the_first_line_of_the_files_words(qtbot, doc, undo,
                                                                          tmp_path):
    dialog = ImportDialog(doc, undo)
    qtbot.addWidget(dialog)
    dialog.resize(1500, 900)
    dialog.show()
    path = tmp_path / "reviews.csv"
    path.write_text(LONG_CSV, encoding="utf-8")
    dialog.load_file(path)
    wait_for(qtbot, dialog, "mapping")
    step = dialog.mapping_step
    step.source_label.setText(step.source_label.text() + " " + "and more words " * 30)
    settle()
    source, layout = step.source_label, step.layout_label
    assert source.height() > 2 * layout.height()  # the file's words take two lines or more
    assert abs(layout.geometry().top() - source.geometry().top()) <= 4
