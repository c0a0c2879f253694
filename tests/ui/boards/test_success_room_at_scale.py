"""Identify success's room view for a big workshop's priority (30 statements, 9 causes agreed):
the theme, the question and the agreed causes head page 1 only; the pages after it say the
theme in one line, cut at a whole word, "(continued)", so a page holds statements, not the
heading again (1024x768 took 11 pages of 2-3 statements). The agreed causes are named in words
the room can recognise, and the rest counted ("; and 6 more"), not nine stubs of three words
("The phone line do…; Care plans do…") (review scale finding 7)."""

from __future__ import annotations

import pytest

from tests.ui.renders import saved_pages
from wtfc.model.demo import demo_path
from wtfc.model.document import Document
from wtfc.model.storage import load_workshop
from wtfc.model.workshop import Cause, Perspective, SuccessStatement
from wtfc.ui.boards.success_causes import LEAD, READABLE_WORDS
from wtfc.ui.boards.success_room import SuccessRoomView

NAME = "I am not sure who is coming or when, and nobody rings to tell me when my carer is late"
SAID = ["I can phone one number and a person answers who knows me.",
        "My carers listen to me and understand what is important to me.",
        "I get out to the places I enjoy at least once a week.",
        "Information reaches me before I need it, in plain words.",
        "We buy outcomes, not minutes, and we know what difference our money makes."]
CAUSES = ["Care plans are written for assessors, not for the carer at the door.",
          "Community transport use words older people do not use.",
          "The phone line do not share what they know with each other.",
          "Care plans do not share what they know with each other.",
          "Direct payments do not know what goes on in the local community.",
          "Care plans pay for minutes of task, so a longer visit loses money.",
          "Contracts close at five o'clock, so nobody answers in the evening.",
          "Contracts are not matched to older people's interests.",
          "Commissioners use words older people do not use."]
# pages at 1024x768 / 1366x768 / 1920x1080: 11 / 7 / 3 with the heading on every page
MOST_PAGES = {(1024, 768): 7, (1366, 768): 5, (1920, 1080): 3}


def _big_priority() -> tuple[Document, str]:
    ws = load_workshop(demo_path()).workshop
    theme = next(t for t in ws.themes if t.priority.rank == 1)
    theme = theme.model_copy(update={"name": NAME})
    said = [SuccessStatement(theme_id=theme.id, perspective=voice,
                             text=SAID[(n + i) % len(SAID)] if i % 3 else
                             f"{SAID[(n + i) % len(SAID)]} {SAID[(n + i + 1) % len(SAID)]}")
            for n, voice in enumerate(Perspective) for i in range(8 if n < 2 else 7)]
    causes = [Cause(theme_id=theme.id, text=text, agreed=True) for text in CAUSES]
    return Document(ws.model_copy(update={
        "themes": [theme if t.id == theme.id else t for t in ws.themes],
        "success": said, "causes": causes, "actions": []})), theme.id


@pytest.mark.parametrize("size", list(MOST_PAGES))
def test_pages_after_the_first_say_the_theme_in_one_line(qtbot, size):
    doc, theme_id = _big_priority()
    view = SuccessRoomView(doc, doc.theme(theme_id))
    qtbot.addWidget(view)
    view.resize(*size)
    view.show()
    assert len(doc.workshop.success) == 30
    assert view.page_count() <= MOST_PAGES[size]
    pages = []
    for _ in saved_pages(view, f"room_success_scale_{size[0]}"):
        pages.append([words for _px, words, cut in view.drawn_text])
        assert not any(cut for _px, _words, cut in view.drawn_text)
    assert NAME in pages[0]
    assert sum(w.startswith(LEAD) for w in pages[0]) == 1
    for words in pages[1:]:
        heading = words[0]
        assert heading.endswith(" (continued)")
        kept = heading.removesuffix(" (continued)").removesuffix("…")
        assert NAME.startswith(kept) and NAME[len(kept)] in " ,"  # cut at a whole word
        assert not any(w.startswith(LEAD) or "What would success" in w or w == NAME
                       for w in words)
    # every statement reaches the room
    shown = {w for page in pages for w in page}
    assert {s.text for s in doc.workshop.success} <= shown
    assert min(px for px, _, _ in view.drawn_text) >= 24 - 0.05


@pytest.mark.parametrize("size", list(MOST_PAGES))
def test_the_agreed_causes_are_counted_sooner_than_cut_to_stubs(qtbot, size):
    doc, theme_id = _big_priority()
    view = SuccessRoomView(doc, doc.theme(theme_id))
    qtbot.addWidget(view)
    view.resize(*size)
    view.show()
    view.show_page(0)
    view.grab()
    line = next(w for _px, w, _cut in view.drawn_text if w.startswith(LEAD))
    named, _, more = line.removeprefix(LEAD).rpartition("; and ")
    assert more.endswith(" more") and int(more.split()[0]) == len(CAUSES) - len(
        named.split("; "))
    for said in named.split("; "):
        whole = next(c for c in CAUSES if c.startswith(said.rstrip("…")))
        assert said == whole.rstrip(".") or len(said.split()) >= READABLE_WORDS - 1, said
