"""A card typed on two lines is drawn on two lines (review markup26 #1, #4).

Enter in the card dialog starts a new line; the wall card and the room view read "My carer
comesat 7 every day" (a line break is no break to Qt's text layouts, and drew as nothing), a
card with a Windows line end read "Windowsline end", a tab was a wide gap. A card's tooltip
showed "I get <b>no</b> help" with a bold "no".
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QFontMetricsF, QImage, QPainter
from PySide6.QtWidgets import QStyleOptionGraphicsItem
from test_wall_words_as_typed import TAGGED
from wall_helpers import shown_room_view

from tests.ui.renders import save_render
from tests.ui.shown_words import as_shown
from wtfc.model.demo import demo_path
from wtfc.model.document import Document
from wtfc.model.operations.cards import edit_card
from wtfc.model.storage import load_workshop
from wtfc.model.workshop import Card, Kind
from wtfc.ui.paint_cache import shared_font
from wtfc.ui.wall.card_item import NOTE_TEXT_PX, CardItem, elided, shown_lines

TWO_LINES = "My carer comes\nat 7 every day"


def ink_lines(image: QImage, left: int, top: int, right: int, bottom: int) -> int:
    """How many separate bands of rows well inked (a line of words' middles: its descenders
    and accents alone are a few pixels) the box holds."""
    dark = [sum(QColor(image.pixel(x, y)).lightness() < 110 for x in range(left, right))
            for y in range(top, bottom)]
    bands, inked = 0, False
    for count in dark:
        row = count >= max(dark) / 4
        bands += row and not inked
        inked = row
    return bands


def _drawn_lines(item: CardItem) -> int:
    width, height = (int(side) for side in item.boundingRect().size().toTuple())
    image = QImage(width, height, QImage.Format.Format_ARGB32)
    image.fill(QColor("#FFFFFF"))
    painter = QPainter(image)
    painter.translate(6, 6)  # the bounds reach 6 px round the card
    item.paint(painter, QStyleOptionGraphicsItem())
    painter.end()
    rect = item.text_rect().translated(6, 6)
    return ink_lines(image, int(rect.left()), int(rect.top()), int(rect.right()),
                     int(rect.bottom()))


def test_a_card_typed_on_two_lines_is_drawn_on_two_lines(qapp):
    wide = (620.0, 150.0)  # the words fit one line: only the typed break makes two
    two = CardItem(Card(id="c1", kind=Kind.WORKING, text=TWO_LINES), None, wide)
    one = CardItem(Card(id="c2", kind=Kind.WORKING, text=TWO_LINES.replace("\n", " ")), None,
                   wide)
    assert (_drawn_lines(two), _drawn_lines(one)) == (2, 1)


def test_line_ends_and_tabs_are_shown_as_typed():
    assert shown_lines("Windows\r\nline end") == "Windows\u2028line end"
    assert shown_lines("old Mac\rline end") == "old Mac\u2028line end"
    assert shown_lines("a\n\nb") == "a\u2028b"  # a blank line takes no line of the note
    assert shown_lines("Pasted\tfrom Word") == "Pasted from Word"
    assert shown_lines("Ends fine") == "Ends fine"


PARAGRAPHS = "My carer is kind.\n\nShe comes late most days.\n\nI never know who is coming."
BLANKS = "Carers:\n\n\n\nThey come late and leave early every day"


def test_blank_lines_and_lines_of_spaces_take_no_line_of_a_card():
    assert shown_lines(PARAGRAPHS) == PARAGRAPHS.replace("\n\n", "\u2028")
    assert shown_lines("\r\n  \r\nTop\r\n \t \r\n\r\nBottom\n\n") == "Top\u2028Bottom"
    assert shown_lines("  indented\nkept") == "  indented\u2028kept"


def test_pasted_paragraphs_keep_every_word_on_a_note(qapp, drawn_words):
    """Three short paragraphs on a note (200 x 132) lost their last sentence to the blank lines,
    with "…" alone on the last line; four blank lines left "Carers: They come late …"."""
    for text in (PARAGRAPHS, BLANKS):
        item = CardItem(Card(id="c1", kind=Kind.WORKING, text=text), None, (200.0, 132.0))
        drawn_words.clear()
        _drawn_lines(item)
        assert text.split() in [words.split() for words in drawn_words]  # all, no "…"


def test_the_ellipsis_follows_the_words_above_a_blank_last_line(qapp):
    """A blank line as the last that fits (a theme's name, a title: not squeezed) is not
    left as a bare "…": the "…" goes after the line of words above it."""
    font = shared_font(NOTE_TEXT_PX)
    line = QFontMetricsF(font).lineSpacing()
    text = "My carer is kind.\u2028\u2028\u2028She comes late most days and rushes."
    shown = elided(text, font, 400.0, line * 2)
    assert shown == "My carer is kind. …"


def test_a_cards_tooltip_shows_its_words_as_typed(qapp):
    item = CardItem(Card(id="c1", kind=Kind.WORKING, text=TAGGED), None, (200.0, 132.0))
    assert as_shown(item.toolTip()) == TAGGED




def test_the_room_wall_gives_a_two_line_card_two_lines_and_draws_them(qtbot, drawn_words):
    """Measured with its break, the card's row is two lines tall and its words drawn whole
    (measured without it, the row was one line and the card read "My carer comes …")."""
    doc = Document(load_workshop(demo_path()).workshop)
    theme = doc.workshop.themes[0]
    card_id = theme.card_ids[0]
    edit_card(doc, card_id=card_id, text=TWO_LINES).do(doc)
    edit_card(doc, card_id=theme.card_ids[1], text="Windows\r\nline end").do(doc)
    edit_card(doc, card_id=theme.card_ids[2], text="My carers come\n\n\n\nlate every day").do(doc)
    view = shown_room_view(qtbot, doc, (1920, 1080), viewport=(1920.0, 1080.0))
    view.grab()
    save_render(view, "room_wall_two_line_card")
    layout, m = view.wall.layout, view.wall.room_metrics
    at = layout.metrics_on(0, m)
    for key in (card_id, theme.card_ids[1], theme.card_ids[2]):  # blank lines: none measured
        height = layout.cards[(key, theme.id)][3]
        assert round((height - 2 * at.row_pad) / at.line) == 2
        assert _drawn_lines(view.wall.cards[(key, theme.id)]) == 2
    assert shown_lines(TWO_LINES) in drawn_words  # whole: no "…"
    assert "Windows\u2028line end" in drawn_words
    assert "My carers come\u2028late every day" in drawn_words
