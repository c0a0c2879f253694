"""File → New workshop from this one…: the next cycle starts from this workshop's file.

The facilitator running the autumn workshop keeps spring's details, plan and people's codes
(``model.next_cycle``) and has Review compare with spring's file at once; Prepare says which
words are spring's, to be checked. The copy is read from
the file on disk, not the window: Review compares with that file, and changes the facilitator
chose to discard are not to come back in the new workshop. Like File → New it is a new document,
not an edit: the undo history starts empty.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from wtfc.model.control_characters import name_shown  # as the title shows a file's name
from wtfc.model.demo import bundled_copy_name, demo_path, demo_previous_path, said_as
from wtfc.model.errors import WorkshopFileError
from wtfc.model.kept_names import version_of

if TYPE_CHECKING:
    from wtfc.ui.file_controller import FileController

DOING = "starting a new workshop from this one"
_BUNDLED = (demo_path(), demo_previous_path())  # opened as untitled copies: bundled_copy_name
NOT_MADE = "No new workshop was made"


def new_from_this(files: FileController) -> bool:
    """Ask to save as File → New does, then open the new cycle, untitled and paired on Review.
    False when the facilitator cancelled or the file could not be read (said why)."""
    source = _source_file(files)
    if source is None:
        return False
    from PySide6.QtWidgets import QMessageBox  # as in file_controller: not at start-up

    from wtfc.model.next_cycle import next_cycle
    from wtfc.model.storage import load_workshop
    from wtfc.ui.plain_tip import as_typed  # a file's name as typed, never as HTML

    try:
        loaded = load_workshop(source)
    except WorkshopFileError as exc:
        QMessageBox.warning(files.window, NOT_MADE, as_typed(
            f"wtfc could not read '{name_shown(source.name)}' to start from it. {exc}"))
        return False
    files.adopt_next_cycle(next_cycle(loaded.workshop), source,
                           f"Untitled (from {said_as(source)})")
    _compare_with(files, source)
    _say_what_came_across(files, source)
    return True


def _say_what_came_across(files: FileController, source: Path) -> None:
    """Once, on 1 Prepare: the details are last time's words (a scope naming last time's
    months, a purpose about last time's reviews), and who is in the room is left to count."""
    from wtfc.model.workshop import Stage
    from wtfc.ui.announce import announce
    from wtfc.ui.details_page import DetailsPage

    page = files.window.page(Stage.PREPARE)
    assert isinstance(page, DetailsPage)
    said = said_as(source)  # "the demo" rather than a file name never seen
    where = f"'{name_shown(said)}'" if said == source.name else said
    words = (f"Started from last time's workshop ({where}). The title, venue, facilitator, "
             f"purpose, scope and how the room agreed to work and decide are last time's "
             f"words: check each is right for this time.{_people_came_across(files)} The date "
             f"and who is in the room are left for this time's day.")
    page.say_started_from(words)
    announce(page, words)  # the keyboard stays where it is: a screen reader hears it


def _people_came_across(files: FileController) -> str:
    """The people's roles and tags come too, and the data export prints them: typed last time
    ("Sarah Jones team"), they are this time's to check as the details are."""
    people = files.window.doc.workshop.people
    if not any(p.voice or p.age_band or p.service_type or p.locality for p in people):
        return ""
    return (" People's roles and tags (age band, service type, locality) came across too: "
            "check them on 2 Collect → People.")


def pair_restored(files: FileController, source: Path) -> None:
    """A new cycle restored after a crash is still never saved over ``source``; untitled, it
    compares with it on Review again (a saved one finds it as any reopened workshop does, or
    the file the facilitator chose since)."""
    files.made_from = source
    if files.path is None:
        _compare_with(files, source)


def _compare_with(files: FileController, source: Path) -> None:
    """Review compares with ``source`` now. The board is built for it (not shown): saving then
    pairs the new file with ``source`` as opening last time's file on the board does
    (``review_memory``), so reopening the new workshop compares with it too."""
    from wtfc.model.workshop import Stage

    files.window.page(Stage.REVIEW)
    board = files.window._review_board()
    assert board is not None
    board.load_previous(source)


def _source_file(files: FileController) -> Path | None:
    """The file the new workshop starts from and Review compares with; None: not going on."""
    bundled = _bundled(files)
    kept_of = version_of(files.path) if files.path is not None else None  # a .bak's workshop
    unsaved = files.path is None and bundled is None
    if (kept_of or unsaved) and not _saved_first(files, kept_of):
        return None  # no file to compare with that stays as it is, and the facilitator kept it so
    if not files.confirm_discard(DOING):  # after a save, asks only of words not added yet
        return None
    return files.path or bundled


def _bundled(files: FileController) -> Path | None:
    """The bundled file an untitled copy was opened from: the demo's copy (and the copy of its
    last time) starts from the bundled file itself, which is never written."""
    if files.path is not None:
        return None
    if files.is_demo:
        return demo_path()
    return next((p for p in _BUNDLED if bundled_copy_name(p) == files.untitled_name), None)



def _saved_first(files: FileController, kept_of: Path | None) -> bool:
    """An untitled workshop is saved first: Review compares the new one with its file. So is
    a kept earlier version of ``kept_of`` (``spring.wtfc.bak``): the next saves of that
    workshop replace it, and Review would compare with whatever version it then holds."""
    from PySide6.QtWidgets import QMessageBox

    from wtfc.ui.plain_tip import as_typed

    if not files.window.commit_pending_edits():
        return False
    if kept_of is not None and files.path is not None:
        name, of = name_shown(files.path.name), name_shown(kept_of.name)
        why = (f"'{name}' is an earlier version of '{of}', kept by wtfc: "
               f"the next saves of '{of}' replace it. The new workshop's Review "
               f"compares with this one's file, so save this version under a name of its own "
               f"first.")
    else:
        why = ("This workshop has not been saved to a file yet. The new workshop's Review "
               "compares with this one's file, so it is saved first.")
    answer = QMessageBox.question(
        files.window, "Save this workshop first", as_typed(f"{why}\n\nSave it now?"),
        QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Save)
    return answer == QMessageBox.StandardButton.Save and files.save_as_dialog()
