"""A theme's name holding a name the check holds back, when the guard knows it only by its
context ("My carer Bill…") or it is a common word pasted to watch for ("May", "Rose"): the
Rename dialog starts without it, History stops quoting it, and exports ask about it before
writing (code review A11 #1-#4)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from tests.ui.export_asked import asked_on_cancel
from tests.ui.renders import save_render
from wtfc.model.document import Document
from wtfc.model.operations.cards import redact_card
from wtfc.model.operations.themes import create_theme
from wtfc.model.workshop import Card, Kind, Workshop
from wtfc.ui.cards_page import CardsPage
from wtfc.ui.undo import UndoAdapter
from wtfc.ui.wall.theme_name_dialog import ThemeNameDialog

NW = Kind.NOT_WORKING
TEXTS = ["My carer Bill is lovely and always on time",  # the guard holds Bill back by itself
         "I cannot pay the gas bill this winter",
         "Thank you {p}, she makes me laugh",
         "My carer Eirlys never rushes me"]


def workshop(pasted: str = "Rose") -> Document:
    return Document(Workshop(title="names", cards=[
        Card(id=f"c{i}", kind=NW, text=t.format(p=pasted)) for i, t in enumerate(TEXTS)]))


def check(page, pasted: str = "") -> None:
    page.watch_names.names_box.setPlainText(pasted)
    page.watch_names.check_button.click()


def dialog_starts_with(listed, theme_id: str, shot: str) -> str:
    """Press Rename as the facilitator does: what the real dialog's name box starts with."""
    seen: list[str] = []

    def read() -> None:
        dialog = next((w for w in QApplication.topLevelWidgets()
                       if isinstance(w, ThemeNameDialog) and w.isVisible()), None)
        if dialog is None:
            QTimer.singleShot(20, read)
            return
        seen.append(dialog.name.text())
        save_render(dialog, shot)
        dialog.reject()

    QTimer.singleShot(50, read)
    listed.rename(theme_id)
    return seen[0]


@pytest.mark.parametrize("name,pasted,start", [
    ("My carer Bill is great", "", "My carer [name] is great"),
    ("Thank you Rose", "Rose", "Thank you [name]"),
    ("Thank you May", "May", "Thank you [name]"),
    ("May is always kind", "May", "[name] is always kind")])  # code review A14 #2
def test_the_rename_dialog_starts_without_the_name(qtbot, show, name, pasted, start):
    doc = workshop(pasted or "Rose")
    undo = UndoAdapter(doc)
    undo.push(create_theme(doc, name=name, kind=NW, card_ids=["c1"]))
    page = show(CardsPage(doc, undo), 1500, 720)
    check(page, pasted)
    listed = page.watch_names.theme_names
    assert listed is not None and len(listed.buttons) == 1  # "May" pasted is listed too
    shot = f"rename_{name.split()[-1] if pasted else 'bill'}"
    assert dialog_starts_with(listed, doc.workshop.themes[0].id, shot) == start
    assert [t.name for t in doc.workshop.themes] == [name]  # cancelled: nothing renamed


def test_history_no_longer_quotes_a_listed_name(qtbot, show):
    """Made before the check, "Create theme 'I miss Gwenllian's visits'" is said as
    "…'I miss [name]'s visits'…" once the check watches Gwenllian; a step made since too.
    Ctrl+Z still undoes the same step."""
    doc = Document(Workshop(title="n", cards=[
        Card(id="g0", kind=NW, text="I love it when Gwenllian comes, she makes me laugh"),
        Card(id="g1", kind=NW, text="Gwenllian takes me out shopping on Fridays"),
        Card(id="g2", kind=NW, text="I cannot pay the gas bill this winter")]))
    undo = UndoAdapter(doc)
    undo.push(create_theme(doc, name="I miss Gwenllian's visits", kind=NW, card_ids=["g0"]))
    page = show(CardsPage(doc, undo), 1500, 720)
    check(page, "Gwenllian")
    undo.push(create_theme(doc, name="Gwenllian is kind", kind=NW, card_ids=["g2"]))
    for card_id in ("g0", "g1"):
        undo.push(redact_card(doc, card_id=card_id))
    listed = page.watch_names.theme_names
    assert listed.rename(doc.workshop.themes[0].id, ask=lambda _text: "I miss my visits")
    labels = [undo.stack.text(i) for i in range(undo.stack.count())]
    assert "gwenllian" not in "\n".join(labels).lower(), labels
    assert labels[0] == "Create theme 'I miss [name]'s visits' from 1 card"
    names = lambda: [t.name for t in doc.workshop.themes]  # noqa: E731
    while undo.stack.canUndo():
        undo.stack.undo()
    assert names() == []
    undo.stack.redo()
    assert names() == ["I miss Gwenllian's visits"]
    assert "gwenllian" not in undo.stack.undoText().lower()


def test_exports_ask_about_every_listed_theme(qtbot, show, tmp_path, monkeypatch):
    """Nothing pasted: the guard holds back Eirlys and Bill itself. "Thank you Eirlys" is
    asked about before the report or the data workbook is written, as the check lists it;
    "I can't pay the gas bill" is not."""

    doc = workshop()
    undo = UndoAdapter(doc)
    for name in ("Thank you Eirlys", "My carer Bill is great", "I can't pay the gas bill"):
        undo.push(create_theme(doc, name=name, kind=NW, card_ids=[]))
    page = show(CardsPage(doc, undo), 1500, 720)
    check(page)
    assert len(page.watch_names.theme_names.buttons) == 2
    asked = asked_on_cancel(doc, qtbot, monkeypatch, tmp_path,
                            (("report", "r.pdf"), ("data", "d.xlsx")))
    assert len(asked) == 2
    for text in asked:
        assert "The theme “Thank you [name]”" in text
        assert "The theme “My carer [name] is great”" in text
        assert "gas bill" not in text and "Eirlys" not in text


def test_a_name_held_back_is_asked_about_in_theme_names_only(qtbot, show, tmp_path, monkeypatch):
    """"My carer June…" held back by the guard, "Trips out in June" listed: exports ask about
    that theme, not about an action's "by June" or a comment's "in June" (code review A14 #1)."""
    from wtfc.model.workshop import Action, Role

    doc = Document(Workshop(title="n", cards=[Card(id="c0", kind=NW,
                                                   text="My carer June is lovely")]))
    undo = UndoAdapter(doc)
    for name in ("Trips out in June", "We will get help", "Keep the faith"):
        undo.push(create_theme(doc, name=name, kind=NW, card_ids=[]))
    page = show(CardsPage(doc, undo), 1500, 720)
    check(page)
    assert len(page.watch_names.theme_names.buttons) == 1
    themes = doc.workshop.themes
    doc.workshop.actions.append(Action(theme_id=themes[1].id, role=Role.COMMISSIONERS,
                                       what="Reviews will be done by June",
                                       first_step="Ask who will lead"))
    themes[2].comments.append("We will raise it in June")
    asked = asked_on_cancel(doc, qtbot, monkeypatch, tmp_path,
                            (("report", "r.pdf"), ("data", "d.xlsx"), ("feedback", "f.pdf")))
    assert len(asked) == 3
    for text in asked:
        assert text.count("• ") == 1 and "The theme “Trips out in [name]”" in text


def test_history_hides_a_name_where_the_check_lists_the_theme_only(qtbot, show):
    """History says a theme's name as the wall and the check do: "Create theme 'Bill is
    great'" while the check does not list it (no Rename, no export question), "'My carer
    [name] is great'" where it does (code review A14 #3)."""
    doc = workshop()
    undo = UndoAdapter(doc)
    names = ["Bill is great", "My carer Bill is great", "It's Eirlys's turn", "The gas bill"]
    for name in names:
        undo.push(create_theme(doc, name=name, kind=NW, card_ids=[]))
    page = show(CardsPage(doc, undo), 1500, 720)
    check(page)
    listed = {t.name for t in page.watch_names.theme_names.themes()}
    assert listed == {"My carer Bill is great", "It's Eirlys's turn"}
    labels = [undo.stack.text(i) for i in range(len(names))]
    # Eirlys is a listed given name since review 35 R2: its "'s" goes with it, as Mary's does
    assert labels == ["Create theme 'Bill is great'", "Create theme 'My carer [name] is great'",
                      "Create theme 'It's [name] turn'", "Create theme 'The gas bill'"]
