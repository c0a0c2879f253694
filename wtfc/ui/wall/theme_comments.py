"""The Theme page's Comment on theme… dialog: what the room said about one theme.

The method reads each theme out and then everyone may comment ("This is not new, but it feels
more powerful…"), and the report prints the comments under the theme (the data export on its
Themes sheet); a working or future theme's comment is also where the room says what it means
for commissioners ("spread this practice"). The dialog lists the theme's comments and adds,
changes and deletes them, each an undo step of its own (``add_theme_comment``,
``edit_theme_comment``, ``delete_theme_comment``). The words are typed from what someone just
said, so the typed-detail line says when they may hold a personal detail, as it does for a
theme's name (and that the room view does not show them); it never stops the edit. Words typed
and not yet added or saved go only when the facilitator says so: Esc, Close or another comment
chosen asks the card and action dialogs' "Discard this new comment?" (``discard.ask_discard``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QModelIndex, QSignalBlocker
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wtfc.model.blank_text import is_blank
from wtfc.model.document import Document
from wtfc.model.operations import themes as theme_ops
from wtfc.ui import discard
from wtfc.ui.fingers import ItemFingers
from wtfc.ui.plain_tip import plain_tip
from wtfc.ui.screen_fit import FRAME, available_geometry
from wtfc.ui.style import font_scale
from wtfc.ui.typed_detail_hint import TypedDetailHint
from wtfc.ui.undo import UndoAdapter
from wtfc.ui.window_title import titled

WIDTH = 520  # px at 9 pt, wider with the font: a comment of a few sentences on a few lines
ABOUT = (
    "What the room said when this theme was read out, and what it means for "
    "commissioners (“spread this practice”, “inform market development”). The report "
    "prints them under the theme, and the data export on its Themes sheet; the room view "
    "does not show them."
)
# the typed-detail line's words for where a comment goes (not the room view, as for a name)
SHOWN_BY = (
    "The report and the data export print what is written here (the room view does not show it)"
)
NONE_YET = "No comments yet. Type one below, then Add."
READ_ONLY = "This workshop is open read-only: its comments can be read, not changed."


class ThemeCommentsDialog(QDialog):
    """``ThemeCommentsDialog(doc, undo, theme_id)``: ``comments`` lists the theme's comments
    (choose one to change or delete it), ``words`` is the box for a new comment or the chosen
    one's new words, and ``add``, ``save`` and ``delete`` push one undo step each. The list
    follows the document, so it stays true after each step."""

    def __init__(
        self,
        doc: Document,
        undo: UndoAdapter,
        theme_id: str,
        *,
        names: Iterable[str] | Callable[[], Iterable[str]] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.doc, self.undo, self.theme_id = doc, undo, theme_id
        name = doc.theme(theme_id).name
        self.setWindowTitle(f"Comments on “{titled(name)}”")  # a "[*]" in it kept
        self.setAccessibleName("Comments on the theme")
        about = QLabel(ABOUT)
        about.setWordWrap(True)
        self.comments = QListWidget()
        self.comments.setAccessibleName("The theme's comments")
        self.comments.setWordWrap(True)
        self.comments.setSpacing(3)  # wrapped comments read as one each, not one paragraph
        self.comments.setAlternatingRowColors(True)
        self.comments.setToolTip("Choose a comment to change or delete it")
        # a flick to read on chose the last comment it passed, for Delete to delete
        ItemFingers(self.comments)
        self.empty = QLabel(NONE_YET)
        # Alt+M: GNOME's and KDE's Qt themes label Close "&Close", so Alt+C was both
        prompt = QLabel("Co&mment:")
        self.words = QPlainTextEdit()
        self.words.setAccessibleName("Comment")
        self.words.setTabChangesFocus(True)
        self.words.setFixedHeight(self.words.fontMetrics().lineSpacing() * 4 + 12)
        prompt.setBuddy(self.words)
        self.detail_hint = TypedDetailHint(names, shown_by=SHOWN_BY)
        self.detail_hint.watch("The comment", self.words.toPlainText, self.words.textChanged)
        self.read_only = QLabel(READ_ONLY)
        self.read_only.setVisible(undo.read_only)
        self.add = QPushButton("&Add")
        self.add.setToolTip("Add the words in the box as a new comment")
        self.save = QPushButton("&Save changes")
        self.save.setToolTip("Put the words in the box in place of the chosen comment")
        self.delete = QPushButton("&Delete")
        self.delete.setToolTip("Take the chosen comment off the theme (Undo brings it back)")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        for button in (self.add, self.save, self.delete):
            button.setAutoDefault(False)
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = self._rows = QVBoxLayout(self)
        for widget in (
            about,
            self.comments,
            self.empty,
            prompt,
            self.words,
            self.detail_hint,
            self.read_only,
            buttons,
        ):
            layout.addWidget(widget)
        self.add.clicked.connect(self.add_comment)
        self.save.clicked.connect(self.save_comment)
        self.delete.clicked.connect(self.delete_comment)
        self.comments.currentRowChanged.connect(self._on_chosen)
        self.words.textChanged.connect(self._follow)
        self.words.textChanged.connect(self._make_room)  # after the hint has shown or grown
        doc.events.edited.connect(self._on_document_edited)
        self.finished.connect(self._detach)
        self._row = -1  # the comment the box's words are (or were) of: -1, a new one
        self._fill()
        # Opened to add a comment: the box has the focus and no comment is chosen, so what is
        # typed straight away is a new comment and Save changes cannot overwrite one. A comment
        # is chosen by a click, or by Tab back to the list and the arrow keys.
        QWidget.setTabOrder(self.comments, self.words)
        QWidget.setTabOrder(self.words, self.add)
        QWidget.setTabOrder(self.add, self.save)
        QWidget.setTabOrder(self.save, self.delete)
        QWidget.setTabOrder(self.delete, buttons.button(QDialogButtonBox.StandardButton.Close))
        self.words.setFocus()
        self._fitted = 0  # the height last given here (not the facilitator's own)
        self._hint_shown = False
        self._fit(round(WIDTH * font_scale()))

    # -- its size ------------------------------------------------------------------------------
    def _fit(self, width: int) -> None:
        """As tall as its word-wrapped lines need at ``width``, within the screen. A window does
        not follow its labels' height for width, and at 16 pt a fixed height cut the words
        about the comments and the ⚠ personal-detail line."""
        free = available_geometry(self)
        if free is not None:
            width = min(width, free.width() - FRAME.width())
        self._rows.activate()
        height = self._rows.totalHeightForWidth(width)
        if free is not None:
            height = min(height, free.height() - FRAME.height())
        self.resize(width, height)
        self._fitted = height

    def _make_room(self) -> None:
        """Taller as the ⚠ line shows or grows; back when it goes, unless resized by hand."""
        self._rows.activate()
        need, height = self._rows.totalHeightForWidth(self.width()), self.height()
        shown = self.detail_hint.isVisible()
        # the hint, just shown, makes its own room first: that height is not the facilitator's
        ours = height == self._fitted or (shown != self._hint_shown and height == need)
        self._hint_shown = shown
        if need > height or (ours and need != height):
            self._fit(self.width())
        elif ours:
            self._fitted = height

    # -- the three edits -----------------------------------------------------------------------
    def add_comment(self) -> bool:
        text = self.words.toPlainText()
        done = self.undo.try_push(
            lambda: theme_ops.add_theme_comment(self.doc, theme_id=self.theme_id, comment=text),
            self,
        )
        if done:
            self._ready_for_a_new_comment()
        return done

    def save_comment(self) -> bool:
        row, text = self.comments.currentRow(), self.words.toPlainText()
        done = row >= 0 and self.undo.try_push(
            lambda: theme_ops.edit_theme_comment(
                self.doc, theme_id=self.theme_id, index=row, comment=text
            ),
            self,
        )
        if done:
            # Save changes greys once saved, and Qt would pass the focus on to Delete, where a
            # second Space deleted the comment just changed. The list, on the changed comment,
            # shows (and a screen reader says) the saved words, and the arrow keys choose the
            # next comment to change: going down the comments tidying them is the usual next step.
            self.comments.setFocus()
        return done

    def delete_comment(self) -> bool:
        row = self.comments.currentRow()
        done = row >= 0 and self.undo.try_push(
            lambda: theme_ops.delete_theme_comment(self.doc, theme_id=self.theme_id, index=row),
            self,
        )
        if done:
            self._ready_for_a_new_comment()
        return done

    def _ready_for_a_new_comment(self) -> None:
        # The button pressed greys (nothing left to add or delete) and Qt passed the focus on
        # to Close, so the next comment typed went nowhere and Enter closed the dialog.
        self.words.clear()  # first: the words just added or deleted are not lost words
        self.comments.setCurrentRow(-1)
        self.words.setFocus()

    # -- keeping in step -----------------------------------------------------------------------
    def _said(self) -> list[str]:
        theme = self.doc.get("themes", self.theme_id)
        return list(theme.comments) if theme is not None else []

    def _fill(self) -> None:
        row = self.comments.currentRow()
        self.comments.blockSignals(True)  # refilling is not the facilitator choosing a row
        self.comments.clear()
        for text in self._said():
            item = QListWidgetItem(text)
            item.setToolTip(plain_tip(text))
            self.comments.addItem(item)
        if 0 <= row < self.comments.count():
            self.comments.setCurrentRow(row)
        else:
            # QAbstractItemView's own setCurrentIndex, so that the list taking the focus does
            # not make its first comment current (and put its words over what was typed).
            self.comments.setCurrentIndex(QModelIndex())
        self.comments.blockSignals(False)
        self._row = self.comments.currentRow()
        self.comments.setVisible(self.comments.count() > 0)
        self.empty.setVisible(self.comments.count() == 0)
        self._follow()

    def _on_chosen(self, row: int) -> None:
        """A comment chosen: its words in the box, to change them (or to delete it); not over
        words typed and not yet added or saved, unless the facilitator says so."""
        if row != self._row and self._keep_typed():
            with QSignalBlocker(self.comments):  # the list back on the words' own comment
                if self._row < 0:
                    self.comments.setCurrentIndex(QModelIndex())
                else:
                    self.comments.setCurrentRow(self._row)
            self.words.setFocus()
            return
        self._row = row
        if row >= 0:
            self.words.setPlainText(self.comments.item(row).text())
        self._follow()

    def _follow(self) -> None:
        """Each button on only when it would do something; nothing while read-only."""
        editing = not self.undo.read_only
        row, text = self.comments.currentRow(), self.words.toPlainText().strip()
        text = "" if is_blank(text) else text  # a copied zero-width space alone: no comment
        said = self._said()
        chosen = 0 <= row < len(said)
        self.words.setReadOnly(not editing)
        self.add.setEnabled(editing and bool(text) and text not in said)  # no twice over
        self.save.setEnabled(editing and chosen and bool(text) and text != said[row])
        self.delete.setEnabled(editing and chosen)
        self.add.setDefault(self.add.isEnabled() and not chosen)

    def _on_document_edited(self) -> None:
        if self.doc.get("themes", self.theme_id) is None:  # merged or deleted: nothing to show
            self.reject()
            return
        self._fill()

    def reject(self) -> None:
        """Esc, Close or the close box: what someone in the room just said, typed and not yet
        added, goes only when the facilitator says so, as in the card and action dialogs."""
        # the theme merged or deleted (``_on_document_edited``): nothing is left to add them to
        if self.doc.get("themes", self.theme_id) is not None and self._keep_typed():
            return
        super().reject()

    def unsaved(self) -> str | None:
        """Words in the box that are none of the theme's comments, so would be lost: "new" (no
        comment chosen), "changes" (to the chosen one), or None."""
        text = self.words.toPlainText().strip()
        if self.undo.read_only or not text or text in self._said():
            return None
        return "new" if self._row < 0 else "changes"

    def _keep_typed(self) -> bool:
        """Asked before the words in the box are lost: True keeps editing them."""
        kind = self.unsaved()
        return kind is not None and not discard.ask_discard(self, "comment", new=kind == "new")

    def _detach(self, *_args) -> None:
        self.doc.events.edited.disconnect(self._on_document_edited)


def open_theme_comments(
    parent: QWidget,
    doc: Document,
    undo: UndoAdapter,
    theme_id: str,
    *,
    names: Iterable[str] | Callable[[], Iterable[str]] = (),
) -> None:
    """Show the dialog until it is closed; each edit made in it is already an undo step."""
    dialog = ThemeCommentsDialog(doc, undo, theme_id, names=names, parent=parent)
    try:
        dialog.exec()
    finally:
        dialog.deleteLater()  # not left among the page's children for F1 to list its letters
