"""The Review board's rows: each theme's change and each of last time's actions, as the
board lists them (``review.py`` builds the board around them)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem

from wtfc.model.agreed_words import HEARD, agreed_what, now_words, reworded, slipped
from wtfc.model.compare import PreviousAction, ThemeChange, WorkshopComparison, priority_ranks
from wtfc.model.compare_words import (
    HOW_WE_KNOW,
    action_fate,
    action_status_text,
    cards_text,
    counts_aloud,
    how_we_know_line,
    matched_text,  # the board's "How we matched it", said in the model (review.py imports it)
    people_text,
    ranks_text,
    share_text,
    theme_change_text,
    theme_fates,
    theme_note,
    theme_now,
)
from wtfc.model.dates import long_date
from wtfc.model.document import Document
from wtfc.model.kind_words import kind_words
from wtfc.model.last_time_yardsticks import Yardsticks, success_text, yardsticks
from wtfc.model.unnamed_themes import shown_theme_name
from wtfc.model.workshop import Perspective
from wtfc.ui.boards.held_back_boards import details_shown, drawn_with, hidden_names
from wtfc.ui.boards.plan import OVERDUE_INK, OVERDUE_TINT, date_text, owner_text
from wtfc.ui.boards.plan_text import when_text
from wtfc.ui.boards.review_compared import room_copy
from wtfc.ui.plain_tip import plain_tip
from wtfc.ui.style import COPIED_ROLE, kind_text, tint_item, ui_font

THEME_COLUMNS = ("Change", "Kind", "Theme", "Cards\nthen → now", "People\nthen → now",
                 "How we\nmatched it")
# "How we said we'd know" beside the status: was it done, and what was to show it worked. The
# lane and its owner share a column (as in the report), so at 125% the action, its status and
# the evidence are all in view without scrolling sideways.
ACTION_COLUMNS = ("Last time's action", "Who", "By when", "Status", "How we said\nwe'd know",
                  "Its theme now")
STATUS_COLUMN, HOW_WE_KNOW_COLUMN, THEME_NOW_COLUMN = 3, 4, 5
ACCESSIBLE_TEXT = Qt.ItemDataRole.AccessibleTextRole
NOT_SAID = "Not said"  # no evidence was agreed for it last time


def action_text(action: PreviousAction) -> str:
    """The action as the room agreed it ("Now: '…'" under it when reworded since), with what
    had happened when it was last checked on the Act stage."""
    lines = [agreed_what(action), now_words(action)]
    if action.progress_note:
        checked = f" ({date_text(action.checked_on)})" if action.checked_on else ""
        lines.append(f"So far{checked}: {action.progress_note}")
    return "\n".join(line for line in lines if line)


def theme_text(t: ThemeChange) -> str:
    """The theme's name with what became of it: renamed, merged into or split from another.
    One with no words to read (an older file's "" or lone zero-width space) is "Unnamed theme",
    as the report's Review section prints it, on the board and the room view alike."""
    name = shown_theme_name(t.name.strip())
    note = theme_note(t)
    return f"{name}  ({note})" if note else name


def board_theme_text(t: ThemeChange, rank: int | None = None) -> str:
    """The theme as the board lists it: its rank now (``rank``) and last time's before it, as
    the room view names it ("Priority 2 · was priority 3 · …")."""
    ranks = ranks_text(t, rank)
    return f"{ranks} · {theme_text(t)}" if ranks else theme_text(t)


def no_themes_text(has_cards: bool) -> str:
    """What the board and the room say in place of the themes while this workshop has none:
    every one of last time's would otherwise read "gone" on the first day of a new cycle."""
    if has_cards:
        return ("No themes yet this time: theme the cards on 3 Theme, then this compares them "
                "with last time's.")
    return ("No themes yet this time: bring in the cards on 2 Collect and theme them on "
            "3 Theme, then this compares them with last time's.")


def action_theme_text(a: PreviousAction, fates: dict[str, str] | None = None) -> str:
    """What became of last time's theme and (when it is called something else now) its name
    now, then its name then: "↗ Split, now “…” · was “…”". A folded row keeps the start of
    a cell, so the fate comes first: led by last time's name, every action of a split
    priority read "I am not treated with respect / or as an individual by my…" at 1024x768.
    ``fates``: last time's theme names with their change as the themes list says it."""
    fate, now = action_fate(a, fates or {}), theme_now(a)
    fate = fate[:1].upper() + fate[1:]
    name = f"“{shown_theme_name(a.theme_name)}”"  # as the report names it, never an empty “”
    if now:
        return f"{fate}, now “{shown_theme_name(now)}” · was {name}"
    return f"{fate} · {name}"


def people_cell(t: ThemeChange) -> str:
    """"6 → 9", or "6 of 16 → 9 of 31" over "38% → 29%" when a different number of people were
    reviewed each time (what the change is judged on)."""
    shares = share_text(t)
    return f"{people_text(t)}\n{shares}" if shares else people_text(t)


def theme_item(t: ThemeChange, rank: int | None) -> QTreeWidgetItem:
    """A theme's row: ``rank``, its priority number this time (None: not one)."""
    shown_name = board_theme_text(t, rank)
    change = theme_change_text(t)
    item = QTreeWidgetItem([change, kind_text(t.kind), shown_name,
                            cards_text(t), people_cell(t), matched_text(t)])
    item.setToolTip(2, shown_name)
    # Copy gives words, as the exports do: "Not working", "A smaller share of people said
    # this" (the arrow on screen carries the change without colour; in Excel it fails a filter)
    item.setData(0, COPIED_ROLE, change.removeprefix(f"{t.change.symbol} "))
    item.setData(1, COPIED_ROLE, kind_words(t.kind))  # "Important for the future", as exported
    item.setData(0, ACCESSIBLE_TEXT, theme_said(t, shown_name))
    # a screen reader says the arrow as "then … now", and the dashes as what they mean
    cards, people = counts_aloud(t)
    item.setData(3, ACCESSIBLE_TEXT, cards)
    item.setData(4, ACCESSIBLE_TEXT, people)
    if not t.matched_by:
        item.setData(5, ACCESSIBLE_TEXT, "not matched")
    return _whole_in_tooltips(item)


def theme_said(t: ThemeChange, shown_name: str) -> str:
    """A theme's row as a screen reader hears it on arrowing, which reads the first column
    alone: "Priority 2, I am not sure who is coming or when (Not working): a bigger share of
    people said this. Cards: 3 then, 5 now. People: …". It heard "black down-pointing
    triangle, A smaller share of people said this" and never which theme."""
    change = theme_change_text(t).removeprefix(f"{t.change.symbol} ")
    cards, people = counts_aloud(t)
    return (f"{shown_name.replace(' · ', ', ')} ({t.kind.label}): "
            f"{change[:1].lower() + change[1:]}. Cards: {cards}. People: {people}.")


def action_said(a: PreviousAction) -> str:
    """One of last time's actions as a screen reader hears it: "Send each person a weekly
    letter…: late, not started. Providers, Registered Manager, by 1 March 2027", then what had
    happened so far; the status (its own column) was never heard."""
    status = action_status_text(a).removeprefix("⚠ ").replace(":", ",")
    when = f"by {long_date(a.by_when)}" if a.by_when else "date to be agreed"
    if slipped(a) and a.agreed_by_when is not None:
        when += f" (the date agreed was {long_date(a.agreed_by_when)})"
    owner = a.owner.strip() or "owner to be agreed"
    now = f" {now_words(a)}." if reworded(a) else ""
    said = f"{' '.join(agreed_what(a).split()).rstrip('.')}:{now} {status.lower()}. " \
        f"{a.role.label}, {owner}, {when}."
    if a.progress_note.strip():
        checked = f" ({long_date(a.checked_on)})" if a.checked_on else ""
        said += f" So far{checked}: {' '.join(a.progress_note.split())}"
    return said


def _whole_in_tooltips(item: QTreeWidgetItem) -> QTreeWidgetItem:
    """Each cell's words whole in its tooltip: a short window folds the rows (review_fold).
    Shown as typed: a tip that looks like HTML ("I get <b>no</b> help") is escaped."""
    for column in range(item.columnCount()):
        item.setToolTip(column, plain_tip(item.toolTip(column) or item.text(column)))
    return item


def action_item(a: PreviousAction, fates: dict[str, str]) -> QTreeWidgetItem:
    """One of last time's actions' row; ``fates``: its theme's change as the themes say it."""
    item = QTreeWidgetItem([action_text(a), f"{a.role.label}\n{owner_text(a.owner)}",
                            when_text(a), action_status_text(a),
                            _known(a), action_theme_text(a, fates)])
    item.setToolTip(0, action_text(a))
    item.setData(0, ACCESSIBLE_TEXT, action_said(a))
    item.setToolTip(HOW_WE_KNOW_COLUMN, how_we_know_line(a) or
                    f"{HOW_WE_KNOW}: nothing was said last time")
    if a.overdue:
        tint_item(item, OVERDUE_TINT, columns=range(len(ACTION_COLUMNS)))
        tint_item(item, OVERDUE_TINT, OVERDUE_INK, columns=[STATUS_COLUMN])
        item.setFont(STATUS_COLUMN, ui_font(11, bold=True))
    return _whole_in_tooltips(item)


def _known(a: PreviousAction) -> str:
    """How we said we'd know, and under it what people told us at the check."""
    said = a.how_we_know.strip() or NOT_SAID
    return f"{said}\n{HEARD}: {a.heard_at_check}" if a.heard_at_check.strip() else said


def success_item(statements: list[tuple[Perspective, str]]) -> QTreeWidgetItem | None:
    """Under one of last time's themes, across the row: what the room said success would look
    like ("What we said success would look like: Older people: “…” · Staff and managers:
    “…”"), the yardstick of its change; None when it said nothing."""
    words = success_text(statements)
    if not words:
        return None
    item = QTreeWidgetItem(["    " + words])  # set in under the theme it belongs to
    item.setToolTip(0, plain_tip(words))
    item.setData(0, ACCESSIBLE_TEXT, words)
    font = ui_font(11)
    font.setItalic(True)
    item.setFont(0, font)
    return item


def list_compared(themes: QTreeWidget, actions: QTreeWidget, previous: Document,
                  current: Document, result: WorkshopComparison, today: dt.date
                  ) -> tuple[WorkshopComparison, Yardsticks]:
    """The themes and last time's actions listed, their words as this screen may show them:
    while it hides held-back details (``held_back_boards``), as the room view draws them, a
    detail in last time's words as its kind until the facilitator says they are fine; beside
    the room view on one screen the board showed "…rang on 01632 960999" that the words' own
    warning above quoted as "[phone]". Copy (``COPIED_ROLE``) takes the room's words either
    way, as it takes a held-back card's. Returns the comparison and yardsticks shown."""
    room = room_copy(previous, current, today)  # ``result``, its flagged words as kinds
    shown, marks = (result, yardsticks(previous.workshop)) if details_shown(themes) \
        else (room.result, room.marks)
    ranks = priority_ranks(current.workshop)  # this time's, as the room view says them
    copied = shown is not room.result  # words shown as typed: each row's copy from the room's
    for t, said in zip(shown.themes, room.result.themes, strict=True):
        item = theme_item(t, ranks.get(t.current_id))
        themes.addTopLevelItem(item)
        if copied:
            _copied_as(item, theme_item(said, ranks.get(said.current_id)))
        if under := success_item(marks.success.get(t.previous_id, [])):
            item.addChild(under)  # what success would look like, under its theme
            under.setFirstColumnSpanned(True)
            item.setExpanded(True)
            if copied and (words := success_item(room.marks.success.get(t.previous_id, []))):
                _copied_as(under, words)
    fates, room_fates = theme_fates(shown), theme_fates(room.result)
    for a, said_then in zip(shown.actions, room.result.actions, strict=True):
        item = action_item(a, fates)
        actions.addTopLevelItem(item)
        if copied:
            _copied_as(item, action_item(said_then, room_fates))
    for view in (themes, actions):
        drawn_with(view, hidden_names(view, current))
    return shown, marks


def _copied_as(item: QTreeWidgetItem, room: QTreeWidgetItem) -> None:
    """``item`` copies as ``room`` (the same row in the room's words) shows and copies."""
    for column in range(item.columnCount()):
        words = room.data(column, COPIED_ROLE)
        item.setData(column, COPIED_ROLE, room.text(column) if words is None else words)
