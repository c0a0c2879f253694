""""Move to theme…": a type-ahead list of themes, or a new theme named by what was typed.

The keyboard and single-click path for every drag (WCAG 2.5.7): type a few letters, the list
narrows, Enter takes the highlighted theme; if nothing matches, Enter makes a new theme with the
typed name. ``ThemeChoice`` says which; the caller pushes the command. While Enter would make a
new theme, the typed-detail line under the box says when its name may hold a personal detail
(it goes on the wall and the projector as typed).

A county's theme names run long ("I want to plan ahead for my end of life care with people who
know me…"): each row wraps, its card count last, never cut off behind a sideways scroll bar; the
dialog opens wide enough for most names whole on a laptop. A ``note`` above the box says what
the caller needs said first (what a Move takes out of a theme).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from wtfc.model.workshop import Kind, Theme
from wtfc.ui.fingers import ItemFingers
from wtfc.ui.style import kind_text
from wtfc.ui.typed_detail_hint import TypedDetailHint
from wtfc.ui.wall.scene import wall_theme_name
from wtfc.ui.window_title import titled

NEW_THEME_ROLE = Qt.ItemDataRole.UserRole + 1
SIZE = (640, 460)  # opened at, within 80 % of the screen: 460 px cut most county names


@dataclass(frozen=True)
class ThemeChoice:
    theme_id: str | None  # an existing theme, or None for a new one
    new_name: str = ""


def matching(themes: list[Theme], typed: str) -> list[Theme]:
    """Themes whose name contains every typed word, names starting with the text first: the
    name as the wall shows it, so "unnamed" finds a theme an older file left blank."""
    words = typed.lower().split()
    found = [t for t in themes if all(w in wall_theme_name(t.name).lower() for w in words)]
    return sorted(found, key=lambda t: not wall_theme_name(t.name).lower().startswith(
        typed.lower().strip()))


def new_theme_name(matches: QListWidget) -> str:
    """The name of the new theme Enter would make in ``matches`` ("" when Enter would take an
    existing theme): for the typed-detail line, which says only what would become a name."""
    item = matches.currentItem()
    return (item.data(NEW_THEME_ROLE) or "") if item is not None else ""


class ThemePicker(QDialog):
    """Pick one of ``themes`` (already limited to the card's kind) or name a new one."""

    def __init__(self, themes: list[Theme], *, kind: Kind | None, title: str,
                 allow_new: bool = True, parent: QWidget | None = None,
                 names: Iterable[str] | Callable[[], Iterable[str]] = (), note: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(titled(title))  # a theme's name in it shown as typed, "[*]" too
        self.setAccessibleName(title)
        self.themes = themes
        self.allow_new = allow_new
        self.choice: ThemeChoice | None = None
        prompt = "Type to find a theme" + (", or a new theme's name" if allow_new else "")
        if kind is not None:
            prompt += f" ({kind_text(kind)} themes)"
        label = QLabel(prompt + ":")
        self.filter = QLineEdit()
        self.filter.setAccessibleName("Theme name")
        self.filter.setToolTip("Type part of a theme's name; Enter chooses the highlighted one")
        self.filter.setPlaceholderText("I feel…")
        label.setBuddy(self.filter)
        self.note = QLabel(note)  # read before the box: what the choice will do
        self.note.setTextFormat(Qt.TextFormat.PlainText)  # a theme's name as typed
        self.note.setWordWrap(True)
        self.note.setVisible(bool(note))
        self.list = QListWidget()
        self.list.setWordWrap(True)  # a long name on two lines, its count in sight
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)  # wrapped again as it widens
        self.list.setSpacing(2)  # wrapped rows told apart
        self.list.setAccessibleName("Matching themes")
        self.list.setToolTip("Themes whose name matches what you typed")
        # a flick to scroll it chose the last theme it passed, for OK to move the cards into
        ItemFingers(self.list)
        self.detail_hint = TypedDetailHint(names)
        self.detail_hint.watch("The new theme's name", lambda: new_theme_name(self.list),
                               self.list.currentRowChanged)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(label)
        layout.addWidget(self.filter)
        layout.addWidget(self.detail_hint)
        layout.addWidget(self.list)
        layout.addWidget(buttons)
        self.filter.textChanged.connect(self._on_filter_changed)
        self.filter.installEventFilter(self)
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        self._on_filter_changed("")
        screen = (parent.screen() if parent is not None else self.screen()).availableGeometry()
        self.resize(min(SIZE[0], int(screen.width() * 0.8)),
                    min(SIZE[1], int(screen.height() * 0.8)))

    def _on_filter_changed(self, text: str) -> None:
        self.list.clear()
        for theme in matching(self.themes, text):
            name, count = wall_theme_name(theme.name), len(theme.card_ids)
            item = QListWidgetItem(f"{name}  ({count})")
            item.setToolTip(f"{name}  ({count} card{'s' if count != 1 else ''})")
            item.setData(Qt.ItemDataRole.UserRole, theme.id)
            self.list.addItem(item)
        if self.allow_new and text.strip():
            item = QListWidgetItem(f"+ New theme: “{' '.join(text.split())}”")
            item.setData(NEW_THEME_ROLE, " ".join(text.split()))
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)

    def eventFilter(self, watched, event) -> bool:
        """Up and Down in the text box move through the list, so the hands stay on the keys."""
        if watched is self.filter and event.type() == event.Type.KeyPress \
                and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            row = self.list.currentRow() + (1 if event.key() == Qt.Key.Key_Down else -1)
            self.list.setCurrentRow(max(0, min(row, self.list.count() - 1)))
            return True
        return super().eventFilter(watched, event)

    def accept(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        new_name = item.data(NEW_THEME_ROLE)
        self.choice = ThemeChoice(None, new_name) if new_name else \
            ThemeChoice(item.data(Qt.ItemDataRole.UserRole))
        super().accept()

    def choose(self, typed: str) -> ThemeChoice | None:
        """Type ``typed`` and press Enter (what tests and scripted use do)."""
        self.filter.setText(typed)
        self.accept()
        return self.choice


def ask_theme(themes: list[Theme], *, kind: Kind | None, title: str, allow_new: bool = True,
              parent: QWidget | None = None,
              names: Iterable[str] | Callable[[], Iterable[str]] = (),
              note: str = "") -> ThemeChoice | None:
    """The theme chosen in a ``ThemePicker``, None for Cancel. The picker is freed once read:
    one is made for every M, merge and split, and kept they piled up over a day's wall."""
    picker = ThemePicker(themes, kind=kind, title=title, allow_new=allow_new, parent=parent,
                         names=names, note=note)
    try:
        return picker.choice if picker.exec() else None
    finally:
        picker.deleteLater()
