"""The desktop switched to dark or High contrast (or back) while wtfc is open: the colours wtfc
set at start (a box's example grey, a too-faint selection's highlight) stayed as set, since Qt
keeps the roles an app set through a theme change. An empty box's example read 1.9-2.4:1 on
a dark box, white on white (1.00:1) the other way; the selected row's black words on the
light desktop's darkened blue 4.18:1; Act's field headings #4A4A4A on the dark window.

The switch is emulated as Qt makes it: the new desktop's palette with the roles wtfc set laid
over it, set on the app (the offscreen platform cannot change its theme)."""

from __future__ import annotations

import pytest
from palette_fixtures import READABLE, contrast, label_contrast
from PySide6.QtGui import QColor, QPalette
from settled import settle

from wtfc.ui.application import make_application
from wtfc.ui.boards.action_details import NARROW, ActionDetails

C, G = QPalette.ColorRole, QPalette.ColorGroup
SET_BY_WTFC = (C.PlaceholderText, C.Highlight)


def desktop(ground: str, text: str, example: str, highlight: str, selected: str) -> QPalette:
    palette = QPalette()
    for role in (C.Window, C.Base, C.AlternateBase, C.Button):
        palette.setColor(role, QColor(ground))
    for role in (C.Text, C.WindowText, C.ButtonText):
        palette.setColor(role, QColor(text))
    palette.setColor(C.PlaceholderText, QColor(example))
    palette.setColor(C.Highlight, QColor(highlight))
    palette.setColor(C.HighlightedText, QColor(selected))
    return palette


DESKTOPS = {  # as R7 measured them (Fusion's light blue; Windows 11 dark; High contrast black)
    "light": ("#ffffff", "#000000", "#6d6d6d", "#308cc6", "#ffffff"),
    "dark": ("#1c1c1c", "#ffffff", "#a0a0a0", "#0078d4", "#ffffff"),
    "high contrast": ("#000000", "#ffffff", "#3ff23f", "#1aebff", "#000000"),
}
SWITCHES = [("light", "high contrast"), ("light", "dark"), ("high contrast", "light"),
            ("dark", "light")]


@pytest.fixture
def started(qapp):
    """``started(name)``: wtfc started on that desktop; the shared app's palette put back."""
    before = QPalette(qapp.palette())

    def start(name: str) -> None:
        qapp.setPalette(desktop(*DESKTOPS[name]))
        make_application()

    yield start
    qapp.setPalette(before)


def switch_to(qapp, start: str, then: str) -> None:
    """What Qt gives the app when the desktop turns from ``start`` to ``then``: the new
    desktop's colours, bar the roles the app set (every example grey; a highlight only where
    it was changed), which keep the colours they had."""
    kept, was = qapp.palette(), desktop(*DESKTOPS[start])
    switched = desktop(*DESKTOPS[then])
    for group in (G.Active, G.Inactive, G.Disabled):
        for role in SET_BY_WTFC:
            if role == C.PlaceholderText or kept.color(group, role) != was.color(group, role):
                switched.setColor(group, role, kept.color(group, role))
    qapp.setPalette(switched)


@pytest.mark.parametrize(("start", "then"), SWITCHES, ids=[f"{a} to {b}" for a, b in SWITCHES])
def test_an_empty_boxs_example_reads_after_the_switch_and_is_not_typed_words(
        qapp, started, start, then):
    started(start)
    switch_to(qapp, start, then)
    palette = qapp.palette()
    text = palette.color(C.Text)
    for group in (G.Active, G.Inactive):
        example = palette.color(group, C.PlaceholderText)
        for ground in (C.Base, C.Window):
            assert contrast(example, palette.color(group, ground)) >= READABLE, \
                f"{group.name}: {example.name()} on {palette.color(group, ground).name()}"
        assert contrast(example, text) >= 1.5, f"{example.name()} looks typed ({text.name()})"


@pytest.mark.parametrize(("start", "then"), SWITCHES, ids=[f"{a} to {b}" for a, b in SWITCHES])
def test_the_selected_rows_words_read_after_the_switch(qapp, started, start, then):
    started(start)
    switch_to(qapp, start, then)
    palette = qapp.palette()
    for group in (G.Active, G.Inactive):
        words, fill = palette.color(group, C.HighlightedText), palette.color(group, C.Highlight)
        assert contrast(words, fill) >= READABLE, f"{words.name()} on {fill.name()}"


def test_a_desktop_example_colour_that_reads_is_kept_after_the_switch(qapp, started):
    """Windows dark's own grey (#a0a0a0, 6.5:1), not the light start's #4A4A4A (1.9:1)."""
    started("light")
    qapp.setPalette(desktop(*DESKTOPS["dark"]))  # a palette naming its own example colour
    assert qapp.palette().color(C.PlaceholderText) == QColor("#a0a0a0")


def test_acts_field_headings_follow_the_switch(qapp, started, qtbot):
    started("light")
    details = ActionDetails()
    qtbot.addWidget(details)
    details.resize(NARROW + 200, 300)
    details.show()
    details.show_fields(("Answers", "First step", "How we'll know"), {})
    qtbot.waitExposed(details)
    heading = details.titles[0]
    assert heading.text() == "Answers" and label_contrast(heading) >= READABLE
    for start, then in (("light", "dark"), ("dark", "high contrast"), ("high contrast", "light")):
        switch_to(qapp, start, then)
        settle()  # the widgets take the app's new palette from a posted event
        assert label_contrast(heading) >= READABLE, then
