"""People after "New workshop from this one": every carried person has no cards yet, so every
row was drawn in Qt's own grey (text at half alpha): 3.95:1 on the alternate rows, 4.0:1 on
white, below the 4.5:1 body text needs, in the very table the new cycle's note asks the
facilitator to check. The rows stay grey (their "no cards" says why in words), at 4.5:1 or
better on both row colours, on a light and a dark desktop."""

from __future__ import annotations

import pytest
from palette_fixtures import READABLE, contrast, dark_palette  # noqa: F401
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette

from wtfc.model.document import Document
from wtfc.model.workshop import Person, Workshop
from wtfc.ui.people_table import NO_CARDS, Column, PeopleModel
from wtfc.ui.style import readable_placeholders

ROWS = (QPalette.ColorRole.Base, QPalette.ColorRole.AlternateBase)


def _carried_rows() -> PeopleModel:
    """Three people carried into a new cycle: no cards yet."""
    people = [Person(id=f"P0{n}", locality="Riverside") for n in (1, 2, 3)]
    return PeopleModel(Document(Workshop(title="Next time", people=people)))


def _inks(model: PeopleModel) -> list[QColor]:
    inks = []
    for row in range(model.rowCount()):
        assert model.index(row, Column.CARDS).data() == NO_CARDS  # the words say why
        for column in Column:
            ink = model.index(row, column).data(Qt.ItemDataRole.ForegroundRole)
            assert isinstance(ink, QColor)
            inks.append(ink)
    return inks


def _readable(ink: QColor) -> list[float]:
    """The ink's contrast on each row colour (an ink with alpha drawn over it, as Qt does)."""
    palette = QGuiApplication.palette()
    ratios = []
    for role in ROWS:
        ground = palette.color(role)
        a = ink.alphaF()
        drawn = QColor.fromRgbF(ink.redF() * a + ground.redF() * (1 - a),
                                ink.greenF() * a + ground.greenF() * (1 - a),
                                ink.blueF() * a + ground.blueF() * (1 - a))
        ratios.append(contrast(drawn, ground))
    return ratios


def test_carried_people_s_grey_rows_read_on_qt_s_own_light_palette(qapp):
    inks = _inks(_carried_rows())
    text = QGuiApplication.palette().color(QPalette.ColorRole.Text)
    for ink in inks:
        assert min(_readable(ink)) >= READABLE, _readable(ink)
        assert ink.rgb() != text.rgb()  # still greyed: a row apart from those with cards


def test_and_on_the_app_s_palette(qapp):
    before = QPalette(qapp.palette())
    readable_placeholders(qapp)  # as the app starts
    try:
        for ink in _inks(_carried_rows()):
            assert min(_readable(ink)) >= READABLE, _readable(ink)
    finally:
        qapp.setPalette(before)


@pytest.mark.usefixtures("dark_palette")
def test_and_on_a_dark_desktop(qapp):
    for ink in _inks(_carried_rows()):
        assert min(_readable(ink)) >= READABLE, _readable(ink)
