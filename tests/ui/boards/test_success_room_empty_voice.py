"""An Identify success room page never holds only a voice with nothing yet: on the demo at
1024x768, page 3 of 3 was "Commissioners would say “We …” Nothing yet" and nothing else, so the
room turned a page to read that nothing was there (smoke review 21 finding 5). A voice with
nothing yet that would start a page now goes in one line, "Nothing yet from commissioners",
under the voice before, where it fits."""

from __future__ import annotations

import pytest

from tests.ui.renders import saved_pages
from wtfc.model.demo import demo_path
from wtfc.model.document import Document
from wtfc.model.storage import load_workshop
from wtfc.model.workshop import Perspective
from wtfc.ui.boards.success_room import SuccessRoomView

SIZES = [(800, 600), (1024, 768), (1366, 768), (1920, 1080)]


def _view(qtbot, doc: Document, theme_id: str, size) -> SuccessRoomView:
    view = SuccessRoomView(doc, doc.get("themes", theme_id))
    qtbot.addWidget(view)
    view.resize(*size)
    view.show()
    return view


@pytest.mark.parametrize("size", SIZES)
def test_no_page_whose_only_voice_is_empty(qtbot, size):
    doc = Document(load_workshop(demo_path()).workshop)
    themes = [t.id for t in doc.workshop.themes
              if any(s.theme_id == t.id for s in doc.workshop.success)]
    assert themes
    for theme_id in themes:
        view = _view(qtbot, doc, theme_id, size)
        for number, page in enumerate(view._pages, start=1):
            parts = [part for column in page for part in column]
            assert any(part.statements for part in parts), (theme_id, size, number)


def test_the_demos_commissioners_are_beside_staff_at_1024(qtbot):
    doc = Document(load_workshop(demo_path()).workshop)
    theme = next(t for t in doc.workshop.themes if t.priority.rank == 1)
    assert not any(s.theme_id == theme.id and s.perspective == Perspective.COMMISSIONERS
                   for s in doc.workshop.success)  # the demo has none from them yet
    view = _view(qtbot, doc, theme.id, (1024, 768))
    assert view.page_count() == 2  # was 3, the last "Nothing yet" alone
    words = [[w for _, w, _ in view.drawn_text] for _ in saved_pages(view, "room_success_stub")]
    # page 2, under a one-line heading, holds staff whole and beside them the commissioners'
    # nothing yet (it was staff's last statement and the commissioners' line under it)
    assert "Staff and managers would say" in words[-1]
    told = ("Commissioners would say", "Nothing yet")
    assert [w for w in words[-1] if w in told] == list(told)
    assert min(px for px, _, _ in view.drawn_text) >= 24 - 0.05
