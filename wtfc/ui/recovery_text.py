"""The recovery dialog's words (rich text): which workshop a copy is of, when it was taken,
how it differs from the saved file (and from another window's copy of the same file:
``recovery_siblings``), and what each choice does, in words a facilitator reads at a glance.
Paths are shown as a file and its folder: the dialog may be on the projector. Their names are
shown as the title shows a file's (``name_shown``): a U+202E in one turned the words around.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from wtfc.model.control_characters import name_shown, set_apart
from wtfc.model.dates import day_month, short_date
from wtfc.model.recovery import SNAPSHOT_NAME, DamagedSnapshot, Snapshot
from wtfc.model.workshop import UNTITLED, Workshop
from wtfc.ui.autosave import CrashedSession
from wtfc.ui.place_shown import where_shown

if TYPE_CHECKING:  # loaded only when a copy is compared
    from wtfc.model.recovery_compare import Comparison
    from wtfc.ui.recovery_siblings import OtherCopy

OLD_DAYS = 30  # a copy this old is probably of a workshop that is over
FIRST_YEAR = 2020  # no wtfc recovery copy was taken before: a time before is a clock's slip
DAMAGED_SUFFIX = ".wtfc-damaged"  # what a damaged copy holds: no workshop wtfc can open


def _time(when: dt.datetime | None) -> str:
    if when is None:
        return "an unknown time"
    if when.date() == dt.date.today():
        return f"{when:%H:%M}"
    return f"{when:%H:%M} on {short_date(when)}"


def _file_time(path: Path) -> dt.datetime | None:
    try:
        return dt.datetime.fromtimestamp(path.stat().st_mtime)
    except OSError:
        return None


def _count(items: list, word: str) -> str:
    return f"{len(items)} {word}{'' if len(items) == 1 else 's'}"


def _what(title: str, path: str, among: Sequence[str]) -> str:
    """The title and where its file is (``file_place``: the dialog may be on the projector),
    with as many folders as tell it from the other copies offered (``among``)."""
    title = title.strip() or UNTITLED  # a new workshop's, as the window's title says it
    place = f"({html.escape(where_shown(path, among), quote=False)})" if path else "(never saved)"
    return f"<b>{html.escape(set_apart(title))}</b> {place}"  # a bidi control stays inside


def describe(crashed: CrashedSession, comparison: Comparison | None,
             not_now: str = "", damaged: DamagedSnapshot | None = None,
             among: Sequence[str] = ()) -> str:
    """The dialog's words (rich text), also used by the tests. ``not_now``: why Restore is
    not offered this time; ``damaged``: what a copy that cannot be read still says;
    ``among``: the files of every copy offered, told apart by their folders."""
    snap = crashed.snapshot
    if snap is None:
        return _damaged_words(crashed, damaged, among)
    head = snap.header
    path = head.original_path
    opens = snap.workshop  # counted as Restore opens it: without people withdrawn since
    if comparison is not None and comparison.withdrawn_held:
        from wtfc.model.operations.withdraw import kept_withdrawn

        opens = kept_withdrawn(Workshop(withdrawn_codes=list(comparison.withdrawn_held)),
                               opens).workshop
    lines = [f"<p>wtfc stopped without closing while this workshop had unsaved work:</p>"
             f"<p>{_what(snap.workshop.title, path, among)}</p>",
             f"<p>Recovery copy: {_time(head.taken_at() or _file_time(snap.path))} — "
             f"{_count(opens.cards, 'card')}, {_count(opens.themes, 'theme')}, "
             f"{_count(opens.actions, 'action')}.</p>"]
    from wtfc.ui.recovery_siblings import held_here_since, other_copies  # reads their locks

    others = other_copies(crashed, among)
    if others:
        lines.append(_two_versions_words(snap, others))
    if snap.newer_version:
        lines.append(f"<p>{html.escape(snap.newer_version)}</p>")
    elif comparison is not None and comparison.saved_file_time is not None:
        saved = f"Saved file: {_time(comparison.saved_file_time)}."
        if comparison.changed_elsewhere and not comparison.same:
            here = bool(others) or held_here_since(head)
            lines.append(_changed_elsewhere_words(saved, comparison, here=here))
        elif comparison.saved_after_copy:
            lines.append(f"<p><b>{saved} It was saved again after this recovery copy was "
                         f"taken, so the copy is probably out of date.</b> The recovery copy "
                         f"has {html.escape(comparison.describe())}.</p>")
        elif comparison.same:
            lines.append(f"<p>{saved} The recovery copy is the same as the saved file.</p>")
        elif comparison.only_order:  # "the same" would be read as nothing to lose
            lines.append(f"<p>{saved} The recovery copy has the same parts as the saved file, "
                         f"but with <b>{html.escape(comparison.describe())}</b>: only Restore "
                         f"keeps that order.</p>")
        else:
            lines.append(f"<p>{saved} The recovery copy has "
                         f"{html.escape(comparison.describe())}.</p>")
    elif comparison is not None and comparison.saved_missing:
        lines.append("<p><b>The saved file is no longer there:</b> it was deleted or moved "
                     "after this copy was taken, or it is on a drive that is not connected "
                     "now. Restore opens the copy as a new, unsaved workshop, and the first "
                     "Save asks where to keep it. If the file was deleted on purpose, Discard "
                     "removes this copy too.</p>")
    elif comparison is not None and path:
        lines.append(f"<p>Saved file: cannot be compared ({html.escape(comparison.saved_problem)})"
                     f".</p>")
    if comparison is not None and comparison.withdrawn_since and not snap.newer_version:
        lines.append(_withdrawn_words(comparison))
    if not_now and not snap.newer_version:
        lines.append(f"<p>Restore is not available now: {html.escape(not_now, quote=False)}</p>")
    lines.append(_kept_words(head.taken_at() or _file_time(snap.path), snap.workshop.date))
    return "".join(lines)


def _changed_elsewhere_words(saved: str, comparison: Comparison, *, here: bool) -> str:
    """The file is not the one this session worked on: both may hold work the other lacks, so
    neither is called out of date (the copy holds work found in no file). ``here``: another
    wtfc window on this computer had it (its lock, another copy of it), not another computer."""
    both = comparison.describe_both("the saved file", "this copy")
    said = "; ".join(both)
    where = ("most likely in another wtfc window on this computer" if here else
             "perhaps in another wtfc window, on another computer (a OneDrive or shared "
             "folder) or by another program")
    changed = f"It was changed after wtfc last opened or saved it here, {where}."
    if comparison.withdrawn_since:  # wtfc's own Remove this person…: nobody else to blame
        changed = ("It was saved again after this copy was taken, with a person removed "
                   "from it.")
    return (f"<p><b>{saved} {changed}</b> "
            f"{html.escape(said[:1].upper() + said[1:])}.</p>"
            f"<p>To keep both, choose Save elsewhere…, or Restore and then Save As. After "
            f"Restore, a plain Save asks before replacing the saved file.</p>")


def _withdrawn_words(comparison: Comparison) -> str:
    """Who withdrew from the saved file since the copy was taken, and that Restore leaves
    their cards out (the counts above leave them out) and keeps the withdrawal."""
    held = comparison.withdrawn_held
    if held:
        return (f"<p><b>{html.escape(_listed(held))} withdrew after this copy was taken "
                f"(People → Remove this person…): Restore leaves their cards out</b> and keeps "
                f"the withdrawal. The copy itself still holds their cards until it is restored "
                f"or discarded.</p>")
    return (f"<p>{html.escape(_listed(comparison.withdrawn_since))} withdrew after this copy "
            f"was taken (People → Remove this person…). It holds none of their cards; Restore "
            f"keeps the withdrawal.</p>")


def _listed(codes: Sequence[str]) -> str:
    return ", ".join(codes[:-1]) + " and " + codes[-1] if len(codes) > 1 else codes[0]


def _two_versions_words(snap: Snapshot, others: Sequence[OtherCopy]) -> str:
    """Two (or more) copies of this file: versions of one workshop, each named by its time to
    the second, with what each of the newest has that this one lacks, so none is discarded as
    a duplicate. Copies from other days were not windows open together, so they are counted as
    the times wtfc stopped; a damaged copy is counted too, as the first page counted it."""
    name = name_shown(Path(snap.header.original_path).name)
    mine = _taken(snap)
    count = len(others) + 1
    taken = sorted([mine, *(other.taken for other in others)],
                   key=lambda t: t.timestamp() if t else 0.0, reverse=True)  # as offered
    days = {t.date() for t in taken if t is not None}
    dated = len(days) > 1  # each time says its day: "15:14:08" was today's and 28 Nov's

    def at(when: dt.datetime | None) -> str:
        return _seconds(when, with_day=dated)

    listed = [at(t) for t in taken[:TIMES_SHOWN]]
    if count > len(listed):
        listed.append(f"{count - len(listed)} more")
    times = f"{', '.join(listed[:-1])} and {listed[-1]}"  # "14:56:06, 14:53:06 and 2 more"
    whence = (f"{count} wtfc windows that stopped with it open" if len(days) <= 1 else
              f"{count} times wtfc stopped with it open")
    lines = [f"<p><b>'{html.escape(name)}' has {count} recovery copies, from {whence} "
             f"({times}).</b> They are versions of the same workshop, not the same "
             f"copy twice. This one is from {at(mine)}.</p>"]
    for other in others:
        them = f"the copy from {at(other.taken)}"
        if other.snapshot is not None:
            said = _each_has(snap.workshop, other.snapshot.workshop, "this copy", them)
        elif other.damaged:
            said = f"{them} cannot be read as a workshop: its own page says what it still holds"
        else:
            continue
        lines.append(f"<p>{html.escape(said[:1].upper() + said[1:])}.</p>")
    if unread := sum(1 for other in others if other.snapshot is None and not other.damaged):
        lines.append(f"<p>The {unread} older {'copy is' if unread == 1 else 'copies are'} "
                     f"not compared here.</p>")
    if count == 2:
        lines.append("<p>To keep the work of both, restore one and keep the other with Save "
                     "elsewhere… or Decide later; Discard only a copy whose work you have.</p>")
    else:
        lines.append("<p>To keep the work of each, restore one and keep the others with Save "
                     "elsewhere… or Decide later; Discard only a copy whose work you have.</p>")
    return "".join(lines)


def _taken(snap: Snapshot) -> dt.datetime | None:
    return snap.header.taken_at() or _file_time(snap.path)


def _seconds(when: dt.datetime | None, *, with_day: bool = False) -> str:
    """To the second: two windows stopped within a minute of each other are told apart.
    ``with_day``, for copies from more than one day: "today at 15:14:08", "28 Nov at
    15:14:08" (a bare time in a list ending "on 28 Nov 2026" read as that day's)."""
    if when is None:
        return "an unknown time"
    time = f"{when:%H:%M:%S}"
    today = dt.date.today()
    if with_day:
        day = ("today" if when.date() == today else day_month(when, short=True)
               if when.year == today.year else short_date(when))
        return f"{day} at {time}"
    return time if when.date() == today else f"{time} on {short_date(when)}"


def _each_has(mine: Workshop, theirs: Workshop, me: str, them: str) -> str:
    """"this copy has 1 card that the copy from 14:12:05 does not ('my carer is late'); …"."""
    from wtfc.model.recovery_compare import counted, differences

    comparison = differences(theirs, mine)  # added: here only; removed: there only
    said = []
    if only_mine := counted(comparison.added):
        said.append(f"{me} has {only_mine} that {them} does not{_card_words(mine, theirs)}")
    if only_theirs := counted(comparison.removed):
        said.append(f"{them} has {only_theirs} that {me} does not{_card_words(theirs, mine)}")
    if different := counted(comparison.changed):
        one = different.startswith("1 ") and " and " not in different  # "1 card"
        said.append(f"{different} {'is' if one else 'are'} different in the two")
    if comparison.changed.get("details"):
        said.append("the workshop details are different")
    if comparison.reordered_any:
        said.append(f"the order of {comparison.order_words()} is different in the two")
    return "; ".join(said) if said else f"{me} and {them} hold the same work"


TIMES_SHOWN = 4  # copies' times listed, then "and 196 more"
WORDS_SHOWN = 3  # cards named, then "and 2 more": the dialog stays readable
WORDS_LONG = 60  # characters of a card's words before "…"


def _card_words(mine: Workshop, theirs: Workshop) -> str:
    """" ('my carer is late', 'the bus never comes')": the cards ``mine`` has that ``theirs``
    lacks, by their words; a held-back card's words are never shown (this may be projected)."""
    ids = {card.id for card in theirs.cards}
    cards = [card for card in mine.cards if card.id not in ids]
    if not cards:
        return ""
    named = [("a held-back card" if card.held_back else
              f"‘{_cut(' '.join(card.text.split()))}’") for card in cards[:WORDS_SHOWN]]
    if len(cards) > WORDS_SHOWN:
        named.append(f"{len(cards) - WORDS_SHOWN} more")
    return f" ({', '.join(named)})"


def _cut(words: str) -> str:
    return words if len(words) <= WORDS_LONG else words[:WORDS_LONG - 1].rstrip() + "…"


def _damaged_words(crashed: CrashedSession, damaged: DamagedSnapshot | None,
                   among: Sequence[str]) -> str:
    head = damaged.header if damaged is not None else None
    taken = _file_time(crashed.folder / SNAPSHOT_NAME)
    if head is None:
        lines = ["<p>wtfc stopped without closing while a workshop had unsaved work.</p>"]
    else:
        taken = head.taken_at() or taken
        lines = ["<p>wtfc stopped without closing while this workshop had unsaved work:</p>",
                 f"<p>{_what(head.title, head.original_path, among)}</p>"]
    lines.append(f"<p>Recovery copy: {_time(taken)}. {html.escape(crashed.problem)}</p>")
    saved = _file_time(Path(head.original_path)) if head and head.original_path else None
    if saved is not None:
        lines.append(f"<p>Saved file: {_time(saved)}. Open it to carry on from its last "
                     f"save.</p>")
    if damaged is not None:
        lines.append(f"<p>Save elsewhere… keeps what the copy holds as a file, which someone "
                     f"technical may be able to rescue. It ends in {_unbroken(DAMAGED_SUFFIX)}, "
                     f"not .wtfc: wtfc cannot open it as a workshop, so it never replaces one.</p>")
    lines.append(_kept_words(taken))
    return "".join(lines)


def _unbroken(word: str) -> str:
    """'.wtfc-damaged' kept on one line: a word joiner either side of the hyphen."""
    return word.replace("-", "\u2060-\u2060")


def _kept_words(taken: dt.datetime | None, workshop_day: dt.date | None = None) -> str:
    """Decide later keeps a copy for good: say so, and offer to let an old one go, only when
    its time is believable: a copy taken while the clock said 2001 (a flat battery, put right
    since) may be this morning's work, so it is never called old then."""
    now = dt.datetime.now().astimezone()
    taken = taken.astimezone() if taken else None  # a file's time is naive: local
    if taken is not None and _clock_was_wrong(taken, now, workshop_day):
        why = ("it is later than this computer's clock says it is now, so the clock is wrong "
               "now or was when the copy was taken" if taken > now else
               "this computer's clock was probably wrong when it was taken, so it may hold "
               "recent work")
        return (f"<p><b>The copy's time ({html.escape(_time(taken))}) looks wrong:</b> {why}."
                f"</p><p>The copy stays on this computer, and is offered each time wtfc "
                f"starts, until you choose what to do with it.</p>")
    days = (now - taken).days if taken else 0
    if days >= OLD_DAYS:
        return (f"<p><b>This copy is {days} days old.</b> If that workshop is over, Discard "
                f"removes the copy for good (Save elsewhere… keeps it as a file first). Decide "
                f"later keeps it on this computer, offered each time wtfc starts.</p>")
    return ("<p>The copy stays on this computer, and is offered each time wtfc starts, until "
            "you choose what to do with it.</p>")


def _clock_was_wrong(taken: dt.datetime, now: dt.datetime, workshop_day: dt.date | None) -> bool:
    """Before wtfc's recovery copies existed, more than a year before its workshop's own date
    (a workshop is prepared weeks ahead, not years), or more than a day from now."""
    day = taken.astimezone().date()
    return (day.year < FIRST_YEAR or taken > now + dt.timedelta(days=1)
            or (workshop_day is not None and day < workshop_day - dt.timedelta(days=365)))


def several_words(number: int, count: int) -> str:
    """'1 of 2', and before the first choice that only one can be restored now."""
    if count < 2:
        return ""
    if number > 1:
        return f"<p><b>Workshop {number} of {count}</b></p>"
    others = "the other" if count == 2 else f"the other {count - 1}"
    return (f"<p><b>Workshop 1 of {count}:</b> wtfc has {count} recovery copies, "
            f"and {others} {'is' if count == 2 else 'are'} shown next. A window holds one "
            f"workshop, so only one can be restored now; {others} can be kept for the next "
            f"time wtfc starts.</p>")
