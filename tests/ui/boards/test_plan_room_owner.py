"""Who does each action, on the Plan room view ("Who will do what, by when?"): every card says
its owner, on a line (or two) of its own, or, on a card lower than its words, in place of the
theme's line with the priority's mark beginning the status line, or after the date; and the
owner is read by the guard as it is typed, where a phone number or an e-mail is said but a
name is not (naming who does it is the point)."""

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
from wtfc.ui.boards.action_dialog import ActionDialog
from wtfc.ui.boards.plan_room import PlanRoomView

TODAY = dt.date(2026, 11, 28)


def _show(qtbot, view, size):
    qtbot.addWidget(view)
    view.resize(*size)
    view.show()
    qtbot.waitExposed(view)
    return view


def _pages(view, name: str) -> list[tuple[list, list[str]]]:
    """Each page's actions and the words it draws."""
    pages = []
    for page in range(view.page_count()):
        view.show_page(page)
        save_render(view, f"{name}_page_{page + 1}")
        pages.append((view.page_actions(page), [words for _px, words, _cut in view.drawn_text]))
    return pages


def _says(words: list[str], owner: str) -> bool:
    """The owner on a line of its own (or two: "Commissioning Manager," / "Home Care"), or
    after the date ("… · Head of Commissioning"), whole or cut after a whole word
    ("Registered Manager, home…")."""
    for line in [*words, *(f"{a} {b}" for a, b in pairwise(words))]:
        said = line.rpartition(" · ")[2] if " · " in line else line
        kept = said.removesuffix("…")
        if said == owner or (said.endswith("…") and kept and owner.startswith(kept)
                             and owner[len(kept)] in " ,;:."):
            return True
    return False


def test_on_a_1024_projector_every_card_says_who_whole(qtbot):
    """The walkthrough's room plan at 1024x768 said the action, its theme, its status and
    date on each card, and not who does it."""
    doc = Document(load_workshop(demo_path()).workshop)
    view = _show(qtbot, PlanRoomView(doc, today=lambda: TODAY), (1024, 768))
    pages_before = view.page_count()
    pages = _pages(view, "room_plan_owner_1024")
    assert sum(len(actions) for actions, _ in pages) == len(doc.workshop.actions)
    for actions, words in pages:
        for action in actions:
            assert _says(words, action.owner), action.id  # never cut mid-word
    assert view.page_count() == pages_before  # (who does it costs no page)


def test_a_long_owner_on_its_own_line_is_cut_after_a_whole_word(qtbot):
    """At 1366x768 "Commissioning Manager, Home Care" was drawn "Commissioning Manager, Hom…"
    on its own line: cut mid-word, it reads as a typo from the back of the room."""
    doc = Document(load_workshop(demo_path()).workshop)
    view = _show(qtbot, PlanRoomView(doc, today=lambda: TODAY), (1366, 768))
    _pages(view, "room_plan_owner_whole_words")
    assert [w for _px, w, cut in view.drawn_text if cut and w.startswith("Commissioning")] == []
    for page in range(view.page_count()):
        view.show_page(page)
        view.grab()
        for action in view.page_actions(page):
            assert _says([w for _px, w, _c in view.drawn_text], action.owner), action.id


@pytest.mark.parametrize("size", [(1366, 768), (1920, 1080)])
def test_narrow_cards_say_who_and_which_priority(qtbot, size):
    """Who does it is on every card, whole or cut after a whole word, and every card still
    says which priority it answers."""
    doc = Document(load_workshop(demo_path()).workshop)
    view = _show(qtbot, PlanRoomView(doc, today=lambda: TODAY), size)
    for actions, words in _pages(view, f"room_plan_owner_{size[0]}"):
        for action in actions:
            assert _says(words, action.owner), (action.id, words)
        marks = [w for w in words if w.startswith("Priority ")]
        assert len(marks) == len(actions)  # each card still says which priority it answers


def test_a_one_line_action_has_its_owner_under_it_not_an_empty_line(qtbot):
    ws = sample_workshop()
    short = Action(id="short", theme_id="who", role=Role.PROVIDERS, owner="Home care forum",
                   what="Text people when their carer changes", by_when=dt.date(2026, 12, 29))
    doc = Document(ws.model_copy(update={"actions": [*ws.actions, short]}))
    view = _show(qtbot, PlanRoomView(doc, today=lambda: SAMPLE_DAY), (1024, 768))
    for actions, words in _pages(view, "room_plan_owner_one_line"):
        if short in actions:
            assert "Home care forum" in words
            break
    else:
        pytest.fail("the action is on no page")


def test_no_owner_says_it_is_to_be_agreed(qtbot):
    ws = sample_workshop()
    ownerless = ws.actions[0].model_copy(update={"owner": ""})
    doc = Document(ws.model_copy(update={"actions": [ownerless, *ws.actions[1:]]}))
    view = _show(qtbot, PlanRoomView(doc, today=lambda: SAMPLE_DAY), (1024, 768))
    words = [w for _actions, page in _pages(view, "room_plan_no_owner") for w in page]
    assert _says(words, "Owner to be agreed")


def test_the_owner_is_read_by_the_guard_as_it_is_typed_but_a_name_is_no_finding(qtbot):
    """The owner goes on every card of the room's plan: a phone number typed in it is said
    (as its kind), as the exports ask; a team's or a person's name is the field's point."""
    doc = Document(sample_workshop())
    dialog = ActionDialog(doc, action=doc.workshop.actions[0], today=SAMPLE_DAY)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.owner.setText("Sarah Jones, Home care forum")
    assert dialog.detail_hint.isHidden()
    dialog.owner.setText("Sarah Jones on 07700 900123")
    assert dialog.detail_hint.isVisible()
    assert "“Owner”: “[name] on [phone]”" in dialog.detail_hint.text()
    dialog.owner.setText("Head of Commissioning")
    assert dialog.detail_hint.isHidden()


def test_on_an_800_projector_act_gives_an_overdue_owner_its_own_line(qtbot):
    """On Act at 800x600 the overdue card with a progress note ended "⚠ Overdue · 1 Oct 2026 ·
    Head of…": with the lane's name above its cards (full width) the page has room for the
    owner's own line (the cards compact, its page has the theme's line too); each card still
    says which priority it answers, and its words are whole."""
    from wtfc.model.workshop import Stage

    ws = load_workshop(demo_path()).workshop
    ws.stage = Stage.ACT
    doc = Document(ws)
    view = _show(qtbot, PlanRoomView(doc, today=lambda: TODAY), (800, 600))
    late = next(a for a in ws.actions if a.progress_note and a.by_when and a.by_when < TODAY
                and a.status.value != "done")
    for page in range(view.page_count()):
        view.show_page(page)
        save_render(view, f"room_plan_act_800_page_{page + 1}")
        actions = view.page_actions(page)
        words = [w for _px, w, _cut in view.drawn_text]
        whole = {w for _px, w, cut in view.drawn_text if not cut}
        for action in actions:
            assert _says(words, action.owner), (action.id, words)
            assert action.what in whole, action.id
        if late in actions:
            assert late.owner in whole, words  # a line of its own, whole
            assert [w for w in words if "⚠ Late" in w], words
        marks = [w for w in words if w.startswith("Priority ")]
        assert len(marks) == len(actions)


def test_a_long_owner_takes_two_lines_where_the_card_has_room_for_them(qapp):
    """Review F: on Act at 1366×768 a card with a blank line above its owner still cut it to one
    line ("Discharge Team Lead, District…"); where the card has room for both lines, the owner
    is whole on two."""
    from PySide6.QtGui import QFontMetricsF

    from wtfc.ui.boards.plan_card_words import owner_lines, who_goes
    from wtfc.ui.boards.plan_room_pages import LINE
    from wtfc.ui.boards.room_paint import SMALL_PX
    from wtfc.ui.style import pixel_font

    owner = "Discharge Team Lead, District Hospital"
    width = QFontMetricsF(pixel_font(SMALL_PX)).horizontalAdvance("Discharge Team Lead,") + 4
    lines = owner_lines(owner, width)
    assert len(lines) > 1
    roomy = 100 + (1 + len(lines)) * LINE
    facts, _answers, _height, _status = who_goes(
        owner, ["Theme"], roomy, "Not started", mark="Priority 1", when="By 1 Apr 2027", fits=100,
        note=0, width=width, late=False, plain=False)
    assert facts == lines and " ".join(facts).split() == owner.split()
    tight = 100 + 2 * LINE  # room for one line only: the owner is cut after a whole word
    facts, *_ = who_goes(owner, ["Theme"], tight, "Not started", mark="Priority 1",
                         when="By 1 Apr 2027", fits=100, note=0, width=width, late=False,
                         plain=False)
    assert len(facts) == 1
