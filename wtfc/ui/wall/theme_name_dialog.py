"""The Theme page's question for a theme's name: New theme, Rename theme, Split theme.

A line to type the name in, with the typed-detail line under it: a theme's name goes on the
wall, the projector and the posters as typed, often straight from what someone just said ("I
want Mrs Patel back"), so the dialog says when the words may hold a personal detail, shown
only as its kind. It never stops OK: the guard may be wrong, and the facilitator decides.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from wtfc.ui.typed_detail_hint import TypedDetailHint

WIDTH = 460  # px: an "I" statement of a dozen words shows whole


class ThemeNameDialog(QDialog):
    """``ThemeNameDialog(title, label, text, names=…)``: ``name`` holds ``text``, chosen, so
    typing replaces it; ``detail_hint`` says what it may hold (see the module docstring)."""

    def __init__(self, title: str, label: str, text: str = "", *,
                 names: Iterable[str] | Callable[[], Iterable[str]] = (),
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        prompt = QLabel(label)
        prompt.setWordWrap(True)
        self.name = QLineEdit(text)
        self.name.setAccessibleName("Theme name")
        self.name.setToolTip("Type the theme's name, then Enter")
        prompt.setBuddy(self.name)
        self.name.selectAll()
        self.detail_hint = TypedDetailHint(names)
        self.detail_hint.watch("The theme's name", self.name.text, self.name.textChanged)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(prompt)
        layout.addWidget(self.name)
        layout.addWidget(self.detail_hint)
        layout.addWidget(buttons)
        self.detail_hint.refresh()  # a name that already holds one (Rename) says so at once
        self.resize(WIDTH, self.sizeHint().height())


def ask_theme_name(parent: QWidget | None, title: str, label: str, text: str = "", *,
                   names: Iterable[str] | Callable[[], Iterable[str]] = ()) -> str | None:
    """The name as typed (possibly empty: New theme makes a group to name later, Rename
    refuses it with a reason), or None when
    the dialog was cancelled, as ``QInputDialog.getText`` answered before."""
    dialog = ThemeNameDialog(title, label, text, names=names, parent=parent)
    try:
        return dialog.name.text() if dialog.exec() else None
    finally:
        dialog.deleteLater()
