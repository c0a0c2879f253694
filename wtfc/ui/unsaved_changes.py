"""The unsaved-changes prompt: "Save them before …?" when a workshop with changes not saved
would be replaced (a new one, another opened, the window closed), or "Go on … without them?"
when only words typed and not added yet would be lost.

A workshop in a temporary folder (an e-mail attachment's copy, a file inside a .zip:
``temporary_place``) whose notice was answered Later is saved there all day, and its Save here
would write the day into a folder cleared later, said by no "Saved, in a temporary folder…"
as the window closes: the question says where it is, and offers Save As… first (Documents,
``save_as_place``), Save there still beside it. Saved there with Ctrl+S all day, such a workshop
is clean and "Save them…?" never comes: leaving it asks instead whether to Save As… (the
default) or leave it there (``left_in_temporary``).

Cards naming someone pasted to watch for that the file does not hold back (``names_not_held``)
are asked about even with nothing unsaved, in the same one question: names are never saved, so
tomorrow they would show. "Check them and save" (the default) runs Check all cards again.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QMessageBox

from wtfc.model.temporary_place import go_on_anyway
from wtfc.ui.plain_tip import as_typed  # the words not added, quoted as typed

if TYPE_CHECKING:
    from wtfc.ui.file_controller import FileController

SAVE_AS = "Save &As…"
SAVE_AS_CHOSEN = "save as"  # the answer's Save As…, beside the standard buttons'
# file_controller.open_path's doing for the file open here, opened again: it stays open
_SAME_FILE_AGAIN = "opening the saved version of this workshop again"


def confirm_discard(files: FileController, doing: str) -> bool:
    """Ask before unsaved changes would be lost; True when it is fine to go on."""
    if not files.window.commit_pending_edits():
        return False  # words refused as too long are still only in a field: keep them
    not_added = files.window.words_not_added()
    clean = files.window.undo.stack.isClean()
    from wtfc.ui.names_not_held import not_held  # pasted names hide cards the file does not

    if count := not_held(files.window):  # one question, whatever else it has to ask
        return _asked_of_names(files, doing, count, not_added)
    if clean and (left := _left_words(files, doing)):  # one question, the words' lines first
        from wtfc.model.temporary_place import LEFT_IN_TEMPORARY

        lines = [*not_added, "They will be lost.", ""] if not_added else []
        return _answered(files, _asked_with_save_as(
            files, LEFT_IN_TEMPORARY, "\n".join([*lines, left]),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            go_on=go_on_anyway(doing)))
    if clean and not not_added:
        return True
    lines = [*not_added, "They will be lost."] if not_added else []
    buttons = QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel
    temporary = ""
    if clean:
        lines.append(f"Go on {doing} without them?")
    else:
        lines.append(f"This workshop has changes that are not saved.\nSave them before "
                     f"{doing}?")
        if temporary := _temporary_words(files):  # its Save writes where it will be cleared
            lines += ["", temporary]
        from wtfc.ui.format_note import save_would_update  # the save says nothing after

        if update := save_would_update(files.window):  # a colleague's earlier wtfc: said apart
            lines += ["", update]
        buttons |= QMessageBox.StandardButton.Save
    title = "Unsaved changes" if not clean else "Words not added yet"
    if temporary:
        answer: object = _asked_with_save_as(files, title, "\n".join(lines), buttons)
    else:
        answer = QMessageBox.question(
            files.window, title, as_typed("\n".join(lines)), buttons,
            QMessageBox.StandardButton.Cancel if clean else QMessageBox.StandardButton.Save)
    return _answered(files, answer)


def _asked_of_names(files: FileController, doing: str, count: int, not_added: list[str]) -> bool:
    """Leaving a workshop whose file does not hold back ``count`` cards naming someone pasted
    (``names_not_held``), asked with what else would be lost: "Check them and save" (the
    default, Save As… for a file in a temporary folder), Save only, Discard or Go on anyway."""
    from wtfc.ui.names_not_held import TITLE, check_now, question_words

    window = files.window
    read_only, clean = window.undo.read_only, window.undo.stack.isClean()
    lines = [*not_added, "They will be lost.", ""] if not_added else []
    temporary = "" if read_only else (_temporary_words(files) if not clean
                                      else _left_words(files, doing))
    if not clean:
        from wtfc.ui.format_note import save_would_update  # the save says nothing after

        update = save_would_update(window)  # a colleague's earlier wtfc: said apart
        lines += ["This workshop has changes that are not saved.", *filter(None, [update]), ""]
    lines += [question_words(count, read_only=read_only), *(["", temporary] if temporary else [])]
    buttons = QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel
    if not (clean or read_only):
        buttons |= QMessageBox.StandardButton.Save
    box = QMessageBox(QMessageBox.Icon.Warning, "Unsaved changes" if not clean else TITLE,
                      "\n".join(lines), buttons, window)
    box.setObjectName("cards_not_held_back")
    box.setTextFormat(Qt.TextFormat.PlainText)  # a file's name and words typed, as typed
    if clean:  # nothing is discarded: leaving is what the button does
        box.button(QMessageBox.StandardButton.Discard).setText(go_on_anyway(doing))
    elif not read_only:
        box.button(QMessageBox.StandardButton.Save).setText("Save &only")
    box.setEscapeButton(QMessageBox.StandardButton.Cancel)
    # read-only: nothing else to do here (its unsaved changes, if any, are not lost on Enter)
    box.setDefaultButton(QMessageBox.StandardButton.Discard if clean
                         else QMessageBox.StandardButton.Cancel)
    check = None
    if not read_only:
        check = box.addButton("Check them and &save" + (" as…" if temporary else ""),
                              QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(check)
    clicked = _clicked(box)
    if clicked is None:
        return False
    if clicked is not check:
        return _answered(files, box.standardButton(clicked))
    if not check_now(window):  # stopped, or refused: the check's own line says why
        return False
    return _answered(files, SAVE_AS_CHOSEN if temporary else QMessageBox.StandardButton.Save)


def _answered(files: FileController, answer: object) -> bool:
    """Save, Save As… or Discard done as answered: True when it is fine to go on."""
    if answer in (QMessageBox.StandardButton.Save, SAVE_AS_CHOSEN):
        from wtfc.ui.already_saved import quietly  # the box said those words are lost
        files.kept_words_note = ""
        with quietly(files.window):
            saved = files.save() if answer == QMessageBox.StandardButton.Save \
                else files.save_as_dialog()
        if saved and files.kept_words_note:  # what was taken off (a name, a person who
            files.kept_words_note = ""       # withdrew) is still in the .bak files: asked now
            from wtfc.ui.remove_earlier_versions import remove_earlier_versions

            remove_earlier_versions(files.window)  # names them; Cancel (the default) keeps them
        return saved
    return answer == QMessageBox.StandardButton.Discard


def _temporary_words(files: FileController) -> str:
    """What the question says of a file in a temporary folder ("" for any other)."""
    from wtfc.model.temporary_place import in_temporary_folder, unsaved_in_temporary

    if files.path is None or not in_temporary_folder(files.path):
        return ""
    from wtfc.model.control_characters import name_shown  # as the title shows a file's name

    return unsaved_in_temporary(name_shown(files.path.name))


def _left_words(files: FileController, doing: str) -> str:
    """What leaving a saved workshop asks when its day is only in a temporary folder: saved
    there this session (the clean point moved on from the file as opened) or before (a
    version kept beside it); "" for any other, and for the same file opened again (it stays)."""
    from wtfc.model.temporary_place import in_temporary_folder, left_in_temporary, saved_there

    if files.path is None or doing == _SAME_FILE_AGAIN or not in_temporary_folder(files.path):
        return ""
    if files.window.undo.stack.cleanIndex() == 0 and not saved_there(files.path):
        return ""  # as it came from the e-mail or the .zip: the work is still there too
    from wtfc.model.control_characters import name_shown  # as the title shows a file's name

    return left_in_temporary(name_shown(files.path.name))


def _asked_with_save_as(files: FileController, title: str, text: str,
                        buttons: QMessageBox.StandardButton, *, go_on: str = "") -> object:
    """The question with Save As… beside ``buttons``, the default: ``SAVE_AS_CHOSEN``, or the
    standard button chosen (Cancel when the box was closed). ``go_on``: Discard's words, for
    a question where nothing is discarded (the test conftest answers Discard)."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, buttons, files.window)
    box.setObjectName("left_in_temporary" if go_on else "unsaved_in_temporary")
    box.setTextFormat(Qt.TextFormat.PlainText)  # the file's name as typed, never as HTML
    if go_on:
        box.button(QMessageBox.StandardButton.Discard).setText(go_on)
    save_as = box.addButton(SAVE_AS, QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(save_as)
    box.setEscapeButton(QMessageBox.StandardButton.Cancel)
    clicked = _clicked(box)
    if clicked is None:
        return QMessageBox.StandardButton.Cancel
    return SAVE_AS_CHOSEN if clicked is save_as else box.standardButton(clicked)


def _clicked(box: QMessageBox) -> QAbstractButton | None:
    """Ask (tests answer for the facilitator by replacing this): the button pressed."""
    box.exec()
    return box.clickedButton()
