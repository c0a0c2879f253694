"""Read-out mode greys the wall toolbar's Fit all: its tooltip talked about "this menu" and the
why-tree on Understand (review R3 M1). It says why for the button in sight: read-out mode, and
the key back to the wall. The Zoom menu seen from another stage keeps its own reason."""

from __future__ import annotations

from PySide6.QtWidgets import QToolButton


def _fit_all_button(panel) -> QToolButton:
    return next(b for b in panel.findChildren(QToolButton)
                if b.defaultAction() is panel.wall_actions.fit)


def test_greyed_fit_all_in_read_out_says_ctrl_r_goes_back(panel):
    button = _fit_all_button(panel)
    panel.toggle_readout(True)
    assert button.isVisible() and not button.isEnabled()
    tip = button.toolTip()
    assert "read-out" in tip and "Ctrl+R" in tip
    assert "menu" not in tip and "why-tree" not in tip
    panel.toggle_readout(False)
    assert button.isEnabled() and button.toolTip() == "Show the whole wall (Ctrl+0)"


def test_the_zoom_menu_off_the_theme_page_keeps_the_why_tree_keys(panel):
    panel.hide()  # another stage on screen
    assert "why-tree on Understand" in panel.wall_actions.fit.toolTip()
