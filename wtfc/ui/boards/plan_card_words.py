"""The words on an action's card in the Plan room view besides the action's own: who does it
where it shares the status line, what has happened so far, (with several themes shown) the
theme it answers, and the root cause and success statement it is linked to, each on a line (or
two) of a card cut after a whole word; and, under the heading, the priorities nothing is
planned for."""

from __future__ import annotations

from functools import lru_cache
from itertools import product

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetricsF

from wtfc.importing.watch_guard import watched_redacted
from wtfc.model.agreed_words import HEARD, agreed_date_note, changed_words
from wtfc.model.document import Document
from wtfc.model.link_words import aims_at_words, tackles_words
from wtfc.model.workshop import Action, Kind, Workshop
from wtfc.ui.boards.plan_room_pages import LINE, MIN_ROW, ROW_PAD
from wtfc.ui.boards.plan_text import (  # noqa: F401  (rank_mark, theme_line: the room's too)
    SHORT_NAME,
    rank_mark,
    theme_line,
    waiting_priorities,
    waiting_priorities_text,
)
from wtfc.ui.boards.room_paint import BODY_PX, SMALL_PX, text_height
from wtfc.ui.boards.success_causes import LEAST_WORDS, SMALL_WORDS
from wtfc.ui.style import pixel_font


# Measures kept between a layout's many trials (across, owner's line, notes' most, the names
# above: an Act layout at 150 actions measured the same words ~200,000 times, 5 s); forgotten
# when a view measures afresh (``forget_measures``, ``plan_room_memo``: anything it draws but
# the names to watch changed), so fonts lent meanwhile (Urdu typed) count.
@lru_cache(maxsize=1 << 16)
def measured(text: str, width: float, px: int, bold: bool = False) -> float:
    """``text_height``, kept."""
    return text_height(text, width, px, bold=bold)


@lru_cache(maxsize=1 << 16)
def advance(text: str, px: int = SMALL_PX, bold: bool = False) -> float:
    """How wide ``text`` is on one line, kept."""
    return QFontMetricsF(pixel_font(px, bold=bold)).horizontalAdvance(text)


def forget_measures() -> None:
    """Measure afresh from here on (the view lays out anew)."""
    for kept in (measured, advance, _ways, _parts):
        kept.cache_clear()


def progress_line(action: Action, names: tuple[str, ...] = ()) -> str:
    """What the room reads of an action's progress on Act, as the facilitator's board has it:
    what changed since the workshop first (the date the room agreed, its words), the note if
    the group has written one, and what people told us at the check. The room checking its
    plan read a date slipped five months as the one agreed, and never what people said (W1
    R2). The words typed after the day, the note too, go to the projector with the guard's
    stand-ins ("[name] said…"), the workshop's names to watch (``names``) among what it finds,
    as last time's do on Review and the feedback letter prints them. (Whether an action was
    checked is for the facilitator's board: on the projector a "Not checked yet" line would
    cost a line of the action's words.)"""
    agreed = agreed_date_note(action)  # "agreed: 29 Aug 2026"
    changed = changed_words(action, length=OLD_WORDS)
    changed = " ".join(guarded(changed, names).split()) if changed else ""
    slip = " · ".join(x for x in (changed, f"({agreed})" if agreed else "") if x)
    so_far = f"So far: {guarded(action.progress_note, names)}" if action.progress_note else ""
    heard = f"{HEARD}: {' '.join(guarded(action.heard_at_check, names).split())}" \
        if action.heard_at_check.strip() else ""
    return "\n".join(x for x in (slip, so_far, heard) if x)


OLD_WORDS = 60  # characters of the room's words on a card, where they were changed since


# The guard's look, asked once for each words and names to watch (a layout asks for each
# card's lines many times); forgotten with the workshop (``forget_words``), not per layout.
@lru_cache(maxsize=4096)
def guarded(text: str, names: tuple[str, ...] = ()) -> str:
    """``text`` with each possible personal detail the guard finds (``names`` among them)
    shown as its kind, "[name] rang"; its lines as typed."""
    return watched_redacted(text, names)  # "[name] and [name] met…": pasted names wherever


def link_lines(doc: Document, action: Action, width: float, most: int = 2) -> list[str]:
    """The root cause the action tackles and the success it aims at, when it is linked to
    them, on at most ``most`` lines ``width`` wide, in the words of the boards and the exports
    (``link_words``: a cause the room has not agreed to address says so first, "Because
    (cause not agreed): …"). Each takes a line, then, with lines left, a second where one cut
    it short. On one line a label that leaves fewer than ``LEAST_WORDS`` of the cause's or
    statement's words gives way to a shorter one ("⚠ Cause not agreed: …", "Success: “…"), then
    the link to nothing: three cards to a row at 1920 read "Because (cause not agreed)…", the
    mark alone, with no word of the cause."""
    options = _ways(tuple(_links(doc, action)), width)
    # the most links, the cause before the success, then the most of their words
    best = max((ways for ways in product(*options) if sum(map(len, ways)) <= most),
               key=lambda ways: ([bool(w) for w in ways].count(True), [bool(w) for w in ways],
                                 sum(map(len, ways))))
    return [line for lines in best for line in lines]


# Shorter labels where the full one leaves too few of the words after it: the mark and the
# words both say the cause is not agreed (never the mark alone, nor colour; "⚠ Not agreed:"
# on an action's card would read as the action not agreed).
SHORT_NOT_AGREED = "⚠ Cause not agreed: "
# A hope's and a working theme's lead-ins are longer than "Because": their cards fell back to
# "⚠ Cause not agreed: …", losing what the cause is to the action, at widths where a problem's
# card kept "Because (cause not agreed): …" (A25 M1). Their own short label comes first.
SHORT_NOT_AGREED_BY_KIND = {Kind.WORKING: "⚠ Builds on, not agreed: ",
                            Kind.FUTURE: "⚠ In the way, not agreed: "}
SHORT_SO_SAY = "Success: “"  # as the stage names it: "What would success look like?"


@lru_cache(maxsize=2048)  # asked for each card at each width each layout tries
def _ways(links: tuple[tuple[tuple[str, ...], str], ...],
          width: float) -> tuple[tuple[tuple[str, ...], ...], ...]:
    """Each link's ways on a card ``width`` wide: none, its line, its two lines (where one
    cut it short)."""
    options = []
    for leads, text in links:
        one, two = _one_line(leads, text, width), _two_lines(leads[0] + text, text, width)
        options.append(((), *([(one,)] if one else []),
                        *([tuple(two)] if len(two) == 2 and (not one or one.endswith("…"))
                          else [])))
    return tuple(options)


def _links(doc: Document, action: Action) -> list[tuple[tuple[str, ...], str]]:
    """(the labels, the fullest first, and the words after them) of each link."""
    cause = doc.get("causes", action.cause_id) if action.cause_id else None
    success = doc.get("success", action.success_id) if action.success_id else None
    out: list[tuple[tuple[str, ...], str]] = []
    if cause:
        theme = doc.get("themes", action.theme_id)  # its kind leads in: a hope's "In the way: "
        kind = theme.kind if theme else None
        lead = tackles_words(cause, kind).removesuffix(cause.text)
        short = [x for x in (SHORT_NOT_AGREED_BY_KIND.get(kind) if kind else None,
                             SHORT_NOT_AGREED) if x]
        out.append(((lead,) if cause.agreed else (lead, *short), cause.text))
    if success:
        lead = aims_at_words(success).removesuffix(f"{success.text}”")
        out.append(((lead, SHORT_SO_SAY), f"{success.text}”"))
    return out


def _cut(words: list[str], width: float) -> tuple[str, int]:
    """(the most of ``words`` that fit ``width``, cut after a whole word with "…" (not after
    "the" or "not": "long and…" says less than "long…"), how many) or ("", 0)."""
    if advance(" ".join(words)) <= width:
        return " ".join(words), len(words)
    for n in range(len(words) - 1, 0, -1):
        kept = words[:n]
        while len(kept) > 1 and kept[-1].strip(",;:–-“").lower() in SMALL_WORDS:
            kept.pop()
        line = " ".join(kept).rstrip(",;:.–-") + "…"
        if advance(line) <= width:
            return line, len(kept)
    return "", 0


def _enough(shown: int, lead: str, text: str) -> bool:
    """Whether ``shown`` words of ``lead + text`` show ``LEAST_WORDS`` of ``text``'s (all of a
    shorter one)."""
    said = shown - (len((lead + text).split()) - len(text.split()))
    return said >= min(LEAST_WORDS, len(text.split()))


def _one_line(leads: tuple[str, ...], text: str, width: float) -> str:
    """``text`` on one line after the fullest of ``leads`` that leaves enough of its words
    (one label on every card that has the room, "So people can say: “…"), "" where none does."""
    for lead in leads:
        line, shown = _cut((lead + text).split(), width)
        if _enough(shown, lead, text):
            return line
    return ""


def _two_lines(full: str, text: str, width: float) -> list[str]:
    """``full`` (its label and ``text``) wrapped at a whole word over two lines, the second cut
    with "…" where it is longer; [] where they show too few of ``text``'s words."""
    words = full.split()
    n = 0
    while n < len(words) and advance(" ".join(words[:n + 1])) <= width:
        n += 1
    rest, shown = _cut(words[n:], width)
    if not n or not _enough(n + shown, full.removesuffix(text), text):
        return []
    return [" ".join(words[:n]), rest] if rest else [" ".join(words[:n])]


def whole_words(text: str, width: float, px: int = SMALL_PX) -> str:
    """``text`` on one line ``width`` wide, cut after a whole word with "…" where it is longer
    (a theme cut mid-word, "I am not sure who is co…", reads as a typo from the back)."""
    if advance(text, px) <= width:
        return text
    words = text.split()
    while len(words) > 1:
        words.pop()
        shorter = " ".join(words).rstrip(",;:.") + "…"
        if advance(shorter, px) <= width:
            return shorter
    return QFontMetricsF(pixel_font(px)).elidedText(text, Qt.TextElideMode.ElideRight, width)


def after_facts(facts: str, owner: str, width: float, *, bold: bool = False) -> str:
    """``facts`` then as many of the owner's words as fit ``width`` on one line ("…" after a
    cut): a card with no line for who does it says it after the date. "" where not even the
    first word fits."""
    words = owner.split()
    for n in range(len(words), 0, -1):
        line = f"{facts} · {' '.join(words[:n]).rstrip(',;:.')}{'…' if n < len(words) else ''}"
        if advance(line, SMALL_PX, bold) <= width:
            return line
    return ""


def priority_gaps(workshop: Workshop, width: float) -> str:
    """The chosen priorities with no action, or only dropped ones, in the board's words for the
    line under the room plan's heading, their names as long as ``width`` allows (the ranks
    alone where even short names are too long): the room's view of every theme never said
    that a priority had nothing planned for it."""
    waiting = waiting_priorities(workshop)
    for length in (SHORT_NAME, 24, 0):
        text = waiting_priorities_text(waiting, workshop.actions, length)
        if length == 0 or advance(text) <= width:
            return text
    return ""


def owner_lines(owner: str, width: float) -> list[str]:
    """Who does it on a line ``width`` wide, or two where it is longer ("Commissioning Manager,
    / Home Care"): an elided owner, "Commissioning Manager, Hom…", read as a typo from the
    back. A third line's words end the second with "…"."""
    if advance(owner) <= width:
        return [owner]
    words = owner.split()
    n = 1
    while n < len(words) and advance(" ".join(words[:n + 1])) <= width:
        n += 1
    return [whole_words(" ".join(words[:n]), width), whole_words(" ".join(words[n:]), width)]


def card_height(actions: list[Action], width: float, extra: int = 0, *, act: bool = False,
                note_most: float | None = None, names: tuple[str, ...] = ()) -> float:
    """The row height that shows every action's words whole with its owner (a line or two),
    its status and date line and ``extra`` lines more (its theme, its links), and on Act (``act``)
    what has happened so far, whole or ``note_most`` high at most: more room than that would
    only be empty card. (The note cut to the lines a full page left it read "So far: One
    provider has agreed the contract terms; the other …" at 1024x768.) ``names``: to watch
    for, as the card shows the note (``progress_line``)."""
    tallest = max((words + (min(note, note_most or 1e9) if act else 0.0)
                   for words, note in (_parts(a.what, a.owner, progress_line(a, names),
                                              width - 40)
                                       for a in actions)), default=0.0)
    return max(MIN_ROW, 2 * ROW_PAD + 16 + tallest + (1 + extra) * LINE)


@lru_cache(maxsize=1 << 14)
def _parts(what: str, owner: str, progress: str, width: float) -> tuple[float, float]:
    """(the height of an action's words and its owner's lines, of its note) ``width`` wide."""
    return (measured(what, width, BODY_PX, True)
            + LINE * len(owner_lines(owner or "Owner to be agreed", width)),
            measured(progress, width, SMALL_PX) if progress else 0.0)


NOTE_LEAST = 3  # lines of what has happened so far a card keeps where whole costs a page


def note_height(action: Action, width: float, names: tuple[str, ...] = ()) -> float:
    """The height what has happened so far takes whole on a card's words ``width`` wide."""
    progress = progress_line(action, names)
    return measured(progress, width, SMALL_PX) if progress else 0.0


def with_theme(name: str, facts: str, width: float) -> str:
    """The theme's name before the facts (counts, the lanes with no actions yet) on the line
    under the heading where both fit it whole; else the name on a line (or two) of its own and
    the facts under it: shortened to share their line, "I am not treated with respect or as an
    individual …", the room at 800x600 never read which theme it was planning for."""
    shared = f"{name} · {facts}"
    if advance(shared) <= width:
        return shared
    return f"{name}\n{facts}"


def who_goes(owner: str, answers: list[str], height: float, status: str, *, mark: str,
             when: str, fits: float, note: float, width: float, late: bool,
             plain: bool) -> tuple[list[str], list[str], float, str]:
    """Where a card short of room says who does it (the room asks "Who will do what, by
    when?"): a line of its own under the words (``fits`` high) and the progress note (``note``
    high, 0 where none is shown); else in place of the theme's line, its priority's mark then
    beginning the status line ("#2 · By 1 Apr 2027"), or, where that line too is needed for
    the words (not on Act), the owner after the mark and date; else after the
    date, where (``plain``, on Plan) it takes the place of "Not started" or "In progress".
    Returns the facts' lines, the theme's, the height for the words and those, and the status
    line."""
    noted = note > 0  # what has happened is shown, ``note`` high
    if height >= fits + note + 2 * LINE:
        lines = owner_lines(owner, width)
        if len(lines) > 1 and height >= fits + note + (1 + len(lines)) * LINE:
            return lines, answers, height, status
        return [whole_words(owner, width)], answers, height, status
    if answers and mark:
        tries = [f"{mark} · {status}", *([f"{mark} · {when}"] if plain else [])]
        marked = next((t for t in tries if advance(t, SMALL_PX, late) <= width), "")  # bold: late
        grown = height + LINE * len(answers)
        if noted:  # on Act, the owner's own line in place of the theme's where it is whole
            if marked and grown >= fits + note + 2 * LINE:  # ("… · 1 Oct 2026 · Head of…")
                return [whole_words(owner, width)], [], grown, marked
            return [], answers, height, after_facts(status, owner, width, bold=late) or status
        squeezed = after_facts(marked, owner, width, bold=late) if marked else ""
        if squeezed and grown < fits + 2 * LINE <= grown + LINE:
            return [], [], grown, squeezed
        if marked:
            return [whole_words(owner, width)], [], grown, marked
    return [], answers, height, after_facts(when if plain else status, owner, width,
                                            bold=late) or status


def more_lines(doc: Document, action: Action, width: float, most: int = 4) -> int:
    """The lines (``most`` at most) a card ``width`` wide (inside its margins) grows by where
    its page has room: its links', a line each or two where one cuts it short (on Act the
    progress note is in its row's height already, ``card_height``)."""
    return len(link_lines(doc, action, width, most))
