"""The Theme page's controls: its named actions, its toolbar and its right-click menus.

Every control is an action with a name, a tooltip and (where it helps) a shortcut local to the
page, so the toolbar, the menus and the keyboard all reach the same few ``WallPanel`` methods.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence, QShortcut
from PySide6.QtWidgets import QMenu, QWidget

from wtfc.model.workshop import Kind
from wtfc.ui.document_follow import follow_document
from wtfc.ui.held_back_words import SHOW_LABEL, SHOW_TIP
from wtfc.ui.shortcut_help import describe
from wtfc.ui.style import kind_text
from wtfc.ui.wall.block_item import BlockItem
from wtfc.ui.wall.card_item import CardItem
from wtfc.ui.wall.gestures import Placement
from wtfc.ui.wall.layout import KIND_ORDER
from wtfc.ui.wall.theme_prompts import NO_THEME_READ_OUT
from wtfc.ui.wall.wall_toolbar import WallToolbar

if TYPE_CHECKING:
    from wtfc.ui.boards.common import RefusalNotice
    from wtfc.ui.wall.panel import WallPanel

CHOOSE_CARDS_FIRST = ("Choose one or more cards first: click a card (Ctrl+click for more), or "
                      "go to it with the arrow keys.")
READ_ONLY = "This workshop is open read-only, so it can't be changed."
COMMENT_TIP = ("See, add, change or delete what the room said about the theme chosen (the report "
               "prints it under the theme)")

MOVE_NUMBERED = "Move the chosen cards to theme 1 … 9 (numbered in the outline)"
# the Zoom menu greyed off the wall: why, and the why-tree's own zoom keys
ZOOM_NOT_NOW = ("Not now: this menu zooms the Theme page's wall. The why-tree on Understand "
                "zooms with its own Ctrl+=, Ctrl+- and Ctrl+0")
# in read-out mode, the toolbar's Fit all too (read-out stays on when the stage changes)
ZOOM_NOT_IN_READOUT = "Not in read-out mode: Ctrl+R on the Theme page goes back to the wall"


def make_action(owner: QWidget, text: str, tip: str, slot, shortcut: str | None = None, *,
                checkable: bool = False) -> QAction:
    """An action on ``owner`` whose shortcut works anywhere inside it (not the whole window)."""
    action = QAction(owner, text=text)
    action.setToolTip(tip + (f" ({shortcut})" if shortcut else ""))
    action.setStatusTip(tip)
    action.setCheckable(checkable)
    if shortcut:
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    action.triggered.connect(slot)
    owner.addAction(action)
    return action


def _keys(standard: QKeySequence.StandardKey, *more: str) -> list[QKeySequence]:
    """``more``, then the system's other keys for ``standard`` (a keyboard's Zoom key), once."""
    keys = [*(QKeySequence(k) for k in more), *QKeySequence.keyBindings(standard)]
    return list({k.toString(): k for k in keys}.values())


class WallActions:
    """The actions of ``panel`` (a ``WallPanel``), the toolbar that shows some of them and the
    menus that offer them on a right-click."""

    def __init__(self, panel: WallPanel) -> None:
        self.panel = panel
        self._make_filters()
        act = functools.partial(make_action, panel)
        self.new_theme = act("New theme from selection…", "Make a theme of the chosen cards",
                             panel.ask_new_theme, "N")
        self.move = act("Move to theme…", "Move the chosen cards into a theme", panel.ask_move,
                        "M")
        self.copy = act("Copy to theme…", "Put the chosen card in a second theme too",
                        panel.ask_copy, "C")
        self.unsort = act("Take out of theme", "Take the chosen cards out of their theme",
                          panel.unsort_selection)
        self.fit = act("&Fit all", "Show the whole wall", panel.view.fit_all, "Ctrl+0")
        self.zoom_in = act("Zoom &in", "Show the cards larger", panel.view.zoom_in, "Ctrl++")
        self.zoom_out = act("Zoom &out", "Show more of the wall, smaller", panel.view.zoom_out,
                            "Ctrl+-")
        # the usual keys, and Ctrl+= : the + key without Shift on most keyboards (F1 names
        # these; a keyboard's own Zoom key works too)
        self.zoom_in.setShortcuts(_keys(QKeySequence.StandardKey.ZoomIn, "Ctrl++", "Ctrl+="))
        self.zoom_out.setShortcuts(_keys(QKeySequence.StandardKey.ZoomOut, "Ctrl+-"))
        describe("Zoom in", self.zoom_in, keys="Ctrl+= or Ctrl++")
        describe("Zoom out", self.zoom_out, keys="Ctrl+-")
        self.zooming = (self.zoom_in, self.zoom_out, self.fit)  # the Zoom menu
        self._zoom_tips = {action: action.toolTip() for action in self.zooming}
        panel.view.shown_changed.connect(self._on_wall_shown)
        self._on_wall_shown(panel.view.isVisible())
        self.zoom_theme = act("Zoom to theme", "Zoom to the current theme",
                              panel.zoom_to_current_theme, "Z")
        self.readout = act("Read-out mode", "One card at a time, very large",
                           panel.toggle_readout, "Ctrl+R", checkable=True)
        prompts = panel.theme_prompts
        self.rename = act("Rename theme…", "Rename the theme chosen, or the chosen card's "
                          "theme", prompts.rename_current_theme, "F2")
        self.merge = act("Merge theme into…", "Put this theme's cards into another",
                         prompts.ask_merge)
        self.split = act("Split chosen cards off…",
                         "Make a new theme of some of this theme's cards", prompts.ask_split)
        self.comment = act("Comment on theme…", COMMENT_TIP, prompts.comment_on_current_theme,
                           "Shift+F2")
        self.delete_theme = act("Delete theme", "Delete the theme; its cards go back to “Not "
                                "yet in a theme” (its why-tree, success statements and actions "
                                "go too)",
                                prompts.delete_current_theme)
        self.redact = act("Redact personal details",
                          "Replace the possible personal details with [name], [phone]…",
                          panel.redact_selection)
        self.show_held_back = act(SHOW_LABEL, SHOW_TIP, lambda on: panel.held_back.set_shown(on),
                                  checkable=True)
        self.mark_fine = act("Mark as fine to show", "You have looked: these words are not "
                             "personal details and may be shown", panel.mark_selection_fine)
        self.edit = act("Edit card…", "Change the card's words", panel.ask_edit_card)
        self.card_up = act("Move card up in its theme", "Put the chosen card one place higher: "
                           "posters quote a theme's cards in this order",
                           lambda: panel.shift_card(-1), "Alt+Up")
        self.card_down = act("Move card down in its theme", "Put the chosen card one place lower",
                             lambda: panel.shift_card(1), "Alt+Down")
        self.theme_earlier = act("Move theme earlier", "Put the current theme before the one "
                                 "in front of it (and give it the lower number)",
                                 lambda: panel.shift_current_theme(-1), "Alt+Left")
        self.theme_later = act("Move theme later", "Put the current theme after the next one",
                               lambda: panel.shift_current_theme(1), "Alt+Right")
        # Alt+arrows only on the wall and in the outline: elsewhere on the page they are the
        # widgets' own (Alt+Down opens a drop-down list, such as the suggestions' kind box)
        for action in (self.card_up, self.card_down, self.theme_earlier, self.theme_later):
            panel.removeAction(action)
            panel.view.addAction(action)
            panel.outline.addAction(action)
        self.find = act("Find a card…", "Find cards by their words or a person's code",
                        lambda: panel.find_bar.open_bar(), "Ctrl+F")
        self.find_next = act("Find next", "Go to the next card found",
                             lambda: panel.find_bar.step(1), "F3")
        self.find_previous = act("Find previous", "Go to the card found before",
                                 lambda: panel.find_bar.step(-1), "Shift+F3")
        self._make_suggestion_actions()
        self.editing = (self.new_theme, self.move, self.copy, self.unsort, self.rename,
                        self.merge, self.split, self.delete_theme, self.redact, self.mark_fine,
                        self.edit, self.accept_suggestion, self.card_up, self.card_down,
                        self.theme_earlier, self.theme_later)  # what a read-only file turns off
        self._make_numbered_shortcuts()
        self.on_chosen_cards = {action: action.toolTip() for action in
                                (self.new_theme, self.move, self.copy)}  # and their tips
        self._notice: RefusalNotice | None = None  # made when first wanted

    def _make_suggestion_actions(self) -> None:
        """The suggestions panel's actions: here, so their shortcuts work before the panel is
        built (it is built the first time one of them is used)."""
        panel = self.panel
        act = functools.partial(make_action, panel)
        self.show_suggestions = act("Suggestions panel", "Show or hide the theme suggestions panel",
                                    lambda on: panel.suggestions.set_shown(on), "F9",
                                    checkable=True)
        self.show_outline = act("Outline", "Show or hide the outline of themes and cards beside "
                                "the wall (on a narrow screen it folds away while the "
                                "suggestions are open)",
                                lambda on: panel.beside.set_outline_wanted(on), "Shift+F9",
                                checkable=True)
        self.show_outline.setChecked(True)
        self.suggest = act("Suggest themes", "Suggest themes for the cards of one kind not yet "
                           "in a theme",
                           lambda: panel.suggestions.suggest(), "S")
        self.where = act("Where does this card go?", "Rank the themes for the chosen card (one not "
                         "yet in a theme)", lambda: panel.suggestions.ask_fit(), "W")
        self.like = act("Cards like this one", "Ring the cards not yet in a theme most like "
                        "the chosen card", lambda: panel.suggestions.ask_fit(like=True), "L")
        self.accept_suggestion: QAction = act(
            "Accept suggestion", "Make the chosen suggestion a theme",
            lambda: panel.suggestions_shown() and panel.suggestions.themes_page.accept_current(),
            "Ctrl+Return")
        self.dismiss_suggestion = act(
            "Dismiss suggestion", "Take the chosen suggestion off the list",
            lambda: panel.suggestions_shown() and panel.suggestions.themes_page.dismiss_current(),
            "Ctrl+Delete")
        # the wall's, as Accept's is: from the wall, where the keyboard is after S, the wall
        # took Ctrl+Shift+Enter as Enter and opened read-out mode. On in a read-only file,
        # where the panel says why nothing is added
        self.add_to_close = act(
            "Add suggestion to the theme it is close to",
            "Put the ticked cards in the theme the chosen suggestion is close to",
            lambda: panel.suggestions_shown() and panel.suggestions.themes_page.add_current(),
            "Ctrl+Shift+Return")
        self.add_to_close.setShortcuts([QKeySequence("Ctrl+Shift+Return"),
                                        QKeySequence("Ctrl+Shift+Enter")])  # and the keypad's

    def _make_filters(self) -> None:
        self.filter_group = QActionGroup(self.panel)
        self.filter_actions: dict[str, QAction] = {}
        # F5…F8: the filter decides what the projector shows too, so it needs keys, not only
        # the toolbar's buttons (which the keyboard does not reach)
        for (key, text, kinds), shortcut in zip(
                (("all", "All", KIND_ORDER), *((k.value, kind_text(k), (k,)) for k in KIND_ORDER)),
                ("F5", "F6", "F7", "F8"), strict=True):
            action = make_action(self.panel, text, f"Show {text.lower()} cards and themes",
                                 lambda _=False, kinds=kinds: self._show_only(kinds),
                                 shortcut, checkable=True)
            self.filter_group.addAction(action)
            self.filter_actions[key] = action
        self.filter_actions["all"].setChecked(True)
        self._kind_of: dict[str, Kind] = {}  # each theme's, for one an undo took away
        follow_document(self.panel, self.panel.doc, on_parts=self._follow_step,
                        on_reset=lambda: self._follow_step("themes", frozenset()))
        self._follow_step("themes", frozenset())

    def _follow_step(self, collection: str, ids: frozenset[str]) -> None:
        """Undo, Redo or a History jump that changed cards or themes of a kind the filter
        hides shows every kind again, and says so after the step's own words: the change was
        made out of sight, and a facilitator would read the wall as unchanged. Only while the
        wall is on screen: the filter is the projector's too, and a step from another stage
        leaves it as the facilitator set it."""
        if collection not in ("cards", "themes"):
            return
        panel = self.panel
        parts = [panel.doc.get(collection, i) for i in ids]
        kinds = {p.kind for p in parts if p is not None}
        kinds |= {self._kind_of[i] for i in ids if i in self._kind_of}
        if collection == "themes":  # cards are not kept: at 10,000 a copy per edit is slow
            self._kind_of = {t.id: t.kind for t in panel.doc.workshop.themes}
        # read-out mode shows the card's kind on the wall, not the filter (``readout_mode``)
        if panel.undo.in_step and panel.isVisible() and not panel.readout_active() \
                and not kinds <= set(panel.kinds):
            panel.set_kinds(KIND_ORDER)
            panel.undo.notes.append("the wall shows all kinds again: its filter hid this change")

    def _on_wall_shown(self, shown: bool) -> None:
        # greyed while the wall is off screen (another stage, read-out mode): chosen they would
        # change a wall no one can see. Off screen on a page still shown is read-out mode
        why = ZOOM_NOT_IN_READOUT if self.panel.isVisible() else ZOOM_NOT_NOW
        for action in self.zooming:
            action.setEnabled(shown)
            tip = self._zoom_tips[action]  # greyed, the menu's tip says why
            action.setToolTip(tip if shown else f"{tip}. {why}")

    def follow_current_theme(self) -> None:
        """Rename and Zoom to theme are on only while there is a theme to act on (and Rename
        while the file may be changed): the toolbar's buttons say so by greying out."""
        panel = self.panel
        has_theme = panel.theme_prompts.can_rename()
        self.rename.setEnabled(not panel.undo.read_only and has_theme)
        theme_id = panel.current_theme()
        theme = panel.doc.get("themes", theme_id) if has_theme and theme_id else None
        # greyed, not a button that does nothing: no theme, or one the wall's filter hides
        self.zoom_theme.setEnabled(theme is not None and theme.kind in panel.kinds)
        self.follow_selection()  # and Comment on theme…, which may follow the card read out

    def follow_selection(self) -> None:
        """New theme, Move and Copy are on only while cards are chosen (and the file may be
        changed); greyed, their tips say why. They looked ready and did nothing."""
        panel = self.panel
        chosen, read_only = bool(panel.selected_placements()), panel.undo.read_only
        for action, tip in self.on_chosen_cards.items():
            action.setEnabled(chosen and not read_only)
            action.setToolTip(f"{tip}. {READ_ONLY}" if read_only else
                              tip if chosen else f"{tip}. Choose one or more cards first.")
        # cards chosen answer "choose cards first" (only that: a read-only file's line stays;
        # the line appearing re-lays out the wall, which comes back here)
        if chosen and self._notice is not None and CHOOSE_CARDS_FIRST in self._notice.text():
            self._notice.clear()
        self._follow_comment()

    def _follow_comment(self) -> None:
        """Comment on theme… is on while there is a theme to comment on, read-only too (the
        comments can be read). In read-out mode it is on throughout: on the card read out's
        theme, which its tooltip names, or saying why there is none (``NO_THEME_READ_OUT``)."""
        panel = self.panel
        theme_id = panel.theme_prompts.comment_theme()
        reading = panel.readout_active()
        self.comment.setEnabled(reading or theme_id is not None)
        tip = COMMENT_TIP
        if reading and theme_id is not None:
            tip = (f"See, add, change or delete what the room said about “"
                   f"{panel.doc.theme(theme_id).name}”, the theme of the card read out")
        elif reading:
            tip = NO_THEME_READ_OUT
        self.comment.setToolTip(f"{tip} (Shift+F2)")
        self.comment.setStatusTip(tip)
        # "not in a theme yet" is answered once the card read out has one, or none is read out
        if (self._notice is not None and NO_THEME_READ_OUT in self._notice.text()
                and not (reading and theme_id is None and panel.selected_placements())):
            self._notice.clear()

    @property
    def notice(self) -> RefusalNotice:
        """The line under the wall saying why a key did nothing, made the first time it is
        wanted (its module is the boards', which start-up does not load)."""
        if self._notice is None:
            from wtfc.ui.boards.common import RefusalNotice

            self._notice = RefusalNotice()
            if (layout := self.panel.layout()) is not None:  # at the foot, under the wall
                layout.addWidget(self._notice)
        return self._notice

    def may_act_on(self, placements: list[Placement]) -> bool:
        """Whether a key for the chosen cards may go ahead; if not, the line under the wall
        says why (the key reaches the wall only when its greyed action cannot take it)."""
        problem = READ_ONLY if self.panel.undo.read_only else \
            CHOOSE_CARDS_FIRST if not placements else None
        if problem is not None:
            self.notice.say(problem)
        return problem is None

    def _show_only(self, kinds: tuple) -> None:
        """F5…F8 or the toolbar's filter: the whole wall changes, so it is said."""
        self.panel.set_kinds(kinds)
        self.panel.view.spoken.say_kinds()

    def show_kinds(self, kinds: tuple) -> None:
        """Tick the filter for ``kinds`` without asking the panel to set them again."""
        key = "all" if len(kinds) > 1 else kinds[0].value
        with QSignalBlocker(self.filter_group):
            self.filter_actions[key].setChecked(True)

    def _make_numbered_shortcuts(self) -> None:
        panel = self.panel
        for n in range(1, 10):
            on_wall = QShortcut(QKeySequence(f"Alt+{n}"), panel.view,
                                lambda n=n: panel.move_selection_to_numbered(n))
            on_wall.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            in_outline = QShortcut(QKeySequence(f"Alt+{n}"), panel.outline,
                                   lambda n=n: panel.move_selection_to_numbered(n))
            in_outline.setContext(Qt.ShortcutContext.WidgetShortcut)
            describe(MOVE_NUMBERED, on_wall, in_outline, keys="Alt+1 … Alt+9")

    def make_toolbar(self) -> WallToolbar:
        # shorter words on the buttons (menus keep the full ones), so a 1366-wide laptop
        # shows every button on one row at the usual font size
        self.new_theme.setIconText("New theme")
        self.rename.setIconText("Rename")
        self.find.setIconText("Find")
        self.readout.setIconText("Read-out")
        self.show_suggestions.setIconText("Suggestions")  # the panel's own title
        return WallToolbar((
            tuple(self.filter_actions.values()),
            (self.new_theme, self.move, self.rename),
            (self.find, self.fit, self.zoom_theme, self.readout),
            (self.suggest, self.show_suggestions, self.show_outline)))

    # -- menus ---------------------------------------------------------------------------------
    def show_wall_menu(self, item, global_pos) -> None:
        """Right-click on the wall: a card's actions (for the chosen cards), a theme's."""
        panel = self.panel
        menu = QMenu(panel)
        if isinstance(item, CardItem):
            self.add_card_actions(menu, panel.selected_placements())
        elif isinstance(item, BlockItem) and item.theme_id is not None:
            panel.set_current_theme(item.theme_id)
        self.add_theme_actions(menu)
        if not menu.isEmpty():
            menu.exec(global_pos)

    def show_outline_menu(self, placements, theme_id, global_pos) -> None:
        """Right-click in the outline: the same actions, for the rows chosen there."""
        menu = QMenu(self.panel)
        self.add_card_actions(menu, placements)
        if theme_id is not None:
            self.panel.set_current_theme(theme_id)
            self.add_theme_actions(menu)
        if not menu.isEmpty():
            menu.exec(global_pos)

    def add_card_actions(self, menu: QMenu, placements: list[Placement]) -> None:
        if not placements:
            return
        panel = self.panel
        for action in (self.move, self.copy, self.new_theme, self.unsort):
            menu.addAction(action)
        if len(placements) == 1 and placements[0][1] is not None:
            menu.addAction(self.card_up)
            menu.addAction(self.card_down)
        self.unsort.setEnabled(any(t for _, t in placements) and not panel.undo.read_only)
        if any(panel.doc.card(c).held_back for c, _ in placements):
            menu.addSeparator()
            menu.addAction(self.redact)
            menu.addAction(self.mark_fine)
            menu.addAction(self.show_held_back)  # to decide, the facilitator may need to look
        if len(placements) == 1 and placements[0][1] is None:  # one unsorted card: ask about it
            menu.addSeparator()
            menu.addAction(self.where)
            menu.addAction(self.like)
        menu.addSeparator()
        menu.addAction(self.edit)
        open_large = menu.addAction("Open large (read-out)")
        open_large.triggered.connect(lambda: panel.open_in_readout(placements[0][0]))

    def add_theme_actions(self, menu: QMenu) -> None:
        if self.panel.current_theme_id is None:
            return
        menu.addSeparator()
        for action in (self.rename, self.comment, self.merge, self.split, self.theme_earlier,
                       self.theme_later, self.zoom_theme, self.delete_theme):
            menu.addAction(action)
