"""The room sees every category of a fishbone at once: on a 1366x768 projector the demo's
7-cause fish is on one page (its words at 24 px or more, the head narrower); on a 1024x768
one, where the causes cannot all fit at 24 px, page 1 is an overview with every bone named and
counted, its causes there where they fit, else saying the page they are on, and that page has
them."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QSize

from tests.ui.boards.board_workshops import demo_priority
from tests.ui.renders import saved_pages
from wtfc.model.cause_category import causes_by_category
from wtfc.ui.boards.fishbone_room import FishboneRoomView


def _pages(qtbot, rank: int, size: QSize) -> tuple[list[list[str]], list[str], list[list[str]]]:
    """Each page's words, every bone's label, and each bone's causes' words."""
    doc, theme_id = demo_priority(rank)
    view = FishboneRoomView(doc, doc.theme(theme_id))
    qtbot.addWidget(view)
    view.resize(size)
    view.show()
    name = f"room_fishbone_overview_{rank}_{size.width()}"
    pages = [[words for _px, words, _cut in view.drawn_text] for _ in saved_pages(view, name)]
    assert min(px for px, _w, _c in view.drawn_text) >= 24 - 0.05
    bones = causes_by_category(doc.workshop.causes, theme_id)
    return pages, [f"{label} ({len(c)})" for label, c in bones], [
        [c.text for c in causes] for _label, causes in bones]


@pytest.mark.parametrize("rank", [2, 3])
def test_a_seven_cause_fish_is_on_one_page_at_1366x768(qtbot, rank):
    pages, labels, causes = _pages(qtbot, rank, QSize(1366, 768))
    assert len(pages) == 1
    assert all(label in pages[0] for label in labels)
    assert all(text in pages[0] for bone in causes for text in bone)


@pytest.mark.parametrize("size", [QSize(1024, 768), QSize(1280, 720), QSize(800, 600)])
@pytest.mark.parametrize("rank", [1, 2, 3])
def test_page_1_names_every_bone_with_its_causes_or_where_they_are(qtbot, rank, size):
    """Bones whose causes fit page 1 show them there (at 1280x720 and 1024x768 page 1 had
    notes only, "On page 2 ◎ 1 root cause": method review 24 F3); the others say where."""
    pages, labels, causes = _pages(qtbot, rank, size)
    assert len(pages) > 1
    overview = pages[0]
    assert all(label in overview for label in labels)  # every category at once
    notes = [w for w in overview if w.startswith("On page")]
    noted = [texts for texts in causes if not all(text in overview for text in texts)]
    assert len(notes) == len(noted)
    for note, texts in zip(notes, noted, strict=True):  # the bones in the categories' order
        assert not any(text in overview for text in texts)  # a bone whole, or only noted
        numbers = [int(n) for n in re.findall(r"\d+", note.splitlines()[0])]  # 'On pages 2–3'
        shown = [w for page in pages[numbers[0] - 1:numbers[-1]] for w in page]
        assert all(text in shown for text in texts), (note, texts)
    if size.width() > 800:  # the room reads causes on page 1
        assert any(text in overview for bone in causes for text in bone)


@pytest.mark.parametrize("size", [QSize(800, 600), QSize(1024, 768)])
def test_the_overview_counts_the_causes_to_act_on_in_the_badges_sense(qtbot, size):
    """'✔ 1 agreed' sat on the page before the causes' own '✔ We will act on this'; the count
    says '✔ 1 to act on' ('we will act on' was too wide: 800x600 lost its overview page)."""
    pages, labels, texts = _pages(qtbot, 1, size)
    notes = [w for w in pages[0] if w.startswith("On page")]
    assert notes and all(label in pages[0] for label in labels)  # page 1 is still the overview
    doc, theme_id = demo_priority(1)
    agreed = [sum(c.agreed for c in causes)
              for (_label, causes), words in zip(
                  causes_by_category(doc.workshop.causes, theme_id), texts, strict=True)
              if not all(w in pages[0] for w in words)]  # a bone noted, not shown whole
    for note, count in zip(notes, agreed, strict=True):
        assert (f"✔ {count} to act on" in note.splitlines()) == bool(count), note
        assert "agreed" not in note
