"""The Review board: a previous workshop file opened and compared; bad files explained."""

from __future__ import annotations

import datetime as dt
import json

from tests.ui.boards.board_workshops import TODAY, previous_file, sample_workshop
from tests.ui.renders import save_render
from tests.ui.settled import settle
from wtfc.model.storage import load_workshop, save_workshop
from wtfc.model.workshop import ActionStatus, Theme, Workshop
from wtfc.ui.boards.review import ReviewBoard


def _board(qtbot, doc, undo) -> ReviewBoard:
    board = ReviewBoard(doc, undo, today=lambda: TODAY)
    qtbot.addWidget(board)
    board.resize(1500, 800)
    board.show()
    return board


def _rows(tree):
    return [[tree.topLevelItem(r).text(c) for c in range(tree.columnCount())]
            for r in range(tree.topLevelItemCount())]


def test_before_opening_it_says_what_to_do(qtbot, doc, undo):
    board = _board(qtbot, doc, undo)
    assert "Open last time's workshop" in board.summary.text()
    # the button the words point to has the same name (it said "Open previous workshop…")
    assert board.open_button.text().replace("&", "") == "Open last time's workshop…"
    assert board.themes.topLevelItemCount() == 0


def test_compares_with_a_previous_file(qtbot, doc, undo, tmp_path):
    board = _board(qtbot, doc, undo)
    assert board.load_previous(previous_file(tmp_path))
    rows = _rows(board.themes)
    grew = [r for r in rows if r[0] == "▲ More people said this"]
    assert [(r[2], r[3]) for r in grew] == [
        ("Priority 2 · was priority 2 · I never know who is coming or when", "2 → 4")]
    # a priority then and now, named as the room view names it
    assert ["✚ New this time", "✗ Not working", "My meals are not how I like them", "0 → 1",
            "0 → 1", "—"] in rows
    assert any(r[0] == "– Gone this time" and r[2] == "I can't get out" for r in rows)
    assert "1 grew (▲ said more often)" in board.summary.text()
    assert "1 new" in board.summary.text()


def test_last_times_actions_show_status_and_overdue(qtbot, doc, undo, tmp_path):
    board = _board(qtbot, doc, undo)
    board.load_previous(previous_file(tmp_path))
    rows = {r[0]: r for r in _rows(board.action_tree)}
    pilot = rows["Pilot outcome-based home care contracts"]
    assert pilot[1] == "Commissioners\nCommissioning team"  # the lane over its owner
    assert pilot[3] == "⚠ Late: not started"  # as Plan and Act say it
    assert pilot[5] == "= About the same · “I feel like a package, not a person”"
    assert rows["Send a weekly rota letter to each person"][3] == ActionStatus.DONE.label


def test_follows_edits_to_the_current_workshop(qtbot, doc, undo, tmp_path):
    from wtfc.model.operations.themes import delete_theme

    board = _board(qtbot, doc, undo)
    board.load_previous(previous_file(tmp_path))
    undo.push(delete_theme(doc, theme_id="meals"))
    assert not any(r[2] == "My meals are not how I like them" for r in _rows(board.themes))
    undo.stack.undo()
    assert any(r[2] == "My meals are not how I like them" for r in _rows(board.themes))


def test_a_bad_file_is_explained_and_nothing_changes(qtbot, doc, undo, tmp_path):
    board = _board(qtbot, doc, undo)
    bad = tmp_path / "notes.wtfc"
    bad.write_text("this is not a workshop", encoding="utf-8")
    assert not board.load_previous(bad)
    assert board.notice.text().startswith("⚠ Couldn't compare with that file.")
    assert "Traceback" not in board.notice.text()
    assert board.previous is None
    assert not board.load_previous(tmp_path / "missing.wtfc")


def test_render(qtbot, doc, undo, tmp_path):
    board = _board(qtbot, doc, undo)
    board.load_previous(previous_file(tmp_path))
    settle()
    save_render(board, "review_board")
    # what the picture shows: the comparison said in words, every theme then and now (one
    # new, one gone) and last time's four actions, no column cut off at 1500 wide
    assert board.summary.text().startswith("Compared with “Spring review 2024”")
    changes = [row[0] for row in _rows(board.themes)]
    assert len(changes) == 7 and "New this time" in changes[-2] and "Gone" in changes[-1]
    assert board.action_tree.topLevelItemCount() == 4
    assert not board.themes.horizontalScrollBar().isVisible()
    assert not board.action_tree.horizontalScrollBar().isVisible()


# -- defects found in review ---------------------------------------------------------------------
def _save(tmp_path, ws, name="last-time.wtfc"):
    path = tmp_path / name
    save_workshop(ws, path)
    return path


def test_a_merged_theme_says_where_it_went_not_gone(qtbot, doc, undo, tmp_path):
    """Last time 'who' was two themes; this time the room put all its cards in one."""
    ws = sample_workshop()
    who = next(t for t in ws.themes if t.id == "who")
    themes = [t.model_copy(update={"card_ids": t.card_ids[:2]}) if t.id == "who" else t
              for t in ws.themes]
    themes.append(Theme(id="late", kind=who.kind, name="Carers are late",
                        card_ids=who.card_ids[2:]))
    actions = [a.model_copy(update={"theme_id": "late"}) if a.id == "x4" else a
               for a in ws.actions]
    board = _board(qtbot, doc, undo)
    assert board.load_previous(_save(tmp_path, ws.model_copy(
        update={"themes": themes, "actions": actions})))
    row = next(r for r in _rows(board.themes) if r[2].startswith("Carers are late"))
    assert row[0] == "↘ Merged into another"
    assert "now part of “I never know who is coming or when”" in row[2]
    assert not any(r[0].endswith("Gone this time") for r in _rows(board.themes))
    assert "1 merged" in board.summary.text()
    rights = next(r for r in _rows(board.action_tree) if r[0].startswith("Run a 'know"))
    assert rights[5] == ("↘ Merged into another, now “I never know who is coming or when” · "
                         "was “Carers are late”")


def test_an_action_on_a_renamed_theme_names_it_as_it_is_now(qtbot, doc, undo, tmp_path):
    ws = sample_workshop()
    themes = [t.model_copy(update={"name": "Nobody treats me as a person"})
              if t.id == "package" else t for t in ws.themes]
    board = _board(qtbot, doc, undo)
    board.load_previous(_save(tmp_path, ws.model_copy(update={"themes": themes})))
    pilot = next(r for r in _rows(board.action_tree) if r[0].startswith("Pilot"))
    assert pilot[5] == ("= About the same, now “I feel like a package, not a person” · was "
                        "“Nobody treats me as a person”")


def test_the_same_workshop_opened_as_last_time_is_refused_in_plain_english(
        qtbot, doc, undo, tmp_path):
    board = _board(qtbot, doc, undo)
    assert not board.load_previous(_save(tmp_path, doc.workshop, "this-year.wtfc"))
    assert "same workshop" in board.notice.text()
    assert board.previous is None
    assert board.themes.topLevelItemCount() == 0


def test_an_empty_previous_workshop_says_so(qtbot, doc, undo, tmp_path):
    board = _board(qtbot, doc, undo)
    assert board.load_previous(_save(tmp_path, Workshop(title="Nothing yet")))
    assert "“Nothing yet” has no themes" in board.summary.text()
    assert {r[0] for r in _rows(board.themes)} == {"✚ New this time"}


def test_a_previous_file_from_a_newer_version_is_compared_and_says_what_was_left_out(
        qtbot, doc, undo, tmp_path):
    path = previous_file(tmp_path)
    data = json.loads(path.read_text(encoding="utf-8"))
    data["schema_version"] = 99
    data["themes"][0]["mood"] = "hopeful"
    path.write_text(json.dumps(data), encoding="utf-8")
    board = _board(qtbot, doc, undo)
    assert board.load_previous(path)
    assert board.themes.topLevelItemCount() > 0
    summary = board.summary.text()
    assert "newer version of wtfc" in summary and "left out of the comparison" in summary
    assert "Save As" not in summary and "read-only" not in summary


def test_a_theme_with_no_name_is_not_a_blank_row(qtbot, undo, tmp_path):
    """The file format allows a theme with no name (an import, an older file)."""
    from wtfc.model.document import Document

    ws = sample_workshop()
    themes = [t.model_copy(update={"name": ""}) if t.id == "meals" else t for t in ws.themes]
    board = _board(qtbot, Document(ws.model_copy(update={"themes": themes})), undo)
    board.load_previous(previous_file(tmp_path))
    assert "Unnamed theme" in [r[2] for r in _rows(board.themes)]  # as the report prints it


def test_long_theme_names_and_actions_wrap_instead_of_being_cut(qtbot, doc, undo, tmp_path):
    from wtfc.model.operations.themes import rename_theme

    long = "I want " + "to be asked what matters to me before anything is decided " * 4
    board = _board(qtbot, doc, undo)
    board.resize(1100, 700)  # the board's share of a 1366×768 laptop screen
    board.load_previous(previous_file(tmp_path))
    undo.push(rename_theme(doc, theme_id="meals", name=long.strip()))
    item = next(board.themes.topLevelItem(r) for r in range(board.themes.topLevelItemCount())
                if board.themes.topLevelItem(r).text(2).startswith("I want to be asked"))
    line = board.themes.fontMetrics().height()
    assert board.themes.wordWrap()
    assert board.themes.visualItemRect(item).height() >= 2 * line


def test_edits_while_the_board_is_away_are_shown_when_it_comes_back(
        qtbot, doc, undo, tmp_path, monkeypatch):
    """A big workshop: the wall must not wait for a comparison nobody is looking at."""
    from wtfc.model.operations.themes import delete_theme
    from wtfc.ui.boards import review_compared

    board = _board(qtbot, doc, undo)
    board.load_previous(previous_file(tmp_path))
    board.hide()
    calls = []
    real = review_compared.compare_workshops
    monkeypatch.setattr(review_compared, "compare_workshops", lambda *a, **k: calls.append(1) or
                        real(*a, **k))
    undo.push(delete_theme(doc, theme_id="meals"))
    undo.push(delete_theme(doc, theme_id="home"))
    assert calls == []
    board.show()
    assert len(calls) == 1
    names = [r[2] for r in _rows(board.themes)]
    assert "My meals are not how I like them" not in names


# -- usability review: what happened, in people's terms ------------------------------------------
def test_changes_say_what_people_said_not_grew_or_shrank(qtbot, doc, undo, tmp_path):
    """"▲ Grew" on a Not working theme reads like good news; say what happened instead, and
    keep the symbol so the change never rests on colour alone."""
    board = _board(qtbot, doc, undo)
    board.load_previous(previous_file(tmp_path))
    rows = _rows(board.themes)
    texts = [r[0] for r in rows]
    assert not [t for t in texts if "Grew" in t or "Shrank" in t]
    who = next(r for r in rows if r[2].endswith("I never know who is coming or when"))
    assert who[0] == "▲ More people said this" and who[4] == "2 → 4"
    header = board.themes.headerItem()
    columns = [header.text(c) for c in range(board.themes.columnCount())]
    assert "How we matched it" in columns[-1].replace("\n", " ")
    assert "Matched by" not in columns
    assert "Same name as last time" in [r[-1] for r in rows]
    summary = board.summary.text()  # a theme's size, and what it means
    assert "1 grew (▲ said more often)" in summary and "0 shrank (▼ said less often)" in summary


def test_more_cards_from_the_same_people_is_said_more_often(qapp):
    from wtfc.model.compare import Change, ThemeChange
    from wtfc.model.workshop import Kind
    from wtfc.ui.boards.review import theme_change_text

    def change(kind, cards, people):
        return ThemeChange(Kind.NOT_WORKING, kind, "I feel rushed", cards_before=cards[0],
                           cards_now=cards[1], people_before=people[0], people_now=people[1],
                           reviewed_before=6, reviewed_now=6)

    assert theme_change_text(change(Change.GREW, (2, 4), (2, 4))) == "▲ More people said this"
    assert theme_change_text(change(Change.GREW, (2, 3), (2, 2))) == "▲ Said more often"
    assert theme_change_text(change(Change.SHRANK, (4, 2), (4, 2))) == \
        "▼ Fewer people said this"
    assert theme_change_text(change(Change.SHRANK, (4, 3), (3, 3))) == "▼ Said less often"


def test_the_workshop_s_own_file_is_refused_even_after_edits_and_the_chooser_starts_beside_it(
        qtbot, tmp_path, monkeypatch):
    """The content check missed the workshop's own file once its cards had been edited; the
    file chooser also opened in the working folder, not where the workshop is."""
    from PySide6.QtWidgets import QFileDialog

    from wtfc.model.operations.cards import add_card
    from wtfc.model.storage import save_workshop
    from wtfc.model.workshop import Kind, Stage, Workshop
    from wtfc.ui.main_window import MainWindow

    path = tmp_path / "spring.wtfc"
    save_workshop(Workshop(title="Spring"), path, backup=False)
    window = MainWindow()
    qtbot.addWidget(window)
    assert window.files.open_path(path, confirmed=True)
    window.undo.push(add_card(window.doc, kind=Kind.WORKING, text="The lunch club"))
    board = window.page(Stage.REVIEW)
    assert not board.load_previous(tmp_path / "." / "spring.wtfc")
    assert "this workshop's own file" in board.notice.text()
    asked = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        lambda parent, title, folder, *a: (asked.append(folder), ("", ""))[1])
    board.choose_previous()
    assert asked == [str(tmp_path)]


def test_last_times_actions_say_what_had_happened_when_last_checked(qtbot, doc, undo,
                                                                      tmp_path):
    """The Act stage's progress note comes back at Review, with when it was written."""
    import datetime as dt

    from wtfc.model.storage import load_workshop

    ws = load_workshop(previous_file(tmp_path)).workshop  # last year's: not this workshop
    actions = [a.model_copy(update={"progress_note": "One provider has signed",
                                    "checked_on": dt.date(2026, 9, 15)})
               if a.what.startswith("Pilot") else a for a in ws.actions]
    board = _board(qtbot, doc, undo)
    board.load_previous(_save(tmp_path, ws.model_copy(update={"actions": actions})))
    rows = _rows(board.action_tree)
    pilot = next(r for r in rows if r[0].startswith("Pilot"))
    assert pilot[0].endswith("\nSo far (15 Sep 2026): One provider has signed")
    others = [r for r in rows if not r[0].startswith("Pilot")]
    assert others and not any("So far" in r[0] for r in others)  # no note: the action alone


def test_last_times_action_with_no_owner_says_it_is_to_be_agreed(qtbot, doc, undo, tmp_path):
    """A blank owner read as a blank cell beside "To be agreed" for a missing date."""
    from wtfc.model.storage import load_workshop

    path = previous_file(tmp_path)
    ws = load_workshop(path).workshop
    ownerless = [a.model_copy(update={"owner": "", "by_when": None}) for a in ws.actions]
    save_workshop(ws.model_copy(update={"actions": ownerless}), path)
    board = _board(qtbot, doc, undo)
    assert board.load_previous(path)
    rows = _rows(board.action_tree)
    assert rows and all(r[1].endswith("\nTo be agreed") and r[2] == "To be agreed"
                        for r in rows)


def test_at_150_percent_the_long_columns_keep_a_readable_width(qtbot, doc, undo, tmp_path):
    """A 1366×768 laptop at 150% (911×512) leaves the board ~708 px: 'Last time's action' was
    33 px and 'Its theme now' 32 (a word a line), the Theme column crushed. They keep ~220
    px, the short columns wrap first, and the tables scroll sideways for the rest."""
    from PySide6.QtWidgets import QWidget

    window = QWidget()  # as the main window's stage page: squeezed below its own wish
    qtbot.addWidget(window)
    board = ReviewBoard(doc, undo, window, today=lambda: TODAY)
    board.setGeometry(0, 0, 708, 560)
    window.resize(708, 560)
    window.show()
    qtbot.waitExposed(window)
    board.load_previous(previous_file(tmp_path))
    settle()
    widths = {board.themes: {2: 220}, board.action_tree: {0: 220, 4: 160, 5: 220}}
    for tree, columns in widths.items():  # 4: "How we said we'd know"
        header = tree.header()
        for column, narrowest in columns.items():
            assert header.sectionSize(column) >= narrowest, tree.headerItem().text(column)
        for column in range(header.count()):  # every header whole
            words = tree.headerItem().text(column).split("\n")
            wanted = max(header.fontMetrics().horizontalAdvance(w) for w in words)
            assert header.sectionSize(column) >= wanted, words
        if header.length() > tree.viewport().width():
            assert tree.horizontalScrollBar().maximum() > 0  # the rest is a scroll away
    save_render(board, "review_board_708")


def test_the_columns_fill_a_wide_board_with_no_sideways_scroll(qtbot, doc, undo, tmp_path):
    board = _board(qtbot, doc, undo)  # 1500 wide
    board.load_previous(previous_file(tmp_path))
    settle()
    for tree in (board.themes, board.action_tree):
        assert tree.header().length() <= tree.viewport().width()
        assert tree.header().length() >= tree.viewport().width() - 30


def test_last_time_dated_after_this_workshop_is_said_and_still_compared(qtbot, doc, undo,
                                                                       tmp_path):
    """The files the wrong way round (or a date typed wrongly): compared as asked, but said,
    in the notice when it is opened and in the summary while the dates say so."""
    from wtfc.model.last_time_order import BACKWARDS
    from wtfc.model.operations.details import edit_details

    path = previous_file(tmp_path)
    later = load_workshop(path).workshop.model_copy(update={"date": dt.date(2025, 11, 12)})
    board = _board(qtbot, doc, undo)
    assert board.load_previous(_save(tmp_path, later))
    assert board.themes.topLevelItemCount() > 0  # compared all the same
    assert board.notice.isVisibleTo(board) and board.notice.text() == (
        "⚠ Last time's workshop “Spring review 2024” is dated 12 November 2025, after this "
        "workshop (1 March 2025), so the comparison runs backwards: themes it calls new may be "
        "ones that have gone since, and the other way round. If this is the wrong file, open "
        "the earlier workshop's file; if a date is wrong, correct it on 1 Prepare.")
    assert board.summary.text().endswith(BACKWARDS)
    undo.push(edit_details(doc, date=dt.date(2025, 12, 1)))  # the date put right
    assert BACKWARDS not in board.summary.text()
    assert board.load_previous(path)  # the same day: nothing to say
    assert board.notice.isHidden() and BACKWARDS not in board.summary.text()


def test_the_board_keeps_its_qt_actions(qtbot, doc, undo):
    """The actions table was stored as ``self.actions``, hiding QWidget.actions(): calling it
    raised TypeError, so no shortcut could be added to the board."""
    board = _board(qtbot, doc, undo)
    assert board.actions() == []
    assert board.action_tree.accessibleName() == "Last time's actions and their status"


def test_last_times_actions_say_how_we_said_we_would_know(qtbot, doc, undo, tmp_path):
    """Plan asks "What will show it worked (evidence for the next review)": this is that
    review, so each of last time's actions shows it beside its status."""
    from wtfc.ui.boards.review import ACTION_COLUMNS, HOW_WE_KNOW_COLUMN

    ws = load_workshop(previous_file(tmp_path)).workshop
    actions = [a.model_copy(update={"how_we_know": "Fewer complaints about rushed visits"})
               if a.what.startswith("Pilot") else a for a in ws.actions]
    board = _board(qtbot, doc, undo)
    board.load_previous(_save(tmp_path, ws.model_copy(update={"actions": actions})))
    assert ACTION_COLUMNS[HOW_WE_KNOW_COLUMN] == "How we said\nwe'd know"
    rows = _rows(board.action_tree)
    pilot = next(r for r in rows if r[0].startswith("Pilot"))
    assert pilot[HOW_WE_KNOW_COLUMN] == "Fewer complaints about rushed visits"
    others = [r for r in rows if not r[0].startswith("Pilot")]
    assert others and all(r[HOW_WE_KNOW_COLUMN] == "Not said" for r in others)


def test_last_times_priorities_say_so_and_come_first(qtbot, doc, undo, tmp_path):
    """The review asks what changed because of the work, and the work was on last time's
    priorities: they are listed first, by their rank then, each saying so, and the summary
    says why the list starts there."""
    from wtfc.model.workshop import Priority

    ws = load_workshop(previous_file(tmp_path)).workshop  # 'package' 1 and 'who' 2 then
    themes = [t.model_copy(update={"priority": Priority(chosen=True, rank=3)})
              if t.id == "transport" else t for t in ws.themes]  # and one gone since
    board = _board(qtbot, doc, undo)
    board.load_previous(_save(tmp_path, ws.model_copy(update={"themes": themes})))
    rows = _rows(board.themes)
    assert [(r[0], r[2]) for r in rows[:3]] == [
        ("= About the same", "Priority 1 · was priority 1 · I feel like a package, not a person"),
        ("▲ More people said this",
         "Priority 2 · was priority 2 · I never know who is coming or when"),
        ("– Gone this time", "Was priority 3 · I can't get out")]
    assert not any("priority" in r[2] for r in rows[3:])
    assert [r[0] for r in rows[3:]] == ["= About the same"] * 3 + ["✚ New this time"]  # grouped
    assert "Last time's priorities come first." in board.summary.text()
    assert board.themes.topLevelItem(0).toolTip(2) == rows[0][2]
