"""The suggestions panel beside the wall: suggested themes for the cards of one kind not yet in
a theme, and "where does this card go?" / "cards like this one" for a chosen card.

The tool proposes, the room decides: nothing is applied until the facilitator accepts it, and
each acceptance is one undoable command built by ``WallGestures``. The work (grouping, ranking)
runs on a worker thread (``BackgroundTask``) from a snapshot of the cards' words, so the wall
never freezes; the word table loads on the first request, never at start-up. One request of
each sort runs at a time; another is refused with a plain message until it is done. Answers
are deterministic: the same cards in the same order give the same suggestions.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QProgressBar,
    QPushButton,
    QTabWidget,
    QToolButton,
    QWidget,
)

from wtfc.model.workshop import Card, Kind
from wtfc.ui.background import BackgroundTask
from wtfc.ui.style import ui_font
from wtfc.ui.wall import suggest_job
from wtfc.ui.wall import suggestion_messages as messages
from wtfc.ui.wall.card_fit import CardFitPage, FitAnswer, fit_card, fit_question
from wtfc.ui.wall.layout import KIND_ORDER
from wtfc.ui.wall.letters_stay_here import LettersStayHere
from wtfc.ui.wall.scene import wall_theme_name
from wtfc.ui.wall.suggested_themes import SuggestedThemesPage, still_unsorted
from wtfc.ui.wall.suggestion_accepting import Acceptances
from wtfc.ui.wall.suggestion_aside import SetAside, bring_back, set_aside
from wtfc.ui.wall.suggestion_controls import make_controls
from wtfc.ui.wall.suggestion_message_label import PanelMessage
from wtfc.ui.wall.suggestion_state import as_cards_are_now
from wtfc.ui.wall.suggestion_stop import StopSwitch, SuggestingStopped
from wtfc.ui.wall.suggestions_layout import PANEL_POINT_SIZE, lay_out

if TYPE_CHECKING:
    from wtfc.clustering.suggest import Suggestion
    from wtfc.ui.wall.panel import WallPanel

class SuggestionsPanel(QWidget):
    """The side panel of ``wall`` (a ``WallPanel``); hidden until asked for (F9, S, W or L)."""

    def __init__(self, wall: WallPanel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.wall = wall
        self.doc = wall.doc
        self.suggest_task: BackgroundTask | None = None
        self.stop_switch = StopSwitch()  # the running suggestions' Cancel
        self.fit_task: BackgroundTask | None = None
        self._generation = 0  # a new file makes answers still on their way meaningless
        self._aside: SetAside | None = None  # kinds and list from before the running Suggest
        self.setAccessibleName("Suggestions")
        self.setFont(ui_font(PANEL_POINT_SIZE))
        self.themes_page = SuggestedThemesPage(self.doc)
        self.fit_page = CardFitPage(self.doc)
        self.accepted = Acceptances(self, self._on_document_edited)
        make_controls(self)
        self._take_actions()
        lay_out(self)
        self.themes_page.highlight_requested.connect(self._highlight_from(self.themes_page))
        self.themes_page.accept_requested.connect(self.accepted.new_theme)
        self.themes_page.add_requested.connect(self.accepted.add_to_theme)
        self.themes_page.status.connect(self.say)
        self.themes_page.said_until_edit.connect(self.say_until_edit)
        self._until_edit = False  # what the panel says holds only until the next edit or undo
        self.fit_page.highlight_requested.connect(self._highlight_from(self.fit_page))
        self.fit_page.put_requested.connect(self._on_put_requested)
        self.fit_page.select_requested.connect(self._on_select_requested)
        self.doc.events.edited.connect(self._on_document_edited)
        self.doc.events.reset.connect(self._on_document_reset)
        self._attached = True
        self._letters_stay_here = LettersStayHere(self)
        for widget in (*self.findChildren(QAbstractItemView), *self.findChildren(QAbstractButton),
                       self.kind_box, self.tabs.tabBar()):
            widget.installEventFilter(self._letters_stay_here)
        self._choose_default_kind()
        self.apply_read_only()
        self.hide()

    # -- construction --------------------------------------------------------------------------
    # its controls: suggestion_controls.make_controls (kind_box, suggest_button, progress,
    # cancel_button, message, tabs, close_button)
    kind_box: QComboBox
    suggest_button: QPushButton
    progress: QProgressBar
    cancel_button: QPushButton
    message: PanelMessage
    tabs: QTabWidget
    close_button: QToolButton

    def _take_actions(self) -> None:
        """The wall made this panel's actions (so their shortcuts work before it is built)."""
        actions = self.wall.wall_actions
        self.act_show, self.act_accept = actions.show_suggestions, actions.accept_suggestion

    def apply_read_only(self) -> None:
        editing = not self.wall.undo.read_only
        for widget in (self.act_accept, self.themes_page.accept_button,
                       self.themes_page.add_button, self.fit_page.put_button):
            widget.setEnabled(editing)

    def detach(self) -> None:
        """Stop following the document; let running work end first (a thread must not outlive
        its object). Safe to call twice."""
        if self._attached:
            self._attached = False
            self.doc.events.edited.disconnect(self._on_document_edited)
            self.doc.events.reset.disconnect(self._on_document_reset)
            self.accepted.detach()
        self.stop_switch.stop()  # nothing will show what it finds: end it at its next step
        for task in (self.suggest_task, self.fit_task):
            if task is not None:  # unparented, so it is still here when the panel is not
                task.blockSignals(True)  # an answer arriving now has nowhere to go
                task.wait()
        self.themes_page.close_themes.stop()

    # -- showing -------------------------------------------------------------------------------
    def set_shown(self, on: bool) -> None:
        self.setVisible(on)
        self.act_show.setChecked(on)
        self.wall.beside.follow()  # on a laptop the outline folds away while this is open
        if on:
            self._rehighlight()
        else:
            self.wall.scene.highlight_cards(())
            self.wall.view.setFocus()

    def say(self, text: str) -> None:
        self.message.setText(text)
        self.message.say_when_shown()  # a reader hears it, as a sighted user notices it
        self._until_edit = False

    def say_until_edit(self) -> None:
        """What was just said ("Made the theme …", "Dismissed …") is about the list as it is
        now: an edit or an undo makes it untrue, so the next one replaces it."""
        self._until_edit = True

    def follow_kinds(self, kinds) -> None:
        """The wall's filter shows one kind: suggest for that kind."""
        if len(kinds) == 1:
            self.kind_box.setCurrentIndex(self.kind_box.findData(Kind(kinds[0]).value))

    def chosen_kind(self) -> Kind:
        return Kind(self.kind_box.currentData())  # Qt hands the enum back as its str value

    def _choose_default_kind(self) -> None:
        counts = {k: sum(not c.held_back for c in self.doc.unsorted_cards(k)) for k in KIND_ORDER}
        self.kind_box.setCurrentIndex(KIND_ORDER.index(max(KIND_ORDER, key=lambda k: counts[k])))

    # -- suggested themes ----------------------------------------------------------------------
    def suggest(self, kind: Kind | None = None) -> BackgroundTask | None:
        """Start grouping the unsorted cards of ``kind`` (the chosen kind if None)."""
        self.set_shown(True)
        self.tabs.setCurrentWidget(self.themes_page)
        if self.suggest_task is not None and self.suggest_task.is_running():
            self.say(messages.STILL_SUGGESTING)
            return None
        if kind is not None:
            self.kind_box.setCurrentIndex(self.kind_box.findData(kind.value))
        kind = self.chosen_kind()
        unsorted = self.doc.unsorted_cards(kind)
        usable = [c for c in unsorted if not c.held_back]
        held = len(unsorted) - len(usable)
        if len(usable) < 2:
            self.themes_page.clear()
            self.say(messages.too_few(kind, len(usable), held))
            return None
        # the wall shows this kind alone, so the ringed cards sit together, not one in sight
        # among sixty others; left so after (the room sorts this kind next), put back on Cancel
        self._aside = set_aside(self, kind)
        narrowed = self._aside.narrowed
        texts, ids = [c.text for c in usable], [c.id for c in usable]
        made_from = dict(zip(ids, texts, strict=True))  # emptied once answered (below)
        count = len(usable)  # the answer's lambda holds this, not the cards (another file opened)
        generation = self._generation
        self.progress.setRange(0, 0)  # busy: the first press also loads the clustering (~0.4 s)
        self.progress.show()
        self.say(messages.grouping(kind, len(usable)))
        self.repaint()  # so the panel says so before that load holds the window
        suggest_job.load_clustering()
        # a name held back on any card is never a suggested name or shared word
        never_quote = suggest_job.held_back_details(self.doc)
        self.stop_switch = switch = StopSwitch()
        task = BackgroundTask(lambda progress: suggest_job.suggest_on_worker(
            texts, ids, switch.checked(progress), never_quote),
            stop=switch.stop)  # closing the window stops it too
        task.progressed.connect(self._on_progress)
        task.succeeded.connect(lambda answer: self._on_suggested(
            answer, kind, count, held, generation, narrowed=narrowed, made_from=made_from))
        task.failed.connect(lambda exc: self._on_failed(exc, back=self._put_back()))
        task.finished.connect(self._on_task_finished)
        task.finished.connect(made_from.clear)  # kept by the task: a closed workshop's words
        self.suggest_task = task
        self.suggest_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.cancel_button.show()
        task.start()
        return task

    def stop_suggesting(self) -> bool:
        """Cancel: the work stops at its next step, and nothing it found is shown."""
        if self.suggest_task is None or not self.suggest_task.is_running():
            return False
        self.stop_switch.stop()
        self.cancel_button.setEnabled(False)
        self.say(messages.STOPPING)
        return True

    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def _on_suggested(self, answer: tuple[list[Suggestion], int, int], kind: Kind, count: int,
                      held: int, generation: int, *, narrowed: bool = False,
                      made_from: dict[str, str]) -> None:
        """``answer``: the suggestions, how many cards wtfc can read, and how many of those
        say nothing on their own ("ok", "see above"); narrowed: the wall was switched to show
        this kind alone; made_from: the cards' words the worker read (card id: text)."""
        found, known, says_nothing = answer
        if generation != self._generation:
            return
        if self.stop_switch.stopped:  # Cancel came after the work's last step: not shown
            self.say(messages.STOPPED_LIST_BACK if self._put_back() else messages.STOPPED)
            return
        kept, left, taken = as_cards_are_now(self.doc, kind, found, list(made_from))
        if taken and ((found and not kept) or 2 * taken > len(made_from)):
            self._cards_changed(len(left), len(made_from), taken)
            return
        in_groups = sum(len(left.intersection(s.member_ids)) for s in kept)
        if len(left) < len(made_from):  # counted from the cards still free, as the rows count
            known, says_nothing = suggest_job.readable_and_empty([made_from[i] for i in left])
            count, held = len(left), sum(c.held_back for c in self.doc.unsorted_cards(kind))
        self._aside = None  # the new list replaces the one set aside
        self.themes_page.set_suggestions(kept, kind, made_from)
        self.say(messages.suggested(kind, found=len(kept), count=known, held=held,
                                    in_groups=in_groups, unknown=count - known,
                                    says_nothing=says_nothing)
                 + (messages.taken_meanwhile(taken) if taken else "")
                 + (messages.shows_only(kind) if narrowed else ""))
        if kept:
            self.themes_page.list.setFocus()

    def _cards_changed(self, left: int, read: int, taken: int) -> None:
        """Most cards grouped went while the worker read them (a jump back, an Undo): no list
        for cards not there ("0 cards" each); the wall and a list set aside are back."""
        back = self._put_back()
        self.say(messages.cards_changed(left, read, taken)
                 + (messages.LIST_BACK if back else ""))
        self.say_until_edit()  # "only 5 … still free" is untrue once a jump forward brings them
        self.suggest_button.setEnabled(True)  # the worker's own end follows at once
        self.suggest_button.setFocus()

    def _put_back(self) -> bool:
        """No new suggestions: the wall's kinds and list as before Suggest (True: a list)."""
        aside, self._aside = self._aside, None
        return aside is not None and bring_back(self, aside)

    def _on_failed(self, exc: Exception, *, back: bool = False) -> None:  # back: _put_back
        if isinstance(exc, SuggestingStopped):
            self.say(messages.STOPPED_LIST_BACK if back else messages.STOPPED)
            return
        print(getattr(exc, "wtfc_traceback", exc), file=sys.stderr)  # ours to fix: keep it
        self.say(messages.FAILED + (messages.LIST_BACK if back else ""))

    def _on_task_finished(self) -> None:
        running = any(t is not None and t.is_running() for t in (self.suggest_task,
                                                                 self.fit_task))
        # "This card" can finish first: Suggest themes stays greyed until the suggestions come
        suggesting = self.suggest_task is not None and self.suggest_task.is_running()
        self.suggest_button.setEnabled(not suggesting)
        self.cancel_button.setVisible(suggesting)
        if not running:
            self.progress.hide()

    # -- this card -----------------------------------------------------------------------------
    def chosen_card(self) -> Card | None:
        """The first chosen unsorted card on the wall or in the outline."""
        for card_id, theme_id in self.wall.selected_placements():
            if theme_id is None:
                return self.doc.card(card_id)
        return None

    def ask_fit(self, *, like: bool = False) -> BackgroundTask | None:
        """Work out where the chosen card fits and which cards are like it."""
        self.set_shown(True)
        self.tabs.setCurrentWidget(self.fit_page)
        card = self.chosen_card()
        if card is None:
            self.say(messages.CHOOSE_A_CARD)
            return None
        if self.fit_task is not None and self.fit_task.is_running():
            self.say(messages.STILL_FITTING)
            return None
        question = fit_question(self.doc, card)
        generation = self._generation
        suggest_job.load_clustering()
        task = BackgroundTask(lambda _progress: fit_card(question))
        task.succeeded.connect(lambda answer: self._on_fitted(answer, like, generation))
        task.failed.connect(self._on_failed)
        task.finished.connect(self._on_task_finished)
        self.fit_task = task
        self.progress.setRange(0, 0)  # busy: the first request loads the word table
        self.progress.show()
        task.start()
        return task

    def _on_fitted(self, answer: FitAnswer, like: bool, generation: int) -> None:
        if generation != self._generation or self.doc.get("cards", answer.card_id) is None:
            return
        self.fit_page.show_answer(answer)
        self.say(messages.fitted(answer, like=like))
        (self.fit_page.like if like else self.fit_page.themes).setFocus()
        self._rehighlight()

    def _on_put_requested(self, card_id: str, theme_id: str) -> None:
        if self.wall.undo.read_only:  # Enter on a theme still asks
            self.say(messages.READ_ONLY)
            return
        if self.doc.get("cards", card_id) is None or self.doc.get("themes", theme_id) is None:
            self.fit_page.clear()
            self.say(messages.GONE)
            return
        if card_id in self.doc.themes_of_card():
            self.say(messages.ALREADY_SORTED)
            return
        kind = self.doc.card(card_id).kind
        if not self.wall.gestures.drop([(card_id, None)], theme_id):
            return
        self.fit_page.clear()
        self.wall.scene.highlight_cards(())
        self.say(messages.put_in(wall_theme_name(self.doc.theme(theme_id).name)))
        self.say_until_edit()
        following = [c for c in self.wall.scene.ordered_cards()
                     if c.theme_id is None and c.card.kind == kind]
        if following:
            self.wall.view.focus_card(following[0])
        self.wall.view.setFocus()

    def _on_select_requested(self, card_ids: list) -> None:
        self.wall.scene.clearSelection()
        chosen = [self.wall.scene.cards[(c, None)] for c in card_ids
                  if (c, None) in self.wall.scene.cards]
        for item in chosen:
            item.setSelected(True)
        if chosen:
            self.wall.view.ensureVisible(chosen[0], 40, 40)
        self.wall.view.setFocus()
        self.say(messages.chosen_on_wall(len(chosen)))

    # -- keeping in step -----------------------------------------------------------------------
    def _highlight_from(self, page: QWidget):
        def highlight(card_ids: list) -> None:
            if self.isVisible() and self.tabs.currentWidget() is page:
                self.wall.scene.highlight_cards(card_ids)
                item = self.wall.scene.cards.get((card_ids[0], None)) if card_ids else None
                if item is not None:
                    self.wall.view.ensureVisible(item, 40, 40)
        return highlight

    def _rehighlight(self) -> None:
        if self.tabs.currentWidget() is self.themes_page:
            shown = self.themes_page.current()
            self._highlight_from(self.themes_page)(
                still_unsorted(self.doc, shown.kind, shown.ticked()) if shown else [])
        else:
            self._highlight_from(self.fit_page)(self.fit_page.ticked_like())

    def _on_document_edited(self) -> None:  # again when an accept undone moves (Acceptances)
        self.themes_page.refresh()
        self.themes_page.close_themes.follow()  # a theme made, grown or gone: rank again
        if self._until_edit:  # e.g. Ctrl+Z after Dismiss undoes an earlier Accept; still so
            self.message.setText(messages.listed(len(self.themes_page.shown),
                                                 len(self.themes_page.dismissed)))
            self.message.say_when_shown()
        answer = self.fit_page.answer
        if answer is not None and (self.doc.get("cards", answer.card_id) is None
                                   or answer.card_id in self.doc.themes_of_card()):
            self.fit_page.clear()  # the card was sorted or deleted: the answer is stale

    def _on_document_reset(self) -> None:
        self._generation += 1
        self._aside = None  # the old file's list
        self.accepted.clear()
        self.themes_page.clear()
        self.fit_page.clear()
        self.wall.scene.highlight_cards(())
        self.say("")
        self._choose_default_kind()
        self.apply_read_only()

