"""The steps a driven workshop day is made of, for the acceptance tests that drive one through
the main window (tests/test_workshop_day.py, tests/test_workshop_day_plan.py): the statements
file both import, the file dialogs' answers, finding actions, cards and themes, waiting for an
export, reading a PDF back and the words a room view paints."""

from __future__ import annotations

import subprocess
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction, QPainter
from PySide6.QtWidgets import QFileDialog, QLabel

from wtfc.model.workshop import Kind, Stage, Workshop
from wtfc.ui.autosave import RECOVERY_DIR_ENV
from wtfc.ui.main_window import MainWindow

W, NW, F = Kind.WORKING, Kind.NOT_WORKING, Kind.FUTURE
HELD_NAME = "Okonkwo"  # the name in the card the guard holds back (then redacted)
HELD_PHONE = "07700 900123"  # a card that stays held back all day

# 8 people × 3 statements = 24, with a blank row, a row of empty cells, a quoted comma, doubled
# quotes, quotes inside an unquoted cell and a line break inside a quoted cell.
STATEMENTS_CSV = (
    "Person,Kind,What they said,Locality\r\n"
    "P01,Working,My carer always has time for a chat,North\r\n"
    "P01,Not working,I never know which carer is coming,North\r\n"
    "P01,Future,I want to get out to the shops again,North\r\n"
    'P02,Working,"The lunch club on Tuesdays, with my friends",North\r\n'
    f"P02,Not working,Mrs {HELD_NAME} never comes on time,North\r\n"
    "P02,Future,To keep living in my own home,North\r\n"
    "\r\n"
    "P03,Working,My daughter visits every weekend,South\r\n"
    'P03,Not working,"Different carers every week, and they don\'t know me",South\r\n'
    "P03,Future,To see my grandchildren more,South\r\n"
    'P04,Working,"The day centre is ""the best bit"" of my week",South\r\n'
    "P04,Not working,Nobody rings me back when I call the office,South\r\n"
    "P04,Future,I would like to go to church again,South\r\n"
    ",,,\r\n"
    "P05,Working,My neighbour pops in every morning,East\r\n"
    "P05,Not working,Visits are rushed; they are in and out in fifteen minutes,East\r\n"
    "P05,Future,Staying independent at home,East\r\n"
    'P06,Working,Meals on wheels arrive "piping" hot,East\r\n'
    "P06,Not working,I wait in all morning for the carer,East\r\n"
    "P06,Future,Getting out into the garden,East\r\n"
    "P07,Working,The carers treat me with respect,West\r\n"
    f"P07,Not working,The only number they give me is {HELD_PHONE} and nobody answers,West\r\n"
    "P07,Future,To go to the seaside in the summer,West\r\n"
    "P08,Working,My talking books from the library,West\r\n"
    "P08,Not working,Staff talk over my head and I feel like a package,West\r\n"
    'P08,Future,"To learn to use a tablet\r\nso I can see my family",West\r\n'
)


class Answers:
    """The file dialogs' answers, in order (a test that runs out of them fails loudly)."""

    def __init__(self) -> None:
        self.queue: list[Path] = []

    def __call__(self, *_args, **_kwargs):
        assert self.queue, "a file dialog was opened that the test did not expect"
        return str(self.queue.pop(0)), ""


def action(window: MainWindow, name: str) -> QAction:
    found = window.findChild(QAction, name)
    assert found is not None, name
    return found


def wait_export(qtbot, window: MainWindow, name: str, path: Path, answers: Answers) -> Path:
    answers.queue.append(path)
    action(window, f"export_{name}").trigger()
    task = window.exports.task
    assert task is not None
    qtbot.waitUntil(lambda: window.exports.last_written == [path], timeout=60_000)
    assert path.exists(), f"{name} was not written"
    return path


def card_id(window: MainWindow, words: str) -> str:
    found = [c.id for c in window.doc.workshop.cards if words.lower() in c.text.lower()]
    assert len(found) == 1, (words, found)
    return found[0]


def theme_id(window: MainWindow, name: str) -> str:
    found = [t.id for t in window.doc.workshop.themes if t.name == name]
    assert len(found) == 1, (name, found)
    return found[0]


def dump(workshop: Workshop) -> dict:
    return workshop.model_dump(mode="json")


def pdf_text(path: Path) -> str:
    out = subprocess.run(["pdftotext", str(path), "-"], check=True, capture_output=True, text=True)
    return " ".join(out.stdout.split())  # words wrapped across lines read as one line


class DrawnText:
    """Every string a view paints through Python (QPainter.drawText / drawStaticText) while
    installed: what the room view puts on the projector."""

    def __init__(self, monkeypatch) -> None:
        self.seen: list[str] = []
        original_text, original_static = QPainter.drawText, QPainter.drawStaticText

        def draw_text(painter, *args):
            self.seen.extend(a for a in args if isinstance(a, str))
            return original_text(painter, *args)

        def draw_static(painter, *args):
            self.seen.extend(a.text() for a in args if hasattr(a, "text"))
            return original_static(painter, *args)

        monkeypatch.setattr(QPainter, "drawText", draw_text)
        monkeypatch.setattr(QPainter, "drawStaticText", draw_static)

    def of(self, widget) -> str:
        self.seen.clear()
        widget.grab()
        labels = [label.text() for label in widget.findChildren(QLabel)]
        if isinstance(widget, QLabel):
            labels.append(widget.text())
        return "\n".join(self.seen + labels)


def answer_file_dialogs(tmp_path: Path, monkeypatch) -> Answers:
    """Settings and recovery copies in the test's folder; the file dialogs answered in turn."""
    QSettings.setPath(
        QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path / "settings")
    )
    monkeypatch.setenv(RECOVERY_DIR_ENV, str(tmp_path / "recovery"))
    answers = Answers()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", answers)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", answers)
    return answers


def new_window(qtbot) -> MainWindow:
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    qtbot.waitExposed(window)
    return window


def save_close_and_reopen(
    qtbot, window: MainWindow, answers: Answers, path: Path, reopen=new_window
) -> tuple[MainWindow, dict]:
    """File ▸ Save As ``path``, close the window, and File ▸ Open it in a new one (``reopen``
    makes it), which holds the workshop as saved. The new window, and the workshop saved
    (``dump``)."""
    answers.queue.append(path)
    action(window, "save_as").trigger()
    assert path.exists() and not window.isWindowModified()
    before = dump(window.doc.workshop)
    window.close()
    window = reopen(qtbot)
    answers.queue.append(path)
    action(window, "open").trigger()
    assert dump(window.doc.workshop) == before
    return window, before


def import_statements(
    qtbot,
    window: MainWindow,
    answers: Answers,
    tmp_path: Path,
    statements: str = STATEMENTS_CSV,
    cards: int = 24,
) -> str:
    """Collect, File → Import statements… (Ctrl+I) on ``statements``: ``cards`` cards in one
    undo step. Returns the import's report."""
    window.go_to_stage(Stage.COLLECT)
    source = tmp_path / "Mrs Okonkwo and friends - reviews.csv"  # a name in the file name too
    source.write_bytes(statements.encode("utf-8"))
    answers.queue.append(source)
    page = window.page(Stage.COLLECT)
    imports = [a for a in window.findChildren(QAction) if a.text() == "&Import statements…"]
    assert len(imports) == 1
    imports[0].trigger()
    dialog = page.import_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.stage in ("mapping", "confirm", "failed"), timeout=15_000)
    assert dialog.stage != "failed", dialog.failure.text()
    assert dialog.import_button.isEnabled(), dialog.mapping_step.problems_now()
    steps_before = window.undo.stack.count()
    dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.stage in ("report", "failed"), timeout=15_000)
    assert dialog.stage == "report", dialog.failure.text()
    report = dialog.report_text.toPlainText()
    assert f"{cards} cards added" in dialog.report_heading.text(), dialog.report_heading.text()
    assert window.undo.stack.count() == steps_before + 1  # the whole import is one step
    dialog.close_button.click()
    assert len(window.doc.workshop.cards) == cards
    return report
