"""The ⚠ personal-detail line, for a screen reader: a kind that goes for one key and comes back
while another kind stays in the line is the same news, said once (ddd84ac6: "one taken away and
back while it shows is not news"). With the line holding a name, "14 Acacia Ave" (an address),
"…Aven" (none), "…Avenue" (an address again) had the address said twice."""

from __future__ import annotations

from test_detail_hint_on_screen import _heard
from test_detail_hint_reader import _form


def test_a_kind_that_flickers_beside_another_is_said_once(qtbot, monkeypatch):
    heard = _heard(monkeypatch)
    _dialog, what, _owner, _hint = _form(qtbot)
    for ch in "Ask Winifred Okafor about 14 Acacia Avenue":
        qtbot.keyClicks(what, ch)  # the name stays; the address flickers at "Aven"
    kinds = [[k for k in ("[name]", "[address]") if k in h] for h in heard]
    assert sum("[address]" in k for k in kinds) == 1, heard
