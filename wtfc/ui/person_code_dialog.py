"""Rename person code…: give a person's cards another code, or merge a code typed another way
("P7") into the one in use ("P07"), so the two count as one person. One undo step.

Each card keeps its person for good otherwise (the card dialog will not change it), so this is
the one way to mend a code typed two ways without retyping the cards and losing their themes.
"""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from wtfc.model.document import Document
from wtfc.model.errors import EditRefused
from wtfc.model.operations._names import cards_phrase
from wtfc.model.operations.people import (
    KnownCodes,
    MergedCodes,
    card_counts,
    code_key,
    merged_codes,
    plan_rename,
    rename_person,
)
from wtfc.ui.boards.common import RefusalNotice, push_edit
from wtfc.ui.freed_dialog import open_freed
from wtfc.ui.style import ui_font, warning_look
from wtfc.ui.undo import UndoAdapter


class PersonCodeDialog(QDialog):
    """Choose a code and its new code; the line under them says what will happen."""

    def __init__(self, doc: Document, *, code: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.setWindowTitle("Rename person code")
        self.setMinimumWidth(560)
        self.setFont(ui_font(12))
        self._counts = card_counts(doc)
        self._known = KnownCodes(self._counts)
        self._merged = MergedCodes(merged_codes(doc.workshop))
        self.code_box = QComboBox()
        self.code_box.setAccessibleName("Person code to rename")
        for person in sorted(doc.workshop.people, key=lambda p: code_key(p.id)):
            self.code_box.addItem(
                f"{person.id} ({cards_phrase(self._counts[person.id])})", person.id
            )
        self.new_code = QLineEdit()
        self.new_code.setAccessibleName("New person code")
        self.new_code.setPlaceholderText("e.g. P07 (never a name)")
        self.new_code.setToolTip(
            "A code already in use merges the two: their cards count as one person"
        )
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        # room for three lines, so the dialog does not jump as the summary changes
        self.summary.setMinimumHeight(self.summary.fontMetrics().lineSpacing() * 3 + 6)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = self._form = QFormLayout(self)
        form.addRow("&Code:", self.code_box)
        form.addRow("&New code:", self.new_code)
        form.addRow("", self.summary)
        form.addRow(self.buttons)
        self.code_box.currentIndexChanged.connect(self._on_code_changed)
        self.new_code.textChanged.connect(self._show_plan)
        at = self.code_box.findData(code)
        self.code_box.setCurrentIndex(max(at, 0))
        self._on_code_changed()
        self.new_code.setFocus()

    def old(self) -> str:
        return self.code_box.currentData() or ""

    def new(self) -> str:
        return self.new_code.text().strip()

    def _on_code_changed(self) -> None:
        """Offer the code in use that this one looks like ("P07" for "P7"), else the person a
        code it looks like was merged into (P02 for "P5" when P05 was merged into P02: P05 is
        no one's code now), else nothing."""
        old = self.old()
        like = self._merged.like(old)
        self.new_code.setText(
            self._known.similar(old, in_use_too=True) or self._merged.merged.get(like, "")
        )
        self._show_plan()

    def _alike(self) -> tuple[str, str]:
        """What to say before and after the plan of a code typed like another, as the card
        dialog's Person box says it: why P02 is offered for P5, or that the new code is one
        in use or one merged earlier typed another way ("" each when nothing)."""
        old, new = self.old(), self.new()
        like_old = self._merged.like(old)
        if like_old and self._merged.merged[like_old] == new:
            return (f"{old} is {like_old} typed another way, and {like_old} was merged into "
                    f"{new} earlier. "), ""
        in_use = self._known.similar(new)
        if in_use and in_use != old:  # typing the old code another way is a choice, not a slip
            used = f"{in_use} is already used for {cards_phrase(self._counts[in_use])}"
            return "", f" ⚠ {used}: did you mean {in_use}, not {new}?"
        like = self._merged.like(new)
        into = self._merged.merged.get(like, "")
        if like and into != old:  # renaming P02 itself to P5 keeps P05's rows with it
            return "", (f" ⚠ {new} is {like} typed another way, and {like} was merged into "
                        f"{into} earlier: did you mean {into}, not {new}?")
        return "", ""

    def _show_plan(self) -> None:
        try:
            plan = plan_rename(self.doc, old=self.old(), new=self.new())
        except EditRefused as refused:
            self.summary.setText(str(refused))
            if self.new():  # an empty box is a question still open, not a mistake
                warning_look(self.summary, refusal=True)
            else:
                self.summary.setStyleSheet("")
            self.ok.setEnabled(False)
            self.ok.setText("Rename")
            return
        before, after = self._alike()
        said = f"{before}{plan.summary()}{after}"
        self.summary.setStyleSheet("")
        self.summary.setText(said)
        self.ok.setText("Merge" if plan.merging else "Rename")
        self.ok.setEnabled(True)
        self.ok.setAccessibleDescription(said)
        self._fit()

    def _fit(self) -> None:
        """Grow to show the whole summary: the layout wraps it for the dialog's widest wish,
        not the width it opens at, so a summary of five lines or more was cut off."""
        if self.isVisible():
            need = self._form.totalHeightForWidth(self.width())
            if need > self.height():
                self.resize(self.width(), need)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit()


def open_rename_person(
    owner: QWidget, doc: Document, undo: UndoAdapter, notice: RefusalNotice, code: str = ""
) -> None:
    """Open the dialog (held in ``owner.person_code_dialog``) on ``code``; OK renames."""
    if undo.read_only:
        notice.say("This workshop is open read-only, so it can't be changed.")
        return
    if not doc.workshop.people:
        notice.say("There are no person codes yet: cards added with a code bring one.")
        return
    dialog = PersonCodeDialog(doc, code=code, parent=owner)
    dialog.accepted.connect(
        lambda: push_edit(
            undo, notice, lambda: rename_person(doc, old=dialog.old(), new=dialog.new())
        )
    )
    open_freed(owner, "person_code_dialog", dialog)
