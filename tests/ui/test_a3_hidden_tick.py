"""A3 S2 (paste into tests/ui/): 'Give this sheet's people codes of their own' ticked, then the
area changed so that the page has no clash to say: the box went away, but the tick held for it
(ce52d96a's _tick_again) still gave South's people new codes at Import, unseen."""
from __future__ import annotations

from import_fixtures import wait_for

from tests.ui.test_import_area_box import _localities, _typed, south_after_north


def test_a_tick_the_page_no_longer_shows_gives_no_codes_of_their_own(qtbot, tmp_path):
    doc, dialog = south_after_north(qtbot, tmp_path)
    _typed(qtbot, dialog, "South")
    own = dialog.confirm_page.own_codes_box
    assert own.isVisible()
    own.setChecked(True)
    _typed(qtbot, dialog, "North")  # no: it is North's sheet after all; the note goes
    assert not own.isVisible() and not dialog.confirm_page.codes_label.isVisible()
    dialog.import_now()
    wait_for(qtbot, dialog, "report")
    assert set(_localities(doc)) == {"P01", "P02", "P03"}  # was P01–P04: P01 → P03, P03 → P04
    assert "codes of their own" not in dialog.report_page.text.toPlainText()
