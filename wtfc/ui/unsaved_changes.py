"""The unsaved-changes prompt: "Save them before …?" when a workshop with changes not saved
would be replaced (a new one, another opened, the window closed), or "Go on … without them?"
when only words typed and not added yet would be lost."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMessageBox

from wtfc.ui.plain_tip import as_typed  # the words not added, quoted as typed

if TYPE_CHECKING:
    from wtfc.ui.file_controller import FileController


def confirm_discard(files: FileController, doing: str) -> bool:
    """Ask before unsaved changes would be lost; True when it is fine to go on."""
    if not files.window.commit_pending_edits():
        return False  # words refused as too long are still only in a field: keep them
    not_added = files.window.words_not_added()
    clean = files.window.undo.stack.isClean()
    if clean and not not_added:
        return True
    lines = [*not_added, "They will be lost."] if not_added else []
    buttons = QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel
    if clean:
        lines.append(f"Go on {doing} without them?")
    else:
        lines.append(f"This workshop has changes that are not saved.\nSave them before "
                     f"{doing}?")
        from wtfc.ui.format_note import save_would_update  # the save says nothing after

        if update := save_would_update(files.window):  # a colleague's earlier wtfc: said apart
            lines += ["", update]
        buttons |= QMessageBox.StandardButton.Save
    answer = QMessageBox.question(
        files.window, "Unsaved changes" if not clean else "Words not added yet",
        as_typed("\n".join(lines)), buttons,
        QMessageBox.StandardButton.Cancel if clean else QMessageBox.StandardButton.Save)
    if answer == QMessageBox.StandardButton.Save:
        from wtfc.ui.already_saved import quietly  # the box said those words are lost
        files.kept_words_note = ""
        with quietly(files.window):
            saved = files.save()
        if saved and files.kept_words_note:  # what was taken off (a name, a person who
            files.kept_words_note = ""       # withdrew) is still in the .bak files: asked now
            from wtfc.ui.remove_earlier_versions import remove_earlier_versions

            remove_earlier_versions(files.window)  # names them; Cancel (the default) keeps them
        return saved
    return answer == QMessageBox.StandardButton.Discard
