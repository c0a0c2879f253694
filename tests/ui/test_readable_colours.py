"""style.py's rule for fixed colours under any desktop palette: a fixed tint always comes with a
fixed dark ink, a warning has its own pale box, and a muted grey is kept only where it reads."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QLabel, QTreeWidgetItem

from wtfc.ui.style import (
    HELD_BACK,
    INK,
    MUTED_INK,
    REFUSAL_INK,
    WARNING_FILL,
    contrast,
    palette_ink,
    tint_item,
    tinted,
    warning_look,
)

BG, FG = Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole


def test_contrast_is_wcags_ratio():
    assert round(contrast(QColor("#000000"), QColor("#FFFFFF")), 1) == 21.0
    assert round(contrast(QColor("#FFFFFF"), QColor("#FBEDE5")), 2) == 1.14  # the review's pair
    assert contrast(QColor("#777777"), QColor("#777777")) == 1.0


def test_a_tint_always_comes_with_a_dark_ink():
    colours = tinted(QColor("#FBEDE5"))
    assert colours[BG].color().name() == "#fbede5" and colours[FG].color() == INK
    assert tinted(QColor("#FBEDE5"), REFUSAL_INK)[FG].color() == REFUSAL_INK


def test_tint_item_sets_both_on_every_column_asked():
    item = QTreeWidgetItem(["a", "b", "c"])
    tint_item(item, QColor("#ECEAE4"), columns=[0, 2])
    assert item.foreground(0).color() == INK and item.background(2).color().name() == "#eceae4"
    assert item.data(1, BG) is None and item.data(1, FG) is None


def test_a_muted_grey_is_kept_only_where_the_palette_lets_it_read():
    light, dark = QPalette(QColor("#EFEFEF")), QPalette(QColor("#2B2B2B"))
    light.setColor(QPalette.ColorRole.Base, QColor("#FFFFFF"))
    dark.setColor(QPalette.ColorRole.Base, QColor("#1E1E1E"))
    dark.setColor(QPalette.ColorRole.Text, QColor("#FFFFFF"))
    assert palette_ink(MUTED_INK, QPalette.ColorRole.Base, palette=light) == MUTED_INK
    assert palette_ink(MUTED_INK, QPalette.ColorRole.Base, palette=dark).name() == "#ffffff"


def test_a_warning_has_its_own_pale_box(qtbot):
    label = QLabel("⚠ Held-back details are showing")
    qtbot.addWidget(label)
    warning_look(label)
    sheet = label.styleSheet().lower()
    assert WARNING_FILL.name() in sheet and HELD_BACK.name() in sheet
    warning_look(label, refusal=True)
    assert REFUSAL_INK.name() in label.styleSheet().lower()
