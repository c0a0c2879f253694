"""An empty box's example on a dark or high-contrast desktop reads (>= 4.5:1) and is told apart
from typed words: start-up used to set it to the palette's text colour itself."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QPalette

from wtfc.ui.style import contrast, readable_placeholders

C = QPalette.ColorRole
CASES = {  # ground, text, the desktop's own example colour (None: Qt's default)
    "windows dark": ("#1c1c1c", "#ffffff", "#a0a0a0"),
    "high contrast black": ("#000000", "#ffffff", "#3ff23f"),
    "dark, no example colour of its own": ("#2b2b2b", "#ffffff", None),
}


@pytest.mark.parametrize("name", CASES)
def test_an_example_reads_and_is_not_the_typed_words_colour(qapp, name):
    ground, text, own = CASES[name]
    before = QPalette(qapp.palette())
    palette = QPalette()
    for role in (C.Window, C.Base, C.AlternateBase):
        palette.setColor(role, QColor(ground))
    for role in (C.Text, C.WindowText):
        palette.setColor(role, QColor(text))
    if own:
        palette.setColor(C.PlaceholderText, QColor(own))
    qapp.setPalette(palette)
    try:
        readable_placeholders(qapp)  # what make_application does at start
        example = qapp.palette().color(C.PlaceholderText)
        assert contrast(example, QColor(ground)) >= 4.5
        assert contrast(example, QColor(text)) >= 1.5, example.name()
    finally:
        qapp.setPalette(before)
