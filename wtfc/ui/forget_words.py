"""Letting go of a closed workshop's words: the one place that knows every cache keeping them.

Measuring, sorting, comparing and exporting keep what they worked out, keyed by the text they
worked on (a card's words, a cause, an action, a theme name, an imported person's cell with
their real name), so the next layout or export is quick. Cards come from care reviews and a
council laptop may be shared: once another workshop is open, or wtfc closes, nothing of the
last one should stay in memory until it is pushed out. ``forget_workshop_words`` empties them
all; a cache added later that keeps words belongs in ``KEEPING_WORDS``
(``tests/ui/test_forget_words.py`` finds one left out).

A module not loaded yet has kept nothing, so it is not loaded here: forgetting costs nothing
at start-up, and the modules each view or export loads stay unloaded until then.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from threading import Event

# module → its caches keyed by (or holding) words: lru_caches, dicts (anything with ``clear``),
# or a function that empties caches kept by objects (each view's own)
KEEPING_WORDS: dict[str, tuple[str, ...]] = {
    # the room wall: its wrapping (up to ~48 MB), word widths and painted labels
    "wtfc.ui.wall.room_measure": ("_wrapped_lines", "_word_widths"),
    "wtfc.ui.paint_cache": ("label",),
    # Plan and Act, on the board and in the room view
    "wtfc.ui.boards.plan_card_words": ("measured", "advance", "_ways", "_parts", "guarded"),
    "wtfc.ui.boards.plan_room_notes": ("_WHOLE", "_PIECES"),
    # the room view's rows by their drawn words, and what it was last measured with
    "wtfc.ui.boards.plan_room_memo": ("_ROWS", "_HEADINGS", "_MADE_WITH"),
    "wtfc.ui.boards.plan_columns": ("_WIDEST",),  # each cell's widest word (cut columns)
    # the boards' tables (Plan, Act): each cell's wrapped height, an Answers cell's lines
    "wtfc.ui.wrapped_list": ("forget_measures",),
    # root causes: the why-tree's and fishbone's boxes, and a tree's continued pages
    "wtfc.ui.boards.why_tree_items": ("_text_height_kept", "shown_words", "_HEIGHTS"),
    "wtfc.ui.boards.why_tree_room_continued": ("_pill_width", "_height_kept"),
    "wtfc.ui.boards.why_tree_kept": ("_KEPT",),  # kept by the document, which stays open
    # sorting and searching every card; comparing with last time's themes
    "wtfc.model.search_key": ("_unaccented",),
    "wtfc.model.compare_text": ("name_words", "texts_words", "_text_words"),
    "wtfc.model.compare_match": ("_common_words", "_without", "_CARD_SCORES", "_SHARES"),
    # the exports' measured and shaped words, and owners' names on the action poster
    "wtfc.export.writing": ("_prepared",),
    "wtfc.export.text": ("_width", "_word", "_words_of", "_lines"),
    "wtfc.export.indic": ("shaped", "_shaped_text"),
    "wtfc.export.paragraph": ("_widths",),
    "wtfc.export.action_poster_table": ("_owner_width",),
    # real names: the names to watch for, and imported person cells
    "wtfc.importing.known_names": ("_known_name_patterns",),
    "wtfc.importing.person_names": ("person_name",),
    "wtfc.importing.pasted_names": ("_given_in", "_beside_names"),  # the names pasted
    "wtfc.importing.pasted_names_read": ("read_names",),  # the names pasted, read once
    "wtfc.ui.room_title": ("_looked_at",),  # the workshop's title, as the guard read it
    "wtfc.importing.card_guard": ("_pasted",),  # the names pasted, by their words
    "wtfc.importing.note_given_names": ("given_in_a_note",),  # the names pasted, with notes
    "wtfc.importing.not_english": ("not_english",),  # cards' words, by card
    "wtfc.importing.lower_case_pasted": ("_word_names",),  # the names pasted that are words
    "wtfc.importing.pasted_in_capitals": ("_other_parts",),  # the names pasted, their words
    "wtfc.ui.wall.suggestion_state": ("_held_names",),  # names held back on cards, pasted
}

IMPORTED_NAMES = "wtfc.importing.person_names"
# The boards' tables lay out the last workshop's rows once more as they are cleared for the
# next (a layout pending then runs): emptied again once every view has been rebuilt.
MEASURED_AS_CLEARED = ("wtfc.ui.wrapped_list", "wtfc.ui.boards.plan_columns")


def forget_workshop_words() -> None:
    """Empty every cache that keeps a workshop's words (another workshop is open, or wtfc
    closes). What is measured next is measured afresh, and comes out the same."""
    for module in KEEPING_WORDS:
        _forget(module)


def forget_rows_measured() -> None:
    """After the views were rebuilt for another workshop: the last one's rows measured as
    they were cleared go too (the next layout measures the new rows afresh)."""
    for module in MEASURED_AS_CLEARED:
        _forget(module)


def forget_imported_names() -> None:
    """Let go of the person cells an import read (real names): the import is over."""
    _forget(IMPORTED_NAMES)


class ImportedNames:
    """An import's person cells (real names), let go once it is over: finished, cancelled,
    or cancelled while a background job still reads them (forgotten as that job ends)."""

    def __init__(self) -> None:
        self._closed = Event()  # (read by the job's thread)

    def job(self, work: Callable[[], object]) -> Callable[[], object]:
        closed = self._closed

        def run() -> object:
            try:
                return work()
            finally:
                if closed.is_set():  # cancelled meanwhile: nothing will read them
                    forget_imported_names()

        return run

    def forget(self, *, closed: bool = False) -> None:
        if closed:
            self._closed.set()
        forget_imported_names()


def _forget(name: str) -> None:
    module = sys.modules.get(name)
    if module is None:  # never loaded: it has kept nothing
        return
    for cache in KEEPING_WORDS[name]:
        # (one renamed is found by the tests: opening a file never fails for it)
        kept = getattr(module, cache, None)
        if kept is None:
            continue
        if hasattr(kept, "cache_clear"):
            kept.cache_clear()
        elif hasattr(kept, "clear"):
            kept.clear()
        else:
            kept()
