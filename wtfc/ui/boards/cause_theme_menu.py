"""P on the why-tree (or its Move to theme… button): a cause written under the wrong priority's
tree moved, with the reasons below it, to another theme's why-tree.

A small menu lists the other themes as the Theme box orders them (the chosen priorities by rank,
then the themes with work on them), each numbered to press (1 to 9) and its name cut at a whole
word; the full name is its tooltip. Choosing one is one undo step ("Move 'Rotas just fill gaps'
(and 2 causes under it) to 'I am not treated with respect…'"); the cause hangs at the top of that
tree, with its marks, category and team. Where actions of this theme are linked to a cause of the
branch, the links would point into another theme's tree: a question names them first, and the
move drops them (Ctrl+Z puts the cause and the links back).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from wtfc.export.content import count_phrase
from wtfc.export.isolates import isolated
from wtfc.export.team_heading import short_teams, theme_team_names
from wtfc.model.counting import rank_words
from wtfc.model.document import Document
from wtfc.model.link_words import unlinked_words
from wtfc.model.operations._names import quoted
from wtfc.model.operations.cause_move import branch_ids, links_dropped, move_to_theme, under_it
from wtfc.model.unnamed_themes import shown_theme_name
from wtfc.model.workshop import Action, Cause, Theme
from wtfc.ui.boards.common import RefusalNotice, priority_themes, push_edit, theme_choice_spoken
from wtfc.ui.boards.plan_text import short_name
from wtfc.ui.boards.why_tree_layout import ROOT
from wtfc.ui.undo import UndoAdapter

if TYPE_CHECKING:
    from wtfc.ui.boards.causes import CausesBoard

THEME_MOVE_KEY = ("P", "Why-tree and fishbone: move the chosen cause, with the reasons below "
                  "it, to another priority theme's why-tree")
NAME_LENGTH = 48  # characters of a theme's name in the menu (its kind, count and teams follow):
# most whole, the long cut at a word; a 16 pt line keeps within a 1024 px screen
NO_OTHER_THEME = ("There is no other priority theme to move it to: choose another priority "
                  "first (4 Understand, Choose priorities).")


class ThemeMovePicker:
    """Opens the menu for ``board``'s chosen cause, under its box; ``say`` puts a line under
    the tree and reads it out."""

    def __init__(self, board: CausesBoard, undo: UndoAdapter, notice: RefusalNotice,
                 say: Callable[[str], None]) -> None:
        self._board, self._doc, self._undo, self._notice = board, undo.doc, undo, notice
        self._say = say
        self.menu: QMenu | None = None  # the one open (kept: PySide would collect it)

    def open(self) -> QMenu | None:
        """The menu for the chosen cause; None (and said why) when there is none to move or
        nowhere to move it. Words being typed on the board are recorded first (refused: kept,
        and no menu)."""
        if not self._board.line.record_typed():
            return None
        node = self._board.selected()
        if self._undo.read_only:
            self._notice.say("This workshop is open read-only, so it can't be changed.")
            return None
        cause = self._doc.get("causes", node) if node not in (None, ROOT) else None
        if cause is None:
            self._notice.say("Select a cause first (the arrows move through the tree), then "
                             "press P to move it to another theme's why-tree.")
            return None
        themes = [t for t in priority_themes(self._doc) if t.id != cause.theme_id]
        if not themes:
            self._notice.say(NO_OTHER_THEME)
            return None
        if self.menu is not None:
            self.menu.deleteLater()
        self.menu = menu = theme_menu(self._doc, cause, themes, self._board, self.choose)
        menu.popup(self._board.shapes.point_below_chosen())
        return menu

    def choose(self, cause_id: str, theme_id: str) -> bool:
        """Move the branch, once a question naming the links it drops is answered yes."""
        doc = self._doc
        cause, theme = doc.get("causes", cause_id), doc.get("themes", theme_id)
        dropped = links_dropped(doc, cause_id, theme_id) if cause and theme else []
        if dropped and not ask_to_drop_links(
            self._board, drop_links_words(doc, cause, theme, dropped), len(dropped)):
            return False
        moving = len(branch_ids(doc, cause_id)) if cause else 0
        done = push_edit(self._undo, self._notice,
                         lambda: move_to_theme(doc, cause_id=cause_id, theme_id=theme_id))
        if done and cause is not None and theme is not None:
            said = (f"Moved {quoted(cause.text, 50)}{under_it(moving - 1)} to the why-tree of "
                    f"{quoted(shown_theme_name(theme.name), 50)} (choose it in the Theme box "
                    "to see it there).")
            # the links dropped said as a delete says them; else how to put it back
            lost = unlinked_words(dropped, "a cause", "cause") or "Ctrl+Z puts it back."
            self._say(f"{said} {lost}")
        return done


def theme_menu(
    doc: Document,
    cause: Cause,
    themes: list[Theme],
    parent: QWidget,
    choose: Callable[[str, str], object],
) -> QMenu:
    """The themes, numbered: the chosen priorities, then (after a line) the others with work."""
    menu = QMenu(parent)
    menu.setAccessibleName(f"Move {quoted(cause.text, 50)} to another theme's why-tree")
    menu.setToolTipsVisible(True)
    for n, theme in enumerate(themes, start=1):
        if n > 1 and not theme.priority.chosen and themes[n - 2].priority.chosen:
            menu.addSeparator()
        teams = theme_team_names(doc.workshop, theme.id)
        action = QAction(menu, text=_entry_text(n, theme, teams))
        action.setToolTip(theme_choice_spoken(theme, teams))  # the name and teams whole
        action.triggered.connect(lambda _=False, t=theme.id: choose(cause.id, t))
        menu.addAction(action)
    return menu


def _entry_text(n: int, theme: Theme, teams: list[str]) -> str:
    """ "&1 Priority 2: I never know who is coming or when · ✗ 2 cards · Team: Team B": 1 to
    9 pressed as keys; the kind, count and teams as the Theme box says them, so the facilitator
    sees whose tree the cause lands on; an & in the name shown, not taken as the key."""
    key = f"&{n} " if n <= 9 else ""
    rank = f"{rank_words(theme.priority.rank)}: " if theme.priority.chosen and \
        theme.priority.rank else ""
    name = isolated(short_name(" ".join(shown_theme_name(theme.name).split()), NAME_LENGTH))
    # the kind's mark, count and teams as common.theme_choice_text ends the Theme box's line
    team = f" · {short_teams(teams)}" if teams else ""
    tail = f" · {theme.kind.symbol} {count_phrase(len(theme.card_ids), 'card')}{team}"
    return key + f"{rank}{name}{tail}".replace("&", "&&")


def drop_links_words(doc: Document, cause: Cause, theme: Theme, dropped: list[Action]) -> str:
    """The question before a move that drops links: which actions, and what becomes of them."""
    here = doc.get("themes", cause.theme_id)
    here_name = quoted(shown_theme_name(here.name), 50) if here is not None else "this theme"
    cause_name = quoted(cause.text, 50)
    if len(dropped) == 1:
        which = (f"The action {quoted(dropped[0].what, 50)} is for {here_name} and is linked "
                 f"to {cause_name} (or a reason below it).")
        after = "the link is dropped: the action stays on the Plan page, with no cause"
    else:
        names = "; ".join(quoted(a.what, 40) for a in dropped[:3])
        more = f" and {len(dropped) - 3} more" if len(dropped) > 3 else ""
        which = (f"{len(dropped)} actions for {here_name} are linked to {cause_name} or "
                 f"reasons below it: {names}{more}.")
        after = "the links are dropped: the actions stay on the Plan page, with no cause"
    return (f"{which}\n\nMoved to {quoted(shown_theme_name(theme.name), 50)}, the cause would "
            f"be on another theme's why-tree, so {after}. Ctrl+Z puts the cause and "
            f"{_links(len(dropped))} back.")


def ask_to_drop_links(parent: QWidget, words: str, count: int) -> bool:
    """Whether to move and drop ``count`` links; Cancel is the default (Enter or Esc keeps
    them)."""
    link = _links(count)
    box = QMessageBox(QMessageBox.Icon.Question, f"Move the cause and drop {link}?", words,
                      parent=parent)
    move = box.addButton(f"&Move and drop {link}", QMessageBox.ButtonRole.DestructiveRole)
    keep = box.addButton("&Cancel", QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    box.exec()
    return box.clickedButton() is move


def _links(count: int) -> str:
    return "the link" if count == 1 else "the links"
