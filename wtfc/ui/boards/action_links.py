"""The action dialog's two optional links, its root cause and its success statement, listed
for the theme chosen in the dialog.

The lists follow the Theme box, but what was chosen for a theme is kept and chosen again when
that theme comes back: a mouse wheel over the Theme box used to clear both links silently. A
line says when a Save would leave out a link the dialog opened with, before it is saved.

Causes the room agreed to address come first, then the other root causes, each marked in words
as on the why-tree ("✔ agreed", "◎ root cause"), so the causes actions are for are found
without colour. The cause's field is named for the chosen theme's kind (``cause_link_field``):
a hope's "In the way:", not "Root cause:".
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel

from wtfc.model.cause_link_field import cause_field
from wtfc.model.document import Document
from wtfc.model.operations._names import quoted
from wtfc.model.workshop import Cause, Theme
from wtfc.ui.boards.common import announce
from wtfc.ui.parent_font import keep_parent_font
from wtfc.ui.plain_tip import plain_tip
from wtfc.ui.scrolling_form import grow_to_fit
from wtfc.ui.style import warning_look

NONE = "(none)"
# The field's Alt key, the first of these in its name: R (Root cause), I (In the way, Builds
# on), letters no other row of the dialog takes
_ALT_LETTERS = "ri"
AGREED = "✔ agreed"
ROOT_CAUSE = "◎ root cause"


def cause_label(cause: Cause) -> str:
    """A cause as the list shows it: "✔ agreed, ◎ root cause: Contracts pay by the minute"."""
    marks = [m for m, on in ((AGREED, cause.agreed), (ROOT_CAUSE, cause.root_cause)) if on]
    return f"{', '.join(marks)}: {cause.text}" if marks else cause.text


def in_list_order(causes: Sequence[Cause]) -> list[Cause]:
    """Agreed to address first, then root causes, then the rest; otherwise as they were added."""
    return sorted(causes, key=lambda c: (not c.agreed, not c.root_cause))


def _fill(combo: QComboBox, items: list[tuple[str, str]], chosen: str | None) -> None:
    combo.blockSignals(True)  # the one change said below, not one per row added
    try:
        combo.clear()
        combo.addItem(NONE, None)
        for part_id, text in items:
            combo.addItem(text, part_id)
            combo.setItemData(combo.count() - 1, plain_tip(text), Qt.ItemDataRole.ToolTipRole)
        combo.setCurrentIndex(max(0, combo.findData(chosen)))
    finally:
        combo.blockSignals(False)


def _with_alt_key(label: str) -> str:
    at = next(i for i, letter in enumerate(label.lower()) if letter in _ALT_LETTERS)
    return f"{label[:at]}&{label[at:]}:"


class ActionLinks:
    """Fills ``cause`` and ``success`` for a theme, names the cause's field on ``cause_label``
    for that theme's kind, and says on ``warning`` what a Save would leave out of the links
    the dialog opened with."""

    def __init__(
        self, doc: Document, cause: QComboBox, success: QComboBox, warning: QLabel
    ) -> None:
        self._doc = doc
        self.cause, self.success, self.warning = cause, success, warning
        self.cause_label = QLabel()
        self.cause_label.setBuddy(cause)
        self._theme: str | None = None
        self._kept: dict[str | None, tuple[str | None, str | None]] = {}
        self._opened: tuple[str | None, str | None] = (None, None)
        keep_parent_font(warning)  # the dialog's font, beside its own style sheet
        warning.setTextFormat(Qt.TextFormat.PlainText)  # a cause's and a theme's words, as typed
        warning_look(warning, refusal=True)
        warning.setWordWrap(True)
        warning.hide()
        cause.currentIndexChanged.connect(lambda _: self._say())
        success.currentIndexChanged.connect(lambda _: self._say())

    def open_with(self, theme_id: str | None, cause_id: str | None, success_id: str | None) -> None:
        """The links the dialog starts from (an action's own, or the cause it was opened
        for): a Save that would leave one out says so."""
        self._opened = (cause_id, success_id)
        self._kept = {theme_id: self._opened}
        self._theme = theme_id
        self._show(theme_id)

    def show_theme(self, theme_id: str | None) -> None:
        """The Theme box changed: keep what was chosen for the theme it leaves."""
        self._kept[self._theme] = (self.cause.currentData(), self.success.currentData())
        self._theme = theme_id
        self._show(theme_id)

    def _show(self, theme_id: str | None) -> None:
        cause_id, success_id = self._kept.get(theme_id, (None, None))
        theme = self._doc.get("themes", theme_id) if theme_id else None
        field = cause_field(theme.kind if theme is not None else None)
        self.cause_label.setText(_with_alt_key(field.label))
        self.cause.setAccessibleName(field.name)
        self.cause.setToolTip(field.tip)
        w = self._doc.workshop
        causes = in_list_order([c for c in w.causes if c.theme_id == theme_id])
        _fill(self.cause, [(c.id, cause_label(c)) for c in causes], cause_id)
        _fill(
            self.success,
            [
                (s.id, f"{s.perspective.label}: {s.text}")
                for s in w.success
                if s.theme_id == theme_id
            ],
            success_id,
        )
        self._say()

    def left_out(self) -> list[str]:
        """The links the dialog opened with that a Save now would not keep, in words."""
        cause_id, success_id = self._opened
        home = self._links_theme()  # the cause's own, whichever theme the box shows
        gone = [
            (what, self._doc.get(kind, part_id))
            for what, kind, part_id, combo in (
                (cause_field(home.kind if home else None).what, "causes", cause_id, self.cause),
                ("the success statement", "success", success_id, self.success),
            )
            if part_id is not None and combo.currentData() is None
        ]
        return [f"{what} {quoted(part.text, 50)}" for what, part in gone if part is not None]

    def _say(self) -> None:
        gone = self.left_out()
        self.warning.setVisible(bool(gone))
        if not gone:
            self.warning.clear()
            return
        text = f"⚠ Saved now, this action loses its link to {' and '.join(gone)}."
        home = self._links_theme()
        if home is not None and home.id != self._theme:  # left behind by the Theme box
            belong, them = ("belong", "them") if len(gone) > 1 else ("belongs", "it")
            text = (
                f"{text[:-1]}, which {belong} to the theme {quoted(home.name, 50)}: "
                f"choose that theme again to keep {them}."
            )
        if text != self.warning.text():
            self.warning.setText(text)  # read as its words: no fixed name stands in for them
            announce(self.warning, text)
        grow_to_fit(self.warning.window())  # to the screen's foot; past it the fields scroll

    def _links_theme(self) -> Theme | None:
        """The theme the links the dialog opened with belong to."""
        cause_id, success_id = self._opened
        part = (self._doc.get("causes", cause_id) if cause_id else None) or (
            self._doc.get("success", success_id) if success_id else None
        )
        return self._doc.get("themes", part.theme_id) if part is not None else None
