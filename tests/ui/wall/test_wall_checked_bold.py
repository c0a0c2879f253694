"""The wall's toggles say which is on in bold type, not only by Qt's shading (219 against
239-251 grey, 1.1-1.3:1): the kind filter, which decides what the projector shows, and the
Outline and Read-out buttons. The toolbar keeps their bold words' width whichever is on: a
button that grew as it was checked wrapped the toolbar onto another row at some widths, and
the wall jumped under the pointer. At 1366 px it is one row whatever is on."""

from __future__ import annotations

import itertools

from PySide6.QtWidgets import QToolButton

from tests.ui.settled import settle, until
from wtfc.model.workshop import Stage


def _buttons(panel) -> dict[str, QToolButton]:
    return {b.defaultAction().text(): b for b in panel.toolbar.findChildren(QToolButton)}


def _rows(panel) -> int:
    return len({b.y() + b.parentWidget().y() for b in _buttons(panel).values()
                if b.isVisible()})


def test_the_kind_shown_is_in_bold_and_the_row_stays_one_row(panel):
    buttons = _buttons(panel)
    filters = {key: buttons[a.text()] for key, a in panel.wall_actions.filter_actions.items()}
    assert [k for k, b in filters.items() if b.font().bold()] == ["all"]
    rows = _rows(panel)
    panel.wall_actions.filter_actions["not_working"].trigger()  # F7
    panel.wall_actions.show_suggestions.trigger()  # F9: every toggle that fits the row on
    settle()
    assert [k for k, b in filters.items() if b.font().bold()] == ["not_working"]
    assert buttons["Suggestions panel"].font().bold()
    assert _rows(panel) == rows == 1
    for button in buttons.values():  # grown, never cut
        assert button.width() >= button.sizeHint().width(), button.text()
    outline = buttons["Outline"]
    assert outline.isChecked() and outline.font().bold()
    outline.click()
    assert not outline.isChecked() and not outline.font().bold()


def test_a_button_that_is_not_a_toggle_stays_plain(panel):
    assert not _buttons(panel)["&Fit all"].font().bold()


def _heights(panel) -> list[int]:
    """The toolbar's height at each width from a narrow window's to a wide screen's."""
    flow = panel.toolbar.layout()
    return [flow.heightForWidth(width) for width in range(500, 1700)]


def test_checking_a_toggle_never_wraps_the_toolbar_onto_another_row(panel):
    """At 565-571 and 1111-1122 px a checked kind (Read-out also 545-551) took a row more."""
    actions = panel.wall_actions
    heights = _heights(panel)
    for key, action in actions.filter_actions.items():
        action.trigger()
        settle()
        assert _heights(panel) == heights, key
    for toggle in (actions.readout, actions.show_suggestions, actions.show_outline):
        for _ in range(2):  # on, then off again
            toggle.trigger()
            settle()
            assert _heights(panel) == heights, toggle.text()


def test_at_1366_px_the_toolbar_is_one_row_whatever_is_on(demo_window, qtbot):
    demo_window.resize(1366, 768)
    demo_window.go_to_stage(Stage.THEME)
    page = demo_window.page(Stage.THEME)
    until(qtbot, lambda: page.toolbar.width() > 0 and page.isVisible())
    actions, flow = page.wall_actions, page.toolbar.layout()
    toggles = (actions.readout, actions.show_suggestions, actions.show_outline)
    for kind in actions.filter_actions.values():
        kind.trigger()
        for on in itertools.product((False, True), repeat=len(toggles)):
            for toggle, wanted in zip(toggles, on, strict=True):
                toggle.setChecked(wanted)
            settle()
            assert flow.sizeHint().width() <= page.toolbar.width(), (kind.text(), on)
