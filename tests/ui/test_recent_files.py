# ruff: noqa: F811  (pytest fixtures imported from window_fixtures are parameters here)
"""File → Open recent on a laptop shared, its menu often on the projector: each workshop named
by its file and folder, never the whole path; a workshop on a drive not connected kept (greyed,
with why) until it is back; one deleted offered off the list when chosen; any one removed by
hand, or the whole list cleared with the Review board's pairings."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMenu, QMessageBox
from window_fixtures import isolated_settings, shown_window  # noqa: F401

from wtfc.model.storage import save_workshop
from wtfc.model.workshop import Workshop
from wtfc.ui import review_memory

NOT_THERE = "  (not found now: moved, or on a drive not connected)"
GONE = "  (no longer there: moved or deleted)"
END = [("", True), ("&Remove one from this list", True), ("&Clear this list…", True)]
Yes, No, Cancel = (
    QMessageBox.StandardButton.Yes,
    QMessageBox.StandardButton.No,
    QMessageBox.StandardButton.Cancel,
)


pytestmark = pytest.mark.usefixtures("isolated_settings")  # recent files: this test's own


@pytest.fixture
def window(shown_window):
    return shown_window


@pytest.fixture
def answer(monkeypatch):
    """answer(button): the next question is answered so; what it asked is in .asked."""

    class Answer:
        def __init__(self):
            self.asked: list[str] = []

        def __call__(self, button):
            def question(_parent, _title, text, *_args):
                self.asked.append(text)
                return button

            monkeypatch.setattr(QMessageBox, "question", question)

    return Answer()


def _workshop(folder: Path, name: str, title: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    save_workshop(Workshop(title=title), folder / name)
    return folder / name


def _menu(window, name: str = "recent") -> QMenu:
    window.findChild(QMenu, "recent").aboutToShow.emit()  # what opening the submenu does
    return window.findChild(QMenu, name)


def _recent_menu(window) -> list[tuple[str, bool]]:
    return [(a.text(), a.isEnabled()) for a in _menu(window).actions()]


def _choose(window, text: str, menu: str = "recent") -> None:
    [action] = [a for a in _menu(window, menu).actions() if a.text().startswith(text)]
    action.trigger()


def test_the_menu_names_file_and_folder_never_the_whole_path(window, tmp_path):
    """The whole path ('/home/jane.smith/Reviews/Review - John Smith 12 Oak Road.wtfc') was
    shown on a menu often on the projector; the recovery dialog already named only these."""
    path = _workshop(tmp_path / "jane.smith" / "Reviews", "Review - J.wtfc", "Review")
    window.files.open_path(path)
    assert _recent_menu(window) == [("Review - J.wtfc in the folder 'Reviews'", True), *END]
    remove = _menu(window, "recent_remove")  # filled with the menu, as it opens
    shown = [*window.findChild(QMenu, "recent").actions(), *remove.actions()]
    said = [text for a in shown for text in (a.text(), a.toolTip())]
    assert not [text for text in said if "jane.smith" in text]


def test_an_ampersand_in_a_name_is_shown_not_taken_as_a_key(window, tmp_path):
    """'Care & Support' showed as 'Care _Support': Qt read '& ' as 'underline the space'."""
    window.files.open_path(_workshop(tmp_path / "Care & Support", "A & B.wtfc", "Spring"))
    assert _recent_menu(window)[0] == ("A && B.wtfc in the folder 'Care && Support'", True)


def test_a_workshop_on_a_drive_not_connected_stays_greyed_and_comes_back(window, tmp_path):
    stick = tmp_path / "stick"
    spring = _workshop(stick / "Workshops", "spring.wtfc", "Spring")
    autumn = _workshop(tmp_path / "laptop", "autumn.wtfc", "Autumn")
    window.files.open_path(spring)
    unplugged = tmp_path / "unplugged"
    stick.rename(unplugged)  # the USB stick is pulled out
    window.files.open_path(autumn)  # opening another used to drop spring for good
    assert window.files.recent_files() == [str(autumn), str(spring)]
    assert _recent_menu(window)[:2] == [
        ("autumn.wtfc in the folder 'laptop'", True),
        ("spring.wtfc in the folder 'Workshops'" + NOT_THERE, False),
    ]

    unplugged.rename(stick)  # plugged in again
    assert _recent_menu(window)[1] == ("spring.wtfc in the folder 'Workshops'", True)
    _choose(window, "spring.wtfc")
    assert window.files.path == spring and window.doc.workshop.title == "Spring"


def test_a_deleted_workshop_chosen_is_offered_off_the_list(window, tmp_path, answer):
    """A deleted file stayed greyed '(not found now…)' until eight others pushed it out."""
    folder = tmp_path / "Reviews"
    jones = _workshop(folder, "Mrs Jones.wtfc", "Jones")
    window.files.open_path(jones)
    window.files.open_path(_workshop(folder, "spring.wtfc", "Spring"))
    jones.unlink()
    assert _recent_menu(window)[1] == ("Mrs Jones.wtfc in the folder 'Reviews'" + GONE, True)

    answer(No)
    _choose(window, "Mrs Jones.wtfc")
    assert answer.asked == [
        "'Mrs Jones.wtfc' is no longer in the folder 'Reviews'. It was "
        "moved, renamed or deleted.\n\nTake it off the list of recent "
        "workshops? No file is changed."
    ]
    assert len(window.files.recent_files()) == 2  # kept, as asked
    answer(Yes)
    _choose(window, "Mrs Jones.wtfc")
    assert window.files.recent_files() == [str(folder / "spring.wtfc")]
    assert window.doc.workshop.title == "Spring"  # nothing else opened or changed


def test_any_workshop_is_removed_by_hand_even_on_a_drive_not_connected(window, tmp_path):
    spring = _workshop(tmp_path / "stick" / "Workshops", "spring.wtfc", "Spring")
    autumn = _workshop(tmp_path / "laptop", "autumn.wtfc", "Autumn")
    window.files.open_path(spring)
    window.files.open_path(autumn)
    (tmp_path / "stick").rename(tmp_path / "unplugged")
    assert [a.text() for a in _menu(window, "recent_remove").actions()] == [
        "autumn.wtfc in the folder 'laptop'",
        "spring.wtfc in the folder 'Workshops'",
    ]
    _choose(window, "spring.wtfc", "recent_remove")
    assert window.files.recent_files() == [str(autumn)]
    _choose(window, "autumn.wtfc", "recent_remove")  # the workshop open now, too
    assert _recent_menu(window) == [("No recent workshops", False)]


def test_clearing_the_list_forgets_review_s_pairings_too_and_says_so(window, tmp_path, answer):
    spring = _workshop(tmp_path / "Reviews", "spring.wtfc", "Spring")
    last = _workshop(tmp_path / "Reviews", "last year.wtfc", "Last year")
    window.files.open_path(spring)
    review_memory.remember(spring, last)

    answer(Cancel)
    _choose(window, "&Clear this list")
    assert answer.asked == [
        "Clear the list of recent workshops on this laptop? This also clears what the "
        "Review board remembers: last time's file for 1 workshop, which it will ask for "
        "again.\n\nNo workshop "
        "file is changed or deleted."
    ]
    assert window.files.recent_files() == [str(spring)]
    assert review_memory.remembered(spring) == last.resolve()

    answer(Yes)
    _choose(window, "&Clear this list")
    assert _recent_menu(window) == [("No recent workshops", False)]
    assert review_memory.remembered(spring) is None and review_memory.count() == 0
    assert spring.exists() and last.exists()


def test_with_no_review_pairings_clearing_does_not_speak_of_them(window, tmp_path, answer):
    window.files.open_path(_workshop(tmp_path, "spring.wtfc", "Spring"))
    answer(Yes)
    _choose(window, "&Clear this list")
    assert answer.asked == [
        "Clear the list of recent workshops on this laptop?\n\nNo workshop "
        "file is changed or deleted."
    ]
    assert window.files.recent_files() == []


def test_with_no_recent_workshops_the_menu_says_so(window):
    assert _recent_menu(window) == [("No recent workshops", False)]


def test_a_workshop_opened_by_a_relative_path_is_remembered_by_its_whole_path(
    window, tmp_path, monkeypatch
):
    """`wtfc spring.wtfc` from a terminal: the menu read "in the folder '.'", the workshop
    was listed twice once opened by its whole path, and wtfc started from another folder said
    it was "no longer there" and offered to drop it, though it was where it always was."""
    spring = _workshop(tmp_path / "Reviews", "spring.wtfc", "Spring")
    monkeypatch.chdir(spring.parent)
    window.files.open_path(Path("spring.wtfc"))
    window.files.open_path(spring)
    window.files.open_path(Path("..") / "Reviews" / "spring.wtfc")
    assert window.files.recent_files() == [str(spring)]
    monkeypatch.chdir(tmp_path)  # wtfc started from another folder
    assert _recent_menu(window) == [("spring.wtfc in the folder 'Reviews'", True), *END]


def test_a_relative_path_remembered_before_is_made_whole_or_left_off(window, tmp_path, monkeypatch):
    """Lists written before paths were made whole: one found from here is named by its whole
    path (once); one not found cannot be placed, so it is left off rather than called gone."""
    from wtfc.ui.app_settings import settings

    spring = _workshop(tmp_path / "Reviews", "spring.wtfc", "Spring")
    monkeypatch.chdir(tmp_path)
    settings().setValue(
        "recent", [str(Path("Reviews") / "spring.wtfc"), "autumn.wtfc", str(spring)]
    )
    assert window.files.recent_files() == [str(spring)]
    assert _recent_menu(window) == [("spring.wtfc in the folder 'Reviews'", True), *END]


def test_two_workshops_of_the_same_name_are_told_apart_by_their_folders(window, tmp_path):
    """Each year's Reviews/Spring.wtfc both read "Spring.wtfc in the folder 'Reviews'", in
    the menu and under Remove one, so the facilitator could not tell which was which."""
    last = _workshop(tmp_path / "2025" / "Reviews", "Spring.wtfc", "Spring 2025")
    this = _workshop(tmp_path / "2026" / "Reviews", "Spring.wtfc", "Spring 2026")
    window.files.open_path(last)
    window.files.open_path(this)
    names = ["Spring.wtfc in the folder '2026/Reviews'", "Spring.wtfc in the folder '2025/Reviews'"]
    assert _recent_menu(window) == [(name, True) for name in names] + END
    assert [a.text() for a in _menu(window, "recent_remove").actions()] == names
    _choose(window, "Spring.wtfc in the folder '2025/Reviews'")
    assert window.doc.workshop.title == "Spring 2025"
