"""``wtfc render --view wall`` draws a held-back card as the app's wall does: its kinds of
detail as placeholders within its words ("… as they may hold [name], [phone]."), never the
words themselves, and nothing spliced in front of them ("[phone]Held back: …")."""

from __future__ import annotations

from wtfc.app import main
from wtfc.model.demo import demo_path
from wtfc.model.document import Document
from wtfc.model.operations.cards import words_without_details
from wtfc.model.storage import load_workshop, save_workshop
from wtfc.model.workshop import Card, Kind, PersonalDetail
from wtfc.ui.render_cli import without_held_back_words
from wtfc.ui.wall.card_item import CardItem, held_back_foot

WORDS = "Ring Mrs Jones on 07700 900123 or ask Mr Smith"
NOTE = "Held back: its words are not drawn, as they may hold [name], [phone]."


def _held_back() -> Card:
    return Card(kind=Kind.NOT_WORKING, text=WORDS, personal_details=[
        PersonalDetail(start=5, end=14, category="name", text="Mrs Jones"),
        PersonalDetail(start=18, end=30, category="phone", text="07700 900123"),
        PersonalDetail(start=38, end=46, category="name", text="Mr Smith")])


def _workshop(card: Card):
    ws = load_workshop(demo_path()).workshop
    ws.cards.append(card)
    return ws


def test_the_note_is_drawn_whole_with_the_kinds_in_it_and_the_mark_kept(qapp):
    held = _held_back()
    card = next(c for c in without_held_back_words(_workshop(held)).cards if c.id == held.id)
    assert card.held_back  # still marked, in its place
    assert words_without_details(card) == NOTE  # as the app's wall shows a held-back card
    assert held_back_foot(card, False) == "⚠ Personal details? [name], [phone]"


def test_the_rendered_wall_s_card_reads_the_note(qtbot, tmp_path):
    from wtfc.ui.wall.views import FittedWallView

    held = _held_back()
    ws = _workshop(held)
    view = FittedWallView(Document(without_held_back_words(ws)))
    qtbot.addWidget(view)
    drawn = {item.card.id: item.words() for item in view.scene().items()
             if isinstance(item, CardItem) and item.card.held_back}
    assert drawn[held.id] == NOTE
    # the demo's own held-back cards (a name, a phone number) likewise
    assert sorted(drawn.values()) == sorted([NOTE, *(
        f"Held back: its words are not drawn, as they may hold {kinds}."
        for kinds in ("[name]", "[phone]"))])
    path = tmp_path / "w.wtfc"
    save_workshop(ws, path, backup=False)
    assert main(["render", str(path), "--view", "wall", "-o", str(tmp_path / "w.png")]) == 0
