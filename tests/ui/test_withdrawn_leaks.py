# ruff: noqa: F811  (pytest fixtures imported from window_fixtures are parameters here)
"""What is left of a person who withdrew after Remove this person… (review A4, session 30):
closing wtfc answering Save asks about the earlier versions that still hold them (S1); a person
with no cards gets the save's note too (R2); Collect's person filter on their code is put away
(R4); and once the earlier versions are removed the foot stops saying they hold the person
(R5)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QLabel, QLineEdit, QMessageBox
from test_remove_earlier_versions import Asked
from window_fixtures import make_window, recovery_folder  # noqa: F401

from tests.ui.settled import until
from wtfc.model.operations.withdraw import remove_person
from wtfc.model.storage import save_workshop
from wtfc.model.workshop import Card, Kind, Person, Stage, Workshop
from wtfc.ui import remove_earlier_versions as rev
from wtfc.ui import remove_person as rp
from wtfc.ui.people_table import Column


def _spring(folder: Path, *, cards: bool = True) -> Path:
    """spring.wtfc saved twice (so .bak beside it), P05 with two cards (or none)."""
    path = folder / "spring.wtfc"
    mine = [Card(id="c1", kind=Kind.NOT_WORKING, text="the carers are always rushed",
                 person="P05"),
            Card(id="c2", kind=Kind.WORKING, text="I like the lunch club", person="P05")]
    p05 = Person(id="P05", voice="family_carer", locality="Riverside")
    other = Card(id="d1", kind=Kind.WORKING, text="the bus is on time", person="P01")
    workshop = Workshop(title="Spring", people=[Person(id="P01"), p05],
                        cards=[*(mine if cards else []), other])
    save_workshop(workshop, path, backup=False)
    save_workshop(workshop, path)
    return path


def _holding(folder: Path) -> list[str]:
    """The files that still hold P05's cards or tags (their bare code may stay: R3)."""
    return sorted(p.name for p in folder.iterdir() if p.is_file() and any(
        said in p.read_bytes() for said in (b"lunch club", b"always rushed", b"Riverside")))


def _close_saving(window, monkeypatch) -> None:
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Save)
    assert window.close()


def _removed_then_closed_saving(make_window, tmp_path, monkeypatch, answer: str) -> Asked:
    """P05 removed from spring.wtfc, then wtfc closed answering Save; ``answer`` to the
    question about the earlier versions."""
    window = make_window(autosave=False)
    assert window.files.open_path(_spring(tmp_path))
    window.undo.push(remove_person(window.doc, code="P05"))
    asked = Asked(monkeypatch, tmp_path / "pictures")
    asked.folder.mkdir()
    asked.answers = [answer]
    _close_saving(window, monkeypatch)
    return asked


def test_closing_with_save_after_a_removal_asks_about_the_earlier_versions(
        make_window, tmp_path, monkeypatch):
    asked = _removed_then_closed_saving(make_window, tmp_path, monkeypatch, "cancel")
    assert len(asked.said) == 1
    assert "'spring.wtfc.bak'" in asked.said[0] and "'spring.wtfc.bak2'" in asked.said[0]
    assert asked.defaults == ["Cancel"]  # deleting files is never the default
    assert _holding(tmp_path) == ["spring.wtfc.bak", "spring.wtfc.bak2"]  # Cancel keeps them


def test_answering_remove_at_close_leaves_no_file_holding_the_person(
        make_window, tmp_path, monkeypatch):
    _removed_then_closed_saving(make_window, tmp_path, monkeypatch, "remove")
    assert _holding(tmp_path) == []


def test_removing_a_person_with_no_cards_says_the_earlier_version_holds_them(
        make_window, tmp_path):
    path = _spring(tmp_path, cards=False)
    window = make_window(autosave=False)
    assert window.files.open_path(path)
    window.undo.push(remove_person(window.doc, code="P05"))
    assert window.files.save()
    assert "'spring.wtfc.bak' still holds" in window.statusBar().currentMessage()
    assert rev.REMOVE in window.statusBar().currentMessage()
    assert "Riverside" in (tmp_path / "spring.wtfc.bak").read_text(encoding="utf-8")


def _remove_from_people(window, monkeypatch):
    page = window.page(Stage.COLLECT)
    page.open_people()
    dialog = page.people_dialog
    dialog.table.setCurrentIndex(dialog.model.index(dialog.model.row_of("P05"), Column.CODE))
    monkeypatch.setattr(rp, "ask", lambda *_: True)
    return page, dialog


def test_the_person_filter_closes_when_their_code_is_removed(make_window, tmp_path,
                                                            monkeypatch, qtbot):
    window = make_window(autosave=False)
    assert window.files.open_path(_spring(tmp_path))
    window.go_to_stage(Stage.COLLECT)
    page, dialog = _remove_from_people(window, monkeypatch)
    dialog.person_button.click()  # Show this person's cards
    until(qtbot, lambda: page.proxy.rowCount() == 2)
    page.open_people()
    page, dialog = _remove_from_people(window, monkeypatch)
    assert dialog.remove_person()
    dialog.close()
    until(qtbot, lambda: page.proxy.rowCount() == 1)  # every card left, P01's
    assert not page.person_tags.parts[0].isVisible()
    said = [w.text() for w in page.findChildren(QLabel) + page.findChildren(QLineEdit)
            if w.isVisible()]
    assert not [text for text in said if "P05" in text]


def test_the_foot_stops_naming_earlier_versions_once_they_are_removed(
        make_window, tmp_path, monkeypatch, qtbot):
    window = make_window(autosave=False)
    assert window.files.open_path(_spring(tmp_path))
    window.go_to_stage(Stage.COLLECT)
    _page, dialog = _remove_from_people(window, monkeypatch)
    assert dialog.remove_person()
    dialog.close()
    assert "earlier versions" in window.statusBar().currentMessage()
    asked = Asked(monkeypatch, tmp_path / "pictures")
    asked.folder.mkdir()
    asked.answers = ["save_then_remove"]
    monkeypatch.setattr(rev, "SAID_FOR_MS", 30)
    assert rev.remove_earlier_versions(window)
    assert window.statusBar().currentMessage().startswith("Removed")
    until(qtbot, lambda: not window.statusBar().currentMessage().startswith("Removed"))
    assert "earlier versions" not in window.statusBar().currentMessage()
    assert _holding(tmp_path) == []
