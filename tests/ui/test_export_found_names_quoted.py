"""A name the guard held back by itself ("My carer June…") in a theme's name the check lists
("Trips out in June"): every question File → Export asks quotes that theme's name as
"Trips out in [name]", the unreadable-writing warning, last time's themes and the "Words from
last time's workshop" advice as the personal-detail question does; "by June" elsewhere stays
as typed (code review A14 #1, the other questions; F30 session 28)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QMessageBox, QWidget

from wtfc.model.document import Document
from wtfc.model.storage import save_workshop
from wtfc.model.workshop import Action, Card, Kind, Role, Theme, Workshop
from wtfc.ui.export_actions import ExportController

NW = Kind.NOT_WORKING
SCOPE = "Trips out in June, with reviews by June"


def _exports(qtbot, show, tmp_path, monkeypatch, name="Trips out in June"):
    """This time's theme "Trips out in June" with a comment in Korean; last time's, gone now,
    with an action whose owner's phone is in it; both scopes the same words."""
    from wtfc.ui.boards.review import ReviewBoard
    from wtfc.ui.cards_page import CardsPage
    from wtfc.ui.undo import UndoAdapter

    trips = Theme(id="t1", name=name, kind=NW, card_ids=["c1"],
                  comments=["We will raise it in June 안녕하세요"])
    this = Workshop(title="Autumn", date=dt.date(2026, 11, 1), scope=SCOPE, themes=[trips],
                    cards=[Card(id="c0", kind=NW, text="My carer June is lovely"),
                           Card(id="c1", kind=NW, text="We never go out")])
    gone = Theme(id="old", name="Trips out in June too", kind=NW)
    last = Workshop(title="Spring", date=dt.date(2026, 5, 1), scope=SCOPE, themes=[gone],
                    actions=[Action(theme_id="old", role=Role.COMMISSIONERS,
                                    what="Ring 07700 900123 by June")])
    save_workshop(last, tmp_path / "spring.wtfc")
    doc = Document(this)
    undo = UndoAdapter(doc)
    page = show(CardsPage(doc, undo), 1500, 720)
    page.watch_names.check_button.click()  # the guard holds June back; the check lists trips
    assert len(page.watch_names.theme_names.buttons) == 1
    parent = QWidget()
    qtbot.addWidget(parent)
    assert ReviewBoard(doc, undo, parent).load_previous(tmp_path / "spring.wtfc")
    asked: dict[str, str] = {}

    def question(_parent, title, text, *args):
        asked[title] = text
        # the last question, the advice, is cancelled: nothing is written
        return QMessageBox.StandardButton.Cancel if title.startswith("Words ") else \
            QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    return ExportController(doc, parent), asked


def test_every_export_question_hides_the_name_in_the_listed_themes_name(
        qtbot, show, tmp_path, monkeypatch):
    exports, asked = _exports(qtbot, show, tmp_path, monkeypatch)
    assert exports.export("report", tmp_path / "r.pdf") is None  # Cancel on the advice
    text = "\n".join(asked.values())
    assert "Trips out in June" not in text  # the themes' names never whole, in any question
    details = asked["Possible personal details in the export"]
    assert "Last time's theme “Trips out in [name] too”" in details
    assert "Last time's action in the theme “Trips out in [name] too”: “Ring [phone]" in details
    writing = asked["Some words cannot be shown in the PDF"]
    assert "A comment on the theme “Trips out in [name]”: “We will raise it in June" in writing
    assert "(“Trips out in [name], with reviews by June”)" in asked[
        "Words from last time's workshop"]  # "by June" is no theme's name: as typed


def test_the_feedback_sheets_plain_words_advice_hides_it_too(qtbot, show, tmp_path, monkeypatch):
    """"Words an older reader may not know" quotes a theme's name: "Pilot trips out in [name]"."""
    exports, asked = _exports(qtbot, show, tmp_path, monkeypatch,
                              name="Pilot trips out in June")
    assert exports.export("feedback", tmp_path / "f.pdf") is None  # Cancel on the advice
    advice = asked["Words an older reader may not know"]
    assert "“Pilot trips out in [name]”" in advice and "June" not in advice
