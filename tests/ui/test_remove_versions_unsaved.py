"""File → Go back to an earlier version → Remove earlier versions… while the deletion of a
person's cards is not saved yet: the file itself still held their cards, and the next Save kept
it as a fresh '.bak' (review R6 S4). The question says so and offers Save, then delete, which
leaves no file in the folder holding the cards' words."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from wtfc.model.operations.cards import delete_cards
from wtfc.model.operations.themes import add_theme_comment
from wtfc.ui import remove_earlier_versions as rev


@pytest.fixture
def withdrawn(demo_window, tmp_path):
    """The demo saved twice in its own folder (so one version is kept), then P05's cards
    deleted and not saved. Returns (window, folder, the deleted cards' words)."""
    window = demo_window
    folder = tmp_path / "workshop"
    folder.mkdir()
    assert window.files.save_to(folder / "spring.wtfc")
    theme = window.doc.workshop.themes[0]
    window.undo.push(add_theme_comment(window.doc, theme_id=theme.id, comment="seen"))
    assert window.files.save()
    cards = [c for c in window.doc.workshop.cards if c.person == "P05"]
    window.undo.push(delete_cards(window.doc, card_ids=[c.id for c in cards]))
    assert cards and window.isWindowModified()
    return window, folder, [c.text.encode() for c in cards]


def _answer(monkeypatch, button: str | None) -> list[QMessageBox]:
    """The question is answered with the button of that name (None: Cancel, its default)."""
    asked: list[QMessageBox] = []

    def exec_(box) -> int:
        asked.append(box)
        chosen = box.defaultButton() if button is None else next(
            b for b in box.buttons() if b.objectName() == button)
        chosen.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    return asked


def _holding(folder, words: list[bytes]) -> list[str]:
    return sorted(f.name for f in folder.iterdir()
                  if f.is_file() and any(w in f.read_bytes() for w in words))


def test_save_then_delete_leaves_no_file_holding_the_deleted_cards(withdrawn, monkeypatch):
    window, folder, words = withdrawn
    assert _holding(folder, words) == ["spring.wtfc", "spring.wtfc.bak"]
    asked = _answer(monkeypatch, "save_then_remove")
    assert rev.remove_earlier_versions(window)
    said = asked[0].informativeText()
    assert "Your changes are not saved in 'spring.wtfc' yet" in said
    assert "The next save keeps the version it replaces again, with those words" in said
    assert asked[0].defaultButton().text() == "Cancel"  # a slip of Enter deletes nothing
    assert not window.isWindowModified()
    assert _holding(folder, words) == []
    assert not list(folder.glob("spring.wtfc.bak*"))
    assert "Removed" in window.statusBar().currentMessage()


def test_cancel_saves_and_deletes_nothing(withdrawn, monkeypatch):
    window, folder, words = withdrawn
    _answer(monkeypatch, None)
    assert not rev.remove_earlier_versions(window)
    assert window.isWindowModified()
    assert _holding(folder, words) == ["spring.wtfc", "spring.wtfc.bak"]


def test_delete_alone_says_the_next_save_keeps_a_version_again(withdrawn, monkeypatch):
    window, folder, words = withdrawn
    _answer(monkeypatch, "remove")
    assert rev.remove_earlier_versions(window)
    assert _holding(folder, words) == ["spring.wtfc"]
    assert "the next save keeps the version it replaces again" in \
        window.statusBar().currentMessage()


def test_with_nothing_unsaved_only_delete_is_offered(withdrawn, monkeypatch):
    window, _folder, _ = withdrawn
    assert window.files.save()
    asked = _answer(monkeypatch, None)
    rev.remove_earlier_versions(window)
    names = [b.objectName() for b in asked[0].buttons()]
    assert "save_then_remove" not in names and "remove" in names
    assert "itself is not changed" in asked[0].informativeText()
