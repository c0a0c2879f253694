"""A sheet's or a file's name in the import's words: a line break is a space (a sheet
"Real⏎Sheet" split the note), a bidi control a code ("Notes[U+202E]txt.exe" turned the words
after it around), and a right-to-left name set apart, so the words after it keep their order."""

from pathlib import Path

from test_sheet_choice import ROWS, _workbook

from wtfc.importing.file_names import shown_file_name, shown_name
from wtfc.importing.sources import read_source


def test_the_sheet_note_holds_no_override_or_line_break(tmp_path):
    path = _workbook(tmp_path / "reviews.xlsx",
                     {"Notes\u202etxt.exe": [["notes"]], "Real\nSheet": ROWS})
    table = read_source(path)
    assert table.sheet == "Real\nSheet"  # read by its own name
    assert table.sheet_note == (
        "The sheet 'Real Sheet' was read (the first with statements in it). The workbook's "
        "other sheets were left out: 'Notes\\u202etxt.exe'. To import one, choose it as the "
        "sheet to read.")


def test_a_right_to_left_sheet_name_is_set_apart(tmp_path):
    path = _workbook(tmp_path / "reviews.xlsx", {"\u05d4\u05e2\u05e8\u05d5\u05ea": [["notes"]],
                                                 "Responses 2": ROWS})
    assert read_source(path).sheet_note.endswith(
        "left out: '\u2068\u05d4\u05e2\u05e8\u05d5\u05ea\u2069'. To import one, choose it as "
        "the sheet to read.")


def test_names_keep_their_words_and_lose_what_would_harm_the_message():
    assert shown_name("Responses") == "Responses"  # an ordinary name as it was
    assert shown_name("Person\r\nID") == "Person ID"  # a heading typed on two lines
    assert shown_name("a\x1b[2Jb\u2069c") == "a\\x1b[2Jb\\u2069c"  # its own isolate too
    assert shown_file_name(Path("/stick") / "caf\udce9.xlsx") == "caf\ufffd.xlsx"
