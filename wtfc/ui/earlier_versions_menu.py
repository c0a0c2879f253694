"""File → Go back to an earlier version: the copies each save keeps (``.bak``…``.bak3``) and a
version changed elsewhere that a Save replaced (``changed_elsewhere``), each brought back as one
undoable step; a damaged copy is explained and changes nothing. People removed since (People →
Remove this person…) stay out of the version brought back (``kept_withdrawn``), and it says so.
At its foot, Remove earlier versions… deletes them all (``remove_earlier_versions``).

Loaded when the menu first opens, with ``wtfc.model.versions``: start-up leaves both alone
(tests/ui/test_startup_work.py).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMenu

from wtfc.model.atomic_save import too_long_to_keep
from wtfc.model.errors import WorkshopFileError
from wtfc.model.operations.withdraw import kept_withdrawn
from wtfc.model.versions import (
    EarlierVersion,
    describe_all,
    go_back_to,
    read_version,
    versions_to_go_back_to,
)
from wtfc.ui.file_controller import CHECK_TITLE

if TYPE_CHECKING:
    from wtfc.ui.main_window import MainWindow

KEPT_OUT_LABEL = ", a withdrawn person's cards left out"


def fill_versions_menu(menu: QMenu, window: MainWindow) -> None:
    """Fill the menu as it opens: the kept copies of the file open now, or why there are none,
    then Remove earlier versions…"""
    from wtfc.ui.remove_earlier_versions import add_remove_action

    menu.clear()
    for text, version in version_choices(window):
        action = menu.addAction(text)
        if version is None:
            action.setEnabled(False)
        else:
            action.triggered.connect(lambda _=False, v=version: go_back(window, v))
    add_remove_action(menu, window)


def version_choices(window: MainWindow) -> list[tuple[str, EarlierVersion | None]]:
    """What the earlier-versions menu offers: each kept copy, or why there is none."""
    path = window.files.path
    if path is None:
        return [("Save the workshop first: each save keeps the version before it", None)]
    if window.undo.read_only:
        return [("Not while the workshop is open read-only", None)]
    versions = versions_to_go_back_to(path)
    if not versions and (why := too_long_to_keep(path)):  # as the first save of it said
        return [(f"No earlier versions: {why} to keep one", None)]
    if not versions:
        return [("No earlier versions yet: each save keeps the version before it", None)]
    return list(zip(describe_all(versions), versions, strict=True))


def go_back(window: MainWindow, version: EarlierVersion) -> bool:
    """Bring back a kept copy as one undoable step, saying what reading it let go of as opening
    does; a damaged copy is explained, and the workshop stays as it is."""
    from PySide6.QtWidgets import QMessageBox

    from wtfc.ui.plain_tip import as_typed  # a file's name as typed, never as HTML

    if not window.commit_pending_edits():
        return False  # a half-typed entry first becomes its own step, so Undo keeps it
    try:
        loaded = read_version(version)
    except WorkshopFileError as exc:
        QMessageBox.warning(window, "Could not go back to that version", as_typed(str(exc)))
        return False
    # who withdrew stays out: the version may be from before People → Remove this person…
    kept = kept_withdrawn(window.doc.workshop, loaded.workshop)
    step = go_back_to(window.doc, version, kept.workshop)
    if kept.codes:  # History may be on the projector: the step names no one
        step.label += KEPT_OUT_LABEL
    pushed = window.undo.push(step)
    said = "\n\n".join(words for words in (
        kept.said("the version you went back to"), loaded.forgotten) if words)
    if pushed and said:
        QMessageBox.information(window, CHECK_TITLE, as_typed(said))
    return pushed
