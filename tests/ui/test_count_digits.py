"""Number boxes show Latin digits on every laptop: with the region at ar-SA, fa-IR or bn-BD,
Prepare's "Who's in the room" read "٦ ٢ ٣ ٣ ٣" and the stage timer's Plan box "٣٠ min", beside
"6 of 19" and "30:00 left" in Latin digits (review dates F6)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale

from wtfc.ui.count_box import CountBox
from wtfc.ui.days_plan import MinutesBox


@pytest.mark.parametrize("region", [
    (QLocale.Language.Arabic, QLocale.Country.SaudiArabia),
    (QLocale.Language.Persian, QLocale.Country.Iran),
    (QLocale.Language.Bangla, QLocale.Country.Bangladesh),
])
def test_count_and_minutes_boxes_show_latin_digits_whatever_the_region(qtbot, region):
    before = QLocale()
    QLocale.setDefault(QLocale(*region))
    try:
        assert QLocale().toString(1234) != "1234"  # the region's own digits: it bites
        count, minutes = CountBox(), MinutesBox()
    finally:
        QLocale.setDefault(before)
    for box in (count, minutes):
        qtbot.addWidget(box)
        box.setValue(1234 if box is count else 30)
    assert count.text() == "1234"
    assert minutes.text().startswith("30")
