"""The room views draw a theme named in Urdu, an Urdu reason or cause, and a long word whole.

Qt draws Urdu with the lent Noto Sans Arabic, whose line is about twice the main font's. The
priorities view measured a name in the main font's lines and drew the Urdu one as "…"; the
Plan view's cards said "Because: …" and "Priority 2: …". A word wider than its box (a URL,
Llanfairpwll…gogogoch) ran out of the Plan card. On the Understand board the box for why a
theme was chosen cut the tops of the Latin letters beside Urdu.
"""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter

from wtfc.model.document import Document
from wtfc.model.workshop import Action, Card, Cause, Kind, Priority, Role, Theme, Workshop
from wtfc.ui.boards.plan_room import PlanRoomView
from wtfc.ui.boards.priorities_room import PrioritiesRoomView
from wtfc.ui.boards.room_paint import BODY_PX, draw_text, text_height
from wtfc.ui.screen_fonts import lend_fonts

URDU_NAME = "مجھے نہیں معلوم کہ کون آ رہا ہے"
URDU_CAUSE = "ٹھیکہ منٹ کے حساب سے ادائیگی کرتا ہے"
REASON = "Mwyaf o bobl — سب سے زیادہ"
LONG_WORD = "Llanfairpwllgwyngyllgogerychwyrndrobwllllantysiliogogogoch https://www.example.org/a"
SIZES = [(1024, 768), (1920, 1080)]


def _doc() -> Document:
    cards = [Card(id=f"c{i}", kind=Kind.NOT_WORKING, text=f"Card {i}") for i in range(6)]
    themes = [Theme(id="t1", kind=Kind.NOT_WORKING, name="I don't know who is coming",
                    card_ids=["c0", "c1", "c2"],
                    priority=Priority(chosen=True, rank=1, votes=9, reason=REASON)),
              Theme(id="t2", kind=Kind.NOT_WORKING, name=URDU_NAME, card_ids=["c3", "c4"],
                    priority=Priority(chosen=True, rank=2, votes=4, reason="Most votes")),
              Theme(id="t3", kind=Kind.NOT_WORKING, name="Nobody rings", card_ids=["c5"])]
    causes = [Cause(id="k1", theme_id="t1", text=URDU_CAUSE, root_cause=True, agreed=True)]
    actions = [Action(id="a1", theme_id="t1", cause_id="k1", role=Role.COMMISSIONERS,
                      owner="Siân", what="Pay for outcomes"),
               Action(id="a2", theme_id="t2", role=Role.COMMISSIONERS, owner="İbrahim",
                      what=LONG_WORD)]
    return Document(Workshop(title="Scripts", cards=cards, themes=themes, causes=causes,
                             actions=actions))


def _drawn(qtbot, view, size) -> list[tuple[str, bool]]:
    """(words, cut short) of every text the view draws, over all its pages."""
    qtbot.addWidget(view)
    view.resize(*size)
    view.show()
    qtbot.waitExposed(view)
    drawn = []
    for page in range(view.page_count()):
        view.show_page(page)
        view.grab()
        drawn += [(words, cut) for _px, words, cut in view.drawn_text]
    return drawn


@pytest.mark.parametrize("size", SIZES)
def test_priorities_show_an_urdu_name_and_reason_whole(qtbot, size):
    lend_fonts()  # as the app does once a workshop holds Urdu
    drawn = _drawn(qtbot, PrioritiesRoomView(_doc()), size)
    assert (URDU_NAME, False) in drawn  # was "…"
    assert (f"Why: {REASON}", False) in drawn


@pytest.mark.parametrize("size", SIZES)
def test_plan_cards_name_the_urdu_theme_and_cause_and_keep_a_long_word_whole(qtbot, size):
    lend_fonts()
    drawn = _drawn(qtbot, PlanRoomView(_doc(), today=lambda: dt.date(2026, 11, 29)), size)
    texts = dict(drawn)
    because = [words for words in texts if words.startswith("Because")]
    assert because and all(URDU_CAUSE in words and not texts[words] for words in because)
    assert texts.get(f"Priority 2: {URDU_NAME}") is False  # was "Priority 2: …"
    assert texts.get(LONG_WORD) is False


def test_a_long_word_is_broken_inside_its_box(qapp):
    width = 300.0
    line = text_height("Ag", width, BODY_PX)
    tall = text_height(LONG_WORD, width, BODY_PX)
    # measured broken, as drawn: the 58 letters take three lines, the URL more (Qt's word wrap
    # drew "Llanfairpwllgwyngyl" to the box's edge and dropped the rest of the word)
    assert tall >= 4 * line
    image = QImage(400, int(tall) + 40, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    p = QPainter(image)
    draw_text(p, QRectF(10, 10, width, tall), LONG_WORD)
    p.end()
    inked = [x for x in range(int(10 + width) + 2, 400) for y in range(image.height())
             if image.pixelColor(x, y) != QColor("white")]
    assert not inked  # nothing ran past the box's right edge
    last = range(int(10 + tall - line) + 4, int(10 + tall) - 4)  # the last line is drawn
    assert any(image.pixelColor(x, y) != QColor("white") for x in range(10, 310) for y in last)


def test_the_reason_box_grows_for_an_urdu_reason(qtbot):
    from PySide6.QtGui import QFontMetricsF

    from wtfc.ui.boards.priorities import PrioritiesBoard
    from wtfc.ui.tall_line import line_height
    from wtfc.ui.undo import UndoAdapter

    lend_fonts()
    doc = _doc()
    board = PrioritiesBoard(doc, UndoAdapter(doc))
    qtbot.addWidget(board)
    board.reason.setText("Most people said it")
    plain = board.reason.minimumSizeHint().height(), board.reason.minimumHeight()
    board.reason.setText(REASON)
    more = line_height(REASON, board.reason) - QFontMetricsF(board.reason.font()).height()
    assert more > 5  # Noto Sans Arabic's line is taller
    assert board.reason.minimumHeight() >= board.reason.sizeHint().height() + more - 1
    board.reason.setText("Most people said it")
    assert (board.reason.minimumSizeHint().height(), board.reason.minimumHeight()) == plain
