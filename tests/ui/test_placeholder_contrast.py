"""A box's grey example reads at 4.5:1 or better, as docs/behaviour.md promises: Qt's own
placeholder grey (text at half alpha) was 4.0:1 in Prepare's empty Title box and 3.9:1 in the
why-tree's greyed foot line ("Press Why? (W) to type a reason here"). Start-up sets the grey
once, for every box (``make_application``); measured here from the pixels drawn."""

from __future__ import annotations

from collections import Counter

import pytest
from palette_fixtures import READABLE, contrast
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QWidget

from wtfc.model.document import Document
from wtfc.model.workshop import Workshop
from wtfc.ui.application import make_application
from wtfc.ui.boards.cause_line import IDLE_HINT, CauseLine
from wtfc.ui.details_page import TITLE_EXAMPLE, DetailsPage
from wtfc.ui.undo import UndoAdapter


@pytest.fixture
def started(qapp):
    """The app as a real start leaves it; the shared app's palette put back afterwards."""
    before = QPalette(qapp.palette())
    yield make_application()
    qapp.setPalette(before)


def drawn_contrast(widget: QWidget, name: str) -> float:
    """The darkest ink drawn in ``widget`` against its commonest colour (the box's ground)."""
    image = widget.grab().toImage()
    image.save(f"{name}.png")
    pixels = Counter(image.pixel(x, y) for x in range(image.width())
                     for y in range(2, image.height() - 2))
    ground = QColor(pixels.most_common(1)[0][0])
    darkest = min((QColor(p) for p in pixels), key=lambda c: c.lightness())
    return contrast(darkest, ground)


def test_prepares_title_example_reads_at_4_5(started, show, tmp_path):
    doc = Document(Workshop())
    page = show(DetailsPage(doc, UndoAdapter(doc)), 900, 700)
    assert page.title.text() == "" and page.title.placeholderText() == TITLE_EXAMPLE
    page.venue.setFocus()  # no caret in the Title box: only the example's ink is in it
    assert drawn_contrast(page.title, str(tmp_path / "title")) >= READABLE


def test_the_why_trees_closed_line_reads_at_4_5(started, show, tmp_path):
    line = CauseLine(lambda _mode, _words: True, lambda: None)
    line.end()  # closed, greyed, as the board shows it between questions
    show(line, 700, 40)
    assert not line.editor.isEnabled() and line.editor.placeholderText() == IDLE_HINT
    assert drawn_contrast(line.editor, str(tmp_path / "why_line")) >= READABLE


def test_only_the_example_grey_is_set_so_the_desktop_keeps_its_colours(started):
    """Bar a selection's highlight its words read on under 4.5:1 (Fusion's #308CC6 under
    white, as here: ``test_readable_selection``), set to one they read on."""
    palette = started.palette()
    groups = (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive,
              QPalette.ColorGroup.Disabled)
    for group in groups:
        ink = palette.color(group, QPalette.ColorRole.PlaceholderText)
        ground = palette.color(group, QPalette.ColorRole.Base)
        assert contrast(ink, ground) >= READABLE
        set_here = [role for role in QPalette.ColorRole
                    if role != QPalette.ColorRole.NColorRoles and palette.isBrushSet(group, role)]
        if QPalette.ColorRole.Highlight in set_here:
            assert group != QPalette.ColorGroup.Disabled
            assert contrast(palette.color(group, QPalette.ColorRole.HighlightedText),
                            palette.color(group, QPalette.ColorRole.Highlight)) >= READABLE
            set_here.remove(QPalette.ColorRole.Highlight)
        assert set_here == [QPalette.ColorRole.PlaceholderText]
