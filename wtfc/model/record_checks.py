"""What a workshop record may hold but cannot be right: a next review before the workshop, or
one that has passed by the day of an export or check.

Setting one is refused (``operations.record.set_next_review``). Moving the workshop's date
past the next review is not (the day itself is not held back by a later field), and a file
that already holds one still opens: Review's Looking back and Prepare's date say so beside the
dates (``review_note``, ``date_note``), and ``wtfc check``, ``wtfc export`` and the app's own
open and export warn of it, as the feedback sheet would otherwise tell people "We will look
again … on 1 January 2020".

A next review that has passed is no mistake in the file, but the exports no longer print it as
a promise (the feedback sheet looks again "at the next reviews", the report says it passed):
``wtfc check``, ``wtfc export`` and the app's export say so when given the day (``today``),
so the facilitator can set the next one. The day is passed in, never read from the clock here.

An action whose agreed date is before the workshop itself (the demo's "agreed" on 12 November
for 1 October) is printed late on the day it was agreed, in every export and the letter: said
by ``wtfc check``, the exports and opening, as the next review before the workshop is
(``early_actions``), and on its row on Plan and Act and under its date in the action dialog
(``early_action_note``). A date changed since the day is judged by the one the room agreed.

A chosen priority whose cards were all deleted (a person withdrew) stays chosen, with its votes
and success statements, and every export still shows it: ``wtfc check``, the opening notice
and the exports say so, and Understand marks its row (``empty_priority_note``).
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from wtfc.model.counting import rank_words
from wtfc.model.dates import long_date
from wtfc.model.unnamed_themes import shown_theme_name
from wtfc.model.workshop import Action, ActionStatus, Theme, Workshop

if TYPE_CHECKING:
    from wtfc.model.agreed_words import AgreedAction

EARLY_ACTIONS_NAMED = 3  # more than this: one line with their count, the workshop's date first


def refused_review(workshop_date: dt.date | None, when: dt.date | None) -> str:
    """Why ``when`` is not kept as the next review, in plain words ("" when it may be): it
    falls before the workshop (either date not set: nothing to compare)."""
    if workshop_date is None or when is None or when >= workshop_date:
        return ""
    return (
        f"The next review cannot be before the workshop itself ({long_date(workshop_date)}); "
        f"{long_date(when)} is earlier. Choose the date the group will look again, after the "
        f"workshop."
    )


def _too_early(ws: Workshop) -> tuple[dt.date, dt.date] | None:
    """(the workshop's date, the next review) when the review is before the workshop."""
    if ws.date is None or ws.next_review is None or ws.next_review >= ws.date:
        return None
    return ws.date, ws.next_review


def review_note(ws: Workshop) -> str:
    """Said beside the next review's date on Review while it is before the workshop ("" when
    not): moving the workshop's date past it is not refused, as a later field should not
    block the date of the day itself."""
    if (dates := _too_early(ws)) is None:
        return ""
    day, review = dates
    return (
        f"This is before the workshop itself ({long_date(day)}): the report and the feedback "
        f"sheet would say the group will look again on {long_date(review)}. Choose a later "
        f"date, or change the workshop's date on Prepare."
    )


def date_note(ws: Workshop) -> str:
    """Said under the workshop's date on Prepare while the next review is before it."""
    if (dates := _too_early(ws)) is None:
        return ""
    return (
        f"The next review ({long_date(dates[1])}) is now before the workshop: choose a later "
        f"date on Review, under Looking back on this workshop."
    )


def review_passed(ws: Workshop, today: dt.date) -> bool:
    """Whether the next review is before ``today`` (the export's day): the exports then no
    longer print it as when the group will look again."""
    return ws.next_review is not None and ws.next_review < today


# what the exports print instead of a date that has passed (feedback_sheet_words,
# report_looking_back)
_PASSED_PRINTS = (
    "the report says it has passed and the feedback sheet gives no date for looking again"
)


def early_actions(ws: Workshop) -> list[tuple[Action, dt.date]]:
    """The actions whose date agreed is before the workshop's own date, with that date
    (either not set: nothing to compare): printed as late on the very day they were agreed."""
    from wtfc.model.agreed_words import agreed_date

    if ws.date is None:
        return []
    return [(a, when) for a in ws.actions
            if (when := agreed_date(a)) is not None and when < ws.date]


def _prints(action: AgreedAction) -> str:
    """What the exports print of an action dated before the workshop: a done or dropped one
    with its date, never as late."""
    late = action.status not in (ActionStatus.DONE, ActionStatus.DROPPED)
    return "it as late" if late else "that date"


def early_action_note(action: AgreedAction, day: dt.date | None, *, whole: bool = False,
                      short: bool = False) -> str:
    """An action whose date agreed is before the workshop's ``day``, in words for its row on
    Plan and Act and under its date in the action dialog ("" when it is not, or either date is
    not set), as ``early_action_warnings`` judges it: "By 1 October 2026 is before this
    workshop (12 November 2026)." (a date moved since: "The date agreed, 1 October 2026, is
    …"); ``whole`` adds what the exports then print, for the row's tooltip and a reader;
    ``short`` writes "1 Oct 2026", as the board's By when column does."""
    from wtfc.model.agreed_words import agreed_date, date_moved
    from wtfc.model.dates import short_date

    when = agreed_date(action)
    if day is None or when is None or when >= day:
        return ""
    date = short_date if short else long_date
    which = f"The date agreed, {date(when)}," if date_moved(action) else f"By {date(when)}"
    note = f"{which} is before this workshop ({date(day)})."
    if not whole:
        return note
    return f"{note} The report, the posters and the feedback sheet print {_prints(action)}."


def early_action_warnings(ws: Workshop, *, read_only: bool = False) -> list[str]:
    """A line for each action dated before the workshop (none: []); past a few, one line
    with their count, since the workshop's own date is then the likelier mistake."""
    from wtfc.model.operations._names import quoted

    early = early_actions(ws)
    if not early or ws.date is None:
        return []
    day = long_date(ws.date)
    first = "Once you have saved a copy with Save As, s" if read_only else "S"
    if len(early) > EARLY_ACTIONS_NAMED:
        return [f"{len(early)} actions' dates are before the workshop itself ({day}), so the "
                f"report, the posters and the feedback sheet print them as late. {first}et "
                f"the workshop's date on Prepare, or each action's date on Plan (By when)."]
    lines = []
    for action, when in early:
        owner = f" ({action.owner.strip()})" if action.owner.strip() else ""
        lines.append(f"An action's date is before the workshop itself ({day}): "
                     f"{quoted(action.what, 60)}{owner} is due {long_date(when)}, so the "
                     f"report, the posters and the feedback sheet print "
                     f"{_prints(action)}. {first}et the date the room agreed on Plan (By "
                     f"when).")
    return lines


def empty_priorities(ws: Workshop) -> list[Theme]:
    """The chosen priorities holding no card, in rank order: all their cards were deleted (a
    person withdrew), yet the room's choice, votes and success statements stay."""
    chosen = [t for t in ws.themes if t.priority.chosen and not t.card_ids]
    return sorted(chosen, key=lambda t: t.priority.rank or 10_001)


def empty_priority_note(theme: Theme) -> str:
    """A chosen theme with no cards, in words for its row on Understand and a screen reader
    ("" for a theme with cards, or not chosen)."""
    if not theme.priority.chosen or theme.card_ids:
        return ""
    return ("No cards left: this priority has no one's words behind it. Give it cards on "
            "Theme, or drop it as a priority.")


def empty_priority_warnings(ws: Workshop, *, read_only: bool = False) -> list[str]:
    """A line for each chosen priority with no cards ("Priority 4 'I feel rushed' has no
    cards left"): a Delete that emptied it said nothing, and every export still shows it."""
    where = ("Once you have saved a copy with Save As, give it cards on Theme or drop it as a "
             "priority on Understand (Choose priorities)" if read_only else
             "Give it cards on Theme, or drop it as a priority on Understand (Choose "
             "priorities)")
    # a name of only a zero-width space (an older file's) as the exports print it, never "''"
    return [f"{rank_words(t.priority.rank)} '{shown_theme_name(t.name)}' has no cards left, "
            f"yet the report, the posters and the feedback sheet still show it as a priority. "
            f"{where}." for t in empty_priorities(ws)]


def record_warnings(
    ws: Workshop,
    *,
    read_only: bool = False,
    today: dt.date | None = None,
    warn_passed: bool = True,
) -> list[str]:
    """What the workshop record holds that cannot be right, in plain words (none: []).
    ``read_only``: the file is open read-only, so the date is put right in a copy.
    ``today``: the day of the export or check, to say a next review that has passed and what
    the exports print for it. ``warn_passed`` False (opening a file): a review that has only
    passed is not warned of, since an old workshop's review has passed as it should.
    An action dated before the workshop, then a chosen priority left with no cards, are said
    after the review's dates."""
    return [*_review_warnings(ws, read_only=read_only, today=today, warn_passed=warn_passed),
            *early_action_warnings(ws, read_only=read_only),
            *empty_priority_warnings(ws, read_only=read_only)]


def _review_warnings(
    ws: Workshop,
    *,
    read_only: bool,
    today: dt.date | None,
    warn_passed: bool,
) -> list[str]:
    """The clock and the next review's part of ``record_warnings``."""
    from wtfc.model.clock_check import clock_warning  # a clock behind the record: said first

    if today is not None and (clock := clock_warning(ws, today)):
        # and what else the record holds, less a "passed" judged by that wrong day
        return [clock, *_review_warnings(ws, read_only=read_only, today=None,
                                         warn_passed=warn_passed)]
    if ws.next_review is None:
        return []
    review = long_date(ws.next_review)
    passed = today is not None and review_passed(ws, today)
    if (dates := _too_early(ws)) is not None:
        where = (
            "Once you have saved a copy with Save As, set the right date on its Review board"
            if read_only
            else "Set the right date on the Review board"
        )
        prints = (
            _PASSED_PRINTS
            if passed
            else f"the report and the feedback sheet would say the group will look again "
            f"on {review}"
        )
        return [
            f"The next review ({review}) is before the workshop itself "
            f"({long_date(dates[0])}), so {prints}. {where} (Next review)."
        ]
    if not (passed and warn_passed):
        return []
    where = (
        "Once you have saved a copy with Save As, set the date of the next one on its Review board"
        if read_only
        else "Set the date of the next one on the Review board"
    )
    return [f"The next review ({review}) has passed, so {_PASSED_PRINTS}. {where} (Next review)."]
