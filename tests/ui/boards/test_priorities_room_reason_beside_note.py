"""A priority holding a card the room is not shown says "N not shown" under its Cards figure; its
reason ("Why: …") was squeezed beside that note. At 800x600 (review R5-4) the reason of the
priority that held the demo's two held-back cards had three words a line and was cut after four
lines ("…and providers …") with half the page empty; at 1024x768 the lonely theme's was cut
the same way. Where that takes fewer lines the reason now starts under the note, as wide as
any other row's."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRectF

from tests.ui.boards.board_workshops import LONELY, held_back_demo
from wtfc.model.demo import demo_path
from wtfc.model.document import Document
from wtfc.model.storage import load_workshop
from wtfc.ui.boards import priorities_room
from wtfc.ui.boards.priorities_room import PrioritiesRoomView

SIZES = [(800, 600), (1024, 768), (1920, 1080)]


def _held_in_a_priority() -> Document:
    """The demo with its two held-back cards dragged into its second priority (R5's file)."""
    ws = load_workshop(demo_path()).workshop
    held = [c.id for c in ws.cards if c.held_back]
    themes = [t.model_copy(update={"card_ids": [*t.card_ids, *held]})
              if t.priority.rank == 2 else t for t in ws.themes]
    return Document(ws.model_copy(update={"themes": themes}))


def _pages(qtbot, monkeypatch, doc: Document, size: tuple[int, int]):
    """Per page: (words, box, cut short) of every text drawn, and the smallest real px."""
    boxes: list[tuple[str, QRectF]] = []
    real = priorities_room.draw_text

    def draw(p, rect: QRectF, text, *args, **kwargs):
        boxes.append((text, QRectF(rect)))
        return real(p, rect, text, *args, **kwargs)

    monkeypatch.setattr(priorities_room, "draw_text", draw)
    view = PrioritiesRoomView(doc)
    qtbot.addWidget(view)
    view.resize(*size)
    view.show()
    pages = []
    for page in range(view.page_count()):
        view.show_page(page)
        boxes.clear()
        view.grab()
        cut = {words: was_cut for _px, words, was_cut in view.drawn_text}
        pages.append(([(words, box, cut.get(words, False)) for words, box in boxes],
                      min(px for px, *_ in view.drawn_text)))
    return pages


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize(("doc", "note"), [(_held_in_a_priority, "2 not shown"),
                                           (held_back_demo, "3 not shown")])
def test_a_priority_with_cards_not_shown_says_its_whole_reason(qtbot, monkeypatch, size, doc,
                                                                note):
    document = doc()
    themes = document.workshop.themes
    reasons = {f"Why: {t.priority.reason}" for t in themes if t.priority.chosen}
    held_words = {c.text for c in document.workshop.cards if c.held_back}
    if doc is held_back_demo:  # the lonely theme's cards held back by the guard
        held_words = {c.text for c in document.workshop.cards
                      if c.id in next(t for t in themes if t.name == LONELY).card_ids[:3]}
    seen: dict[str, bool] = {}
    for drawn, smallest in _pages(qtbot, monkeypatch, document, size):
        assert smallest >= 24 - 0.05  # the room's floor, in real px
        assert not {words for words, _, _ in drawn} & held_words  # never a held-back card
        notes = [box for words, box, _ in drawn if words == note]
        for words, box, cut in drawn:
            if words in reasons:
                seen[words] = cut
                # the reason and the note share no room: one under, or beside, the other
                assert all(not box.intersects(n) for n in notes), (words, size)
    assert seen.keys() == reasons  # every priority's reason is on a page
    assert not [words for words, cut in seen.items() if cut], size  # each whole, no "…"


LONG_WHY = ("The biggest 'not working' theme, raised by older people, family carers and staff "
            "alike. Carers told us they are sent to a new person with no notes, and older people "
            "said they have to explain their lives again to every new face at the door. The "
            "providers in the room agreed it is the thing they hear about most, and that they "
            "could start on it this month. Commissioners said the contract already asks for a "
            "named carer where it can, and the family carers said a short note left in the "
            "home, read by whoever comes, would help on the days a new carer has to come.")


def test_a_long_reason_takes_the_lines_its_page_has_room_for(qtbot, monkeypatch):
    """More than four lines of reason, on a page with room for them, were cut after four (the
    pages are planned for four: on a full page a longer reason still ends in "…")."""
    ws = load_workshop(demo_path()).workshop
    themes = [t.model_copy(update={"priority": t.priority.model_copy(update={"reason": LONG_WHY})})
              if t.priority.rank == 1 else t for t in ws.themes]
    pages = _pages(qtbot, monkeypatch, Document(ws.model_copy(update={"themes": themes})),
                   (1920, 1080))
    drawn = [(box, cut) for page, _ in pages for words, box, cut in page
             if words == f"Why: {LONG_WHY}"]
    assert len(pages) == 1 and len(drawn) == 1 and not drawn[0][1]  # whole, no "…"
    assert drawn[0][0].height() > 4 * 31  # in more than four lines
