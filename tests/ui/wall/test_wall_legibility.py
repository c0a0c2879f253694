"""Legible from the back of the room: type sizes measured on the rendered room views at 1080p.

The figure is the font's pixel size as drawn on screen (the item's text size times the view's
scale). The read-out card's size is the one it painted with; a rendered image is checked too.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize
from wall_fixtures import demo_sized_document

from tests.ui.settled import settle
from wtfc.model.demo import demo_path
from wtfc.model.document import Document
from wtfc.ui.render import ViewRequest, render_view, view_factory

FULL_HD = QSize(1920, 1080)


def _documents():
    docs = [("demo-sized fixture", demo_sized_document())]
    if demo_path().exists():
        from wtfc.model.storage import load_workshop

        docs.append(("bundled demo", Document(load_workshop(demo_path()).workshop)))
    return docs


def _shown(qtbot, widget):
    qtbot.addWidget(widget)
    widget.resize(FULL_HD)
    widget.show()
    qtbot.waitExposed(widget)
    hook = getattr(widget, "prepare_for_render", None)
    if hook is not None:
        hook()
    return widget


@pytest.mark.parametrize(("name", "doc"), _documents())
def test_card_text_on_the_fitted_room_wall_is_at_least_20_px(qtbot, name, doc):
    view = _shown(qtbot, view_factory("room")(doc, ViewRequest("room")))
    shown = 0
    for page in range(view.page_count()):  # the demo takes a page a kind at three lines
        view.show_page(page)
        shown += len(view.wall.cards)
        assert view.smallest_text_px() >= 20, name
        assert not any(item.card.held_back for item in view.wall.cards.values())
    assert shown > 20, name


@pytest.mark.parametrize(("name", "doc"), _documents())
def test_read_out_card_text_is_at_least_60_px(qtbot, name, doc):
    widget = _shown(qtbot, view_factory("readout")(doc, ViewRequest("readout")))
    widget.grab()  # paint it: the size is chosen while painting
    assert widget.text_px >= 60, name
    longest = max(doc.workshop.cards, key=lambda c: len(c.text) if not c.held_back else 0)
    widget.set_card(longest)
    widget.grab()
    assert widget.text_px >= 60, (name, longest.text)


def test_render_of_the_room_view_has_large_dark_text(qtbot):
    """The picture itself: the tallest run of dark rows in a card column is at least 20 px."""
    image = render_view(demo_sized_document(), ViewRequest("readout"), FULL_HD)
    column = image.width() // 2
    runs, run = [], 0
    for y in range(image.height()):
        dark = any(image.pixelColor(x, y).lightness() < 80
                   for x in range(column - 300, column + 300, 3))
        run = run + 1 if dark else 0
        runs.append(run)
    assert max(runs) >= 45  # a line of 60 px type has glyphs about 45 px tall


def test_long_words_are_shortened_at_a_word_with_an_ellipsis_and_fit_their_box(qapp):
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QFontMetricsF, QStaticText

    from wtfc.ui.paint_cache import shared_font
    from wtfc.ui.wall.card_item import WRAP, elided

    font = shared_font(17)
    text = ("Different carer every time, so I have to explain everything again, even how I "
            "like my tea, and nobody reads the care plan before they come in.")
    assert elided("My carer is kind.", font, 200, 60) == "My carer is kind."  # it fits: kept
    short = elided(text, font, 180, 80)
    assert short.endswith(" …") and text.startswith(short[:-2])
    assert short[:-2].split()[-1] in text.split()  # cut between words, never inside one
    laid = QStaticText(short)
    laid.setTextWidth(180)
    laid.setTextOption(WRAP)
    laid.prepare(font=font)
    slack = QFontMetricsF(font).lineSpacing() / 2
    assert laid.size().height() <= 80 + slack  # what is painted fits the box
    # no room for a line at all: the first line's words, never "…" alone (a name in Urdu,
    # taller than the box measured for it, was shown to the room as "…")
    first = elided(text, font, 180, 5)
    assert first.endswith(" …") and text.startswith(first[:-2]) and len(first) > 10
    assert QFontMetricsF(font).horizontalAdvance(first) <= 180  # one line
    assert QFontMetricsF(font).boundingRect(QRectF(0, 0, 180, 1e6), Qt.TextFlag.TextWordWrap,
                                            text).height() > 80 + slack  # it had to be cut


def test_a_one_column_lane_names_its_kind_in_full(qtbot, show):
    """A lane one card wide has no room for "What's not working · 0 themes · 1 card"; it says
    "Not working" (the blocks below carry the counts), not a cut-off "What's not …"."""
    from wtfc.model.workshop import Card, Kind, Person, Workshop
    from wtfc.ui.undo import UndoAdapter
    from wtfc.ui.wall import WallPanel

    workshop = Workshop(title="t", people=[Person(id="P01")], cards=[
        Card(id="c1", kind=Kind.NOT_WORKING, text="Different carers every week", person="P01")])
    doc = Document(workshop)
    panel = show(WallPanel(doc, UndoAdapter(doc)), 1366, 700)
    section = panel.scene.sections[Kind.NOT_WORKING]
    assert section.text.startswith("What's not working")
    assert section.shown_text() == "Not working"
    wide = demo_sized_document()
    wide_panel = show(WallPanel(wide, UndoAdapter(wide)), 1366, 700)
    shown = [item.shown_text() for item in wide_panel.scene.sections.values()]
    assert all("·" in text for text in shown), shown  # wide lanes keep their counts


def test_a_card_in_two_themes_never_runs_its_foot_words_together(qtbot, show):
    """"✗ Not working" and "in 2 themes · P05" do not both fit a note's foot: the symbol alone
    names the kind then, rather than "Not workingin 2 themes · P05"."""
    from wtfc.model.storage import load_workshop
    from wtfc.ui.paint_cache import metrics
    from wtfc.ui.undo import UndoAdapter
    from wtfc.ui.wall import WallPanel

    doc = Document(load_workshop(demo_path()).workshop)
    panel = show(WallPanel(doc, UndoAdapter(doc)), 1366, 700)
    shared = [item for item in panel.scene.cards.values() if item.themes_count > 1]
    single = [item for item in panel.scene.cards.values() if item.themes_count == 1]
    assert shared and single
    for item in shared + single:
        kind, extra = item.foot_words()
        width = item.boundingRect().width() - 12
        used = sum(metrics(12).horizontalAdvance(text) for text in (kind, extra) if text)
        assert used <= width - 10 - 35 - 8, (kind, extra)  # foot: symbol 35 px, gap 8 px
        assert extra.endswith(item.card.person)
    assert all(item.foot_words()[0] for item in single)  # room to spare: the word stays


def test_a_wall_with_no_cards_says_where_they_come_from(qtbot, show):
    from wtfc.model.operations.cards import add_card
    from wtfc.model.workshop import Kind, Workshop
    from wtfc.ui.undo import UndoAdapter
    from wtfc.ui.wall import WallPanel
    from wtfc.ui.wall.panel import NO_CARDS_YET

    doc = Document(Workshop())
    undo = UndoAdapter(doc)
    panel = show(WallPanel(doc, undo), 1136, 700)
    assert panel.view.hint.isVisible() and panel.view.hint.text() == NO_CARDS_YET
    assert "Ctrl+2" in NO_CARDS_YET
    undo.push(add_card(doc, kind=Kind.WORKING, text="The lunch club"))
    assert not panel.view.hint.isVisible()
    undo.stack.undo()
    assert panel.view.hint.isVisible()


def test_the_empty_walls_words_stay_whole_and_in_sight_as_the_window_changes(qtbot, show):
    """On an empty wall, opening the suggestions panel or a smaller window left "No cards yet.
    Bring in t…" cut mid-word in the middle of the wall, or off it (the view scrolled, and the
    words with it, to 880,880); at 960×640 the wall was blank."""
    from PySide6.QtCore import QRect

    from wtfc.model.workshop import Workshop
    from wtfc.ui.undo import UndoAdapter
    from wtfc.ui.wall import WallPanel

    doc = Document(Workshop())
    panel = show(WallPanel(doc, UndoAdapter(doc)), 1400, 880)

    def whole_and_in_sight():
        hint, viewport = panel.view.hint, panel.view.viewport()
        seen = QRect(viewport.mapToGlobal(viewport.rect().topLeft()), viewport.size())
        placed = QRect(hint.mapToGlobal(hint.rect().topLeft()), hint.size())
        assert hint.isVisible() and seen.contains(placed), (placed, seen)
        assert hint.wordWrap() and hint.height() >= hint.heightForWidth(hint.width())

    whole_and_in_sight()
    panel.suggestions.set_shown(True)
    settle()  # the wall laid out again beside the panel
    whole_and_in_sight()
    panel.view.scrollContentsBy(300, 300)  # what moved it: the view scrolled its viewport
    whole_and_in_sight()
    panel.suggestions.set_shown(False)
    panel.resize(960, 640)
    settle()  # and for the smaller window
    whole_and_in_sight()
    assert panel.view.hint.width() <= panel.view.viewport().width()


def test_a_held_back_badge_too_long_for_its_card_ends_in_an_ellipsis(qapp):
    """"⚠ Personal details? [name], [phone]" is wider than a note: it stopped at "[name],"
    with nothing to say more was held back. The badge fits its box: as many details as fit
    (with the shorter "Details?" when that shows more), then "…" for the rest."""
    from wtfc.model.workshop import Card, Kind, PersonalDetail
    from wtfc.ui.paint_cache import metrics
    from wtfc.ui.wall.card_item import CardItem

    text = "Patricia Jones rings me on 07700 900123 or patricia.jones@example.org"
    details = [PersonalDetail(start=0, end=14, category="name", text="Patricia Jones"),
               PersonalDetail(start=27, end=39, category="phone", text="07700 900123"),
               PersonalDetail(start=43, end=69, category="email",
                              text="patricia.jones@example.org")]

    def badge(count, *, shown=False, width=220.0):
        card = Card(id="c", kind=Kind.WORKING, text=text, personal_details=details[:count])
        item = CardItem(card, None, (width, 132.0), held_back_shown=shown)
        note = item.held_back_badge()
        assert metrics(12, True).horizontalAdvance(note) <= item.badge_width(), note
        return note

    assert badge(1) == "⚠ Personal details? [name]"
    assert badge(2) == "⚠ Details? [name], [phone]"  # the review's card: both now shown
    assert badge(3) == "⚠ Details? [name] …"
    assert badge(2, shown=True).endswith("…") and "Patricia" in badge(2, shown=True)
    assert badge(3, width=520.0) == "⚠ Personal details? [name], [phone], [e-mail]"
