"""What start-up leaves until it is needed: the first frame (the window shown with the demo, as
benchmarks/bench_startup.py measures it) comes sooner without them, and each still works the
first time it is used (tests/ui/test_room_timer*.py, test_stage_timer.py)."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from tests.child_env import child_env

STARTUP = """
import json, sys
from PySide6 import QtGui
from PySide6.QtWidgets import QWidget
from wtfc.ui.application import make_application
app = make_application()
from wtfc.ui.application import open_window
w = open_window(demo=True)  # as `wtfc --demo` starts, and the bench times
app.processEvents()
strips = [s for s in w.room.window.findChildren(QWidget)
          if s.accessibleName() == "Stage timer strip"]
import re
from wtfc.model import control_characters, sign_off_tail
from wtfc.ui import plain_tip, screen_fonts
patterns = {"sign-off": sign_off_tail._SIGN_OFF, "pointers": control_characters._IN_POINTERS,
            "wide letters": plain_tip._WIDE, "font scripts": screen_fonts.NEEDS_FONTS}
print(json.dumps({
    "shown": w.isVisible() and len(w.doc.workshop.cards) == 96,
    "comparison loaded": "wtfc.model.compare" in sys.modules,
    "earlier versions loaded": "wtfc.model.versions" in sys.modules,
    "template loaded": "wtfc.importing.template" in sys.modules,
    "accessibility loaded": "QAccessible" in vars(QtGui),
    "room timer strips": len(strips),
    "style loaded": "QStyle" in vars(sys.modules["PySide6.QtWidgets"]),
    "network loaded": "PySide6.QtNetwork" in sys.modules,
    "qt types": sorted(name for module in ("QtGui", "QtWidgets")
                       for name in vars(sys.modules["PySide6." + module]) if name[0] == "Q"),
    "modules": sorted(m for m in sys.modules if m.startswith("wtfc") or m == "html"),
    "patterns compiled": sorted(name for name, p in patterns.items()
                                if any(key[1] == getattr(p, "pattern", p) for key in re._cache)),
}))
"""


@pytest.fixture(scope="module")
def started(tmp_path_factory) -> dict:
    home = tmp_path_factory.mktemp("first-start")  # no size or recovery copy remembered
    out = subprocess.run(
        [sys.executable, "-c", STARTUP],
        capture_output=True,
        text=True,
        check=True,
        # the wtfc under test, not the one the venv's editable install points at
        env=child_env({"QT_QPA_PLATFORM": "offscreen", "PATH": "",
                       "WTFC_TEMPORARY_FOLDERS": "",
                       "HOME": str(home),
                       "XDG_CONFIG_HOME": str(home / "config"),
                       "XDG_DATA_HOME": str(home / "data")}),
    )
    facts = json.loads(out.stdout.strip().splitlines()[-1])
    assert facts["shown"]
    return facts


def test_last_workshop_comparison_waits_for_review(started):
    """Review's comparison with the previous workshop (dataclasses compiled at import) was
    loaded by the theme operations for one small function: ~20 M instructions."""
    assert not started["comparison loaded"]


def test_earlier_versions_and_the_template_wait_for_their_menus(started):
    """File ▸ Go back to an earlier version (its dataclasses) and Export collection template
    are loaded when first used: ~7 M instructions."""
    assert not started["earlier versions loaded"]
    assert not started["template loaded"]


def test_screen_reader_announcements_load_on_the_first_one(started):
    """Nothing is said before the first frame; QAccessible's type and enums cost ~15 M."""
    assert not started["accessibility loaded"]


# Today's additions that start-up leaves alone: none is on the first frame (the demo opens on
# Theme), and each is loaded by what first needs it.
LEFT_FOR_LATER = (
    "wtfc.ui.boards.welcome_room",  # the room's Welcome, on Prepare and Collect
    "wtfc.ui.boards.welcome_words",
    "wtfc.model.top_two",  # Collect's top-two line
    "wtfc.ui.cards_top_two",
    "wtfc.ui.wall.theme_comments",  # Comment on theme… (Shift+F2)
    "wtfc.ui.import_paste",
    "wtfc.importing.hidden_rows",
    "wtfc.importing.alike_codes",
    "wtfc.ui.earlier_version_offer",  # a file that will not open
    "wtfc.ui.boards.why_tree_keys",
    "wtfc.ui.boards.fishbone_layout",
    "wtfc.export.data_people",
    "wtfc.export.report_people",
    "wtfc.export.theme_poster_middle",
    "wtfc.ui.copy_words",  # Edit → Copy: at the first Copy or the first look at Edit
    # session 21: the next cycle, Review by share and its yardsticks, Act's details and reason line,
    # the import's person columns and fill-down, the guard's Urdu names and invisible spacing, the
    # PDFs' line direction and emoji names
    "wtfc.ui.file_new_from", "wtfc.ui.save_as_place", "wtfc.model.next_cycle",
    "wtfc.ui.import_fit", "wtfc.ui.import_becomes", "wtfc.ui.import_fill_offer",
    "wtfc.ui.ring_kept",
    "wtfc.importing.person_fill", "wtfc.importing.person_tags", "wtfc.importing.fields",
    "wtfc.importing.plain_letters", "wtfc.importing.urdu_names",
    "wtfc.ui.boards.action_details", "wtfc.ui.boards.action_reason",
    "wtfc.ui.boards.review_compared", "wtfc.ui.boards.review_fold", "wtfc.ui.boards.review_rows",
    "wtfc.model.compare_match", "wtfc.model.compare_people", "wtfc.model.compare_text",
    "wtfc.model.last_time_yardsticks", "wtfc.model.carried_on",
    "wtfc.export.direction", "wtfc.export.emoji_names", "wtfc.export.emoji_words",
    "wtfc.export.feedback_sheet_since", "wtfc.export.same_as_last_time",
    "wtfc.export.action_poster_table",
    # session 24: finding words whatever their accents (Collect's filter, Find, Review, import)
    "wtfc.model.search_key",
    "wtfc.ui.history_keys",  # Ctrl+H's keyboard into the History list
    "wtfc.ui.import_codes_note",  # session 27: the confirm page's other-sheet codes note
    "wtfc.ui.import_said",  # session 27: what the import dialog says to a screen reader
    "wtfc.ui.documents_folder",  # session 27: where an unsaved workshop's dialogs open
    "wtfc.model.same_file",  # session 27: one file, on drives whose file ids are all 0
    "wtfc.ui.tip_wrap",  # session 28: every tip wrapped, from when one could first show
    "wtfc.ui.window_call",  # session 30: "Show that window" (QtNetwork), once a file is locked
    # session 32: a file dropped on the window; rows pasted into Add card; an e-mail
    # attachment's notice and its exports' folder
    "wtfc.ui.file_drop", "wtfc.ui.card_rows", "wtfc.ui.temporary_notice", "wtfc.ui.export_folder",
    "wtfc.ui.import_mapping_words",  # session 35: what the import's column step says
)


def test_todays_additions_wait_until_they_are_used(started):
    assert [m for m in LEFT_FOR_LATER if m in started["modules"]] == []


def test_the_demo_leaves_qtnetwork_unloaded(started):
    """QtNetwork (window_call's local socket, to bring forward the window that has a file) is
    loaded once a workshop file's lock is held or another window is asked: the demo, never
    saved, holds none."""
    assert not started["network loaded"]


def test_opening_the_demo_leaves_the_careful_path_unloaded(started):
    """The demo (as any file this version saved) is read straight by pydantic; what explains
    another file (a spreadsheet opened by mistake, a merge gone stale) and people's operations
    (two dataclasses and a regex, for adding a card) wait for their first use: ~5 M."""
    loaded = started["modules"]
    assert "wtfc.model.not_a_workshop" not in loaded
    assert "wtfc.model.stale_merges" not in loaded
    assert "wtfc.model.operations.people" not in loaded


def test_the_walls_comment_tooltips_do_not_load_html(started):
    """html.escape would build the html package's table of 2,000 entities (~8 M) to escape the
    demo's theme comments, three characters of which matter."""
    assert "html" not in started["modules"]


def test_the_date_boxes_leave_qstyle_until_a_calendar_opens(started):
    """Importing QStyle builds its ~620 enum members (~45 M instructions, 2.5% of start-up);
    the date boxes on Prepare and Review need it only to open the calendar from a key or a click
    on "No date yet" (tests/ui/prepare/test_date_first_move.py)."""
    assert "wtfc.ui.date_box" in started["modules"]  # still on the start-up path
    assert not started["style loaded"]


def test_the_focus_ring_waits_for_the_first_tab(started):
    """The app style that drew the keyboard focus ring cost ~75 M instructions at start-up (a
    Python call in every draw); the ring that replaced it is made, and its module (with QStyle)
    loaded, when the keyboard first focuses a button or a box (tests/ui/test_focus_ring.py)."""
    assert "wtfc.ui.focus_ring" in started["modules"]  # listening from the start
    assert "wtfc.ui.focus_frame" not in started["modules"]
    assert not started["style loaded"]


def test_qt_classes_with_big_enums_wait_until_they_are_used(started):
    """PySide builds all of a class's Python enums, every member, when the class is first
    looked up in its module (importing its name does it): ~70,000 instructions a member. These
    had ~290 members between them, none on the first frame (~23 M, 1.2% of start-up).
    QIcon (ThemeIcon, 151): QAction("text", parent) has PySide check the text against
    QAction(QIcon, text), so actions are made as QAction(parent, text="text") (menus look and
    read the same). QMessageBox, QFileDialog, QProgressDialog: imported in the functions that
    ask or tell. QTextCursor: the length limit's cut. QImage: drawing for the command line.
    QFontDatabase (40): lending the bundled fonts, for a workshop in Urdu or Bengali only."""
    loaded = set(started["qt types"])
    later = {"QIcon", "QMessageBox", "QFileDialog", "QProgressDialog", "QTextCursor", "QImage",
             "QFontDatabase"}
    assert sorted(loaded & later) == []
    assert {"QAction", "QKeySequence", "QPainter"} <= loaded  # what is built is seen


def test_the_history_list_waits_for_the_first_ctrl_h(started):
    """Edit ▸ History's dock (QUndoView and its fitting delegate, ~8-11 M instructions) is made
    when first asked for (tests/ui/test_history_menu_made_late.py); the menu holds a stand-in."""
    assert "wtfc.ui.history_fit" not in started["modules"]
    assert "QUndoView" not in started["qt types"]


def test_wide_regex_classes_wait_for_words_that_need_them(started):
    """re compiles a character class reaching past U+00FF code point by code point: the tips'
    wide letters (CJK, ~40 M instructions), the font-lending scripts (~4 M), Redact's sign-off
    (~17 M) and the pointers' cleaning (~4 M) were compiled at every start. The demo's words
    (Windows-1252 letters and marks only) need none: each is compiled where first needed
    (tests/ui/test_plain_tip.py, test_screen_fonts.py, tests/model/test_redact_sign_off.py)."""
    assert started["patterns compiled"] == []


def test_classes_only_checked_against_wait_until_they_are_used(started):
    """F1's list of underlined letters (QTabBar, QGroupBox, QRadioButton), the room view's
    page keys (QComboBox, QTextEdit: asked of Qt by class name) and style's tinted items (a
    tree's or a table's) touched their Python types at every start, only to compare widgets
    with them: ~8 M instructions."""
    later = {"QTabBar", "QGroupBox", "QRadioButton", "QComboBox", "QTextEdit",
             "QTreeWidgetItem", "QTableWidgetItem"}
    assert sorted(set(started["qt types"]) & later) == []
