"""What the Theme page asks before it renames, merges, splits or deletes the current theme,
and the dialog of its comments.

``ThemePrompts(panel)`` asks through the panel's two dialogs (``WallPanel.ask_text`` for a name,
``WallPanel.pick_theme`` for another theme; tests replace those to answer without a dialog) and
hands the answer to ``WallGestures``, which pushes the one undoable command. Deleting a theme
that has board work (a why-tree, success statements, actions) asks first.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt

if TYPE_CHECKING:
    from wtfc.ui.wall.panel import WallPanel


# Shift+F2 in read-out mode on a card in no theme: said under the page (a greyed action's key
# did nothing, and no menu shows its tooltip there)
NO_THEME_READ_OUT = (
    "The card read out is not in a theme yet, so there is no theme to comment on: put it in "
    "one first, or press Esc to go back to the wall and choose a theme."
)


class ThemePrompts:
    """The questions about the current theme of ``panel`` (a ``WallPanel``)."""

    def __init__(self, panel: WallPanel) -> None:
        self.panel = panel

    def can_rename(self) -> bool:
        """Whether Rename (F2, the toolbar's button) has a theme to act on: one is chosen on
        the wall or in the outline and still exists, and the wall is on screen (read-out mode
        hides the wall and what was chosen on it)."""
        return self.panel.current_theme() is not None and not self.panel.readout_active()

    def rename_current_theme(self) -> None:
        """F2 and the toolbar's Rename: an editor over the theme's name on the wall, or a
        dialog where there is no room for one (the outline) or the wall does not show the
        theme (its kind is filtered out)."""
        panel, theme_id = self.panel, self.panel.current_theme()
        if theme_id is None or not self.can_rename():
            return
        if panel.outline.hasFocus() or panel.view.start_rename(theme_id) is None:
            self.ask_rename(theme_id)

    def ask_rename(self, theme_id: str) -> bool:
        panel = self.panel
        name = panel.ask_text("Rename theme", "The theme's new name:",
                              panel.doc.theme(theme_id).name)
        return panel.gestures.rename(theme_id, name) if name is not None else False

    def ask_merge(self) -> bool:
        panel, theme_id = self.panel, self.panel.current_theme()
        if theme_id is None:
            return False
        theme = panel.doc.theme(theme_id)
        choice = panel.pick_theme(f"Merge “{theme.name}” into", theme.kind, allow_new=False,
                                  exclude=theme_id)
        if choice is None or choice.theme_id is None:
            return False
        return panel.gestures.merge(choice.theme_id, [theme_id])

    def ask_split(self) -> bool:
        panel, theme_id = self.panel, self.panel.current_theme_id
        chosen = [c for c, t in panel.selected_placements() if t == theme_id]
        if theme_id is None or not chosen:
            return False
        name = panel.ask_text("Split theme", "Name the new theme:", "I ")
        return panel.gestures.split(theme_id, chosen, name) if name is not None else False

    def comment_theme(self) -> str | None:
        """The theme Comment on theme… acts on: the current theme; in read-out mode, which hides
        the wall and what was chosen on it, the card read out's (its first, as the page's keys
        take it), so a comment heard while reading the cards out is kept at once."""
        panel = self.panel
        if not panel.readout_active():
            return panel.current_theme()
        placements = panel.selected_placements()
        return placements[0][1] if placements else None

    def comment_on_current_theme(self) -> bool:
        """Shift+F2 and Comment on theme…: the theme's comments, to read, add, change or delete
        (read-only files too: reading them is the point)."""
        panel, theme_id = self.panel, self.comment_theme()
        if theme_id is None:
            if panel.readout_active():
                panel.wall_actions.notice.say(NO_THEME_READ_OUT)
            return False
        from wtfc.ui.wall.theme_comments import open_theme_comments  # loads when first opened

        back = panel.focusWidget()  # read-out's theme box: the next card's theme is typed there
        open_theme_comments(panel, panel.doc, panel.undo, theme_id,
                            names=lambda: panel.doc.names_to_watch)
        if back is not None:
            back.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def delete_current_theme(self) -> bool:
        panel, theme_id = self.panel, self.panel.current_theme()
        if theme_id is None or not self.fine_to_delete(theme_id):
            return False
        done = panel.gestures.delete_theme(theme_id)
        if done:
            panel.set_current_theme(None)
        return done

    def fine_to_delete(self, theme_id: str) -> bool:
        """A theme's why-tree, success statements and actions go with it: ask first when it
        has any (Undo brings them back, but they are easy to lose sight of)."""
        from PySide6.QtWidgets import QMessageBox

        from wtfc.ui.plain_tip import as_typed  # the theme's name as typed, never as HTML

        doc = self.panel.doc
        work = [(len([p for p in doc.parts(name) if p.theme_id == theme_id]), one, many)
                for name, one, many in (("causes", "cause", "causes"),
                                        ("success", "success statement", "success statements"),
                                        ("actions", "action", "actions"))]
        listed = [f"{n} {one if n == 1 else many}" for n, one, many in work if n]
        if not listed:
            return True
        what = ", ".join(listed[:-1]) + (" and " if len(listed) > 1 else "") + listed[-1]
        name = doc.theme(theme_id).name
        answer = QMessageBox.question(
            self.panel, "Delete the theme?",
            as_typed(f"Delete “{name}”?\n\nIts cards go back to “Not yet in a theme”. "
                     f"Deleting it also deletes its {what}. Undo (Ctrl+Z) brings them all back."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes
