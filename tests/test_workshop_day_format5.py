"""Acceptance: the parts of the day that came with file format 5, driven through the main window
from File ▸ New as a facilitator drives them — Prepare's "How we agreed to work and decide"
(Alt+G) and the room's Welcome following it and Undo; Collect's import saying who has more than
the method's top two, Rename person code… merging P7 into P07, kept through Save and reopen, so
a later file's P7 is P07's; Comment on theme… (Shift+F2) with Undo and Redo and the wall's line;
an action's resources; the report and data export read back; a kept .bak opened read-only and a
cut-short workshop offering its earlier version."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication
from workshop_day_steps import (
    action,
    answer_file_dialogs,
    card_id,
    new_window,
    pdf_text,
    save_close_and_reopen,
    theme_id,
    wait_export,
)

from wtfc.model.storage import backup_path
from wtfc.model.workshop import Stage
from wtfc.ui import earlier_version_offer
from wtfc.ui.boards.welcome_room import WelcomeRoomView
from wtfc.ui.main_window import MainWindow
from wtfc.ui.wall.theme_comments import ThemeCommentsDialog

ALT, SHIFT = Qt.KeyboardModifier.AltModifier, Qt.KeyboardModifier.ShiftModifier
TITLE, PURPOSE = "Autumn reviews 2027", "Hear what older people said and agree what we change."
AGREED = "One voice at a time; we choose priorities with three dots each."
PHONE = "07700 900123"  # a card the guard holds back
METHOD = "the method takes each person's top two."
FIRST = (
    "Person,Kind,What they said\r\n"
    "P01,Working,My carer always has time for a chat\r\n"
    "P01,Not working,I never know which carer is coming\r\n"
    "P02,Working,The lunch club on Tuesdays\r\n"
    f"P03,Not working,The only number they give me is {PHONE} and nobody answers\r\n"
    "P07,Working,The carers treat me with respect\r\n"
    "P07,Future,To go to the seaside in the summer\r\n"
    "P7,Not working,Visits are rushed and over in fifteen minutes\r\n"
    "P7,Not working,I wait in all morning for the carer\r\n"
    "P7,Not working,Nobody rings me back when I call the office\r\n"
)
LATER = "Person,Kind,What they said\r\nP7,Future,To get to the day centre on my own\r\n"
THEME = "Nobody comes when they say"
COMMENT = "This is not new, but it feels more powerful when people say it together"
NEEDS = "£3,000 for cover; bring in the district nurses"


def active(qtbot, widget):
    """``widget``'s window made active, so keys reach it: offscreen, no window is active once a
    dialog closes (a desktop gives the window back)."""
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow, timeout=2000)
    return widget


def welcome(window: MainWindow) -> str:
    """Every word the room's Welcome draws, on all its pages."""
    view = window.room.window.content
    assert isinstance(view, WelcomeRoomView)
    words = []
    for page in range(view.page_count()):
        view.show_page(page)
        view.grab()
        words += [w for _px, w, _cut in view.drawn_text]
    return " ".join(words)


def import_file(qtbot, window: MainWindow, answers, path, text: str) -> tuple[str, str]:
    """Collect, File → Import statements… on ``path``: its report's heading and text."""
    window.go_to_stage(Stage.COLLECT)
    path.write_text(text, encoding="utf-8")
    answers.queue.append(path)
    imports = [a for a in window.findChildren(QAction) if a.text() == "&Import statements…"]
    imports[0].trigger()  # Ctrl+I
    dialog = window.page(Stage.COLLECT).import_dialog
    qtbot.waitUntil(lambda: dialog.stage in ("mapping", "confirm", "failed"), timeout=15_000)
    assert dialog.stage != "failed" and dialog.import_button.isEnabled()
    dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.stage in ("report", "failed"), timeout=15_000)
    assert dialog.stage == "report", dialog.failure.text()
    said = dialog.report_heading.text(), dialog.report_text.toPlainText()
    dialog.close_button.click()
    return said


def prepare(qtbot, window: MainWindow) -> None:
    """Title and purpose typed, Alt+G to the agreements, typed and left: the Welcome shows them;
    Undo takes them (then the purpose) off it, Redo puts them back."""
    page = window.page(Stage.PREPARE)
    window.room.act_show.setChecked(True)
    page.title.setFocus()
    page.title.selectAll()  # over "Untitled workshop"
    qtbot.keyClicks(page.title, TITLE)
    page.purpose.setFocus()
    qtbot.keyClicks(page.purpose, PURPOSE)
    page.title.setFocus()
    qtbot.keyClick(page.title, Qt.Key.Key_G, ALT)
    assert page.agreements.hasFocus()
    qtbot.keyClicks(page.agreements, AGREED)
    qtbot.keyClick(page.agreements, Qt.Key.Key_Tab)  # left: recorded
    ws = window.doc.workshop
    assert (ws.title, ws.purpose, ws.agreements) == (TITLE, PURPOSE, AGREED)
    assert window.undo.stack.undoText() == "Edit workshop details"
    shown = welcome(window)
    assert TITLE in shown and PURPOSE in shown and AGREED in shown
    window.undo_action.trigger()
    assert window.doc.workshop.agreements == "" and page.agreements.toPlainText() == ""
    assert AGREED not in welcome(window) and PURPOSE in welcome(window)
    window.undo_action.trigger()
    assert PURPOSE not in welcome(window) and TITLE in welcome(window)
    window.redo_action.trigger()
    window.redo_action.trigger()
    assert PURPOSE in welcome(window) and AGREED in welcome(window)
    assert page.agreements.toPlainText() == AGREED


def collect(qtbot, window: MainWindow, answers, tmp_path) -> None:
    """P7's three 'not working' rows said by the report and over the table; P7 merged into
    P07 with Rename person code…"""
    heading, report = import_file(qtbot, window, answers, tmp_path / "reviews.csv", FIRST)
    assert heading.startswith("9 cards added"), heading
    assert f"P7 has 3 'not working' cards; {METHOD}" in report.splitlines(), report
    page = window.page(Stage.COLLECT)
    assert page.top_two.text() == f"⚠ P7 has 3 'not working' cards; {METHOD}"
    assert window.doc.card(card_id(window, PHONE)).held_back
    page.select_cards([card_id(window, "rushed")])
    page.rename_button.click()
    dialog = page.person_code_dialog
    assert (dialog.old(), dialog.new(), dialog.ok.text()) == ("P7", "P07", "Merge")
    dialog.ok.click()
    people = {p.id: p for p in window.doc.workshop.people}
    assert "P7" not in people and "P7" in people["P07"].former_codes
    assert page.top_two.text() == f"⚠ P07 has 3 'not working' cards; {METHOD}"


def comment_on_theme(qtbot, window: MainWindow, monkeypatch) -> None:
    """A theme made on the wall (N); Shift+F2: a comment added, undone, redone in the dialog."""
    window.go_to_stage(Stage.THEME)
    panel = window.page(Stage.THEME)
    qtbot.waitUntil(lambda: len(panel.scene.cards) >= 9, timeout=5_000)
    monkeypatch.setattr(panel, "ask_text", lambda *_a, **_k: THEME)
    panel.view.setFocus()
    for n, words in enumerate(("rushed", "wait in all morning")):
        panel.view.focus_card(panel.scene.cards[(card_id(window, words), None)], extend=n > 0)
    panel.wall_actions.new_theme.trigger()  # N
    tid = theme_id(window, THEME)
    listed: list[list] = []

    def in_the_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, ThemeCommentsDialog):
            return  # not open yet
        poll.stop()
        try:
            listed.append([dialog.focusWidget() is dialog.words])  # ready for a new one
            qtbot.keyClicks(dialog.words, COMMENT)
            dialog.add.click()
            box = dialog.comments  # the dialog's list follows Undo and Redo
            for step in (window.undo_action, window.redo_action, None):
                listed.append([box.item(i).text() for i in range(box.count())])
                if step:
                    step.trigger()
        finally:
            dialog.reject()  # Close

    poll = QTimer(interval=20, timeout=in_the_dialog)  # the dialog waits for the facilitator
    poll.start()
    active(qtbot, window)
    panel.view.setFocus()
    qtbot.keyClick(panel.view, Qt.Key.Key_F2, SHIFT)
    poll.stop()
    assert listed == [[True], [COMMENT], [], [COMMENT]]  # added, undone, redone
    assert window.doc.theme(tid).comments == [COMMENT]
    assert "1 comment" in panel.scene.blocks[tid].count_words(500)


def plan_an_action(qtbot, window: MainWindow) -> None:
    window.go_to_stage(Stage.PLAN)
    board = window.page(Stage.PLAN)
    board.open_add_dialog()  # Insert
    dialog = board.dialog
    active(qtbot, dialog)
    dialog.what.setText("Named carer for each morning round")
    qtbot.keyClick(dialog.what, Qt.Key.Key_N, ALT)
    assert dialog.resources.hasFocus()
    qtbot.keyClicks(dialog.resources, NEEDS)
    qtbot.keyClick(dialog.resources, Qt.Key.Key_Return)  # Enter saves
    assert window.doc.workshop.actions[-1].resources == NEEDS
    assert window.undo.stack.undoText().startswith("Add action")


def exports(qtbot, window: MainWindow, answers, tmp_path) -> None:
    from openpyxl import load_workbook

    report = pdf_text(wait_export(qtbot, window, "report", tmp_path / "report.pdf", answers))
    for words in (AGREED, COMMENT, NEEDS):
        assert words in report, words
    book = load_workbook(wait_export(qtbot, window, "data", tmp_path / "data.xlsx", answers))
    sheets = {s.title: [list(r) for r in s.iter_rows(values_only=True)] for s in book.worksheets}
    cells = " ".join(str(v) for rows in sheets.values() for row in rows for v in row if v)
    people = [str(row[0]) for row in sheets["People"]]  # the sheet is there, P7 merged
    assert "P07" in people and "P7" not in people, people
    assert AGREED in cells and NEEDS in cells and COMMENT in cells
    for text in (report, cells):
        assert PHONE not in text and "900123" not in text  # the held-back card


def files_that_went_wrong(window: MainWindow, answers, day, monkeypatch, message_boxes) -> None:
    """Saved again (the earlier save kept as .bak), the .bak opened is read-only; the workshop
    cut short offers that earlier version, which opens as the workshop, not yet saved."""
    action(window, "save").trigger()  # the copy saved before is kept as autumn.wtfc.bak
    kept = backup_path(day, 1)
    assert kept.exists() and not window.isWindowModified()
    answers.queue.append(kept)
    action(window, "open").trigger()
    assert window.undo.read_only and "read-only" in window.windowTitle()
    assert window.doc.workshop.actions == []  # the version saved before the action
    assert message_boxes[-1][0] == "information" and "Opened read-only" in message_boxes[-1][1]

    offers: list[str] = []
    monkeypatch.setattr(
        earlier_version_offer, "_chosen", lambda box: offers.append(box.text()) or True
    )
    whole = day.read_bytes()
    day.write_bytes(whole[: len(whole) // 2])  # cut short
    answers.queue.append(day)
    action(window, "open").trigger()
    assert offers and "'autumn.wtfc' is cut short" in offers[0], offers
    assert window.files.path == day and not window.undo.read_only and window.isWindowModified()
    assert window.doc.workshop.agreements == AGREED and window.doc.workshop.actions == []


def test_agreements_merges_comments_and_resources_through_the_window(
    qtbot, tmp_path, monkeypatch, message_boxes
):
    answers = answer_file_dialogs(tmp_path, monkeypatch)
    window = active(qtbot, new_window(qtbot))
    action(window, "new").trigger()
    assert window.shown_stage() == Stage.PREPARE
    prepare(qtbot, window)
    collect(qtbot, window, answers, tmp_path)

    day = tmp_path / "autumn.wtfc"
    window, _ = save_close_and_reopen(
        qtbot, window, answers, day, reopen=lambda bot: active(bot, new_window(bot))
    )
    assert json.loads(day.read_text(encoding="utf-8"))["schema_version"] >= 5  # format 5 or later
    assert window.doc.workshop.agreements == AGREED
    heading, report = import_file(qtbot, window, answers, tmp_path / "later.csv", LATER)
    assert heading.startswith("1 card added"), heading
    assert "P7 is on P07's cards (merged earlier)." in report, report
    assert window.doc.card(card_id(window, "day centre")).person == "P07"
    assert "P7" not in {p.id for p in window.doc.workshop.people}

    comment_on_theme(qtbot, window, monkeypatch)
    plan_an_action(qtbot, window)
    exports(qtbot, window, answers, tmp_path)
    assert not [m for m in message_boxes if m[0] in ("warning", "critical", "question")]

    files_that_went_wrong(window, answers, day, monkeypatch, message_boxes)
    assert not answers.queue
