"""The Collect stage: every card in a sortable, filterable table, the ways to bring statements
in (import, paste, add), and the personal-detail decisions (redact, mark as fine, check again).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel, QPushButton, QSplitter, QVBoxLayout, QWidget

from wtfc.model.document import Document
from wtfc.model.operations.cards import delete_cards
from wtfc.model.workshop import Card, Kind
from wtfc.ui.boards.common import (
    RefusalNotice,
    follow_document,
    local_action,
    on_screen,
    push_edit,
)
from wtfc.ui.boards.heading_row import TitleOverRest
from wtfc.ui.card_dialog import CardDialog
from wtfc.ui.cards_add_edit import open_add, open_edit
from wtfc.ui.cards_filter_bar import CardsFilterBar
from wtfc.ui.cards_held_back import WatchNamesBox, mark_cards_fine, redact_cards
from wtfc.ui.cards_names_fold import NamesFold
from wtfc.ui.cards_said import CardsSaid
from wtfc.ui.cards_selection import CardsSelection
from wtfc.ui.cards_short_page import ShortPageFit
from wtfc.ui.cards_summary import summary_text
from wtfc.ui.cards_table import CardsModel
from wtfc.ui.cards_top_scroll import TopRows
from wtfc.ui.cards_top_two import TopTwoLine
from wtfc.ui.cards_view import CardsTableView
from wtfc.ui.flow_layout import FlowLayout, group
from wtfc.ui.freed_dialog import open_freed
from wtfc.ui.held_back_words import HeldBackWords
from wtfc.ui.people_dialog import PeopleDialog
from wtfc.ui.people_filter import PeopleTagsFilter, PersonTagsBox
from wtfc.ui.person_code_dialog import open_rename_person
from wtfc.ui.shortcut_help import READ_ONLY_WHY, editable_only, not_now
from wtfc.ui.style import ui_font
from wtfc.ui.undo import UndoAdapter

if TYPE_CHECKING:
    from wtfc.ui.wall.empty_wall_hint import EmptyWallHint

ALL_CHECKED = "All checked: no card is held back now. Next: 3 Theme (Ctrl+3)."


def _named(widget, name: str, tip: str):
    widget.setAccessibleName(name)
    widget.setToolTip(tip)
    return widget


class CardsPage(QWidget):
    """The Collect stage page. ``import_dialog`` / ``card_dialog`` hold the open dialog, if any."""

    notice: RefusalNotice  # made below the buttons whose actions name it

    def __init__(self, doc: Document, undo: UndoAdapter, parent: QWidget | None = None, *,
                 held_back: HeldBackWords | None = None) -> None:
        super().__init__(parent)
        self.doc, self.undo = doc, undo
        self.held_back = held_back or HeldBackWords(self)
        self.import_dialog = None
        self.card_dialog: CardDialog | None = None
        self.people_dialog: PeopleDialog | None = None
        self._last_added: tuple[Kind | None, str] = (None, "")  # a new card starts with these
        self.setFont(ui_font(12))
        self.model = CardsModel(doc, self)
        self.proxy = PeopleTagsFilter(self)  # the cards filter, and by a person's tags
        self.proxy.setSourceModel(self.model)
        self._build()
        # re-sorted after an edit, the chosen card may have moved out of sight: follow it
        self.proxy.layoutChanged.connect(lambda *_: self._show_current())
        self.model.modelAboutToBeReset.connect(self.selection.keep)
        self.model.modelReset.connect(self.selection.restore)
        self._stale = False  # cards or themes changed while another page was on screen
        follow_document(self, doc, on_parts=self._on_parts_changed, on_reset=self._on_reset,
                        on_edited=self._on_edited)
        self._refresh_state()

    # -- layout --------------------------------------------------------------------------------
    def _build(self) -> None:
        heading = QLabel("Collect the statements")
        heading.setFont(ui_font(20, bold=True))
        self.summary = QLabel()  # no fixed accessible name: a screen reader reads its words
        self.summary.setToolTip("How many cards of each kind")
        self.summary.setFont(ui_font(13))
        self.summary.setWordWrap(True)  # on a small screen it takes two lines, not the page's width
        self.summary.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        # the counts go under the heading where both do not fit: never "Collect the statemen"
        top = TitleOverRest(heading, self.summary,
                            25 * self.summary.fontMetrics().averageCharWidth())
        intro = QLabel("Bring in what people said in their reviews. Cards with possible personal "
                       "details are held back from the room until you redact them or mark them "
                       "as fine.")
        intro.setWordWrap(True)
        self.import_button = self._button("&Import statements…", "Import statements",
                                          "Bring statements in from a spreadsheet (.xlsx, "
                                          ".ods or .xls) or a .csv file",
                                          self.open_import)
        self.paste_button = self._button("Paste from E&xcel…", "Paste statements from Excel",
                                         "Bring in cells copied from Excel", self.open_paste)
        self.add_button = self._button("&Add card…", "Add a card", "Type in one card",
                                       self.add_card)
        self.edit_button = self._button("Edi&t…", "Edit card",
                                        "Change the selected card's words or kind (Enter)",
                                        self.edit_selected)
        self.rename_button = self._button("Rename &person code…", "Rename person code",
                                          "Give a person's cards another code, or merge a code "
                                          "typed two ways (P7, P07) into one",
                                          lambda: open_rename_person(
                                              self, self.doc, self.undo, self.notice,
                                              next((c.person for c in self.selected_cards()), "")))
        self.delete_button = self._button("Delete", "Delete cards",
                                          "Delete the selected cards (Delete key; Undo brings "
                                          "them back)", self.delete_selected)
        # no "…": it shows a view, asking nothing first (and the row stays one at 1366 px)
        self.people_button = self._button("Pe&ople", "People",
                                          "See, sort and set each person's tags: role, age "
                                          "band, service type, locality (Alt+O)",
                                          self.open_people)
        self.redact_button = self._button("Re&dact", "Redact personal details",
                                          "Replace the possible personal details with [name], "
                                          "[phone]…",
                                          self.redact_selected)
        self.fine_button = self._button("&Mark as fine", "Mark as fine",
                                        "You have looked: these words are not personal details "
                                        "and may be shown",
                                        self.mark_selected_fine)
        # groups go onto the next row on a narrow page, never squeezed to "te from Exc"; in
        # pairs, with the held-back tick boxes beside Redact: three rows at 150% on a 1366x768
        # laptop and the filter one (they took five), two at 100%: the table has the height
        buttons = FlowLayout(spacing=12)
        # Add card… with Edit and Delete (what is done to one card): at 16 pt on a 1024 screen
        # the page is ~700 px and Import, Paste and Add side by side were cut at "Add car"
        for holder in (group(self.import_button, self.paste_button),
                       group(self.add_button, self.edit_button, self.delete_button),
                       group(self.rename_button, self.people_button),
                       group(self.redact_button, self.fine_button)):
            buttons.addWidget(holder)
        self.filters = CardsFilterBar(self, self.model, self.proxy, self.held_back)
        # the filter row's parts by the names the page has always given them
        self.filter_box, self.kind_filter = self.filters.filter_box, self.filters.kind_filter
        self.held_back_only = self.filters.held_back_only
        self.show_held_back = self.filters.show_held_back
        self.held_back.changed.connect(lambda *_: self._fit_details())  # shown words: wider
        self.notice = RefusalNotice(self)
        self.table = self._build_table()
        self.selection = CardsSelection(self.table, self.model, self.proxy)
        self.watch_names = WatchNamesBox(self.doc, self.undo, self.notice)
        # the box's parts by the names the page has always given them
        self.names_box = self.watch_names.names_box
        self.check_button = self.watch_names.check_button
        self.check_result = self.watch_names.check_result
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.table)
        splitter.addWidget(self.watch_names)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([1200, 300])
        self.names_fold = NamesFold(self.watch_names, splitter)  # folded away while empty
        for held_back_part in (self.names_fold.button, self.watch_names.offer.button,
                               self.held_back_only, self.show_held_back):
            buttons.addWidget(held_back_part)
        self.held_back_only.toggled.connect(  # ticked: the first held back is chosen, for Alt+D
            lambda on: self.selection.choose_first_if_none() if on else None)
        self._over_table: EmptyWallHint | None = None  # words over the emptied table
        self.proxy.filtered.connect(self._on_filtered)
        clear = local_action(self.filter_box, "Clear the filter's words", "Escape",
                             self.filters.clear_words)
        self.table.addAction(clear)  # Esc in the table as well: one row in F1
        self.person_tags = PersonTagsBox(self, self.doc, self.proxy)
        for part in self.person_tags.parts:
            self.filters.row.addWidget(part)
        layout = QVBoxLayout(self)
        # the rows above the table scroll on a short page rather than draw over each other
        self.top_rows = TopRows(self, self.table, (self.notice,))
        self.top_rows.rows.add(top)
        self.top_rows.rows.add(intro)
        self.top_rows.rows.add(buttons)
        self.top_rows.rows.add(self.filters.row)
        self.top_two = TopTwoLine()  # who has more than the method's top two of a kind
        self.top_rows.rows.add(self.top_two)
        layout.addWidget(self.top_rows)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.notice)
        self.short_fit = ShortPageFit(self, heading, intro, self.table, self.doc)
        self.person_tags.put_away.connect(self.table.setFocus)
        local_action(self.table, "Edit card", ["Return", "Enter", "F2"], self.edit_selected)
        local_action(self.table, "Delete cards", "Delete", self.delete_selected)
        self.said = CardsSaid(self)  # the count line, filters and deletions, to a screen reader

    def _show_current(self) -> None:
        current = self.table.currentIndex()
        if current.isValid():
            self.table.scrollTo(current)

    def _button(self, text: str, name: str, tip: str, slot) -> QPushButton:
        button = _named(QPushButton(text), name, tip)
        button.clicked.connect(lambda *_: slot())
        return button

    def _build_table(self) -> CardsTableView:
        table = _named(CardsTableView(self.proxy), "Cards", "Every card; click a heading to sort")
        table.doubleClicked.connect(lambda *_: self.edit_selected())
        table.selectionModel().selectionChanged.connect(lambda *_: self._refresh_buttons())
        return table

    # -- reading the selection -----------------------------------------------------------------
    def names(self) -> list[str]:
        """The names to watch for, as pasted now (kept in memory only)."""
        return self.watch_names.names()

    def selected_ids(self) -> list[str]:
        return self.selection.ids()

    def selected_cards(self) -> list[Card]:
        return [self.doc.card(card_id) for card_id in self.selected_ids()]

    def select_cards(self, card_ids: list[str]) -> None:
        self.selection.select(card_ids)

    # -- actions -------------------------------------------------------------------------------
    def open_import(self, path: str = "") -> None:
        """Pick a file (or take ``path``, dropped on the window) and open the import dialog."""
        from wtfc.ui.import_dialog import ImportDialog

        dialog = ImportDialog(self.doc, self.undo, names=self.names(), held_back=self.held_back,
                              parent=self)
        if path:
            dialog.load_file(path)
        if path or dialog.choose_file():
            open_freed(self, "import_dialog", dialog)
        else:
            dialog.deleteLater()

    def open_paste(self, text: str | None = None) -> None:
        """The import dialog, starting from cells copied from Excel (the clipboard, if any), or
        ``text``: rows pasted into Add card's words."""
        from wtfc.ui.clipboard_taken import taken, watch_pastes
        from wtfc.ui.import_dialog import ImportDialog

        dialog = ImportDialog(self.doc, self.undo, names=self.names(), held_back=self.held_back,
                              parent=self)
        watch_pastes(dialog.paste_box)  # the cells pasted: off the clipboard as wtfc quits
        dialog.start_paste(taken(QGuiApplication.clipboard().text()) if text is None else text)
        open_freed(self, "import_dialog", dialog)

    def open_people(self) -> None:
        """The People view; its "Show cards with this tag" fills the Person's tags filter."""
        if not self.doc.workshop.people:
            self.notice.say("There are no people yet: cards added with a person code bring one.")
            return
        open_freed(self, "people_dialog", PeopleDialog(
            self.doc, self.undo, names=self.names, show_cards=self._show_tagged, parent=self))

    def _show_tagged(self, words: str, tag: str | None = None) -> None:
        self.person_tags.show_tag(words, tag)
        self.table.setFocus()

    def add_card(self) -> None:
        open_add(self)  # the card dialog's opening and saving: cards_add_edit
        if self.card_dialog is not None:  # rows pasted in its words: each a card, pasted here
            self.card_dialog.rows_to_paste.connect(self.open_paste)

    def edit_selected(self) -> None:
        open_edit(self)

    def delete_selected(self) -> None:
        card_ids = self.selected_ids()
        if not card_ids:
            self.notice.say("Select the cards to delete.")
            return
        row = self.selection.first_row()
        assert row is not None  # cards are chosen (see above)
        if push_edit(self.undo, self.notice, lambda: delete_cards(self.doc, card_ids=card_ids)):
            self.said.say_deleted(len(card_ids))  # the row just goes: nothing else says so
            self.selection.choose_row(row)  # the keyboard keeps its place: Delete, Enter act

    def redact_selected(self) -> None:
        self._decide(redact_cards)

    def mark_selected_fine(self) -> None:
        self._decide(mark_cards_fine)

    def _decide(self, decision) -> None:
        """Redact or mark as fine. With "Only cards held back" ticked the decided cards leave
        the table: the card that moved up into their row is chosen (nothing was, so Alt+D did
        nothing and Down skipped a card), and the keys go back to the table."""
        row, step = self.selection.first_row(), self.undo.stack.index()
        decision(doc=self.doc, undo=self.undo, notice=self.notice, cards=self.selected_cards())
        if row is None or self.undo.stack.index() == step:
            return
        if not self.table.selectionModel().hasSelection():
            self.selection.choose_row(row)
        if self.focusWidget() in (self.redact_button, self.fine_button):
            self.table.setFocus()

    # -- following the document ----------------------------------------------------------------
    # While another page is on screen the table waits (on a 10,000-card workshop every
    # theme edit repainted all rows, ~0.1 s) and is read afresh when shown.
    def _on_parts_changed(self, collection: str, ids: frozenset) -> None:
        if self._stale:
            return
        if on_screen(self):
            self.model.parts_changed(collection, ids)
        else:
            self._stale = True

    def _on_edited(self) -> None:
        if on_screen(self):
            self._refresh_state()

    def _on_reset(self) -> None:
        self._stale = False
        self._last_added = (None, "")  # another workshop's people are not these
        self.model.reload()
        self.check_result.clear()
        self._refresh_state()

    def showEvent(self, event) -> None:
        if self._stale:
            self._stale = False
            self.model.reload()
        # "Save as" can make a read-only workshop writable without any edit: look again.
        super().showEvent(event)
        self._refresh_state()
        self.said.tab_through_page()

    def _refresh_state(self) -> None:
        cards = self.doc.workshop.cards
        held = sum(1 for c in cards if c.held_back)
        self._refresh_summary(held)
        self.held_back_only.setText(f"Only cards held bac&k ({held})")
        self._say_over_table(held)
        self.top_two.refresh(cards)
        self._fit_details()
        self._refresh_buttons()
        self.short_fit.fit()  # the first cards in, or the last gone: the intro follows

    def _on_filtered(self) -> None:
        held = sum(1 for c in self.doc.workshop.cards if c.held_back)
        self._refresh_summary(held)
        self._say_over_table(held)

    def _refresh_summary(self, held: int) -> None:
        self.summary.setText(summary_text(self.doc.workshop.cards, self.proxy.rowCount(), held))
        self.said.describe(held)

    def _say_over_table(self, held: int) -> None:
        """Words over a table the filter empties (it stayed blank, with nothing said): "Only
        cards held back" ticked after the last decision says what next; words that match no
        card say so, and how to see every card again."""
        cards = self.doc.workshop.cards
        text = ""
        if cards and not held and self.held_back_only.isChecked():
            text = ALL_CHECKED
        elif cards and self.proxy.rowCount() == 0:
            words = " ".join(self.filter_box.text().split())
            text = (f"No card has these words: {words}. Esc clears the filter." if words
                    else "No card fits the filter: choose All kinds, or Everyone's cards.")
        if self._over_table is None and text:
            from wtfc.ui.wall.empty_wall_hint import EmptyWallHint  # made when first wanted

            self._over_table = EmptyWallHint(self.table)
        if self._over_table is not None:
            if text:
                self._over_table.say(text)
            else:
                self._over_table.hide()

    def _fit_details(self) -> None:
        self.table.fit_details(self.model.details_texts(), bool(self.model.held_back_ids()))

    def _refresh_buttons(self) -> None:
        editable = not self.undo.read_only
        chosen = self.selection.count_up_to(2)  # read from the ranges: Ctrl+A stays quick
        flagged = self.selection.any_held_back()
        editable_only(not editable, self.import_button, self.paste_button, self.add_button,
                      self.rename_button, self.check_button)
        self.edit_button.setEnabled(editable and chosen == 1)
        self.delete_button.setEnabled(editable and chosen > 0)
        self.redact_button.setEnabled(editable and flagged)
        self.fine_button.setEnabled(editable and flagged)
        # greyed, F1's Alt+D and Alt+M rows say why
        why_not = "" if editable and flagged else \
            "choose a held-back card first" if editable else READ_ONLY_WHY
        for button in (self.redact_button, self.fine_button):
            not_now(button, why_not)
        not_now(self.edit_button, "" if editable and chosen == 1 else
                READ_ONLY_WHY if not editable else
                "choose one card first" if chosen == 0 else "choose just one card")
