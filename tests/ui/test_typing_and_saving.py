"""Saving and closing take what is still being typed on the Prepare page; a too-long entry is
explained; Save As never replaces a workshop unasked when it adds the ".wtfc" ending."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QMessageBox

from wtfc.model.storage import load_workshop, save_workshop
from wtfc.model.workshop import Stage, Workshop
from wtfc.ui.main_window import MainWindow


class Questions(list):
    """The questions the user was asked; each is answered with ``answer``."""

    answer = QMessageBox.StandardButton.Discard


@pytest.fixture
def asked(monkeypatch) -> Questions:
    questions = Questions()

    def question(parent, title, text, *args, **kwargs):
        questions.append(text)
        return questions.answer

    monkeypatch.setattr(QMessageBox, "question", question)
    return questions


@pytest.fixture
def window(qtbot, tmp_path, asked):
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path))
    w = MainWindow()
    qtbot.addWidget(w)
    path = tmp_path / "spring.wtfc"
    save_workshop(Workshop(title="Spring"), path)
    w.files.open_path(path, confirmed=True)
    w.go_to_stage(Stage.PREPARE)
    w.undo.stack.setClean()
    w.show()
    return w


def test_save_takes_the_words_still_being_typed(window):
    page = window.page(Stage.PREPARE)
    page.venue.setText("Town Hall")  # typed; the field has not been left
    assert window.files.save()
    assert load_workshop(window.files.path).workshop.venue == "Town Hall"
    assert window.undo.stack.isClean()


def test_closing_while_typing_asks_about_the_unsaved_words(window, asked):
    page = window.page(Stage.PREPARE)
    page.purpose.setPlainText("To hear what matters to older people in Northtown")
    asked.answer = QMessageBox.StandardButton.Cancel
    window.close()
    assert window.isVisible()  # Cancel keeps the window and the words
    assert any("not saved" in q for q in asked)
    assert window.doc.workshop.purpose.startswith("To hear what matters")


def test_a_too_long_entry_stops_at_the_limit_says_so_and_is_saved(window, monkeypatch):
    """A title pasted over the workshop's 300 characters was held by the box, refused only at
    Save, and missing from the recovery copy: the box now keeps what fits and says so."""
    from PySide6.QtWidgets import QApplication

    told = []
    monkeypatch.setattr(QMessageBox, "information",
                        lambda parent, title, text, *a, **k: told.append(text))
    page = window.page(Stage.PREPARE)
    page.title.setFocus()
    page.title.selectAll()
    QApplication.clipboard().setText("x" * 400)
    page.title.paste()
    assert page.title.text() == "x" * 300
    assert "at most 300 characters, so the rest was left out" in page.limits["title"].note.text()
    assert window.files.save() and told == []
    assert load_workshop(window.files.path).workshop.title == "x" * 300


@pytest.mark.parametrize("answer, replaced", [(QMessageBox.StandardButton.No, False),
                                              (QMessageBox.StandardButton.Yes, True)])
def test_save_as_asks_before_replacing_a_workshop_when_it_adds_the_ending(
        window, asked, monkeypatch, tmp_path: Path, answer, replaced):
    other = tmp_path / "autumn.wtfc"
    save_workshop(Workshop(title="Autumn"), other)
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(tmp_path / "autumn"), ""))  # no ".wtfc" typed
    asked.answer = answer
    assert window.files.save_as_dialog() is replaced
    assert any("'autumn.wtfc' already exists" in q for q in asked)
    assert load_workshop(other).workshop.title == ("Spring" if replaced else "Autumn")


def test_saving_over_a_file_changed_on_disk_asks_first(window, asked, tmp_path: Path):
    """A command-line import (or a colleague's save synced in) wrote the file after wtfc
    opened it, and the workshop here has a change of its own: Save asks, and Cancel leaves
    those changes on disk (with nothing changed here, tests/ui/test_changed_elsewhere.py)."""
    import os

    from wtfc.model.operations.cards import add_card
    from wtfc.model.workshop import Kind

    path = window.files.path
    window.undo.push(add_card(window.doc, kind=Kind.WORKING, text="Made here"))
    save_workshop(Workshop(title="Changed by an import"), path)
    os.utime(path, ns=(1, 1))  # a different time, whatever the file system's resolution
    asked.answer = QMessageBox.StandardButton.Cancel
    assert not window.files.save()
    assert any("'spring.wtfc' was changed at" in q for q in asked)
    assert load_workshop(path).workshop.title == "Changed by an import"
    asked.answer = QMessageBox.StandardButton.Save
    assert window.files.save()
    assert load_workshop(path).workshop.title == "Spring"
    assert load_workshop(Path(f"{path}.bak")).workshop.title == "Changed by an import"
    asked.clear()
    assert window.files.save()  # its own save is not a change on disk
    assert asked == []


def test_closing_with_a_too_long_entry_keeps_the_window_and_the_words(demo_window, monkeypatch):
    """A box that takes more than the workshop keeps (a priority's reason): closing explains,
    and keeps the window and the words (the Prepare page's boxes stop at the limit)."""
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: ("", ""))
    demo_window.go_to_stage(Stage.UNDERSTAND)
    board = demo_window.page(Stage.UNDERSTAND).priorities
    board.select_theme(demo_window.doc.workshop.themes[0].id)
    board.reason.setFocus()
    board.reason.setText("x" * 6000)  # pasted: far longer than a reason is kept
    demo_window.close()
    assert "at most" in board.notice.text() and demo_window.isVisible()
    assert board.reason.text() == "x" * 6000
    assert not demo_window.files.save()  # nor does Save pretend it saved them


def test_the_changed_on_disk_question_comes_whatever_the_path_looks_like(
        qtbot, tmp_path: Path, asked, monkeypatch):
    """Opened as 'spring.wtfc' from its folder, saved as '/…/spring.wtfc' from a dialog."""
    import os

    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path))
    save_workshop(Workshop(title="Spring"), tmp_path / "spring.wtfc")
    monkeypatch.chdir(tmp_path)
    w = MainWindow()
    qtbot.addWidget(w)
    w.files.open_path(Path("spring.wtfc"), confirmed=True)
    from wtfc.model.operations.cards import add_card
    from wtfc.model.workshop import Kind
    w.undo.push(add_card(w.doc, kind=Kind.WORKING, text="Made here"))
    save_workshop(Workshop(title="Changed by an import"), tmp_path / "spring.wtfc")
    os.utime(tmp_path / "spring.wtfc", ns=(1, 1))
    asked.answer = QMessageBox.StandardButton.Cancel
    assert not w.files.save_to(tmp_path / "spring.wtfc")
    assert any("'spring.wtfc' was changed at" in q for q in asked)
