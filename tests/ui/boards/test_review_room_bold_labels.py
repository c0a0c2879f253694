"""The Review room view shows each perspective's label in last time's success statements
("Older people:", "Family carers (continued):") in bold, the quotes in regular type: from the
back of the room the labels read no heavier than the quotes. Every page breaks where it did in
regular type (a label on a line of its own once cost the demo a page): the bold letters are set
a little closer (a quarter of the room bold takes beyond regular type), the spaces between a
label's words whole. Set as close as regular type's, "Older people:" ran together on a
projector (smoke walk R6 #3)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtGui import QFontMetricsF, QTextLayout
from PySide6.QtWidgets import QApplication

from tests.ui.renders import saved_pages
from wtfc.model.demo import demo_path, demo_previous_path
from wtfc.model.document import Document
from wtfc.model.storage import load_workshop
from wtfc.ui.boards import room_labels
from wtfc.ui.boards.review_room import ReviewRoomView
from wtfc.ui.boards.room_paint import SMALL_PX
from wtfc.ui.style import pixel_font

TODAY = dt.date(2026, 11, 29)


def _view(qtbot, as_last: bool) -> ReviewRoomView:
    """The demo beside its previous cycle, or (``as_last``) the demo as last time's workshop:
    its priority 1 has eight statements from three perspectives."""
    now, last = load_workshop(demo_path()).workshop, load_workshop(demo_previous_path()).workshop
    if as_last:
        now, last = last, now
    view = ReviewRoomView(Document(now), Document(last), today=lambda: TODAY)
    qtbot.addWidget(view)
    view.resize(1366, 768)
    view.show()
    QApplication.processEvents()
    return view


def _layout(view: ReviewRoomView) -> list:
    return [(view.page_rows(page), [a.what for a in view.page_actions(page)])
            for page in range(view.page_count())]


@pytest.mark.parametrize("as_last", [False, True], ids=["demo", "demo as last time's"])
def test_the_labels_are_bold_and_the_pages_break_where_they_did(qtbot, monkeypatch, as_last):
    drawn: list[tuple[str, list[tuple[str, bool]]]] = []  # (words, [(part, bold)])
    real = QTextLayout.draw

    def draw(self, p, pos, *args, **kwargs):
        text = self.text()
        drawn.append((text, [(part, True) for part in _bold_parts(self)]))
        return real(self, p, pos, *args, **kwargs)

    monkeypatch.setattr(QTextLayout, "draw", draw)
    view = _view(qtbot, as_last)
    pages = _layout(view)
    for _page in saved_pages(view, f"review_bold_labels{'_as_last' if as_last else ''}_1366"):
        pass
    said = {text: parts for text, parts in drawn if text.startswith("What we said success")}
    assert len(said) == len(view._marks.success)  # (a page may be drawn more than once)
    bold = {part for parts in said.values() for part, heavy in parts if heavy}
    assert "Older people:" in bold and ("Family carers:" in bold or "Commissioners:" in bold)
    assert all(part.endswith(":") and "“" not in part for part in bold)  # never the quotes

    # the same view with the labels in regular type: the same pages, the same rows on each
    monkeypatch.setattr(room_labels, "perspective_labels", lambda _text: [])
    assert _layout(_view(qtbot, as_last)) == pages  # (new documents: measured afresh)


def test_labels_found_in_the_statements_and_in_a_continued_piece():
    text = ("What we said success would look like: Older people: “I go out.” · Staff and "
            "managers: “We listen: older people: matter.”")
    found = [text[s:s + n] for s, n in room_labels.perspective_labels(text)]
    assert found == ["Older people:", "Staff and managers:"]  # a lower-case quote is not one
    piece = "… Family carers (continued): “Mum is a person.”"
    assert [piece[s:s + n] for s, n in room_labels.perspective_labels(piece)] \
        == ["Family carers (continued):"]


def test_a_labels_words_stay_apart_and_its_letters_close_up_only_a_little(qapp):
    text = "What we said success would look like: Older people: “My carer asks me.”"
    spans = room_labels.perspective_labels(text)
    layout = room_labels._laid_out(text, 2000.0, SMALL_PX, spans)
    line = layout.lineAt(0)
    start, length = spans[0]
    gap = text.index(" ", start)  # the space in "Older people:"

    def x(at: int) -> float:
        return line.cursorToX(at)[0]

    bold = QFontMetricsF(pixel_font(SMALL_PX, bold=True))
    regular = QFontMetricsF(pixel_font(SMALL_PX))
    assert x(gap + 1) - x(gap) == pytest.approx(bold.horizontalAdvance(" "))  # whole
    drawn = x(start + length) - x(start)
    label = text[start:start + length]
    letters = len(label) - label.count(" ")
    # closer than bold's own letters, by no more than 0.6 units a letter (they were 1.9)
    assert regular.horizontalAdvance(label) < drawn < bold.horizontalAdvance(label)
    assert (bold.horizontalAdvance(label) - drawn) / letters < 0.6


def _bold_parts(layout: QTextLayout) -> list[str]:
    """Each run of bold words (a label's words and spaces are ranges of their own)."""
    units = layout.text().encode("utf-16-le")  # Qt's ranges count UTF-16 units
    runs: list[list[int]] = []
    for r in layout.formats():
        if not r.format.font().bold():
            continue
        if runs and runs[-1][1] == r.start:
            runs[-1][1] = r.start + r.length
        else:
            runs.append([r.start, r.start + r.length])
    return [units[2 * start:2 * end].decode("utf-16-le") for start, end in runs]


@pytest.mark.parametrize("before", ["👍😀", "𠀀"], ids=["emoji", "CJK Extension B letter"])
def test_the_bold_covers_the_label_after_a_letter_outside_the_bmp(qapp, before):
    """Each such letter before a label once moved its bold one letter left: "” · Family
    carer" bold, "s:" regular."""
    text = (f"What we said success would look like: Older people: “I go out {before}.” · "
            f"Family carers: “Mum is heard {before}.” · Commissioners: “We pay.”")
    layout = room_labels._laid_out(text, 900.0, SMALL_PX, room_labels.perspective_labels(text))
    assert _bold_parts(layout) == ["Older people:", "Family carers:", "Commissioners:"]


def test_a_label_broken_over_two_lines_is_bold_on_both(qapp):
    """The 1366x768 room view's theme column: "Older " ends a line, "people:" starts the
    next."""
    text = ("What we said success would look like: Older people: “asks turns transport is I "
            "asks transport time. and a coming. up the for We a” · Family carers: “to Mum want "
            "carer We person turns”")
    layout = room_labels._laid_out(text, 667.6898148148148, SMALL_PX,
                                   room_labels.perspective_labels(text))
    first = layout.lineAt(0)
    assert text[first.textStart():first.textStart() + first.textLength()].endswith("Older ")
    assert _bold_parts(layout) == ["Older people:", "Family carers:"]
