# ruff: noqa: F811  (pytest fixtures imported from window_fixtures are parameters here)
"""File → Delete this workshop and its copies… (fd05d516): a colleague's copy opened in another
wtfc window *while the question was asked* is left, and said not deleted — the commit's own
promise, which its tests leave untried (they open it before asking). Deleting it would take
the workshop from under the colleague working in it. Place: tests/ui/ (beside
test_every_copy_of_a_workshop.py, whose fixture and helpers it imports)."""

from __future__ import annotations

from window_fixtures import make_window, recovery_folder  # noqa: F401

from tests.ui.test_every_copy_of_a_workshop import _workshop, asked  # noqa: F401
from wtfc.model.storage import save_workshop
from wtfc.ui.scrolling_question import ScrollingQuestion


def test_a_colleagues_copy_opened_while_asked_is_left_and_said(
        make_window, tmp_path, asked, monkeypatch):
    from wtfc.ui.delete_workshop import delete_workshop

    path = tmp_path / "spring.wtfc"
    save_workshop(_workshop(), path)
    copy = tmp_path / "spring (changed elsewhere 10-20).wtfc"
    save_workshop(_workshop(), copy, backup=False)
    other = make_window(autosave=False)
    window = make_window(autosave=False)
    assert window.files.open_path(path)
    answer = ScrollingQuestion.exec

    def colleague_opens_it_meanwhile(box):
        assert other.files.open_path(copy)  # the colleague opens it as the question waits
        return answer(box)

    monkeypatch.setattr(ScrollingQuestion, "exec", colleague_opens_it_meanwhile)
    asked.answers = ["delete"]
    delete_workshop(window)
    assert copy.exists()  # still open in the colleague's window
    told = " ".join(asked.said[1:] + asked.warned)
    assert "spring (changed elsewhere 10-20).wtfc" in told and "meanwhile" in told
