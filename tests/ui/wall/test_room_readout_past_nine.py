"""The room's read-out list shows themes past the ninth: a county workshop has 13-14 themes of
a kind, and the list stopped at "9." and "and 4 more" even at 1920x1080 with room under it,
the room asked "which does this card go with?" without a third of the answers (review 37 R1
F4). Past the ninth a theme is listed with a bullet, no number (Alt+1…9 number the first nine),
in the list's columns at its size; "and N more" only for those that still do not fit."""

from __future__ import annotations

import os

import pytest
from PySide6.QtCore import QSize, Qt

from wtfc.model.document import Document
from wtfc.model.workshop import Card, Kind, Person, Theme, Workshop
from wtfc.ui.wall.room_readout import RoomReadOut, list_px

SHOTS = os.environ.get("WTFC_TEST_RENDERS")  # a folder: keep the pictures to look at

WORKING = ["I have a regular carer who knows me",
           "I enjoy the lunch club and seeing friends there",
           "Community transport gets me where I need to go",
           "My GP surgery listens and acts quickly",
           "I feel safe in my own home with the alarm pendant",
           "The day centre staff treat me as a person, not a task",
           "My neighbours and church keep an eye on me",
           "I can choose what I eat and when",
           "The library's digital help sessions got me online to see my grandchildren",
           "Respite care gives my wife and me a proper rest",
           "I get clear advice about benefits from the advice service",
           "Group 1 (not named yet)",
           "The district nurse comes when she says she will"]
NOT_WORKING = [
    "I don't know who is coming to visit me or when they will arrive",
    "I feel rushed and my carers don't have time to talk to me",
    "I can't get to the shops or see my friends because the buses stopped running in the "
    "evening",
    "I am not listened to when decisions are made about my care",
    "I have to tell my story again and again to different people",
    "I can't get through on the phone to anyone who can help",
    "I worry about money and paying for my care",
    "I am lonely, especially at weekends and in the evenings when nobody calls",
    "My medication is not given at the right times",
    "Leaving hospital was chaotic and nobody was ready for me at home",
    "I don't understand the letters the council sends me",
    "My family carer is exhausted and gets no break",
    "Group 3 (not named yet)",
    "Nobody rings to say the carer is running late"]
SAID = {Kind.WORKING: "The meals service helps me stay in my own home and it makes me anxious.",
        Kind.NOT_WORKING: "The bus to town stopped running after six in the evening."}


def _county(kind: Kind, names: list[str]) -> tuple[Document, Card]:
    """A county's themes of ``kind`` (20-ish cards each) and one card of it in no theme."""
    cards, themes = [], []
    for t, name in enumerate(names):
        ids = [f"{kind.value}-{t}-{i}" for i in range(20 + t)]
        cards += [Card(id=i, kind=kind, text=f"Card {i}", person="P1") for i in ids]
        themes.append(Theme(kind=kind, name=name, card_ids=ids))
    card = Card(id="read", kind=kind, text=SAID[kind], person="P1")
    return Document(Workshop(title="County", people=[Person(id="P1")], cards=[*cards, card],
                             themes=themes)), card


def _shown(qtbot, kind: Kind, names: list[str], size: tuple[int, int]) -> RoomReadOut:
    doc, card = _county(kind, names)
    view = RoomReadOut(doc, tuple(Kind))
    qtbot.addWidget(view)
    view.set_card(card)
    view.resize(QSize(*size))
    view.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
    view.show()
    picture = view.grab()
    if SHOTS:
        picture.save(os.path.join(SHOTS, f"readout_past_nine_{kind.value}_{size[0]}x{size[1]}"
                                         ".png"))
    return view


def _numbered_then_not(drawn: list[str], names: list[str]) -> None:
    """The first nine say their Alt number, those after it a bullet; each its own theme."""
    for at, row in enumerate(drawn):
        if at < 9:
            assert row.startswith(f"{at + 1}. {names[at].split()[0]}"), row
        else:
            assert row.startswith(f"• {names[at].split()[0]}"), row


@pytest.mark.parametrize(("kind", "names"), [(Kind.WORKING, WORKING),
                                             (Kind.NOT_WORKING, NOT_WORKING)],
                         ids=["13 working", "14 not working"])
def test_a_big_projector_shows_every_theme_the_tenth_on_with_a_bullet(qtbot, kind, names):
    view = _shown(qtbot, kind, names, (1920, 1080))
    drawn = view.rows_drawn
    assert not any(row.startswith("and ") for row in drawn)  # no "and 4 more"
    assert len(drawn) == len(names)
    _numbered_then_not(drawn, names)
    # every name whole, but the 90-letter one beside a column of others, cut at its end
    assert sum("…" in row for row in drawn) <= (kind == Kind.NOT_WORKING)
    assert view.plan().px == list_px(1080) and view.text_px >= 40  # the list and card large
    assert view.drawn_words == SAID[kind]
    assert view.card_rect().bottom() + view._line() * (1.4 + view.plan().lines) <= 1080


def test_a_laptop_projector_shows_every_theme_its_type_at_the_floor(qtbot):
    """At 1024x768 the list's 26 px type showed 11 and "and 2 more" (the card's words kept
    40 px); at the 24 px floor every one fits, the card's words as large."""
    view = _shown(qtbot, Kind.WORKING, WORKING, (1024, 768))
    drawn = view.rows_drawn
    assert len(drawn) == len(WORKING) and not drawn[-1].startswith("and ")
    _numbered_then_not(drawn, WORKING)
    assert not any("…" in row for row in drawn)
    assert view.plan().px >= 24 and view.text_px >= 40 and view.drawn_words == SAID[Kind.WORKING]
    assert view.card_rect().bottom() + view._line() * (1.4 + view.plan().lines) <= 768


def test_where_not_all_fit_and_n_more_counts_the_rest(qtbot):
    view = _shown(qtbot, Kind.NOT_WORKING, NOT_WORKING, (800, 600))
    drawn = view.rows_drawn
    themes = drawn[:-1]
    assert drawn[-1] == f"and {len(NOT_WORKING) - len(themes)} more" and len(themes) >= 3
    _numbered_then_not(themes, NOT_WORKING)
    assert view.drawn_words == SAID[Kind.NOT_WORKING] and view.plan().px == 24
