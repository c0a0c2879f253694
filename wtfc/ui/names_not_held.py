"""Cards naming someone pasted to watch for that the file does not hold back (review 37 R2 S1).

The room views read each card with the names in force as they draw it (``room_card_guard``),
so an evening's dry run hides such a card; only Check all cards again ("⚠ 1 card to check
again", ``names_check_offer``) holds it back in the file. Names are never saved: the next
morning, or on another laptop, the card went up on the projector and into the exports, and
neither Save nor Close had said so. Save says it at the foot (``saved_note``), and leaving the
workshop asks (``unsaved_changes``), offering the check then the save (``check_now``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from wtfc.model.counting import count_phrase

if TYPE_CHECKING:
    from wtfc.ui.cards_held_back import WatchNamesBox
    from wtfc.ui.file_controller import FileController
    from wtfc.ui.main_window import MainWindow

TITLE = "Cards not held back in the file"  # the question's, when nothing else is unsaved


def not_held(window: MainWindow) -> int:
    """How many cards name someone pasted and are not held back: the room views leave them
    out, the file (and so tomorrow's room view, and the exports) does not. Read-only or not."""
    names = window.doc.names_to_watch
    if not names:
        return 0
    from wtfc.ui.wall.room_card_guard import named_cards

    return len(named_cards(list(window.doc.workshop.cards), names))


def not_held_words(count: int) -> str:
    """ "1 card names someone you pasted and is not held back in the file." """
    one = count == 1
    return (f"{count_phrase(count, 'card')} {'names' if one else 'name'} someone you pasted "
            f"and {'is' if one else 'are'} not held back in the file.")


def question_words(count: int, *, read_only: bool) -> str:
    """What leaving the workshop says of them."""
    these = "this card" if count == 1 else "these cards"
    said = (f"{not_held_words(count)} Names are not saved: tomorrow {these} would show on the "
            f"projector and in the exports.")
    if read_only:
        return (f"{said}\n\nThis workshop is open read-only, so {'it' if count == 1 else 'they'} "
                f"cannot be held back here: open it where it can be changed and press Check "
                f"all cards again (Collect, Names to watch for).")
    return f"{said}\n\nCheck them and save holds {these} back (Ctrl+Z undoes it), then saves."


def saved_note(window: MainWindow) -> str:
    """What a save says after "Saved." while such cards are left ("" when there are none)."""
    if not (count := not_held(window)):
        return ""
    it = "it" if count == 1 else "they"
    box = _names_box(window)
    if box is not None and box.offer.count:
        from wtfc.ui.names_check_offer import button_text

        press = f"Press “{button_text(box.offer.count)}”"
    else:  # another workshop opened since the names were pasted: the offer was withdrawn
        press = "Press Check all cards again (Collect, Names to watch for)"
    said = not_held_words(count)
    return (f"But {said[0].lower()}{said[1:-1]}: names are never saved, so tomorrow or on "
            f"another laptop {it} will show. {press}, then save again.")


def already_saved_or_said(files: FileController) -> bool:
    """``already_saved``, saying these cards too when it is."""
    from wtfc.ui.already_saved import already_saved

    if not already_saved(files):
        return False
    if note := saved_note(files.window):
        from wtfc.ui.announce import announce
        from wtfc.ui.undo import passing

        said = f"{files.window.statusBar().currentMessage()} {note}"
        passing(files.window, said, 15_000)
        announce(files.window, said)
    return True


def check_now(window: MainWindow) -> bool:
    """Check all cards again, as the box's button does (one undoable step), waiting for a
    check in the background; True when no card naming someone pasted is left unheld."""
    box = _names_box(window)
    if box is None:  # names put in force with no Collect page (never by hand): the same check
        from wtfc.model.operations.checks import store_fresh_findings
        from wtfc.ui.card_guard import fresh_findings

        doc = window.doc
        findings = fresh_findings(list(doc.workshop.cards), list(doc.names_to_watch))
        window.undo.push(store_fresh_findings(doc, findings=findings))
    else:
        box.check_all_again()
        if (check := box.check) is not None:  # a big workshop: its progress bar, and Cancel
            from PySide6.QtCore import QEventLoop

            loop = QEventLoop()
            check.ended.connect(loop.quit)  # after the box's own handlers, which store it
            check.failed.connect(loop.quit)
            if box.check is not None:
                loop.exec()
    return not not_held(window)


def _names_box(window: MainWindow) -> WatchNamesBox | None:
    from wtfc.ui.cards_held_back import WatchNamesBox  # built with Collect's page

    return window.findChild(WatchNamesBox)
