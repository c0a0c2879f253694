"""The find bar's count while typing, when the wall is laid out again meanwhile (an edit or the
held-back details shown: ``find_again``) (5534109a): the count still waits for the typing's
pause, said once then, not at once mid-word on top of the wall's own read-out."""

from __future__ import annotations

from test_wall_find import _find
from test_wall_find_count_once import _counts, heard  # noqa: F401  (the fixture)

from tests.ui.settled import until


def test_a_wall_laid_out_again_while_typing_waits_for_the_pause(qtbot, panel, heard):  # noqa: F811
    bar = _find(qtbot, panel, "the")  # keys in a run, as typed: the count waits
    assert _counts(heard) == []
    bar.find_again()  # the wall laid out again before the pause
    assert _counts(heard) == []  # not said mid-typing
    until(qtbot, lambda: _counts(heard) != [])
    assert len(_counts(heard)) == 1  # once, at the pause
