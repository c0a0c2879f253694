"""What each action answers, on the Plan room view's cards: with every theme shown, the theme
("Priority 2: I am not sure who is coming…"); where a card has room, the cause and success statement
it is linked to; never in type under 24 px, the paging kept."""

from __future__ import annotations

import datetime as dt
from itertools import pairwise

import pytest

from tests.ui.boards.board_workshops import TODAY as SAMPLE_DAY
from tests.ui.boards.board_workshops import sample_workshop
from tests.ui.renders import save_render
from wtfc.model.demo import demo_path
from wtfc.model.document import Document
from wtfc.model.storage import load_workshop
from wtfc.model.workshop import Action, Role
from wtfc.ui.boards import plan_room_card, room_paint
from wtfc.ui.boards.plan_room import PlanRoomView
from wtfc.ui.boards.room_paint import BODY_PX, text_height

TODAY = dt.date(2026, 11, 28)
SIZES = [(1366, 768), (1920, 1080)]
FLOOR_PX = 24
# the demo's thirteen actions, each row as tall as its actions' words need whole: on 1366x768
# the canvas stops shrinking at type of 24 px, so a page holds a row of two cards
PAGES = {(1366, 768): 7, (1920, 1080): 3}
# on Act each card has room for what has happened so far, whole: at 1920 the Providers lane's
# profile note (three lines) no longer leaves Care managers room beside it on page 2; at 1366
# a page held one card: the cards compact in the same type, the demo takes five (drawn at
# the room's 24 px floor it took four; smaller type is now only for where compact cards in
# the same type take no fewer pages)
ACT_PAGES = {(1366, 768): 5, (1920, 1080): 4}


@pytest.fixture
def drawn(monkeypatch):
    """(text, rect, px) of every piece of text the plan room view draws, in order."""
    calls: list[tuple[str, object, int]] = []
    real = room_paint.draw_text

    def record(p, rect, text, px=room_paint.BODY_PX, *args, **kwargs):
        calls.append((text, rect, px))
        return real(p, rect, text, px, *args, **kwargs)

    for module in (room_paint, plan_room_card):
        monkeypatch.setattr(module, "draw_text", record)
    return calls


def _show(qtbot, view, size=(1920, 1080)):
    qtbot.addWidget(view)
    view.resize(*size)
    view.show()
    qtbot.waitExposed(view)
    return view


def _every_page(view, drawn, name: str) -> list[tuple[str, object, int]]:
    texts = []
    for page in range(view.page_count()):
        view.show_page(page)
        drawn.clear()
        save_render(view, f"{name}_page_{page + 1}")  # drawn once, for the picture
        texts += drawn
        assert min(px for px, _, _ in view.drawn_text) >= FLOOR_PX - 0.05  # on the screen
    return texts


def _cut_at_a_word(line: str, whole: str) -> bool:
    """``line`` is ``whole``, or its first whole words and "…"."""
    if line == whole:
        return True
    kept = line.removesuffix("…")
    return line.endswith("…") and whole.startswith(kept) and whole[len(kept)] in " ,;:."


def _theme_lines(doc: Document) -> dict[str, str]:
    """What each action's card says of its theme, whole: "Priority 2: I am not sure who…"."""
    def line(theme):
        chosen = theme.priority.chosen and theme.priority.rank
        return f"Priority {theme.priority.rank}: {theme.name}" if chosen else theme.name
    return {a.id: line(doc.theme(a.theme_id)) for a in doc.workshop.actions}


@pytest.mark.parametrize("size", SIZES)
def test_with_every_theme_shown_each_card_says_which_it_answers(qtbot, drawn, size):
    """With "All themes" a card did not say which theme or priority its action answers."""
    doc = Document(load_workshop(demo_path()).workshop)
    view = _show(qtbot, PlanRoomView(doc, today=lambda: TODAY), size)
    assert view.page_count() == PAGES[size]
    texts = _every_page(view, drawn, f"room_plan_themes_{size[0]}")
    stars = [t for t, _, _ in texts if t.startswith("Priority ")]
    wanted = _theme_lines(doc)
    shown = [a.id for page in range(view.page_count()) for a in view.page_actions(page)]
    assert len(stars) == len(shown) == len(doc.workshop.actions)  # a line on every card
    for line, action_id in zip(stars, shown, strict=True):
        mark = wanted[action_id].split(":")[0]
        # the theme's line or, on a card where who does it took that line, the priority's
        # mark before the status (tests/ui/boards/test_plan_room_owner.py)
        assert _cut_at_a_word(line, wanted[action_id]) or line.startswith(f"{mark} · "), line
    assert all(px >= FLOOR_PX for _, _, px in texts)


def test_one_theme_shown_needs_no_theme_line(qtbot, drawn):
    doc = Document(load_workshop(demo_path()).workshop)
    view = _show(qtbot, PlanRoomView(doc, today=lambda: TODAY, theme_id="t05"))
    texts = _every_page(view, drawn, "room_plan_one_theme")
    assert not [t for t, _, _ in texts if t.startswith("Priority ")]


def test_seven_busy_lanes_of_several_themes_go_on_over_pages_keeping_two_lines(qtbot, drawn):
    """With an action for every role the lanes are low: the theme's line is not squeezed in
    at the cost of the action's words; the lanes go on over pages."""
    ws = sample_workshop()
    more = [Action(id=f"r{i}", theme_id="who", role=role,
                   what="Ask people at each review who they would like to visit them")
            for i, role in enumerate(Role)]
    doc = Document(ws.model_copy(update={"actions": [*ws.actions, *more]}))
    view = _show(qtbot, PlanRoomView(doc, today=lambda: SAMPLE_DAY))
    assert view.page_count() == 3
    texts = _every_page(view, drawn, "room_plan_seven_lanes_themes")
    titles = [(t, rect) for t, rect, _ in texts if t.startswith("Ask people")]
    assert len(titles) == len(Role)
    assert all(text_height(t, rect.width(), BODY_PX, bold=True) <= rect.height() + 1
               for t, rect in titles)  # whole
    assert len([t for t, _, _ in texts if t.startswith("Priority ")]) == len(doc.workshop.actions)
    assert all(px >= FLOOR_PX for _, _, px in texts)


@pytest.mark.parametrize("size", SIZES)
def test_on_act_what_has_happened_keeps_its_line_beside_the_priority(qtbot, drawn, size):
    """On Act the theme's line took the place of "So far: …" on the demo's cards: where a card
    has no room for both, the note keeps its line and begins with the priority's mark."""
    from wtfc.model.operations.details import set_stage
    from wtfc.model.workshop import Stage

    doc = Document(load_workshop(demo_path()).workshop)
    set_stage(doc, stage=Stage.ACT).do(doc)
    view = _show(qtbot, PlanRoomView(doc, today=lambda: TODAY), size)
    assert view.page_count() == ACT_PAGES[size]
    texts = [t for t, _, _ in _every_page(view, drawn, f"room_act_themes_{size[0]}")]
    noted = [a for a in doc.workshop.actions if a.progress_note]
    assert noted
    for action in noted:
        mark = f"Priority {doc.theme(action.theme_id).priority.rank}"
        assert f"{mark} · So far: {action.progress_note}" in texts or (
            f"So far: {action.progress_note}" in texts), action.id
    assert len([t for t in texts if t.startswith("Priority ")]) == len(doc.workshop.actions)


def _cards(texts, doc):
    """Each drawn action's (title rect, the lines drawn inside its card under it)."""
    whats = {a.what for a in doc.workshop.actions}
    titles = [(t, rect) for t, rect, _ in texts if t in whats]
    cards = {}
    for what, rect in titles:
        cards[what] = (rect, [t for t, r, _ in texts if r is not None and t not in whats
                              and abs(r.left() - rect.left()) < 1 and r.top() > rect.top()
                              and r.top() < rect.top() + 400
                              and not any(o.top() > rect.top() and o.top() <= r.top()
                                          and abs(o.left() - rect.left()) < 1
                                          for _, o in titles)])
    return cards


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("theme_id", ["t05", None])
def test_a_card_with_room_says_the_cause_and_success_its_action_answers(qtbot, drawn, size,
                                                                         theme_id):
    """The links were shown nowhere. Where a card has room once the action's words are whole,
    it says them briefly; they never cost the words, a page, or type under 24 px."""
    doc = Document(load_workshop(demo_path()).workshop)
    view = _show(qtbot, PlanRoomView(doc, today=lambda: TODAY, theme_id=theme_id), size)
    assert view.page_count() == (2 if theme_id else PAGES[size])
    cards = {}
    for page in range(view.page_count()):  # each page's cards read on their own page
        view.show_page(page)
        drawn.clear()
        save_render(view, f"room_plan_links_{theme_id}_{size[0]}_page_{page + 1}")
        assert all(px >= FLOOR_PX for _, _, px in drawn)
        cards.update(_cards(list(drawn), doc))
    for action in view.shown_actions():
        rect, lines = cards[action.what]
        said = [t for t in lines if t.startswith(("Because: ", "So people can say: "))]
        if said:  # only where the words are whole
            assert text_height(action.what, rect.width(), BODY_PX, bold=True) \
                <= rect.height() + 1
        cause = doc.get("causes", action.cause_id) if action.cause_id else None
        if said and cause:  # on a line, or on two where the card has the room
            at = lines.index(said[0])
            shown = " ".join(lines[at:at + 2]) if not said[0].endswith("…") else said[0]
            assert _cut_at_a_word(shown, f"Because: {cause.text}") or _cut_at_a_word(
                said[0], f"Because: {cause.text}"), shown
    if theme_id and size == (1920, 1080):  # one theme's five actions: the line their long
        # words leave says who does each, before any link (the room asks who)
        for action in view.shown_actions():
            lines = cards[action.what][1]  # on a line, or two
            assert action.owner in [*lines, *map(" ".join, pairwise(lines))], action.id


def test_a_roomy_card_says_both_whole(qtbot, drawn):
    doc = Document(sample_workshop())
    view = _show(qtbot, PlanRoomView(doc, today=lambda: SAMPLE_DAY, theme_id="package"))
    texts = [t for t, _, _ in _every_page(view, drawn, "room_plan_links_roomy")]
    # two lines each where one would cut it short and the card has the room: whole, in the
    # boards' words (one line each left "Because (cause not agreed): Training covers…")
    said = "\n".join(texts)
    for whole in ("Because: Contracts pay by the minute, not by\noutcome",
                  "So people can say: “We buy outcomes, not\nminutes”",
                  "Because (cause not agreed): Training covers tasks,\nnot getting to know people"):
        assert whole in said


def test_with_every_theme_shown_a_priority_with_nothing_planned_is_named(qtbot, drawn):
    """The room's view of every theme never said that a priority had no action, or only
    dropped ones; one theme shown, it says nothing of the others."""
    from wtfc.model.workshop import ActionStatus

    ws = sample_workshop()
    ws = ws.model_copy(update={"actions": [
        a.model_copy(update={"status": ActionStatus.DROPPED}) if a.theme_id == "who" else a
        for a in ws.actions]})
    view = _show(qtbot, PlanRoomView(Document(ws), today=lambda: SAMPLE_DAY), (1920, 1080))
    save_render(view, "plan_room_priority_only_dropped")
    line = next(text for text, _rect, _px in drawn if "only dropped" in text)
    assert line == ("4 actions · 1 late · as of 1 March 2025 · Priority 2 (I never know who is"
                    " coming or when) has only dropped actions.")
    assert min(px for text, _rect, px in drawn if text == line) >= FLOOR_PX
    drawn.clear()
    view = _show(qtbot, PlanRoomView(Document(ws), today=lambda: SAMPLE_DAY), (1366, 768))
    view.grab()  # four idle lanes named in plain words leave room for its rank alone
    line = next(text for text, _rect, _px in drawn if "only dropped" in text)
    assert line.endswith(", Health, Other · Priority 2 has only dropped actions.")
    drawn.clear()
    view = _show(qtbot, PlanRoomView(Document(ws), today=lambda: SAMPLE_DAY,
                                     theme_id="package"), (1366, 768))
    view.grab()
    assert drawn and not any("Priority" in text for text, _rect, _px in drawn)


@pytest.mark.parametrize(("size", "pages"), [((800, 600), 8), ((1024, 768), 4)])
def test_on_a_small_projector_the_idle_group_stays_in_the_facts_line(qtbot, drawn, size, pages):
    """"Nothing planned yet for: Other" no longer fitted the facts line at 1024x768: it went on
    a line of its own under the last page and pushed Health to a fifth page, one card alone on
    page 4. "Nothing planned for: Other" fits, and the demo is its four pages again."""
    doc = Document(load_workshop(demo_path()).workshop)
    view = _show(qtbot, PlanRoomView(doc, today=lambda: TODAY), size)
    assert view.page_count() == pages
    texts = [t for t, _, _ in _every_page(view, drawn, f"room_plan_idle_{size[0]}")]
    assert sum("Nothing planned for: Other" in t for t in texts) == pages  # under each heading
    assert not any("Nothing planned yet for" in t for t in texts)
