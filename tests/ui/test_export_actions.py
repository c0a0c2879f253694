"""File → Export: writing the PDF cannot show is named first, and the facilitator chooses."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from wtfc.model.document import Document
from wtfc.model.workshop import Card, Kind, Priority, Theme, Workshop
from wtfc.ui.export_actions import ExportController

CHINESE = "我想回家 with my cat"


def controller(qtbot) -> ExportController:
    ws = Workshop(title="Spring workshop",
                  cards=[Card(id="c1", kind=Kind.WORKING, text=CHINESE),
                         Card(id="c2", kind=Kind.WORKING, text="میں اپنے گھر میں رہنا چاہتی ہوں")],
                  themes=[Theme(id="t1", kind=Kind.WORKING, name="I like my home",
                                card_ids=["c1", "c2"], priority=Priority(chosen=True, rank=1))])
    parent = QWidget()
    qtbot.addWidget(parent)
    return ExportController(Document(ws), parent)


def test_cancel_at_the_question_writes_nothing(qtbot, tmp_path, monkeypatch):
    asked: list[str] = []

    def question(_parent, title, text, *args):
        asked.append(text)
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "question", question)
    assert controller(qtbot).export("posters", tmp_path / "p.pdf") is None
    assert not (tmp_path / "p.pdf").exists()
    assert f"“{CHINESE}”" in asked[0]
    assert "English translation" in asked[0] and asked[0].endswith("Export anyway?")
    assert "میں" not in asked[0]  # Urdu is drawn, so not named


def test_export_anyway_writes_the_pdf(qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a: QMessageBox.StandardButton.Yes)
    task = controller(qtbot).export("report", tmp_path / "r.pdf")
    with qtbot.waitSignal(task.finished, timeout=30_000):
        pass
    assert (tmp_path / "r.pdf").read_bytes().startswith(b"%PDF")


def test_the_data_export_asks_nothing(qtbot, tmp_path, message_boxes):
    task = controller(qtbot).export("data", tmp_path / "d.xlsx")
    with qtbot.waitSignal(task.finished, timeout=30_000):
        pass
    assert not [m for m in message_boxes if m[0] == "question"]
    assert (tmp_path / "d.xlsx").exists()


def test_an_exports_modules_load_on_the_ui_thread_before_its_worker_starts(qtbot, tmp_path,
                                                                           monkeypatch):
    """A C extension's first import (numpy, through openpyxl) on the worker while the UI
    thread's garbage collector ran crashed the interpreter now and then."""
    import sys

    from wtfc.ui import export_actions

    seen = []
    real = export_actions.BackgroundTask
    monkeypatch.setattr(export_actions, "BackgroundTask",
                        lambda *a, **k: (seen.append("openpyxl" in sys.modules), real(*a, **k))[1])
    for key, module in (("data", "wtfc.export.data"), ("report", "wtfc.export.report")):
        export_actions.load_export_modules(key)
        assert module in sys.modules
    task = controller(qtbot).export("data", tmp_path / "data.xlsx")
    assert seen == [True]
    with qtbot.waitSignal(task.finished, timeout=30_000):
        pass


def typed_controller(qtbot) -> ExportController:
    from wtfc.model.workshop import Action, Cause, Role

    ws = Workshop(title="Spring workshop",
                  cards=[Card(id="c1", kind=Kind.NOT_WORKING, text="Carers are always late")],
                  themes=[Theme(id="t1", kind=Kind.NOT_WORKING, name="I am kept waiting",
                                card_ids=["c1"], priority=Priority(chosen=True, rank=1))],
                  causes=[Cause(id="k1", theme_id="t1", text="Mrs Patel's round is too long")],
                  actions=[Action(id="a1", theme_id="t1", role=Role.PROVIDERS,
                                  owner="Jane Smith, rota manager",
                                  what="Ring 01632 960418 to rebook",
                                  progress_note="Spoke to Dr Okafor on Monday")])
    parent = QWidget()
    qtbot.addWidget(parent)
    return ExportController(Document(ws), parent)


def test_personal_details_typed_during_the_day_are_asked_about_first(qtbot, tmp_path,
                                                                     monkeypatch):
    """A cause and an action were typed with a name and a phone number in them: before any
    export prints them the facilitator is told where, by kind only, and chooses."""
    asked: list[str] = []

    def question(_parent, title, text, *args):
        asked.append(text)
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "question", question)
    for key, name in (("report", "r.pdf"), ("data", "d.xlsx")):
        assert typed_controller(qtbot).export(key, tmp_path / name) is None
        assert not (tmp_path / name).exists()
    text = asked[0]
    assert "A cause in the theme “I am kept waiting”: “[name] round is too long”" in text
    assert "An action in the theme “I am kept waiting”: “Ring [phone] to rebook”" in text
    assert "“Spoke to [name] on Monday”" in text  # a progress note from the Act stage
    assert "Patel" not in text and "01632" not in text  # the dialog may be projected too
    assert "Jane Smith" not in text  # the owner is named on purpose: not asked about
    assert text.endswith("Export anyway?")


def test_export_anyway_after_the_typed_details_question(qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    task = typed_controller(qtbot).export("action-poster", tmp_path / "a.pdf")
    with qtbot.waitSignal(task.finished, timeout=30_000):
        pass
    assert (tmp_path / "a.pdf").read_bytes().startswith(b"%PDF")


def test_after_export_anyway_the_unshowable_warning_hides_what_the_question_hid(
        qtbot, tmp_path, monkeypatch):
    """Export anyway at the personal-detail question, and the next dialog, about writing the
    PDF cannot draw, quoted the same cause whole ("연락 없음: Mrs Patel on 07700 900123 was
    ne…") on the same, often projected, screen. Both now show the details as their kind, the
    names to watch pasted on Collect included."""
    from wtfc.model.workshop import Action, Cause, Role

    cause = "연락 없음: Mrs Patel on 07700 900123 was never told"
    ws = Workshop(title="Spring workshop",
                  cards=[Card(id="c1", kind=Kind.NOT_WORKING, text="Nobody rings me")],
                  themes=[Theme(id="t1", kind=Kind.NOT_WORKING, name="I am never told",
                                card_ids=["c1"], priority=Priority(chosen=True, rank=1))],
                  causes=[Cause(id="k1", theme_id="t1", text=cause, agreed=True)],
                  actions=[Action(id="a1", theme_id="t1", role=Role.PROVIDERS, cause_id="k1",
                                  what="Ring Bronwen 매주 every week")])
    doc = Document(ws)
    doc.names_to_watch = ("Bronwen Hughes",)
    parent = QWidget()
    qtbot.addWidget(parent)
    asked: list[tuple[str, str]] = []

    def question(_parent, title, text, *args):
        asked.append((title, text))
        return (QMessageBox.StandardButton.Yes if len(asked) == 1
                else QMessageBox.StandardButton.Cancel)

    monkeypatch.setattr(QMessageBox, "question", question)
    assert ExportController(doc, parent).export("action-poster", tmp_path / "a.pdf") is None
    assert [title for title, _ in asked] == ["Possible personal details in the export",
                                            "Some words cannot be shown in the PDF"]
    assert "“연락 없음: [name] on [phone] was never told”" in asked[0][1]
    warned = asked[1][1]
    assert ("• A cause an action in the theme “I am never told” tackles: “연락 없음: [name] on "
            "[phone] was never told” (Korean text)") in warned
    assert "“Ring [name] 매주 every week”" in warned
    assert "Patel" not in warned and "900123" not in warned and "Bronwen" not in warned


def test_the_question_covers_what_each_export_prints_and_the_names_to_watch():
    """Asked only about what that export prints; names pasted on Collect are read too; a
    long part is quoted round what was found, so the facilitator can see what to change."""
    from wtfc.importing.typed_details import typed_details

    ws = Workshop(title="Spring workshop",
                  themes=[Theme(id="t1", kind=Kind.NOT_WORKING, name="I am kept waiting",
                                priority=Priority(chosen=True, rank=1)),
                          Theme(id="t2", kind=Kind.WORKING,
                                name="I like it when Grimshaw comes round to see me",
                                comments=["Ask Sarah Jones about the rota"])])
    wheres = {key: [d.where for d in typed_details(ws, key, ["Grimshaw"])]
              for key in ("posters", "action-poster", "report", "data")}
    assert wheres["posters"] == wheres["action-poster"] == []  # t2 is not a priority
    assert wheres["data"] == wheres["report"] == [  # the data's Themes sheet has comments
        "The theme “I like it when [name] comes round to see me”",
        "A comment on the theme “I like it when [name] comes round to see me”: "
        "“Ask [name] about the rota”"]
    without_names = [d.where for d in typed_details(ws, "report")]
    assert without_names == [wheres["report"][1].replace("[name] comes", "Grimshaw comes")]

    long = ws.model_copy(update={"themes": [Theme(
        id="t3", kind=Kind.NOT_WORKING, priority=Priority(chosen=True, rank=1),
        name="I never know who is coming to help me in the morning, says Mrs Patel")]})
    (found,) = typed_details(long, "action-poster")
    assert found.where == "The theme “…is coming to help me in the morning, says [name]”"


def test_an_export_with_nothing_to_show_says_so_before_asking_for_a_file(qtbot, monkeypatch,
                                                                          message_boxes):
    """Theme posters and the action poster of a workshop with no priority opened the Save
    dialog, and only after a name was chosen said there was nothing to put on them."""
    from PySide6.QtWidgets import QFileDialog

    from wtfc.export.content import NO_ACTION_PLAN, NO_PRIORITY_FOR_POSTERS
    from wtfc.ui.export_actions import EXPORTS

    asked: list[str] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda _parent, title, *a: asked.append(title) or ("", ""))
    ws = Workshop(title="New", cards=[Card(id="c1", kind=Kind.WORKING, text="Lunch club")],
                  themes=[Theme(id="t1", kind=Kind.WORKING, name="I like lunch club",
                                card_ids=["c1"])])
    parent = QWidget()
    qtbot.addWidget(parent)
    exports = ExportController(Document(ws), parent)
    kinds = {kind.key: kind for kind in EXPORTS}
    exports.ask_and_export(kinds["posters"])
    exports.ask_and_export(kinds["action-poster"])
    assert asked == []
    assert message_boxes == [("information", f"Nothing to export yet: {NO_PRIORITY_FOR_POSTERS}"),
                             ("information", f"Nothing to export yet: {NO_ACTION_PLAN}")]
    exports.ask_and_export(kinds["report"])  # an empty report still says what there is
    exports.ask_and_export(kinds["data"])
    assert len(asked) == 2 and len(message_boxes) == 2
    # with a priority chosen, both posters ask for a file
    chosen = ws.themes[0].model_copy(update={"priority": Priority(chosen=True, rank=1)})
    exports = ExportController(Document(ws.model_copy(update={"themes": [chosen]})), parent)
    exports.ask_and_export(kinds["posters"])
    exports.ask_and_export(kinds["action-poster"])
    assert len(asked) == 4 and len(message_boxes) == 2


# -- the report compares with the Review board's previous workshop -------------------------------
def _export_report(qtbot, exports, path):
    """The report's words, once it is written and "Export saved" has said so."""
    task = exports.export("report", path)
    with qtbot.waitSignal(task.finished, timeout=60_000):
        pass
    # "Export saved" comes a moment after the worker ends when the progress window was up (a
    # loaded machine's slower export): it is said after that window's own processEvents
    qtbot.waitUntil(lambda: exports.run is None or exports.run.over, timeout=5000)
    from tests.export.export_checks import all_text, reader

    return all_text(reader(path.read_bytes()))


def test_the_report_compares_with_the_review_boards_previous_workshop(qtbot, demo_window,
                                                                      tmp_path, message_boxes,
                                                                      monkeypatch):
    """The demo's Review board opens its previous cycle: File → Export → Report then has the
    'Since last time' chapter, and says so when it is saved."""
    from wtfc.model.workshop import Stage

    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    board = demo_window.page(Stage.REVIEW)
    assert board.previous is not None
    text = _export_report(qtbot, demo_window.exports, tmp_path / "report.pdf")
    assert "Sincelasttime" in text
    assert "Comparedwithlasttime'sworkshop,“Spring2026cycle—olderpeople'sservices”" in text
    saved = [m for kind, m in message_boxes if kind == "information"][-1]
    assert saved.endswith("Its “Since last time” chapter compares this workshop with “Spring "
                          "2026 cycle — older people's services”, last time's workshop opened "
                          "on 8 Review.")
    board.clear_previous()  # let go on the board: the next report has no chapter
    assert "Sincelasttime" not in _export_report(qtbot, demo_window.exports,
                                                 tmp_path / "again.pdf")


def test_the_review_board_is_not_built_for_an_export(qtbot, demo_window, tmp_path,
                                                     monkeypatch):
    from wtfc.ui.boards.review import ReviewBoard

    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    assert demo_window.exports.review_previous() is None
    assert "Sincelasttime" not in _export_report(qtbot, demo_window.exports,
                                                 tmp_path / "report.pdf")
    assert demo_window.findChild(ReviewBoard) is None


def _compared_with_a_note(qtbot, tmp_path, note: str):
    """The demo open with last time's workshop on its Review board, whose first action has
    ``note`` as what had happened: (the document, the window's stand-in)."""
    from wtfc.model.demo import demo_path, demo_previous_path
    from wtfc.model.storage import load_workshop, save_workshop
    from wtfc.ui.boards.review import ReviewBoard
    from wtfc.ui.undo import UndoAdapter

    last = load_workshop(demo_previous_path()).workshop
    noted = last.actions[0].model_copy(update={"progress_note": note})
    previous = tmp_path / "spring.wtfc"
    save_workshop(last.model_copy(update={"actions": [noted, *last.actions[1:]]}), previous)
    doc = Document(load_workshop(demo_path()).workshop)
    parent = QWidget()
    qtbot.addWidget(parent)
    board = ReviewBoard(doc, UndoAdapter(doc), parent)
    assert board.load_previous(previous)
    return doc, parent


def test_the_question_reads_last_times_words_the_report_prints(qtbot, tmp_path, monkeypatch):
    """Last time's action notes are printed in the report's chapter: the guard reads them
    before the report is made (the other exports do not print them, so do not ask)."""
    doc, parent = _compared_with_a_note(qtbot, tmp_path, "Spoke to Dr Okafor on Monday")
    asked: list[str] = []

    def question(_parent, title, text, *args):
        asked.append(text)
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "question", question)
    exports = ExportController(doc, parent)
    started = exports.export("report", tmp_path / "r.pdf")
    if started is not None:  # not asked: let it finish before failing, or Qt aborts
        with qtbot.waitSignal(started.finished, timeout=60_000):
            pass
    assert started is None
    assert not (tmp_path / "r.pdf").exists()
    assert ("• What had happened to last time's action in the theme “I am not treated with "
            "respect or as an individual…”: “Spoke to [name] on Monday”" in asked[0])
    assert asked[0].endswith("Words from last time's workshop can only be changed in that "
                             "workshop's own file.\n\nExport anyway?")
    assert "Okafor" not in asked[0]
    task = exports.export("data", tmp_path / "d.xlsx")  # prints nothing of last time
    with qtbot.waitSignal(task.finished, timeout=30_000):
        pass
    assert len(asked) == 1


def test_last_times_words_the_pdf_cannot_draw_are_asked_about(qtbot, tmp_path, monkeypatch):
    """The report's 'Since last time' chapter prints last time's notes: one in Chinese is named
    before the report is made, as this workshop's own words are."""
    doc, parent = _compared_with_a_note(qtbot, tmp_path, "已经同意")
    asked: list[tuple[str, str]] = []

    def question(_parent, title, text, *args):
        asked.append((title, text))
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "question", question)
    started = ExportController(doc, parent).export("report", tmp_path / "r.pdf")
    if started is not None:  # not asked: let it finish before failing, or Qt aborts
        with qtbot.waitSignal(started.finished, timeout=60_000):
            pass
    assert started is None and not (tmp_path / "r.pdf").exists()
    assert [title for title, _text in asked] == ["Some words cannot be shown in the PDF"]
    assert ("• What had happened to last time's action in the theme “I am not treated with "
            "respect or as an individual…”: “已经同意” (Chinese or Japanese text)") in asked[0][1]
