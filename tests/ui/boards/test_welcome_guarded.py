"""The room's Welcome draws the words typed on Prepare as the other room views draw typed words:
a possible personal detail in the purpose, the scope, the agreements or the venue is shown as
its kind ("[name]", "[phone]"), names pasted to watch for among them (review 37 R2). The title,
flagged, was already left out whole; the purpose under it went up with an NHS number."""

from __future__ import annotations

import datetime as dt

from wtfc.model.document import Document
from wtfc.model.workshop import Workshop
from wtfc.ui.boards.welcome_room import WelcomeRoomView, headings, welcome_pages

WS = dict(title="Spring reviews", date=dt.date(2026, 12, 2),
          venue="Flat 3, 14 Mill Lane, Riverside RV2 7QT",
          purpose="After Margaret Ellsworth's fall (NHS 943 476 5919) we look at home care.",
          scope="Reviews from Jan Morris (07700 900123) and 15 others.",
          agreements="Ring Dave on 07700 900456 if you need the lift.")
NAMES = ("Margaret Ellsworth", "Jan Morris", "Dave Smith")


def _words(ws: Workshop, names=NAMES) -> str:
    pages = welcome_pages(ws, 1920, 1080, "Spring reviews", names)
    return " ".join(b.text for page in pages for column in page for b in column)


def test_the_welcome_draws_a_detail_typed_on_prepare_as_its_kind(qapp):
    words = _words(Workshop(**WS))
    for detail in ("Ellsworth", "943 476 5919", "Jan Morris", "07700", "Dave"):
        assert detail not in words
    assert "[name]" in words and "[phone]" in words and "[NHS number]" in words


def test_the_venue_under_the_title_is_drawn_as_its_kind(qapp):
    (_title, day), _later = headings(Workshop(**WS), 1920, "Spring reviews", NAMES)
    assert "Mill Lane" not in day and "RV2" not in day and "[postcode]" in day


def test_everyday_words_go_up_as_typed(qapp):
    ws = Workshop(title="Spring", purpose="Agree what most needs to change in home care.",
                  venue="Riverside Community Hall")
    assert "Agree what most needs to change in home care." in _words(ws, ())
    assert headings(ws, 1920, "Spring")[0][1].endswith("Riverside Community Hall")


def test_a_name_pasted_with_the_welcome_up_is_hidden_at_once(qtbot):
    doc = Document(Workshop(**{**WS, "purpose": "Ask Okafor about the minibus."}))
    view = WelcomeRoomView(doc)
    qtbot.addWidget(view)
    view.resize(1920, 1080)
    view.show()
    assert "Okafor" in str(view._pages)
    doc.names_to_watch = ("Okafor",)
    doc.events.names_changed.emit()
    assert "Okafor" not in str(view._pages)
