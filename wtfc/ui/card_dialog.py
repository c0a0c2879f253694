"""The dialog that adds or edits one card: kind, words, person code, with the guard's verdict
shown as the facilitator types, and a word when a new code looks like one in use ("P7" for P07).
Ctrl+Enter saves; "Save and add another" saves and asks for the same person's next card."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from wtfc.model.blank_text import is_blank
from wtfc.model.operations.cards import still_marked_fine
from wtfc.model.operations.people import NOT_A_CODE, PERSON_CODE
from wtfc.model.top_two import KindCounts
from wtfc.model.workshop import Card, Kind, PersonalDetail
from wtfc.ui import discard
from wtfc.ui.boards.common import announce
from wtfc.ui.card_dialog_fit import FitsItsWords
from wtfc.ui.card_guard import details_in
from wtfc.ui.card_person_hint import PersonHint
from wtfc.ui.card_rows import RowsOffer, WordsBox
from wtfc.ui.parent_font import keep_parent_font
from wtfc.ui.style import MUTED_INK, kind_text, palette_ink, ui_font, warning_look

if TYPE_CHECKING:
    from wtfc.ui.focus_frame import RingFrame

_SAVE_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
KIND_KEPT = "A card in a theme keeps its kind: take it out of its themes to change it"
PERSON_KEPT = "(not changed here: Rename person code… on Collect)"

class CardDialog(FitsItsWords):
    """Fields of one card; ``kind()``, ``text()``, ``person()`` and ``findings()`` give them.

    A new card starts with ``kind`` and ``person`` when given (the last card's, so a person's
    five cards need the code typed once); ``people`` (code → cards) lets the dialog say when a
    new code is one in use typed another way, ``kinds`` ((code, kind) → cards) when the new
    card would be more than the person's top two of its kind (a ``card`` edited: as its kind is
    changed), and ``merged`` (a code merged into another earlier → that person's code) when the
    card will be that person's. A ``themed`` card (in a theme) keeps its kind: the box is greyed,
    with the reason, as ``edit_card`` would refuse a change.
    ``add_another`` is True when the dialog was closed with "Save and add another".
    ``rows_to_paste`` gives spreadsheet rows pasted into a new card's words, the dialog closed
    with *Paste them as cards…*: for Paste statements from Excel (``CardsPage.open_paste``).
    """

    rows_to_paste = Signal(str)

    def __init__(
        self,
        *,
        names: Sequence[str] = (),
        card: Card | None = None,
        kind: Kind | None = None,
        person: str = "",
        people: Mapping[str, int] | None = None,
        kinds: KindCounts | None = None,
        merged: Mapping[str, str] | None = None,
        themed: bool = False,
        refused: Callable[[str], str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._names = tuple(names)
        # why a person code may not be given (a withdrawn person's): said before Save, so the
        # words typed are never lost to a refusal after the dialog has closed
        self._refused = refused
        self._card = card  # an edited card marked as fine stays shown for the same details
        self.add_another = False
        self.setWindowTitle("Edit card" if card else "Add a card")
        self.setMinimumWidth(640)
        self.setFont(ui_font(12))
        self.kind_box = QComboBox()
        for each in (Kind.WORKING, Kind.NOT_WORKING, Kind.FUTURE):
            self.kind_box.addItem(kind_text(each), each.value)
        self.kind_box.setAccessibleName("Kind of card")
        self.kind_box.setToolTip("Working, not working, or important for the future")
        self.words = WordsBox()
        self.words.setTabChangesFocus(True)
        self.words.setAccessibleName("Words on the card")
        self.words.setToolTip("The person's own words, e.g. 'I feel like a package, not a person'")
        self.words.setMinimumHeight(110)
        self.person = QLineEdit()
        self.person.setAccessibleName("Person code")
        self.person.setToolTip("A code such as P07 — never a name")
        self.person.setPlaceholderText("e.g. P07 (never a name)")
        self.verdict = QLabel()
        keep_parent_font(self.verdict)  # its style sheet changes as you type
        self.verdict.setWordWrap(True)
        self._said = ""  # the kind of verdict last announced, so each key does not repeat it
        # Room for three lines, so the dialog does not jump as the verdict changes; more
        # where a long warning needs them (``_fit_verdict``)
        self._verdict_least = self.verdict.fontMetrics().lineSpacing() * 3 + 6
        self.verdict.setMinimumHeight(self._verdict_least)
        self._ring: RingFrame | None = None  # round an edited card's code while it has focus
        self.verdict.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.another = QPushButton("Save and &add another")
        self.another.setToolTip(
            "Save this card and start the next, with the same kind and person (Alt+A)"
        )
        self.another.clicked.connect(self._save_and_add_another)
        self.hint = PersonHint(
            Counter(people or {}), self.person, kinds=kinds, kind_box=self.kind_box,
            merged=merged, kept=card.kind if card else None,
        )
        form = QFormLayout(self)
        form.addRow("&Kind:", self.kind_box)
        form.addRow("&Words:", self.words)
        # rows pasted: one card each, not one for all
        self.rows_offer = RowsOffer(self.words, self._show_rows_offer)  # the dialog grows for it
        self.rows_offer.button.clicked.connect(self._paste_as_cards)
        form.addRow("", self.rows_offer)
        form.setRowVisible(self.rows_offer, False)
        form.addRow("&Person:", self.person)
        self.person_note = QLabel(PERSON_KEPT)  # an edited card's: the code is not typed here
        keep_parent_font(self.person_note)
        form.addRow("", self.person_note)
        form.setRowVisible(self.person_note, card is not None)
        form.addRow("", self.hint)
        form.addRow("", self.verdict)
        form.addRow(self.buttons)
        # Ctrl+Enter saves from either box (Enter alone starts a new line in the words); the
        # person code is typed last, so it was there that Ctrl+Enter did nothing
        for field in (self.words, self.person):
            field.installEventFilter(self)
        if card is not None:
            self.kind_box.setCurrentIndex(self.kind_box.findData(card.kind.value))
            self.words.setPlainText(card.text)
            self.person.setText(card.person)
            # The person is who said it: changing it would be a different card. Read-only,
            # not greyed: "P08" greyed was 1.6:1, and the facilitator may need to read it; a
            # screen reader says "read only" (Tab still reaches it), the tooltip says why
            self.person.setReadOnly(True)
            self._read_only_look()
            form.setRowVisible(self.hint, kinds is not None)  # the top two as the kind changes
            self.person.setToolTip(
                "Who said it cannot be changed here; Rename person code… "
                "on Collect changes it on all of that person's cards"
            )
            if themed:  # greyed, so Save is not refused after the kind was chosen
                self.kind_box.setEnabled(False)
                self.kind_box.setToolTip(KIND_KEPT)
                self.kind_box.setAccessibleDescription(KIND_KEPT)
        else:
            self.words.rows_pasted.connect(self.rows_offer.offer)  # an edited card: its words
            self.buttons.addButton(self.another, QDialogButtonBox.ButtonRole.ActionRole)
            if kind is not None:
                self.kind_box.setCurrentIndex(self.kind_box.findData(kind.value))
                self.words.setFocus()  # the kind is chosen already: start with the words
            self.person.setText(person)
        self.words.textChanged.connect(self._check)
        self.person.textChanged.connect(self._check)
        self._check()
        self._new = card is None
        self._opened = self._values()  # Esc with anything changed asks first

    def reject(self) -> None:
        """Esc, Cancel or the close box: typed words are thrown away only when asked to."""
        if self._values() != self._opened and not discard.ask_discard(self, "card", new=self._new):
            return
        super().reject()

    def _paste_as_cards(self) -> None:
        """Close, the rows going to Paste statements; words typed besides them asked about."""
        rows = self.rows_offer.rows
        if self.rows_offer.typed_besides() and not discard.ask_discard(self, "card", new=True):
            return
        super().reject()  # (no "Discard this card?": its rows go on to be cards)
        self.rows_to_paste.emit(rows)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.person and self.person.isReadOnly() and event.type() in (
                QEvent.Type.FocusIn, QEvent.Type.FocusOut):
            self._ring_person(event.type() == QEvent.Type.FocusIn)
        if (
            watched in (self.words, self.person)
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in _SAVE_KEYS
            and event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            if not self.problem():
                self.accept()
            return True  # never a new line: a refused Ctrl+Enter leaves the words as they are
        return super().eventFilter(watched, event)

    def _save_and_add_another(self) -> None:
        if not self.problem():
            self.add_another = True
            self.accept()

    def _values(self) -> tuple[str, str, str]:
        return self.kind_box.currentData(), self.words.toPlainText(), self.person.text()

    def kind(self) -> Kind:
        return Kind(self.kind_box.currentData())

    def text(self) -> str:
        from wtfc.model.control_characters import with_line_breaks

        # a line break pasted from Word (U+000B) as a newline: QPlainTextEdit keeps it
        return with_line_breaks(self.words.toPlainText()).strip()

    def person_code(self) -> str:
        return self.person.text().strip()

    def findings(self) -> list[PersonalDetail]:
        return details_in(self.text(), self._names)

    def problem(self) -> str:
        """Why the card cannot be saved yet ("" when it can)."""
        if is_blank(self.text()):  # a copied zero-width space alone is no words
            return "Write the words on the card."
        if len(self.text()) > 2000:
            return "That is too long: a card holds at most 2,000 characters."
        code = self.person_code()
        if not self.person.isReadOnly() and code and not PERSON_CODE.fullmatch(code):
            return NOT_A_CODE
        return self._refused(code) if code and self._refused else ""

    def _check(self) -> None:
        problem = self.problem()
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setEnabled(not problem)
        self.another.setEnabled(not problem)
        # a screen reader finds Save greyed out: its description says why
        save.setAccessibleDescription(problem)
        found = self.findings() if self.text() else []
        self._show_verdict(problem, found)
        # the verdict is heard where the typing is, and said once when it turns into a warning
        for field in (self.words, self.person):
            field.setAccessibleDescription(self.verdict.text())
        if self.hint.text():  # connected first, so it has read the new code already
            self.person.setAccessibleDescription(f"{self.hint.text()} {self.verdict.text()}")
        said = (problem if self.text() else "") or ("details" if found else "")
        if said and said != self._said:
            announce(self, self.verdict.text().removeprefix("⚠ "))
        self._said = said

    def _show_verdict(self, problem: str, found: list[PersonalDetail]) -> None:
        if problem and self.text():
            self.verdict.setText(f"⚠ {problem}")
            warning_look(self.verdict, refusal=True)
        elif found and self._card is not None and still_marked_fine(self._card, found):
            words = ", ".join(dict.fromkeys(f.text for f in found))
            self.verdict.setText(
                f"Possible personal details: {words}. You marked these as fine to show, so "
                "the card stays shown."
            )
            self._muted()
        elif found:
            words = ", ".join(dict.fromkeys(f.text for f in found))
            self.verdict.setText(
                f"⚠ Possible personal details: {words}. The card will be held "
                "back from the room until you redact it or mark it as fine."
            )
            warning_look(self.verdict)
        else:
            self.verdict.setText("No personal details found." if self.text() else "")
            self._muted()
        self._fit_verdict()

    def _muted(self, label: QLabel | None = None) -> None:
        """Muted where the desktop's palette lets a grey read, else its own text colour."""
        muted = palette_ink(
            MUTED_INK, QPalette.ColorRole.Window, text=QPalette.ColorRole.WindowText
        )
        (label or self.verdict).setStyleSheet(f"color: {muted.name()};")

    def _read_only_look(self) -> None:
        """The code as words on the dialog, not a white box: a box one cannot type in invited
        typing. No frame, the Window colour behind and its own ink (full contrast in any
        palette), with a note beside it saying where it is changed."""
        self.person.setFrame(False)
        look = QPalette(self.person.palette())
        for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
            look.setColor(group, QPalette.ColorRole.Base,
                          look.color(group, QPalette.ColorRole.Window))
            look.setColor(group, QPalette.ColorRole.Text,
                          look.color(group, QPalette.ColorRole.WindowText))
        self.person.setPalette(look)
        self._muted(self.person_note)

    def _ring_person(self, focused: bool) -> None:
        """The app's focus ring round the code while Tab is on it: with no frame, and no text
        cursor where nothing can be typed, nothing else showed where the focus was."""
        if self._ring is None:
            if not focused:
                return
            from wtfc.ui.focus_frame import RingFrame

            self._ring = RingFrame()
        self._ring.setWidget(self.person if focused else None)  # type: ignore[arg-type]
