"""The line under a new card's Person box when the code typed is one in use typed another way:
"⚠ P07 is already used for 5 cards: did you mean P07, not P7?", with a button that uses it.

"P7" and "P07" would otherwise be two people, and every people count would rise by one. A
warning only: a new person with a code like another's may be right.

Else, when the card would be more than the method's top two of its kind for that person:
"⚠ P1 already has 2 'not working' cards; the method takes each person's top two." (also a
warning only, see ``wtfc.model.top_two``). Editing a card, whose person is fixed, the line says
it only as the kind is changed: P01's 'working' card made 'not working' beside two others.

A code merged into another earlier (P005 into P002) is that person: the card is saved as theirs
(``add_card``), so the line says so, "⚠ P005 was merged into P002 earlier: this card will be
P002's.", and the top two are P002's. A code only typed like a merged one (P5) is not joined
by itself, as a code typed like one in use is not: "⚠ P5 is P05 typed another way, and P05 was
merged into P02 earlier: did you mean P02, not P5?", with a button that uses P02 (P05 is no
one's code now).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from wtfc.model.operations._names import cards_phrase
from wtfc.model.operations.people import KnownCodes, MergedCodes
from wtfc.model.top_two import KindCounts, third_card_note
from wtfc.model.workshop import Kind
from wtfc.ui.boards.common import announce


class PersonHint(QWidget):
    """Follows ``person`` as it is typed; ``suggested`` is the code in use it looks like.
    With ``kinds`` (the workshop's cards by person and kind) and ``kind_box``, it follows the
    kind chosen too, to say when this card would be more than the person's top two; ``kept``:
    the kind of the card being edited, which it counts among already (nothing is said of it).
    ``merged``: each code merged into another earlier -> that person's code."""

    def __init__(
        self,
        counts: Counter[str],
        person: QLineEdit,
        parent: QWidget | None = None,
        *,
        kinds: KindCounts | None = None,
        kind_box: QComboBox | None = None,
        merged: Mapping[str, str] | None = None,
        kept: Kind | None = None,
    ) -> None:
        super().__init__(parent)
        self._counts, self._person = counts, person
        self._kinds, self._kind_box = kinds or Counter(), kind_box
        self._merged = MergedCodes(merged or {})  # as Rename person code… looks them up
        self._kept = kept
        self.like_merged = ""  # the merged code the code typed is typed like ("" when none)
        self.top_two = ""  # what is said of the top two ("" when nothing)
        self.merged_into = ""  # whose card it will be when the code typed was merged into theirs
        self._said = ""  # the merge and top two said last, so each key does not say it again
        self._known = KnownCodes(counts)
        self.suggested: str | None = None
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)  # codes quoted as typed
        self.label.setToolTip("Two codes count as two people, in every count of people")
        self.use_button = QPushButton()
        self.use_button.setToolTip(
            "Put the code already in use in the Person box, so these cards count as one person"
        )
        self.use_button.clicked.connect(self._use)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.label, 1)
        row.addWidget(self.use_button)
        # the line's room is kept while it is empty, so the dialog does not jump as one types
        for part in (self.label, self.use_button):
            policy = part.sizePolicy()
            policy.setRetainSizeWhenHidden(True)
            part.setSizePolicy(policy)
        person.textChanged.connect(self._on_person_changed)
        if kind_box is not None:
            kind_box.currentIndexChanged.connect(self._on_person_changed)
        self._on_person_changed()

    def text(self) -> str:
        """What the line says ("" when nothing): the Person box's description reads it too."""
        return self.label.text() if self.suggested or self.top_two or self.merged_into else ""

    def _on_person_changed(self) -> None:
        typed = self._person.text().strip()
        was, said_before = self.suggested, self._said
        on = self._person.isEnabled() and not self._person.isReadOnly()  # an edited card: fixed
        self.merged_into = self._merged.merged.get(typed, "") if on else ""
        # a merged code is its person's already: never "did you mean" another
        self.suggested = self._known.similar(typed) if on and not self.merged_into else None
        self.like_merged = ""
        if (on and not self.merged_into and self.suggested is None and typed not in self._counts
                and (old := self._merged.like(typed))):  # typed like P05: P02 is meant
            self.like_merged, self.suggested = old, self._merged.merged[old]
        self.top_two = ""
        # also while the box is greyed: an edited card's person is fixed, its kind is not
        if self.suggested is None and self._kind_box is not None:
            kind = Kind(self._kind_box.currentData())
            if kind != self._kept:
                self.top_two = third_card_note(self._kinds, self.merged_into or typed, kind)
        saying = self._said = self._saying()
        self.label.setVisible(self.suggested is not None or bool(saying))
        self.use_button.setVisible(self.suggested is not None)
        if saying:
            self.label.setText(f"⚠ {saying}")
            if saying != said_before:
                announce(self, saying)
        if self.suggested is None:
            return
        used = (
            f"{typed} is {self.like_merged} typed another way, and {self.like_merged} was "
            f"merged into {self.suggested} earlier" if self.like_merged else
            f"{self.suggested} is already used for {cards_phrase(self._counts[self.suggested])}"
        )
        said = f"⚠ {used}: did you mean {self.suggested}, not {typed}?"
        self.label.setText(said)
        self.use_button.setText(f"&Use {self.suggested.replace('&', '&&')}")  # '&' not a key
        if self.suggested != was:
            announce(self, said.removeprefix("⚠ "))

    def _saying(self) -> str:
        """The merge and the top two, as said (the code typed like another is said apart)."""
        typed = self._person.text().strip()
        merged = (f"{typed} was merged into {self.merged_into} earlier: this card will be "
                  f"{self.merged_into}'s." if self.merged_into else "")
        return " ".join(part for part in (merged, self.top_two) if part)

    def _use(self) -> None:
        if self.suggested:
            self._person.setText(self.suggested)
            self._person.setFocus()
