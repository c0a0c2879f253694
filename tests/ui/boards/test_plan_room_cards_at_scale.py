"""The Plan room view with many actions (a big borough's workshop: cards three to a row at
1920x1080, narrower at 1366 and 1024): each card's cause and success lines say some of the
cause's or statement's words, or are left off; never the mark alone ("Because (cause not
agreed)…", "So people can say: “I can…"). At 1366x768 the lanes' names go above their cards
where that takes fewer pages (beside them they made 1366 take more pages than 1024)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.ui.renders import saved_pages
from wtfc.model.demo import demo_path
from wtfc.model.document import Document
from wtfc.model.storage import load_workshop
from wtfc.model.workshop import Role, Stage, Workshop
from wtfc.ui.boards.plan_card_words import link_lines
from wtfc.ui.boards.plan_room import PlanRoomView

TODAY = dt.date(2026, 11, 29)
SIZES = [(1920, 1080), (1366, 768), (1024, 768)]
LABELS = ("Because (cause not agreed): ", "⚠ Cause not agreed: ", "Because: ",
          "So people can say: “", "Success: “")


def _many(stage: Stage = Stage.PLAN) -> Workshop:
    """The demo's thirteen actions four times over in three lanes, every cause not agreed."""
    ws = load_workshop(demo_path()).workshop
    roles = [Role.COMMISSIONERS, Role.PROVIDERS, Role.HEALTH]
    actions = [a.model_copy(update={"id": f"{a.id}-{n}", "role": roles[(i + n) % 3]})
               for n in range(4) for i, a in enumerate(ws.actions)]
    causes = [c.model_copy(update={"agreed": False}) for c in ws.causes]
    return ws.model_copy(update={"actions": actions, "causes": causes, "stage": stage})


def _view(qtbot, ws: Workshop, size: tuple[int, int]) -> PlanRoomView:
    view = PlanRoomView(Document(ws), today=lambda: TODAY)
    qtbot.addWidget(view)
    view.resize(*size)
    view.show()
    qtbot.waitExposed(view)
    return view


def _said(line: str) -> str:
    """The cause's or statement's words on a link's line, after its label."""
    return next(line.removeprefix(label) for label in (*LABELS, "") if line.startswith(label))


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("stage", [Stage.PLAN, Stage.ACT])
def test_every_cause_line_says_some_of_the_cause(qtbot, size, stage):
    ws = _many(stage)
    view = _view(qtbot, ws, size)
    if size == (1920, 1080) and stage == Stage.PLAN:
        assert view._layout.per_row == 3  # three cards to a row, as the review saw them
    causes = {c.id: c.text for c in ws.causes}
    links = []
    for _ in saved_pages(view, f"room_plan_scale_{stage.value}_{size[0]}"):
        texts = [text for _px, text, _cut in view.drawn_text]
        for i, text in enumerate(texts):
            if text.startswith(("Because", "⚠ Cause", "So people can say", "Success: “")):
                # a label ending its line goes on with the words on the next
                links.append(f"{text} {texts[i + 1]}" if text.endswith(":") else text)
    assert links
    for line in links:
        assert "(cause not agreed)…" not in line and not line.endswith(("“…", ":…")), line
        words = _said(line).removesuffix("…").split()
        assert len(words) >= 3 or not line.endswith("…"), line  # three words, or whole
    shown = [line for line in links if line.startswith(("Because (cause", "⚠ Cause"))]
    assert shown  # (not every cause left off)
    for line in shown:  # the words are the cause's own, from its start
        said = _said(line).removesuffix("…")
        assert any(text.startswith(said.rstrip(",;:.")) for text in causes.values()), line


def test_a_narrow_card_shortens_the_label_before_it_drops_a_link(qtbot):
    """On a card's one line "Because (cause not agreed): Nothing…" said too little of the
    cause: on two lines the label has a line of its own; on one a shorter label leaves room
    for three of its words, or the line goes to the success statement."""
    ws = _many()
    doc = Document(ws)
    action = next(a for a in ws.actions if a.cause_id and a.success_id)
    cause = doc.get("causes", action.cause_id)
    wide = 440  # a card's words three to a row at 1920
    two = link_lines(doc, action, wide, 2)
    assert two[0] == "Because (cause not agreed):"  # the boards' words, on a line of its own
    assert cause.text.startswith(two[1].removesuffix("…").rstrip(",;:."))
    # on one line: the boards' label where it leaves three of the cause's words, else the
    # shorter one where that does, else none (the success statement has the line)
    assert link_lines(doc, action, 800, 1) == ["Because (cause not agreed): Nothing records what…"]
    assert link_lines(doc, action, 700, 1) == ["⚠ Cause not agreed: Nothing records what…"]
    assert cause.text.startswith("Nothing records what matters")
    assert link_lines(doc, action, 600, 1) == ["So people can say: “My carers listen…"]
    assert link_lines(doc, action, 330, 2) == ["So people can say: “My", "carers listen to me…"]


def test_at_1366_the_lanes_names_go_above_the_cards_where_that_takes_fewer_pages(qtbot):
    ws = _many()
    wide = _view(qtbot, ws, (1366, 768))
    narrow = _view(qtbot, ws, (1024, 768))
    assert wide._layout.head > 0  # each lane's name on a line above its cards
    assert wide.page_count() <= narrow.page_count() + 1
    pages = wide.page_count()
    beside = _view(qtbot, ws, (1366, 768))
    beside._lane_label = lambda: (300.0, 0.0)  # as it was: the names' column beside
    beside._count = None
    assert beside.page_count() > pages
    # the demo keeps its pages: its lanes of one to four cards read as before
    demo = _view(qtbot, load_workshop(demo_path()).workshop, (1366, 768))
    assert demo.page_count() == 7 and demo._layout.head == 0
