# ruff: noqa: F811  (pytest fixtures imported from window_fixtures are parameters here)
"""The ⚠ personal-detail line is said to a screen reader when it is on screen, once a detail.

A workshop opening on Collect had the Details page's line said (its Venue held a phone): about
a field on a page not shown, and then nothing when that page came up. A dialog opening with a
detail in it said nothing unless a key was typed (Tabbing through says none). And a kind that
went for one key and came back (an address typed key by key) was said again whole."""

from __future__ import annotations

from PySide6.QtCore import Qt
from settled import settle
from test_detail_hint_reader import _form
from window_fixtures import isolated_settings, shown_window  # noqa: F401

from tests.ui.boards.board_workshops import TODAY, sample_workshop
from tests.ui.test_detail_hint_room import NAMES
from wtfc.model.document import Document
from wtfc.model.storage import save_workshop
from wtfc.model.workshop import Card, Kind, Stage, Workshop
from wtfc.ui.boards.action_dialog import ActionDialog


def _heard(monkeypatch) -> list[str]:
    heard: list[str] = []
    monkeypatch.setattr("wtfc.ui.announce.announce", lambda _w, text, **_: heard.append(text))
    return heard


def test_a_page_not_on_screen_says_it_when_shown(shown_window, qtbot, tmp_path, monkeypatch):
    heard = _heard(monkeypatch)
    path = tmp_path / "spring.wtfc"
    save_workshop(Workshop(title="Spring workshop", venue="Ring Hope on 07700 900123",
                           stage=Stage.COLLECT,
                           cards=[Card(id="c1", kind=Kind.WORKING, text="My carer is kind")]),
                  path)
    shown_window.files.open_path(path)
    settle()
    assert heard == []  # on Collect: the Details page's line is not on screen
    shown_window.go_to_stage(Stage.PREPARE)
    settle()
    details = shown_window.page(Stage.PREPARE)
    assert details.detail_hint.isVisible()
    assert len(heard) == 1 and "“Venue”: “Ring [name] on [phone]”" in heard[0]
    details.venue.setFocus()
    details.venue.end(False)
    qtbot.keyClicks(details.venue, " today")  # typed on: the same detail, not said again
    settle()
    assert len(heard) == 1
    shown_window.go_to_stage(Stage.COLLECT)
    shown_window.go_to_stage(Stage.PREPARE)  # back to the page: nothing new
    settle()
    assert len(heard) == 1


def test_a_dialog_opened_with_a_detail_says_it_once(qtbot, monkeypatch):
    heard = _heard(monkeypatch)
    doc = Document(sample_workshop())
    doc.names_to_watch = NAMES
    action = doc.workshop.actions[1]
    action.owner = "Team lead, 07700 900123"
    dialog = ActionDialog(doc, action=action, today=TODAY)
    qtbot.addWidget(dialog)
    assert heard == []  # not yet on screen
    dialog.show()
    qtbot.waitExposed(dialog)
    settle()
    assert len(heard) == 1 and "“Owner”: “Team lead, [phone]”" in heard[0]
    for _ in range(6):  # Tabbing through the fields to check them
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
        settle()
    assert len(heard) == 1


def test_a_kind_that_flickers_while_typed_is_said_once(qtbot, monkeypatch):
    heard = _heard(monkeypatch)
    _dialog, what, _owner, _hint = _form(qtbot)
    # (not "Leeds": since Lee is a listed name, "…Lee" is a name for one key as "Leeds" is typed)
    for ch in "Write to 14 Acacia Avenue, York YO1 7HH about NHS 943 476 5919":
        qtbot.keyClicks(what, ch)  # "…Ave" an address, "…Aven" none, "…Avenue" again
    assert [next(k for k in ("[NHS number]", "[postcode]", "[address]") if k in h)
            for h in heard] == ["[address]", "[postcode]", "[NHS number]"]


def test_other_words_where_the_detail_was_are_said_again(qtbot, monkeypatch):
    heard = _heard(monkeypatch)
    _dialog, what, _owner, hint = _form(qtbot)
    qtbot.keyClicks(what, "Ask Winifred Okafor")
    assert len(heard) == 1
    for _ in "Winifred Okafor":
        qtbot.keyClick(what, Qt.Key.Key_Backspace)
    assert hint.isHidden()
    qtbot.keyClicks(what, "the carer or Winifred Okafor")  # a name again, in other words
    assert len(heard) == 2 and "“Ask the carer or [name]”" in heard[1]
