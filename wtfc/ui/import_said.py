"""What the import dialog says to a screen reader on arriving at a page, and where the keys
start: what a sighted facilitator sees there, as they would read it.

After an import that is the summary, then every note of the report that asks them to do (or
check) something, then the next step: a note such as "P01 already has cards from import 1…
Undo takes this import out" is no use heard only once they have gone on to Theme. Past three
notes it says how many more the report holds: a Role column of free text gives a note for each
value, and 300 of them were 36,000 characters in one announcement.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QTextDocumentFragment

from wtfc.model.counting import count_phrase
from wtfc.ui.announce import announce

if TYPE_CHECKING:
    from wtfc.importing.import_plan import ImportPlan
    from wtfc.ui.import_dialog import ImportDialog

HEARD_NOTES = 3  # notes said after an import; the rest are counted


def tell(dialog: ImportDialog, stage: str) -> None:
    """Say ``stage``'s page and put the keys where its next step is (Enter imports on the
    confirm page)."""
    if stage == "confirm":
        dialog.import_button.setFocus()
        announce(dialog, _plain(dialog.confirm_label.text()))
    elif stage == "mapping":  # Import when it can import; else the preview
        ready = dialog.import_button.isEnabled()
        (dialog.import_button if ready else dialog.mapping_step.grid).setFocus()
    elif stage == "report":
        dialog.close_button.setFocus()
        announce(dialog, report_said(dialog))
    elif stage == "failed":
        dialog.retry_button.setFocus()
        announce(dialog, f"Nothing was imported. {dialog.failure.text()}", urgent=True)


def say_nothing_imported(dialog: ImportDialog, plan: ImportPlan) -> None:
    """Why Import made no card, said where Import was clicked, heard at once."""
    reason = plan.nothing_imported_reason()
    if dialog.stage == "mapping":
        dialog.mapping_step.problems.setText(f"⚠ {reason}")
        dialog.mapping_step.problems.setVisible(True)
    else:
        # the same file again, its blank or withdrawn rows beside: "Nothing new to import"
        dialog.confirm_page.show_nothing(
            reason, all_there=plan.all_there(), no_rows=plan.report.rows_read == 0)
        dialog.close_button.setText("Close")  # nothing is left to cancel
        dialog.close_button.setFocus()
    announce(dialog, reason, urgent=True)


def report_said(dialog: ImportDialog) -> str:
    """The report page as heard: its heading, the notes to act on, in the report's order (the
    counts and skipped rows stay in the report, to read), and the next step."""
    asks = dialog.plan.report.lines(asks_only=True) if dialog.plan is not None else []
    if len(asks) > HEARD_NOTES:
        more = count_phrase(len(asks) - HEARD_NOTES, "more note")
        asks = [*asks[:HEARD_NOTES], f"{more} in the report."]
    return " ".join([dialog.report_heading.text(), *asks, dialog.next_step.text()])


def _plain(rich: str) -> str:
    return QTextDocumentFragment.fromHtml(rich).toPlainText()
