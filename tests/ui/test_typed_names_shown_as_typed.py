"""Names someone typed, shown as typed where Qt would read them otherwise (review R4 #4, #7, #8,
#10): a sheet's name with "<b>" on the import's failure page, a person code's "&" on Remove's
button, a "[*]" in a title bar, a quoted name in the status bar's tip."""

from __future__ import annotations

from marked_words import marked_workshop
from PySide6.QtGui import QKeySequence, Qt
from PySide6.QtWidgets import QLabel, QMainWindow, QWidget
from shown_words import as_shown
from test_import_far_cell_ampersand import _refused
from test_import_far_cell_sheet import _dialog

from wtfc.model.document import Document
from wtfc.model.operations.withdraw import plan_remove_person
from wtfc.model.storage import load_workshop
from wtfc.ui.foot_words import whole_words
from wtfc.ui.remove_person import RemoveQuestion
from wtfc.ui.undo import UndoAdapter
from wtfc.ui.wall.theme_comments import ThemeCommentsDialog
from wtfc.ui.window_title import window_title

STARRED = "Sizes [*] and prices"


def test_the_failure_page_quotes_a_sheets_name_as_typed(qtbot, tmp_path):
    failure = _refused(qtbot, tmp_path, "Q&A <b>round 2").failed_page.failure
    assert failure.textFormat() == Qt.TextFormat.PlainText  # not bold from "round 2" on
    assert "‘Q&A <b>round 2’" in failure.text()


def _shown_title(qtbot, widget: QWidget, modified: bool) -> str:
    widget.setWindowModified(modified)
    widget.show()
    qtbot.waitExposed(widget)
    handle = widget.windowHandle()
    assert handle is not None
    return handle.title()  # what the title bar shows, "[*]" taken as Qt takes it


def test_a_star_in_brackets_stays_in_the_title_bar(qtbot):
    window = QWidget()
    qtbot.addWidget(window)
    window.setWindowTitle(window_title("spring [*].wtfc", False, STARRED))
    assert _shown_title(qtbot, window, False) == f"spring [*].wtfc — {STARRED} — wtfc"
    # the unsaved mark still shows, once, after the file's name
    assert _shown_title(qtbot, window, True) == f"spring [*].wtfc* — {STARRED} — wtfc"


def test_a_star_in_brackets_stays_in_the_comments_and_import_titles(qtbot, tmp_path):
    doc = Document(load_workshop(marked_workshop(tmp_path / "marked.wtfc")).workshop)
    theme = doc.workshop.themes[0]
    theme.name = STARRED
    comments = ThemeCommentsDialog(doc, UndoAdapter(doc), theme.id)
    qtbot.addWidget(comments)
    assert _shown_title(qtbot, comments, False) == f"Comments on “{STARRED}”"
    source = tmp_path / "Sizes [*] list.csv"
    source.write_text("Person,What is working\nP01,The bus\n", encoding="utf-8")
    dialog = _dialog(qtbot)
    dialog.load_file(source)
    qtbot.waitUntil(lambda: dialog.stage in ("mapping", "confirm"), timeout=10_000)
    assert _shown_title(qtbot, dialog, False) == "Import statements — Sizes [*] list.csv"


def test_removes_button_shows_a_codes_ampersand_and_takes_no_key_from_it(qtbot, tmp_path):
    doc = Document(load_workshop(marked_workshop(tmp_path / "marked.wtfc")).workshop)
    code = doc.workshop.people[0].id  # "<b>P0</b>&x": a hand-edited file's
    box = RemoveQuestion(None, plan_remove_person(doc, code=code))
    qtbot.addWidget(box)
    assert box.remove.text() == "Remove <b>P0</b>&&x"  # drawn "Remove <b>P0</b>&x"
    assert QKeySequence.mnemonic(box.remove.text()).isEmpty()  # not Alt+X


def test_the_status_bars_tip_quotes_names_as_typed(qtbot):
    window = QMainWindow()
    qtbot.addWidget(window)
    bar = window.statusBar()
    wide = QLabel("⚠ Held-back details are shown on the projector")  # the held-back warning
    wide.setMinimumWidth(700)
    bar.addPermanentWidget(wide)
    window.resize(900, 300)
    window.show()
    qtbot.waitExposed(window)
    whole_words(bar)
    words = "Undone: Rename theme to 'I get <b>no</b> help & <i>support</i>' " * 3
    bar.showMessage(words)
    assert bar.toolTip(), "the words did not fit: the whole is the bar's tip"
    assert as_shown(bar.toolTip()) == words  # tags and all, not bold and italic


def test_a_star_in_brackets_stays_in_the_merge_pickers_title(qtbot):
    """The Merge / Move to theme picker's title names a theme: "[*]" in it stayed hidden
    ("Merge “Sizes  and prices” into") until its own title went through titled (review A6 R3)."""
    from wtfc.ui.wall.theme_picker import ThemePicker

    picker = ThemePicker([], kind=None, title=f"Merge “{STARRED}” into")
    qtbot.addWidget(picker)
    assert _shown_title(qtbot, picker, False) == f"Merge “{STARRED}” into"
