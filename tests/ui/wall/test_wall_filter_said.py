"""F5…F8 (show one kind) change the whole wall: said, and kept in the wall's description.
The toolbar's buttons are read by name without the mnemonic's "&" ("and Fit all")."""

from __future__ import annotations

from PySide6.QtWidgets import QToolButton

from wtfc.ui.boards import common


def test_showing_one_kind_is_said_and_described(panel, monkeypatch):
    said: list[str] = []
    monkeypatch.setattr(common, "announce", lambda _w, text, **_: said.append(text))
    panel.view.spoken.set_idle("3 cards are not in a theme yet.")
    panel.wall_actions.filter_actions["not_working"].trigger()  # F7
    assert said == ["Showing not working cards only: F5 shows all."]
    assert panel.view.accessibleDescription().startswith(
        "3 cards are not in a theme yet. Showing not working cards only: F5 shows all.")
    panel.wall_actions.filter_actions["all"].trigger()  # F5
    assert said[-1] == "Showing all cards."
    assert "Showing" not in panel.view.accessibleDescription()


def test_the_toolbar_buttons_are_named_without_the_ampersand(panel):
    names = [b.accessibleName() for b in panel.toolbar.findChildren(QToolButton)]
    assert "Fit all" in names
    assert not [n for n in names if "&" in n]
