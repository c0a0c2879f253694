# ruff: noqa: F811  (pytest fixtures imported from window_fixtures are parameters here)
"""Delete this workshop and its copies… deletes the colleague's version a Save replaced
('spring (changed elsewhere 10-20).wtfc') and, since review 36 A5 M4, the versions its own
saves kept: opened, worked on and saved, it is a workshop wtfc opens. A wtfc that stopped with
it open left a recovery copy of it in wtfc's own folder: that copy holds the same workshop's
words, yet it is neither named nor deleted, the done-line says 'every copy', and the next start
offers it back."""

from __future__ import annotations

from test_every_copy_of_a_workshop import _crashed_copy, _workshop, asked  # noqa: F401
from window_fixtures import make_window, recovery_folder  # noqa: F401

from wtfc.model.storage import save_workshop
from wtfc.ui.delete_workshop import delete_workshop

COLLEAGUE = "spring (changed elsewhere 10-20).wtfc"


def test_a_colleagues_versions_recovery_copy_goes_or_is_named(
        make_window, recovery_folder, tmp_path, asked):
    path = tmp_path / "spring.wtfc"
    save_workshop(_workshop(), path, backup=False)
    colleague = tmp_path / COLLEAGUE
    save_workshop(_workshop("Jo"), colleague, backup=False)
    theirs = _crashed_copy(recovery_folder, colleague, "jo1")  # opened, and wtfc stopped
    window = make_window(autosave=False)
    assert window.files.open_path(path)
    asked.answers = ["delete"]
    assert delete_workshop(window)
    said = asked.said[0]
    message = window.statusBar().currentMessage()
    assert not colleague.exists()
    assert not theirs.exists() or ("recovery copy" in said and "every copy" not in message), \
        (said, message)


def test_the_question_names_it_as_the_colleagues_versions(
        make_window, recovery_folder, tmp_path, asked):
    path = tmp_path / "spring.wtfc"
    save_workshop(_workshop(), path, backup=False)
    colleague = tmp_path / COLLEAGUE
    save_workshop(_workshop("Jo"), colleague, backup=False)
    theirs = _crashed_copy(recovery_folder, colleague, "jo1")
    window = make_window(autosave=False)
    assert window.files.open_path(path)
    asked.answers = ["delete"]
    assert delete_workshop(window)
    assert f"The recovery copy wtfc kept of its colleague's version '{COLLEAGUE}' from today " \
           f"at " in asked.said[0]
    assert not theirs.exists()
    assert window.statusBar().currentMessage().startswith(
        "Deleted 'spring.wtfc' and every copy wtfc made of it (3 files).")


def test_left_with_the_colleagues_version_opened_meanwhile(
        make_window, recovery_folder, tmp_path, asked, monkeypatch):
    from wtfc.ui.scrolling_question import ScrollingQuestion

    path = tmp_path / "spring.wtfc"
    save_workshop(_workshop(), path, backup=False)
    colleague = tmp_path / COLLEAGUE
    save_workshop(_workshop("Jo"), colleague, backup=False)
    theirs = _crashed_copy(recovery_folder, colleague, "jo1")
    other = make_window(autosave=False)
    window = make_window(autosave=False)
    assert window.files.open_path(path)
    answer = ScrollingQuestion.exec

    def colleague_opens_it_meanwhile(box):
        assert other.files.open_path(colleague)
        return answer(box)

    monkeypatch.setattr(ScrollingQuestion, "exec", colleague_opens_it_meanwhile)
    asked.answers = ["delete"]
    assert not delete_workshop(window)
    assert theirs.exists() and colleague.exists()
    [warned] = asked.warned
    assert "The recovery copy wtfc kept of its colleague's version" in warned, warned
