"""The Understand board: a why-tree per priority theme.

Keyboard (with the tree focused): arrows walk the tree; W or Insert asks "Why?" under the
chosen box; F2 or Enter edits its words; R marks a root cause; A marks it "we will act on this";
T sets the team of its branch; M moves it under another box (a list to choose from); Ctrl+X then
Ctrl+V cuts a branch and pastes it under the chosen box; Delete removes a branch; N adds an
action for the chosen cause (the Plan board's dialog, the theme and cause filled in); C puts it
under a category; P moves its branch to another theme's tree; F shows a fishbone instead. Mouse:
drag a cause onto another box to move it there. Every move that would make a loop is refused.

On screen a cause is a "box" and an added cause a "reason": the room's words, not "node".
The heading asks by the theme's kind: why is it not working, why working, what is in the way.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from wtfc.model.commands import Command
from wtfc.model.document import Document
from wtfc.model.link_words import unlinked_words
from wtfc.model.operations._names import quoted
from wtfc.model.operations.causes import actions_tackling, delete_cause, edit_cause, move_cause
from wtfc.model.unnamed_themes import shown_theme_name
from wtfc.model.workshop import Kind
from wtfc.ui.boards.cause_category_menu import CATEGORY_KEY, CategoryPicker
from wtfc.ui.boards.cause_line import CauseLine
from wtfc.ui.boards.cause_theme_menu import THEME_MOVE_KEY, ThemeMovePicker
from wtfc.ui.boards.cause_words import reason_under, words_edit
from wtfc.ui.boards.common import (
    NO_PRIORITY_YET,
    RefusalNotice,
    ThemeSelector,
    announce,
    follow_document,
    on_screen,
    push_edit,
)
from wtfc.ui.boards.fishbone_switch import SWITCH_KEY, FishboneSwitch
from wtfc.ui.boards.heading_row import HeadingRow
from wtfc.ui.boards.move_under_dialog import MoveUnderDialog, places_for
from wtfc.ui.boards.team_record import TeamsPanel
from wtfc.ui.boards.understand_follow import StepFollow
from wtfc.ui.boards.why_tree_actions import ActionsFromTree
from wtfc.ui.boards.why_tree_controls import (
    QUESTIONS,
    TREE_TIP,
    board_buttons,
    plain_keys,
    show_asked,
    show_kind,
    why_button,
)
from wtfc.ui.boards.why_tree_cut import BranchCut
from wtfc.ui.boards.why_tree_items import BOARD_STYLE, CauseItem, ThemeRootItem
from wtfc.ui.boards.why_tree_layout import ROOT
from wtfc.ui.boards.why_tree_team import NO_CAUSE_YET, team_edit, team_line
from wtfc.ui.boards.why_tree_view import WHY_TREE_KEYS, WhyTreeScene, WhyTreeView
from wtfc.ui.freed_dialog import open_freed
from wtfc.ui.left_field import built_edits, record_when_left
from wtfc.ui.shortcut_help import describe_keys
from wtfc.ui.style import ui_font
from wtfc.ui.typed_detail_hint import TypedDetailHint
from wtfc.ui.undo import UndoAdapter


class CausesBoard(QWidget):
    """A why-tree per priority theme: ask why, mark root causes, agree what to act on."""

    def __init__(self, doc: Document, undo: UndoAdapter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self._undo = undo
        self._target: str | None = None  # the box the typing line was opened about
        self.move_dialog: MoveUnderDialog | None = None
        self.setAccessibleName("Root causes board")
        self._build()
        self._stale = False  # what the tree shows changed while another page was on screen
        follow_document(self, doc, on_parts=self._on_parts_changed, on_reset=self._on_reset)
        self.follow = StepFollow(self, undo)  # an Undo out of sight brings its theme up
        self.refresh_tree()

    def _build(self) -> None:
        self.title = title = QLabel(QUESTIONS[Kind.NOT_WORKING])
        title.setFont(ui_font(16, bold=True))
        title.setWordWrap(True)  # on two lines beside the theme box at 150%, not cut short
        self.selector = ThemeSelector(self.doc)
        self.selector.currentIndexChanged.connect(lambda _: self._on_theme_changed())
        theme_label = QLabel("&Theme:")
        theme_label.setBuddy(self.selector)
        self.scene = WhyTreeScene(BOARD_STYLE)
        self.view = WhyTreeView(self.scene, self)
        self.view.setAccessibleName("Why-tree")
        self.view.setToolTip(TREE_TIP)
        self.view.selection_moved.connect(self._on_selection_moved)
        describe_keys(self.view, [*WHY_TREE_KEYS, CATEGORY_KEY, THEME_MOVE_KEY, SWITCH_KEY])
        self.shapes = FishboneSwitch(self.doc, self.view, self.key_command)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)  # a cause's words, as typed
        self.line = CauseLine(self._take_words, lambda: self.focus_target().setFocus(),
                              asked=self.start_why)  # a click in the closed line: Why?
        self.prompt, self.editor = self.line.prompt, self.line.editor
        # Enter not pressed, then a click on the tree, another theme…: the words are kept
        record_when_left(self.editor, self._record_on_leaving, after_click=True)
        # a cause goes on the projector and the PDFs as typed: said as it is typed
        self.detail_hint = TypedDetailHint(lambda: self.doc.names_to_watch)
        self.detail_hint.watch("The words", self.editor.text, self.editor.textChanged)
        self.notice = RefusalNotice()
        self.teams = TeamsPanel(self.doc, self._undo, self.selector, self,
                                before=self.line.record_typed)
        self.branch_cut = BranchCut(self.scene, self._say)
        self.tree_actions = ActionsFromTree(self, self._undo, self.notice, self._say,
                                            before=self.line.record_typed)
        self.category = CategoryPicker(self, self._undo, self.notice, self.selected,
                                       self.shapes.point_below_chosen)
        self.theme_move = ThemeMovePicker(self, self._undo, self.notice, self._say)

        buttons = board_buttons(self)
        self.why_button = why_button(buttons)  # its words follow the theme's kind

        layout = QVBoxLayout(self)  # the heading above the Theme box where the width is short
        layout.addWidget(HeadingRow(title, theme_label, self.selector, QUESTIONS.values(),
                                    beside=self.shapes.toggle))
        layout.addWidget(self.teams.beside(self.shapes), 1)  # the Teams panel at its side
        layout.addWidget(self.status)
        layout.addWidget(self.line)
        layout.addWidget(self.detail_hint)
        layout.addLayout(buttons)
        layout.addWidget(self.notice)
        self.line.set_read_only(self._undo.read_only)
        self.line.end()

    # -- reading ---------------------------------------------------------------------------------
    def theme_id(self) -> str | None:
        return self.selector.theme_id()

    def selected(self) -> str | None:
        return self.view.selected_id()

    def focus_target(self) -> QWidget:
        return self.shapes.current_view()  # where the keyboard goes when the page shows

    # -- gestures from the view ------------------------------------------------------------------
    def drop_cause(self, cause_id: str, target_id: str | None) -> bool:
        """The drag's release: hang ``cause_id`` under ``target_id`` (None: under the theme)."""
        cause = self.doc.get("causes", cause_id)
        if cause is None or cause.parent_id == target_id:
            self.refresh_tree()
            return False
        done = self._push(lambda: move_cause(self.doc, cause_id=cause_id, parent_id=target_id))
        if not done:
            self.refresh_tree()
        self.view.select(cause_id)
        return done

    def key_command(self, event: QKeyEvent) -> bool:
        key, mods = Qt.Key(event.key()), event.modifiers()
        plain = mods in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)
        if event.matches(QKeySequence.StandardKey.Cut):
            return self.cut_selected()
        if event.matches(QKeySequence.StandardKey.Paste):
            return self.paste_under_selected()
        if not plain:
            return False
        handler = plain_keys(self).get(key)
        if handler is None:
            return False
        handler()
        return True

    # -- edits -----------------------------------------------------------------------------------
    def start_why(self) -> None:
        # no tree, or read-only: _begin says so, before any box is chosen
        if (theme_id := self.theme_id()) is None or self._undo.read_only:
            self._begin("why", "", "")
            return
        node = self.selected() or ROOT
        self.view.select(node)
        self.line.set_deeper(node != ROOT)  # the theme's question at the top, "Why?" below
        self._begin("why", f"{self.line.ask} ({self._node_text(node, theme_id)})", "", node)

    def start_edit(self) -> None:
        cause = self._selected_cause()
        if cause is not None:
            self._begin("edit", "Edit the cause:", cause.text, cause.id)

    def start_team(self) -> None:
        """T: the branch's team (the theme's box: the tree's one team); on a tree with no
        causes, how to begin, before a name is typed that could not be kept."""
        node = self.selected() or ROOT
        if not self.line.record_typed():
            return
        line = team_line(self.doc, theme_id, node) if (theme_id := self.theme_id()) else None
        if theme_id is not None and line is None and not self._undo.read_only:
            self.notice.say(NO_CAUSE_YET)
            return
        self._begin("team", *(line or ("", "")), node)

    def add_why(self, text: str, under: str | None = None) -> bool:
        """Add a reason under a node (``under`` None: the selected node, else the theme)."""
        node = under or self.selected() or ROOT
        theme_id = self.theme_id()
        assert theme_id is not None  # the line opens only on a theme's tree (_begin)
        before = {c.id for c in self.doc.workshop.causes}
        done = self._push(lambda: reason_under(self.doc, theme_id, node, text))
        if done:
            new = [c.id for c in self.doc.workshop.causes if c.id not in before]
            self.view.select(new[0] if new else node)
        return done

    def edit_text(self, text: str, cause_id: str | None = None) -> bool:
        """The words of ``cause_id`` (None: the selected cause)."""
        cause = self.doc.get("causes", cause_id) if cause_id else self._selected_cause()
        return cause is not None and self._push(
            lambda: edit_cause(self.doc, cause_id=cause.id, text=text))

    def set_team(self, team: str, node: str | None = None) -> bool:
        """The team of ``node``'s branch (None: the selected box's; the theme: every cause)."""
        node, theme_id = node or self.selected() or ROOT, self.theme_id()
        return self._push(lambda: team_edit(self.doc, theme_id, node, team))

    def toggle_root_cause(self) -> bool:
        cause = self._selected_cause()
        return cause is not None and self._push(
            lambda: edit_cause(self.doc, cause_id=cause.id, root_cause=not cause.root_cause))

    def toggle_agreed(self) -> bool:
        cause = self._selected_cause()
        return cause is not None and self._push(
            lambda: edit_cause(self.doc, cause_id=cause.id, agreed=not cause.agreed))

    def delete_selected(self) -> bool:
        cause = self._selected_cause()
        if cause is None:
            return False
        lost = actions_tackling(self.doc, cause.id)  # said, not unlinked silently
        # the tree, drawn again, chooses its parent: the next W asks under it again
        done = self._push(lambda: delete_cause(self.doc, cause_id=cause.id))
        if done and lost:
            self._say(unlinked_words(lost, "a root cause", "cause"))
        return done

    def cut_selected(self) -> bool:
        return self.branch_cut.cut(self._selected_cause())

    def paste_under_selected(self) -> bool:
        cut = self.branch_cut.take()
        if cut is None:
            return False
        target = self.selected() or ROOT
        done = self.drop_cause(cut, None if target == ROOT else target)
        self.branch_cut.mark()
        return done

    def open_move_dialog(self) -> None:
        cause = self._selected_cause()
        if cause is None:
            return
        dialog = MoveUnderDialog(places_for(self.doc, cause), self)
        dialog.accepted.connect(lambda: self.drop_cause(cause.id, dialog.chosen()))
        open_freed(self, "move_dialog", dialog)  # freed once closed: one is made for every M

    def open_action_dialog(self) -> None:
        """N: a new action for the chosen cause (the theme chosen: one for the theme)."""
        self.tree_actions.open_dialog(lambda: (self.theme_id(), self.selected()))

    # -- the editor line -------------------------------------------------------------------------
    def _begin(self, mode: str, prompt: str, text: str, target: str | None = None) -> None:
        """Open the line for ``mode`` about the box ``target`` (words typed for another box
        and not yet sent, a button clicked while typing, are recorded first)."""
        if not self.line.record_typed():
            return
        if self._undo.read_only:
            self.notice.say("This workshop is open read-only, so it can't be changed.")
            return
        if self.theme_id() is None:
            self.notice.say(NO_PRIORITY_YET)
            return
        self._target = target
        self.line.begin(mode, prompt, text)

    def _take_words(self, mode: str, text: str) -> bool:
        """The line's words, for the box they were typed about (not one clicked since)."""
        target = self._target
        return {"why": lambda t: self.add_why(t, under=target),
                "edit": lambda t: self.edit_text(t, cause_id=target),
                "team": lambda t: self.set_team(t, node=target)}.get(mode, lambda _t: False)(text)

    def _record_on_leaving(self) -> None:
        chosen = self.selected()  # after a click: the box it chose stays chosen
        if self.line.record_typed() and chosen in self.scene.nodes:
            self.view.select(chosen)

    def commit_pending(self) -> bool:
        """Before a save, export, close or stage change: words typed and not yet recorded with
        Enter are recorded. False when refused (and said so): they stay in the line."""
        if not self.line.record_typed():
            self.editor.setFocus()
            return False
        return self.teams.commit_pending()  # and counts or a summary typed in the Teams panel

    def typed_edits(self) -> list[Command]:
        """The line's words as the step Enter would make (built, not done): the autosave's
        recovery copy holds them (``left_field.typed_edits``)."""
        words, theme_id, mode = self.line.typed(), self.theme_id(), self.line.mode
        if words is None or theme_id is None or self._undo.read_only:
            return []
        return built_edits(lambda: words_edit(self.doc, theme_id, mode, self._target or ROOT,
                                              words))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self.line.mode:
            self.line.end()
            return
        super().keyPressEvent(event)

    # -- following the document ------------------------------------------------------------------
    def refresh_tree(self, chosen: str | None = None) -> None:
        """Draw the tree again; the choice stays, or is ``chosen`` (what an undo put back)."""
        selected = self.selected()
        item = self.scene.nodes.get(selected) if selected else None
        parent = (item.cause.parent_id or ROOT) if isinstance(item, CauseItem) else None
        self.scene.rebuild(self.doc, self.theme_id())
        theme = self.doc.get("themes", theme_id) if (theme_id := self.theme_id()) else None
        show_kind(self, theme.kind if theme else None)
        self.branch_cut.mark()
        selected = chosen if chosen in self.scene.nodes else selected
        if selected in self.scene.nodes:
            self.view.select(selected)
        else:
            if self.line.mode:  # what was being typed about is gone (its theme deleted, say)
                self.line.end()
            if parent in self.scene.nodes:  # the chosen cause went (an undo): its parent
                self.view.select(parent)     # is chosen, so the next W asks under it again
        self._on_selection_moved(self.selected() or "")

    def _on_theme_changed(self) -> None:
        self.branch_cut.cause_id = None  # the tree drawn below has none ringed
        if self.line.mode:  # the words being typed were about the other theme's tree
            self.line.end()
        self.refresh_tree()
        self.view.select(ROOT)

    def _on_parts_changed(self, collection: str, ids: frozenset[str]) -> None:
        if collection == "themes":
            self.selector.refresh()
        if collection in ("themes", "causes", "cards", "actions", "success"):
            followed = self.follow.cause_step(ids) if collection == "causes" else None
            # followed with its tab behind Choose priorities (a jump's later votes): drawn now
            if on_screen(self) or followed:
                came = self.follow.came_back(ids, self.scene.nodes) \
                    if collection == "causes" else None
                # an undone delete, or the box an Undo changed: chosen
                self.refresh_tree(came or followed)
            else:
                self._stale = True

    def _on_reset(self) -> None:
        self.line.set_read_only(self._undo.read_only)  # opened read-only, or Save As made ours
        self.selector.refresh()
        self._on_theme_changed()

    def showEvent(self, event) -> None:
        if self._stale:
            self._stale = False
            self.refresh_tree()
        super().showEvent(event)

    def _on_selection_moved(self, node: str) -> None:
        item = self.scene.nodes.get(node)
        # nothing chosen: the line below says what to do, so this one stays empty
        self.status.setText(f"Selected: {item.describe()}"
                            if isinstance(item, CauseItem | ThemeRootItem) else "")
        self.line.set_deeper(isinstance(item, CauseItem))  # W asks "Why?" of a cause
        show_asked(self)
        self.view.setAccessibleDescription(self.status.text() or self.line.ask_why)

    # -- helpers ---------------------------------------------------------------------------------
    def _selected_cause(self):
        node = self.selected()
        if node is None or node == ROOT:
            self.notice.say("Select a cause first (the arrows move through the tree).")
            return None
        return self.doc.get("causes", node)

    def _node_text(self, node: str, theme_id: str) -> str:  # the line cuts it to fit (A29 M2)
        if node == ROOT:
            return quoted(shown_theme_name(self.doc.theme(theme_id).name), 500)
        return quoted(self.doc.get("causes", node).text, 500)

    def _say(self, said: str) -> None:
        self.status.setText(said)
        announce(self.status, said)  # the keyboard stays on the tree: say it, as it is shown

    def _push(self, build) -> bool:
        return push_edit(self._undo, self.notice, build)
