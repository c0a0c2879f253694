"""The Identify success board: "what would success look like?" for a priority theme.

Four columns, one per perspective. Type in a column's box and press Enter to add a statement;
F2 edits the selected one, Delete removes it (a line under the columns names the actions that
lose their link to it), Ctrl+Left / Ctrl+Right move it to the next column and Alt+Up / Alt+Down
up or down its own (the order posters and the room view print). Alt+1…4 jump to a column's box.
The Making It Real statements on the right are optional prompts: Enter or a double-click copies
one into the box of the column last used, to adapt; nothing is filed under them. On a narrow
screen they fold away behind a "Show prompts" button (Ctrl+P shows them too), so the columns
keep their words whole. Words left in a box stay with their theme when another is chosen, and
are added as their own step when the window saves, closes or moves on (``success_drafts``).
Undo or Redo of a statement under another theme brings that theme up.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from wtfc.model.commands import Command
from wtfc.model.document import Document
from wtfc.model.link_words import unlinked_words
from wtfc.model.operations.success import (
    actions_aiming_at,
    add_success,
    delete_success,
    edit_success,
    reorder_success,
)
from wtfc.model.workshop import Perspective
from wtfc.ui.boards.common import (
    NO_PRIORITY_YET,
    RefusalNotice,
    ThemeSelector,
    announce,
    brought_in,
    follow_document,
    local_action,
    push_edit,
)
from wtfc.ui.boards.heading_row import HeadingRow
from wtfc.ui.boards.page_tab_order import heading_last
from wtfc.ui.boards.success_causes import AgreedCausesLine, agreed_causes
from wtfc.ui.boards.success_columns import ID_ROLE, PerspectiveColumn, bring_into_sight
from wtfc.ui.boards.success_drafts import SuccessDrafts
from wtfc.ui.boards.success_prompts import VOICE_ROLE, WORDS_ROLE, PromptsPanel
from wtfc.ui.boards.success_said import (
    added_said,
    deleted_said,
    moved_said,
    page_said,
    shifted_said,
)
from wtfc.ui.left_field import built_edits, open_editor_value
from wtfc.ui.style import ui_font
from wtfc.ui.typed_detail_hint import TypedDetailHint
from wtfc.ui.undo import UndoAdapter, undo_keys_pass_on

PERSPECTIVES = list(Perspective)
# The prompts stay beside the columns while the columns keep this much more than their least
# width (a long word a line); below it, at 125% or 150% on a 1366x768 laptop, they fold away.
COMFORT = 1.25


class SuccessBoard(QWidget):
    """What success would look like for a priority theme, in four voices."""

    def __init__(self, doc: Document, undo: UndoAdapter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._doc = doc
        self._undo = undo
        self._last_column = Perspective.OLDER_PEOPLE
        self._narrow = False  # too narrow for the prompts beside the columns: folded away
        self._theme_of: dict[str, str] = {}  # statement -> theme, gone ones kept: an undone add
        self.setAccessibleName("Identify success board")
        self._build()
        self.drafts = SuccessDrafts(self)  # words typed in the "Add…" boxes, not added yet
        follow_document(self, doc, on_parts=self._on_parts_changed, on_reset=self._on_reset)
        self.refresh()

    def _build(self) -> None:
        self.title = title = QLabel("What would success look like?")
        title.setFont(ui_font(16, bold=True))
        title.setWordWrap(True)  # on two lines beside the theme box at 150%, not cut short
        self.selector = ThemeSelector(self._doc)
        self.selector.currentIndexChanged.connect(lambda _: self._on_theme_changed())
        self.selector.setMinimumContentsLength(24)  # the rest of a long name is in the list
        theme_label = QLabel("&Theme:")
        theme_label.setBuddy(self.selector)
        self.columns = {p: PerspectiveColumn(self, p, i + 1) for i, p in enumerate(PERSPECTIVES)}
        for column in self.columns.values():
            column.entry.installEventFilter(self)
            column.list.installEventFilter(self)
        self.prompts_panel = PromptsPanel()
        self.prompts = self.prompts_panel.list
        self.prompts.itemActivated.connect(self.use_prompt)
        self.notice = RefusalNotice()
        # what a delete did to the actions linked to the statement, until the next change
        self.status = QLabel(textFormat=Qt.TextFormat.PlainText, wordWrap=True)  # words as typed
        self.status.hide()

        self.prompts_button = QPushButton("Hide prompts")
        self.prompts_button.setCheckable(True)
        self.prompts_button.setChecked(True)
        self.prompts_button.setAccessibleName("Making It Real prompts")
        self.prompts_button.setToolTip("Show or hide the Making It Real prompts beside the "
                                       "columns (Ctrl+P shows them and goes there)")
        self.prompts_button.toggled.connect(self._on_prompts_toggled)
        self.prompts_button.hide()  # only while the screen is too narrow for both

        # above the Theme box where the width is short: beside it at 16 pt / 125% the heading
        # took five lines, a word a line
        top = HeadingRow(title, theme_label, self.selector, [title.text()],
                         before=self.prompts_button, share=True)
        board = QWidget()
        row = QHBoxLayout(board)
        row.setContentsMargins(0, 0, 0, 0)
        for column in self.columns.values():
            row.addWidget(column, 1)
        # narrower than the columns' least width (the prompts shown on a narrow screen), the
        # columns scroll sideways rather than cut their words
        self.columns_area = QScrollArea(widgetResizable=True)
        self.columns_area.setFrameShape(QFrame.Shape.NoFrame)
        self.columns_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes on to the lists
        self.columns_area.setWidget(board)
        self._columns_board = board
        self.splitter = splitter = QSplitter()
        splitter.addWidget(self.columns_area)
        splitter.addWidget(self.prompts_panel)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([1200, 380])
        for index in (0, 1):  # never dragged to nothing: the button says whether they show
            splitter.setCollapsible(index, False)
        self._layout = layout = QVBoxLayout(self)
        layout.addWidget(top)
        # what the statements answer: the causes the room agreed to address (seed 003)
        self.agreed = AgreedCausesLine()
        layout.addWidget(self.agreed)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status)
        # what the boxes hold goes on the projector and the PDFs as typed: said as it is typed
        self.detail_hint = TypedDetailHint(lambda: self._doc.names_to_watch)
        for perspective, column in self.columns.items():
            self.detail_hint.watch(perspective.label, column.entry.text, column.entry.textChanged)
            self.detail_hint.watch(f"{perspective.label} (changed in place)",
                                   column.delegate.editing_text, column.delegate.editing_changed)
        layout.addWidget(self.detail_hint)
        layout.addWidget(self.notice)
        for i, perspective in enumerate(PERSPECTIVES):
            local_action(self, f"Go to {perspective.label}", f"Alt+{i + 1}",
                         self.columns[perspective].entry.setFocus)
        local_action(self, "Go to the prompts", "Ctrl+P", self.show_prompts)

    def showEvent(self, event) -> None:
        heading_last(self.prompts, [self.prompts_button, self.selector])  # then out: the panel
        super().showEvent(event)

    # -- the prompts: beside the columns, or folded away on a narrow screen ------------------
    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_prompts()

    def _fit_prompts(self) -> None:
        """The prompts beside the columns while the columns keep a comfortable width; on a
        narrower screen they fold away behind the "Show prompts" button and the columns take
        the width (at 150% on a 1366x768 laptop the columns were ~100 px, a word cut a line)."""
        margins = self._layout.contentsMargins()
        columns = self._columns_board.minimumSizeHint().width()
        room = round(columns * COMFORT) + self.prompts_panel.minimumSizeHint().width() \
            + self.splitter.handleWidth() + margins.left() + margins.right()
        narrow = self.width() < room
        if narrow != self._narrow:
            self._narrow = narrow
            self.prompts_button.setVisible(narrow)
            self.prompts_button.setChecked(not narrow)

    def _on_prompts_toggled(self, on: bool) -> None:
        self.prompts_panel.setVisible(on)
        self.prompts_button.setText("Hide prompts" if on else "Show prompts")

    def show_prompts(self) -> None:
        """Ctrl+P: to the prompts, shown first when they are folded away."""
        self.prompts_button.setChecked(True)
        self.prompts.setFocus()

    def eventFilter(self, watched, event) -> bool:
        if isinstance(watched, QLineEdit) and undo_keys_pass_on(event, watched):
            return True  # nothing typed to undo: Ctrl+Z goes on to Edit > Undo
        if event.type() == event.Type.FocusIn:  # remember where a prompt should go
            for perspective, column in self.columns.items():
                if watched in (column.entry, column.list):
                    self._last_column = perspective
                    # scrolled sideways (a narrow screen): the box typed in comes into sight
                    QTimer.singleShot(0, lambda w=watched: bring_into_sight(self.columns_area, w))
        return False

    # -- reading ---------------------------------------------------------------------------------
    def theme_id(self) -> str | None:
        return self.selector.theme_id()

    def focus_target(self) -> QWidget:
        """Where the keyboard goes when the page comes on screen: the statements of the
        column last worked in (Alt+1…4 go to a column's box from there)."""
        return self.columns[self._last_column].list

    def statements(self, perspective: Perspective) -> list[str]:
        return [s.text for s in self._doc.workshop.success
                if s.theme_id == self.theme_id() and s.perspective == perspective]

    # -- edits -----------------------------------------------------------------------------------
    def add_statement(self, perspective: Perspective) -> bool:
        entry, theme_id = self.columns[perspective].entry, self.theme_id()
        if theme_id is None:
            self.notice.say(NO_PRIORITY_YET)
            return False
        done = push_edit(self._undo, self.notice, lambda: add_success(
            self._doc, theme_id=theme_id, perspective=perspective, text=entry.text()))
        if done:  # setText, not clear(): no undo of its own left, so Ctrl+Z takes the add back
            entry.setText("")  # the box just empties: said, as the column grows
            announce(entry, added_said(perspective, len(self.statements(perspective))))
        return done

    def edit_statement(self, statement_id: str, text: str) -> bool:
        done = push_edit(self._undo, self.notice,
                         lambda: edit_success(self._doc, success_id=statement_id, text=text))
        statement = self._doc.get("success", statement_id)
        if not done or (statement is not None and statement.text != text):
            self.refresh()  # the old words back, or the words as kept (spaces tidied)
        return done

    @property
    def doc(self) -> Document:
        return self._doc

    def read_only(self) -> bool:
        return self._undo.read_only

    def commit_pending(self) -> bool:
        """Before a save, export, close or stage change: words typed in a box on screen and
        not yet added with Enter are added, each its own step (``success_drafts``). Before an
        Undo or Redo they stay in the box: added then, the undo took them straight back, and
        not the step Edit → Undo named."""
        if self._undo.stepping:
            return True
        return self.drafts.commit()

    def typed_edits(self) -> list[Command]:
        """A statement's words being changed in place, and words typed in the "Add…" boxes,
        as the steps leaving the editor or Enter would make (built, not done): the autosave's
        recovery copy holds them (``left_field``)."""
        cells = [cell for column in self.columns.values()
                 if (cell := open_editor_value(column.list)) is not None]
        statement_id = cells[0][0].data(ID_ROLE) if cells else None
        if self._undo.read_only or statement_id is None \
                or self._doc.get("success", statement_id) is None:
            return self.drafts.built()
        return [*built_edits(lambda: edit_success(self._doc, success_id=statement_id,
                                                  text=str(cells[0][1]))), *self.drafts.built()]

    def delete_statement(self, statement_id: str) -> bool:
        statement = self._doc.get("success", statement_id)
        column = self.columns[statement.perspective].list if statement else None
        row = next((r for r in range(column.count())
                    if column.item(r).data(ID_ROLE) == statement_id), 0) if column else 0
        lost = actions_aiming_at(self._doc, statement_id)  # said, not unlinked silently
        done = push_edit(self._undo, self.notice,
                         lambda: delete_success(self._doc, success_id=statement_id))
        if done and statement is not None:
            self.columns[statement.perspective].keep_place(row)
            self._say(unlinked_words(lost, "a success statement", "statement") if lost else "")
            # the keyboard stays on the column: said, with what the line under it shows
            announce(column or self, deleted_said(
                statement, len(self.statements(statement.perspective)), self.status.text()))
        return done

    def _say(self, said: str) -> None:
        """The line under the columns: what a delete did to the actions linked to it."""
        self.status.setText(said)
        self.status.setVisible(bool(said))

    def shift_statement(self, statement_id: str, step: int) -> bool:
        statement = self._doc.get("success", statement_id)
        at = PERSPECTIVES.index(statement.perspective) + step
        if not 0 <= at < len(PERSPECTIVES):
            return False
        target = PERSPECTIVES[at]
        done = push_edit(self._undo, self.notice, lambda: edit_success(
            self._doc, success_id=statement_id, perspective=target))
        if done:
            self._choose(statement_id)
            self.columns[target].list.setFocus()
            announce(self.columns[target].list, shifted_said(target, len(self.statements(target))))
        return done

    def reorder_statement(self, statement_id: str, step: int) -> bool:
        """Alt+Up / Alt+Down: one place up (-1) or down (1) in its column, not past either
        end; posters and the room view print a column in this order."""
        statement = self._doc.get("success", statement_id)
        column = self.columns[statement.perspective].list
        rows = [column.item(r).data(ID_ROLE) for r in range(column.count())]
        to = rows.index(statement_id) + step
        done = 0 <= to < len(rows) and push_edit(self._undo, self.notice, lambda: reorder_success(
            self._doc, success_id=statement_id, index=to))
        if done:  # the row moves with no word a reader hears
            announce(column, moved_said(step, to + 1, len(rows), statement.perspective))
        return done

    def use_prompt(self, item: QListWidgetItem) -> None:
        """Copy a prompt into the box of the column last worked in, "I" and "We" alike: staff
        say "I …" as well as "We …", and a "We" prompt was always sent to staff, away from the
        commissioners' column the facilitator was in."""
        if item.data(VOICE_ROLE) is None:  # a theme's heading
            return
        entry = self.columns[self._last_column].entry
        entry.setText(item.data(WORDS_ROLE))
        entry.setFocus()

    # -- following the document ------------------------------------------------------------------
    def refresh(self) -> None:
        statements = [s for s in self._doc.workshop.success if s.theme_id == self.theme_id()]
        for perspective, column in self.columns.items():
            column.fill([s for s in statements if s.perspective == perspective])
            column.entry.setEnabled(self.theme_id() is not None and not self._undo.read_only)
        self._theme_of |= {s.id: s.theme_id for s in self._doc.workshop.success}
        self._show_causes()

    def _show_causes(self) -> None:
        theme_id = self.theme_id()
        causes = agreed_causes(self._doc, theme_id) if theme_id else None
        self.agreed.show_for(causes)
        # the keyboard lands in a column, never on the lines above: each column says them, as
        # the wall says its what-to-do line (``SpokenFocus.set_idle``)
        for column in self.columns.values():
            column.list.setAccessibleDescription(page_said(
                self.selector.accessibleDescription(), causes, column.list.toolTip()))

    def _on_theme_changed(self) -> None:
        """Another theme: words half-typed in a box stay with the theme they were typed for
        (``success_drafts``)."""
        self.drafts.follow_theme()
        self.refresh()

    def words_not_added(self) -> str:
        """What closing or opening another workshop would lose: words typed in an "Add…" box
        (this theme's, or kept for another theme) and not added with Enter; "" when none."""
        return self.drafts.words_not_added()

    def _on_parts_changed(self, collection: str, ids: frozenset[str]) -> None:
        if collection in ("success", "actions"):  # an undo, or another edit: no longer so
            self._say("")
        if collection == "themes":  # (causes, statements, actions: the box follows them
            self.selector.refresh()  # itself, told first, so a step's theme is listed below)
        if collection == "causes":  # marked or unmarked "agreed to address" on the why-tree
            self._show_causes()
        if collection in ("success", "themes"):
            shown = [column.list.item(r).data(ID_ROLE) for column in self.columns.values()
                     for r in range(column.list.count())]
            if collection == "success" and self._undo.in_step and self.isVisible():
                self._follow_step(ids)
            self.refresh()
            came = brought_in(self._doc, "success", ids, shown) if collection == "success" else []
            for statement_id in self._doc.latest_first("success", came)[:1]:  # an undone delete,
                self._choose(statement_id)  # a redone add: chosen, as on Plan (a jump: its last)

    def _follow_step(self, ids: frozenset[str]) -> None:
        """Undo or Redo of a statement under another theme: that theme comes up, so the
        change is seen (it was made out of sight, the status bar alone saying so)."""
        for statement_id in self._doc.latest_first("success", ids):  # a jump: its last step's
            statement = self._doc.get("success", statement_id)
            theme_id = statement.theme_id if statement else self._theme_of.get(statement_id)
            if theme_id is not None and self.selector.findData(theme_id) >= 0:
                self.selector.select_theme(theme_id)  # shown already (a jump's last step): stays
                return

    def _choose(self, statement_id: str) -> None:
        statement = self._doc.get("success", statement_id)
        column = self.columns[statement.perspective].list
        for row in range(column.count()):
            if column.item(row).data(ID_ROLE) == statement_id:
                column.setCurrentRow(row)

    def _on_reset(self) -> None:
        self._say("")
        self.drafts.forget()  # another workshop: the words were about the last one's themes
        self.selector.refresh()
        self.drafts.follow_theme()
        self.refresh()
