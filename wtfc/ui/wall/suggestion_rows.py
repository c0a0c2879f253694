"""How the "Suggested themes" list reads: a row per suggestion like a card (its name, how many
cards, the words they share and how many use each, "check each card" when few do), a list as
tall as three such rows at least and its rows at most; and the rows of the chosen suggestion's
cards."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QListWidgetItem

from wtfc.model.document import Document
from wtfc.model.workshop import Kind
from wtfc.ui.held_back_words import words_on_screen
from wtfc.ui.plain_tip import plain_tip
from wtfc.ui.wall.card_list import ROW_END, ROW_SIDE, shortened
from wtfc.ui.wall.scene import wall_theme_name
from wtfc.ui.wall.suggestion_state import (
    ShownSuggestion,
    close_theme,
    is_weak,
    shared_counts,
    still_unsorted,
)

if TYPE_CHECKING:
    from wtfc.clustering.suggest import Suggestion

CARD_ROLE = Qt.ItemDataRole.UserRole + 1  # a card row's card id
# a weak group (``is_weak``): in words, never colour alone; "⚠" as the wall marks a held-back card
CHECK = "⚠\u00a0check\u00a0each\u00a0card"  # never wrapped apart
CHECK_SAID = "check each card belongs"  # what a screen reader says for it (not "warning sign")
SCROLL_BAR = 20  # px: a longer list shows one, and the rows wrap narrower beside it


def describe_row(doc: Document, item: QListWidgetItem, shown: ShownSuggestion) -> None:
    """A row like a card: the name, then how many cards and what they share."""
    ticked = shown.ticked()
    available = still_unsorted(doc, shown.kind, ticked)
    count = f"{len(available)} card{'s' if len(available) != 1 else ''}"
    free = set(available)
    changed = Counter(why_not_free(doc, c, shown.kind) for c in ticked if c not in free)
    if changed:
        count += " (" + ", ".join(f"{n} {why}" for why, n in changed.items()) + ")"
    elif shown.unticked:
        count += f" of {len(shown.suggestion.member_ids)}"
    name = shortened(shown.name, 120) if shown.name.strip() else "Needs a name"
    theme = close_theme(doc, shown)
    close = f"Close to your theme “{shortened(wall_theme_name(theme.name), 60)}”" if theme else ""
    # on the row, not only in its tooltip: nobody hovers in front of a room, and "shared words:
    # understand" read as if all five cards used it (two did; two were about home care)
    evidence = short_reason(shown.suggestion, [doc.card(c).text for c in available])
    item.setText(f"{shown.kind.symbol} {name}\n{count} · {evidence}"
                 + (f"\n≈ {close}" if close else ""))
    item.setData(Qt.ItemDataRole.AccessibleTextRole,
                 f"Suggested theme {name}, {count}, {evidence.replace(CHECK, CHECK_SAID)}. "
                 f"{shown.suggestion.reason}" + (f" {close}." if close else ""))
    item.setToolTip(shown.suggestion.reason)


def member_rows(doc: Document, shown: ShownSuggestion) -> list[QListWidgetItem]:
    """A row per card of the suggestion: ticked or not, or why it can no longer go in."""
    rows = []
    available = set(still_unsorted(doc, shown.kind, list(shown.suggestion.member_ids)))
    for card_id in shown.suggestion.member_ids:
        card = doc.get("cards", card_id)
        if card is None:
            continue
        # a panel beside the wall, which may be projected: a card held back since the
        # suggestion was made shows what was found only as [name], [phone]…
        words = words_on_screen(card, False)
        item = QListWidgetItem(shortened(words))
        item.setData(CARD_ROLE, card_id)
        item.setToolTip(plain_tip(words))
        if card_id in available:
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                          | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked if card_id in shown.unticked
                               else Qt.CheckState.Checked)
        else:  # changed meanwhile: shown, but it stays where it is
            why = {"held back": "held back: personal details to check",
                   "sorted since": "already in a theme"}.get(
                why_not_free(doc, card_id, shown.kind), "now of another kind")
            item.setText(f"{shortened(words)}  — {why}")
            item.setFlags(Qt.ItemFlag.ItemIsSelectable)
            item.setCheckState(Qt.CheckState.Unchecked)
        rows.append(item)
    return rows


def why_not_free(doc: Document, card_id: str, kind: Kind) -> str:
    """Why a card of a suggestion can no longer go into it (it changed since)."""
    card = doc.get("cards", card_id)
    if card is None:  # deleted, or taken by Undo or a History jump: one word true of each
        return "taken off since"
    if card.held_back:
        return "held back"
    if card.kind != kind:
        return "of another kind now"
    return "sorted since"


def short_reason(suggestion: Suggestion, texts: list[str]) -> str:
    """What ``texts`` (the cards a theme would get) share, as the row says it: "check each
    card" first for a weak group (seen before a long list of words wraps), then each shared
    word with how many use it unless all do."""
    if suggestion.key_words:
        size = len(texts)
        said = "shared words: " + ", ".join(
            word + (f" ({used} of {size})" if size and used < size else "")
            for word, used in shared_counts(suggestion, texts))
    else:
        said = "similar meaning, different words"
    return f"{CHECK} · {said}" if is_weak(suggestion, texts) else said


def rows_high(view: QListWidget, rows: int, *, lines: int = 1) -> int:
    """The height of ``rows`` rows of ``lines`` lines in ``view``, with the rows' padding."""
    return rows * (lines * view.fontMetrics().lineSpacing() + 2 * ROW_END)


def size_to_rows(listing: QListWidget) -> None:
    """At least three suggestions in sight (at 1366×768 the list showed one and a half, and
    nobody knew there were five), and no more height than its rows fill: two suggestions kept
    the height of three, ~100 px of grey while the one being shaped below was cut to half its
    name box. The rows are measured as they wrap at ``listing``'s width now; the splitter gives
    what the list cannot use to the one being shaped."""
    listing.ensurePolished()  # the style sheet's font
    count = listing.count()
    # the width with no scroll bar, whether one shows now or not: measured while a row that
    # grew still showed one, the rows wrapped narrower than they would stand, ~20 px of grey
    room = listing.contentsRect().width()
    if count == 0:  # room for one row: nothing to shape below either
        least = most = rows_high(listing, 1, lines=3)
    elif count <= 3:  # all in sight, no scroll bar: as tall as they are
        least = most = _rows_height(listing, range(count), room)
    else:  # a scroll bar beside them: the first three as they wrap beside it
        least = _rows_height(listing, range(3), room - SCROLL_BAR)
        most = max(least, _rows_height(listing, range(count), room))
    frame = 2 * listing.frameWidth()
    if (least + frame, most + frame) != (listing.minimumHeight(), listing.maximumHeight()):
        listing.setMinimumHeight(least + frame)
        listing.setMaximumHeight(most + frame)
    # as tall as its rows, it never needs a scroll bar: Qt's "as needed" kept one that had
    # shown for a moment (the rows laid out beside it were taller than the list), or hid one
    # the rows had been measured beside, leaving grey under them
    listing.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff if least == most
                                       else Qt.ScrollBarPolicy.ScrollBarAsNeeded)


def _rows_height(listing: QListWidget, rows: range, room: int) -> int:
    """How tall ``rows`` stand, their words wrapped inside the boxes of a ``room`` px wide
    list (as the list's delegate wraps them)."""
    metrics = listing.fontMetrics()
    width = max(100, room - 2 * ROW_SIDE)
    return sum(metrics.boundingRect(0, 0, width, 10_000, Qt.TextFlag.TextWordWrap,
                                    listing.item(r).text()).height() + 2 * ROW_END
               for r in rows)
