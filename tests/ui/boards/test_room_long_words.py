"""A long run of letters without a space on the projected views (review markup26 #9): a theme
named with a 280-letter word read "I …" on Choose priorities' room view, in a tall empty row; a
cause of 1,500 letters ran out of its why-tree box and was cut off at the edge, nothing saying
more was typed. Now the name fills its lines, broken inside the word and ending in "…", and the
cause's word ends at its box's edge with "…"."""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter

from tests.ui.renders import save_render
from wtfc.model.demo import demo_path
from wtfc.model.document import Document
from wtfc.model.operations.themes import rename_theme
from wtfc.model.storage import load_workshop
from wtfc.model.workshop import Cause
from wtfc.ui.boards.priorities_room import PrioritiesRoomView
from wtfc.ui.boards.why_tree_items import ROOM_STYLE, CauseItem, shown_words

NAME = "I " + "y" * 280
WORD = "x" * 1500


def _drawn_words(monkeypatch) -> list[str]:
    """The words of every ``QPainter.drawText`` from here on."""
    words: list[str] = []
    real = QPainter.drawText

    def draw(self, *args):
        words.extend(a for a in args if isinstance(a, str))
        return real(self, *args)

    monkeypatch.setattr(QPainter, "drawText", draw)
    return words


def test_a_one_word_theme_name_fills_its_lines_on_the_priorities_view(qtbot, monkeypatch):
    doc = Document(load_workshop(demo_path()).workshop)
    theme = doc.workshop.themes[2]
    rename_theme(doc, theme_id=theme.id, name=NAME).do(doc)
    view = PrioritiesRoomView(doc)
    qtbot.addWidget(view)
    view.resize(1920, 1080)
    view.show()
    words = _drawn_words(monkeypatch)
    save_render(view, "room_priorities_one_word_name")
    [shown] = [w for w in words if w.startswith("I y")]
    assert shown.endswith("…") and shown.count("y") > 30  # a line of it, not "I …"


def _ink_right_of(item: CauseItem, edge: float) -> int:
    rect = item.boundingRect()
    image = QImage(int(rect.width()) + 400, int(rect.height()), QImage.Format.Format_ARGB32)
    image.fill(QColor("#FFFFFF"))
    painter = QPainter(image)
    painter.translate(-rect.left(), -rect.top())
    item.paint(painter, None)
    painter.end()
    left = int(edge - rect.left()) + 4  # clear of the box's border
    return sum(QColor(image.pixel(x, y)).lightness() < 110
               for x in range(left, image.width()) for y in range(image.height()))


def test_a_one_word_cause_ends_at_its_box_with_an_ellipsis(qapp):
    item = CauseItem(Cause(id="c1", theme_id="t", text=WORD), ROOM_STYLE)
    assert _ink_right_of(item, ROOM_STYLE.width) == 0  # nothing runs out of the box
    shown = shown_words(WORD, ROOM_STYLE.width - 2 * ROOM_STYLE.pad, ROOM_STYLE.text_px)
    assert shown.endswith("…") and shown.count("x") > 10
    # one line tall, as measured: the box is not a page of x's
    assert item.boundingRect().height() < 4 * ROOM_STYLE.text_px + 2 * ROOM_STYLE.pad + 12


def test_ordinary_causes_and_unspaced_scripts_are_shown_whole(qapp):
    width, px = ROOM_STYLE.width - 2 * ROOM_STYLE.pad, ROOM_STYLE.text_px
    said = "Carers are given fifteen minutes for a visit that needs thirty"
    assert shown_words(said, width, px) == said
    chinese = "护理人员每次来访只有十五分钟时间但是需要三十分钟才能做完所有的事情" * 2
    assert shown_words(chinese, width, px) == chinese  # Qt wraps it between letters
    mixed = f"See {'w' * 400} for more"
    shown = shown_words(mixed, width, px)
    assert shown.startswith("See w") and shown.endswith("… for more")


def test_a_cut_word_is_cut_by_letters_in_any_room_view_box(qapp):
    """``draw_text``, which every room view's words go through, cuts a word too long for its
    box by letters rather than leaving the words before it and "…"."""
    from wtfc.ui.boards.room_paint import draw_text

    image = QImage(700, 200, QImage.Format.Format_ARGB32)
    image.fill(QColor("#FFFFFF"))
    painter = QPainter(image)
    drawn: list[str] = []
    real = QPainter.drawText
    try:
        QPainter.drawText = lambda self, *a: (drawn.extend(x for x in a if isinstance(x, str)),
                                              real(self, *a))[1]
        draw_text(painter, QRectF(0, 0, 600, 80), NAME)
    finally:
        QPainter.drawText = real
        painter.end()
    assert drawn and drawn[-1].startswith("I y") and drawn[-1].endswith("…")
