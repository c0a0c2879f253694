"""Where a held-back card's words and the names pasted in go during a session: settings,
recovery copies, the saved file and its earlier versions, and theme suggestions."""

from __future__ import annotations

import pytest

from wtfc.model.storage import backup_path, load_workshop, save_workshop
from wtfc.model.workshop import Card, Kind, PersonalDetail, Stage, Workshop

WATCHED = "Zebedee Quarmby"  # pasted in "Names to watch for"; on no card


@pytest.fixture
def saver(window, tmp_path):
    """The recovery snapshots the app takes (run_app sets one up; the fixture window has none)."""
    from wtfc.ui.autosave import Autosaver

    autosaver = Autosaver(window, tmp_path / "recovery", delay_ms=60_000)
    window.files.autosaver = autosaver
    yield autosaver
    autosaver.wait()


def every_file_text(folder) -> str:
    return "\n".join(p.read_bytes().decode("utf-8", "replace")
                     for p in folder.rglob("*") if p.is_file())


def test_names_pasted_in_are_never_written_anywhere(window, saver, tmp_path):
    window.files.open_demo()
    collect = window.page(Stage.COLLECT)
    collect.names_box.setPlainText(f"Kwabena\n{WATCHED}")
    collect.watch_names.check_all_again()
    card = next(c for c in window.doc.workshop.cards if not c.held_back)
    assert window.page(Stage.THEME).gestures.edit_text(card.id, "I see Kwabena every week")
    saver.snapshot_now()
    saver.wait()
    assert window.files.save_to(tmp_path / "saved.wtfc")
    window.page(Stage.THEME).gestures.edit_text(card.id, "I see Kwabena each week")
    assert window.files.save_to(tmp_path / "saved.wtfc")  # and a .bak
    saver.snapshot_now()
    saver.wait()
    window.close()
    assert "Quarmby" not in every_file_text(tmp_path)


def test_after_redact_and_save_the_file_no_longer_holds_the_words(window, saver, tmp_path):
    """The saved file is clean. Its earlier version (.bak) keeps the words on purpose (File →
    Go back to an earlier version), and that save says so, with where to delete them."""
    ws = Workshop(title="t", cards=[Card(
        id="c1", kind=Kind.WORKING, text=f"{WATCHED} visits me",
        personal_details=[PersonalDetail(start=0, end=len(WATCHED), category="name",
                                         text=WATCHED)])])
    path = tmp_path / "w.wtfc"
    save_workshop(ws, path, backup=False)
    assert window.files.open_path(path)
    collect = window.page(Stage.COLLECT)
    collect.select_cards(["c1"])
    collect.redact_selected()
    assert window.doc.card("c1").text == "[name] visits me"
    saver.snapshot_now()
    saver.wait()
    assert "Quarmby" not in every_file_text(tmp_path / "recovery")
    assert window.files.save()
    assert "Quarmby" not in path.read_text(encoding="utf-8")
    assert load_workshop(path).workshop.cards[0].text == "[name] visits me"
    assert "Quarmby" in backup_path(path, 1).read_text(encoding="utf-8")  # kept on purpose
    assert window.statusBar().currentMessage() == (  # and said where the facilitator looks
        "Saved. Its earlier version 'w.wtfc.bak' still holds words taken off that may name "
        "someone. To delete earlier versions: File → Go back to an earlier version → Remove "
        "earlier versions…")
    window.undo.stack.undo()  # and in memory, for undo
    assert WATCHED in window.doc.card("c1").text


def test_a_suggestion_does_not_name_a_theme_after_a_card_held_back_since(window, qtbot,
                                                                          tmp_path):
    texts = ["I am lonely in the evenings since Kwabena moved away", "Lonely at night on my own",
             "Nobody visits me and I am lonely", "The bus to town was stopped",
             "There is no bus on Sundays any more", "I cannot get a bus to the shops"]
    ws = Workshop(title="t", cards=[Card(id=f"u{i}", kind=Kind.NOT_WORKING, text=t)
                                    for i, t in enumerate(texts)])
    path = tmp_path / "w.wtfc"
    save_workshop(ws, path, backup=False)
    assert window.files.open_path(path)
    wall = window.page(Stage.THEME)
    task = wall.suggestions.suggest(Kind.NOT_WORKING)
    with qtbot.waitSignal(task.finished, timeout=10_000):
        pass
    page = wall.suggestions.themes_page
    row = next(i for i, s in enumerate(page.shown) if "Kwabena" in s.name)
    page.list.setCurrentRow(row)
    # the facilitator pastes the name and checks again: the quoted card is held back now
    collect = window.page(Stage.COLLECT)
    collect.names_box.setPlainText("Kwabena")
    collect.watch_names.check_all_again()
    assert window.doc.card("u0").held_back
    page.accept_current()
    assert all("Kwabena" not in t.name for t in window.doc.workshop.themes)
