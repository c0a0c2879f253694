"""Identify success names the causes the room agreed to address (seed 003: "what success would
be like … if they could address these issues"), on the board and on the room view."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QFontMetrics, QTextDocument

from tests.ui.renders import save_render
from tests.ui.settled import settle
from wtfc.model.operations.causes import add_cause, edit_cause
from wtfc.model.workshop import Cause
from wtfc.ui.boards import success_room
from wtfc.ui.boards.success import SuccessBoard
from wtfc.ui.boards.success_causes import NONE_YET, agreed_line

LONG = ["Contracts pay for minutes of task, so a longer visit loses the provider money.",
        "Nothing records what matters to the person, so rotas just fill gaps.",
        "Paid carers get poor quality training and supervision.",
        "Care plans are long and written for assessors, not for the carer walking in the door."]


def _board(qtbot, doc, undo, width=1600) -> SuccessBoard:
    board = SuccessBoard(doc, undo)
    qtbot.addWidget(board)
    board.resize(width, 760)
    board.show()
    qtbot.waitExposed(board)
    return board


def _shown(board) -> str:
    page = QTextDocument()
    page.setHtml(board.agreed.text())
    return page.toPlainText()


def _agree_long_causes(doc, undo):
    for text in LONG:
        undo.push(add_cause(doc, theme_id="package", text=text))
        cause = doc.workshop.causes[-1]
        undo.push(edit_cause(doc, cause_id=cause.id, agreed=True))


def test_the_board_names_the_causes_agreed_for_the_theme(qtbot, doc, undo):
    board = _board(qtbot, doc, undo)
    assert board.agreed.isVisible()
    assert _shown(board) == "We agreed to act on: Contracts pay by the minute, not by outcome"
    undo.push(edit_cause(doc, cause_id="e", agreed=True))  # marked on the why-tree meanwhile
    assert _shown(board) == ("We agreed to act on: Contracts pay by the minute, not by outcome; "
                             "Training covers tasks, not getting to know people")
    undo.stack.undo()
    assert "Training" not in _shown(board)
    board.selector.select_theme("who")  # causes, none agreed: said in one line
    assert _shown(board) == NONE_YET
    assert not board.agreed.toolTip()


def test_on_a_narrow_board_long_causes_are_cut_at_whole_words_in_two_lines(qtbot, doc, undo):
    _agree_long_causes(doc, undo)
    board = _board(qtbot, doc, undo, width=675)
    settle()
    shown = _shown(board)
    assert shown.startswith("We agreed to act on: Contracts pay")
    assert "…" in shown and ",…" not in shown
    for cut in shown.removeprefix("We agreed to act on: ").split("; "):
        words = cut.rstrip("…").split()
        assert any(" ".join(t.split()[:len(words)]).rstrip(",.") == " ".join(words).rstrip(".")
                   for t in [*LONG, "Contracts pay by the minute, not by outcome"]), cut
    lines = QFontMetrics(board.agreed.font()).lineSpacing()
    assert board.agreed.height() <= 2 * lines + 8  # the columns keep the height
    assert all(text in board.agreed.toolTip() for text in LONG)  # whole in the tooltip
    save_render(board, "success_agreed_causes_675")


def test_a_line_too_long_for_its_room_counts_the_last_causes():
    causes = [Cause(theme_id="t", text=f"Cause number {n} with several more words in it")
              for n in range(1, 6)]
    line = agreed_line(causes, lambda t: len(t) <= 80)
    assert line.endswith("more") and len(line) <= 80
    assert agreed_line(causes, lambda t: len(t) <= 10) == "We agreed to act on 5 causes"
    assert agreed_line([], lambda t: True) == ""


def _drawn(monkeypatch, doc, theme_id):
    from wtfc.ui.render import parse_view, render_view

    calls = []
    real = success_room.draw_text

    def spy(p, rect, text, px=success_room.BODY_PX, **kw):
        calls.append((text, px, rect))
        real(p, rect, text, px, **kw)

    monkeypatch.setattr(success_room, "draw_text", spy)
    image = render_view(doc, parse_view(f"success:{doc.theme(theme_id).name}"),
                        QSize(1920, 1080))
    return calls, image


def test_the_room_view_names_them_under_the_heading_in_large_type(qtbot, doc, undo,
                                                                  monkeypatch):
    _agree_long_causes(doc, undo)
    calls, image = _drawn(monkeypatch, doc, "package")
    strip = [c for c in calls if c[0].startswith("We agreed to act on: ")]
    assert len({c[0] for c in strip}) == 1  # (painted more than once)
    text, px, rect = strip[-1]
    assert px >= 20
    assert rect.height() <= 2 * 1.5 * px  # two lines at most
    assert "Paid carers get poor quality" in text and "…" in text
    first_statement = next(c for c in calls if c[0].startswith("I have time to talk"))
    assert first_statement[2].top() > rect.bottom()  # the columns start under it
    image.save("build/renders/room_success_agreed.png")
    calls, _image = _drawn(monkeypatch, doc, "who")  # none agreed: nothing said
    assert not any("agreed" in c[0].lower() for c in calls)
