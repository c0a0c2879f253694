"""The wall's toggles say which is on in bold type, not only by Qt's shading (219 against
239-251 grey, 1.1-1.3:1): the kind filter, which decides what the projector shows, and the
Outline and Read-out buttons. The row is not widened for it (it would wrap at 1366 px): a
button grows by its bold words' few pixels, and the row stays one row."""

from __future__ import annotations

from PySide6.QtWidgets import QToolButton

from tests.ui.settled import settle


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
