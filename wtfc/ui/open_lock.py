"""The lock of a workshop being opened (``FileController.open_path``), taken or told who has it.

Taking it lets go of the lock of the workshop still on screen, so anything unforeseen between
taking it and showing the new workshop must give that lock back (``FileController.open_path``
does): a name a USB stick wrote in Latin-1 once raised there, and the workshop still on screen
was left unlocked, so a second window could open it read-write and save over it.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from wtfc.model.control_characters import name_shown
from wtfc.ui.file_lock import READ_ONLY, TAKE_OVER, Holder

if TYPE_CHECKING:
    from wtfc.ui.file_controller import FileController


def lock_for_opening(files: FileController, path: Path, choice: str | None,
                     holder: Holder | None, reason: str, file_reason: str) -> tuple[str, str]:
    """Take ``path``'s lock as the user chose (``choice``: taken over, read-only, or None, not
    asked); why it opens read-only (said once it opens, ``file_reason``), "" when it is ours."""
    name = name_shown(path.name)  # as the title shows it: no bidi control, no line break
    if choice == TAKE_OVER:
        if (still := files.lock.take_over(path)) is not None:  # that copy is still running
            # the box's own words: a like-named laptop's bare host name reads as this computer
            who = ("Another wtfc window on this computer" if still.on_this_computer
                   else f"'{still.hostname}' (another computer with this computer's name)"
                   if still.like_named else still.hostname)
            reason = file_reason = reason or (
                f"{who} still has '{name}' open, so wtfc could not take it over. It "
                f"is open read-only here: use Save As to keep a copy of your own.")
    elif choice == READ_ONLY or (holder := files.lock.acquire(path)) is not None:
        assert holder is not None  # chosen, or another copy opened it during "Save them…?"
        reason = reason or (f"{holder.describe(name)} It is open read-only here: "
                            f"use Save As to keep a copy of your own.")
        file_reason = file_reason if choice else reason  # not asked: said once it opens
    return reason, file_reason
