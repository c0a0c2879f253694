"""The kinds' type colours: a kind written in white on its pill, or its symbol on a card or a
theme's tint, reads at 7:1 or better (the room view's small type, WCAG AAA)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor

from wtfc.model.workshop import Kind
from wtfc.ui.style import CARD_FACE, KIND_COLOURS, KIND_INKS, KIND_TINTS, contrast

WHITE = QColor("#FFFFFF")


@pytest.mark.parametrize("kind", list(Kind))
def test_white_on_a_kind_pill_and_a_kind_symbol_on_its_tint_read_at_seven_to_one(kind):
    assert contrast(WHITE, KIND_INKS[kind]) >= 7
    assert contrast(KIND_INKS[kind], CARD_FACE) >= 7
    assert contrast(KIND_INKS[kind], KIND_TINTS[kind]) >= 7


def test_the_bright_kind_colours_alone_were_too_faint_for_white_type():
    # Why KIND_INKS exist: white on the vermillion and green of the bars is under 4.5:1.
    assert contrast(WHITE, KIND_COLOURS[Kind.NOT_WORKING]) < 4.5
    assert contrast(WHITE, KIND_COLOURS[Kind.WORKING]) < 4.5


@pytest.mark.parametrize("kind", list(Kind))
def test_each_ink_still_reads_as_its_kinds_hue(kind):
    # A darker shade of the same colour, so the pill still looks green, vermillion or blue.
    assert abs(KIND_INKS[kind].hslHue() - KIND_COLOURS[kind].hslHue()) <= 3


def _pixels_of(image, colour: QColor) -> int:
    """Every second pixel of every second row that is ``colour`` (its RGB, as ``pixel()``
    reads it): counted by numpy, not 500,000 calls of ``pixel()`` a kind at 1920x1080."""
    import numpy as np
    from PySide6.QtGui import QImage

    argb = image.convertToFormat(QImage.Format.Format_ARGB32)  # the words pixel() gives
    rows = np.frombuffer(argb.constBits(), np.uint32).reshape(
        argb.height(), argb.bytesPerLine() // 4)[::2, :argb.width():2]
    return int(np.count_nonzero(rows & 0xFFFFFF == colour.rgb() & 0xFFFFFF))


@pytest.mark.parametrize("view", ["room", "priorities"])
def test_the_room_draws_its_kind_symbols_and_pills_in_the_dark_inks(qapp, view):
    """The room wall's card and header symbols, and Priorities' kind pills, are drawn in the
    inks (each kind's, somewhere on the screen); the old lighter symbol colour is gone."""
    from PySide6.QtCore import QSize

    from wtfc.model.demo import demo_path
    from wtfc.model.document import Document
    from wtfc.model.storage import load_workshop
    from wtfc.ui.render import parse_view, render_view

    doc = Document(load_workshop(demo_path()).workshop)
    if view == "room":  # the demo's wall takes a page a kind (three lines a card): each page
        images = _room_wall_pages(doc, QSize(1920, 1080))
        assert len(images) == 3
    else:
        images = [render_view(doc, parse_view(view), QSize(1920, 1080))]
    for kind in Kind:
        assert sum(_pixels_of(image, KIND_INKS[kind]) for image in images) > 20, kind
    if view == "room":  # the strip's symbol was the kind colour darker(115): 4.4:1 on white
        assert _pixels_of(images[0], KIND_COLOURS[Kind.WORKING].darker(115)) == 0


def _room_wall_pages(doc, size) -> list:
    """Each page of the room wall at ``size``, as the projector shows it."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from wtfc.ui.wall.room_wall import RoomWallView

    view = RoomWallView(doc, viewport=(float(size.width()), float(size.height())))
    view.resize(size)
    view.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
    view.show()
    QApplication.processEvents()
    view.prepare_for_render()
    images = []
    for page in range(view.page_count()):
        view.show_page(page)
        QApplication.processEvents()
        images.append(view.grab().toImage())
    view.close()
    view.deleteLater()
    return images


@pytest.mark.parametrize("kind", list(Kind))
def test_the_read_out_cards_kind_band_is_white_on_the_dark_ink(qtbot, kind):
    """The card the room is asked to place: its "✓ Working" was white on the bright kind colour,
    3.4:1 (2.0:1 on a washed-out projector), the one kind label not on its ink."""
    from collections import Counter

    from wtfc.model.workshop import Card
    from wtfc.ui.wall.readout_card import ReadOutCard

    widget = ReadOutCard(Card(kind=kind, text="The bus never comes on time"), room=True)
    qtbot.addWidget(widget)
    widget.resize(1000, 600)
    image = widget.grab().toImage()
    rect = widget.card_rect()
    band = max(rect.height() * 0.12, 36)  # the band the label is drawn on
    rows = range(int(rect.top() + 4), int(rect.top() + band - 4))
    pixels = Counter(image.pixel(x, y) & 0xFFFFFF for y in rows
                     for x in range(int(rect.left() + 20), int(rect.right() - 20), 2))
    behind = QColor(pixels.most_common(1)[0][0])
    assert behind.rgb() & 0xFFFFFF == KIND_INKS[kind].rgb() & 0xFFFFFF
    assert pixels[WHITE.rgb() & 0xFFFFFF] > 20  # the label, in white, is on it
    assert contrast(WHITE, behind) >= 7
