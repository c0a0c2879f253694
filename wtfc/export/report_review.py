"""The report's "Since last time" chapter: the Review step (TLAP step 8) on paper.

Given last time's workshop, the report says what the Review board says: a summary line, the
themes that changed (the change in words beside its mark, never by colour alone, with the cards
when the same people said it more or less often; the kind; the theme; how many people said it
then → now, and when a different number of people were reviewed each time, of how many and
their share, which the change is judged on), and last time's actions with their status, what was
to show each worked ("How we said we'd know", the evidence for this review), what had happened
when each was last checked, and what became of their theme. It opens with what last time said
it would do differently and when it would look again, and each of last time's themes carries
what the room said success would look like (``last_time_yardsticks``). Only theme names,
counts, last time's actions and those words are printed, never a card's words, so a card held
back for personal details cannot reach the report from here.
"""

from __future__ import annotations

import datetime as dt

from reportlab.platypus import CondPageBreak, Flowable, Spacer

from wtfc.export import fonts as f
from wtfc.export.content import (
    NO_DATE,
    UNTITLED,
    ExportContent,
    count_phrase,
    format_date,
    paper_status,
)
from wtfc.export.look import kept_together, kind_words
from wtfc.export.not_checked import NOT_CHECKED, not_checked
from wtfc.export.paragraph import BidiParagraph
from wtfc.export.report_flow import FillingTable
from wtfc.export.report_sections import (
    CELL_PADDING,
    TEXT_WIDTH,
    Styles,
    grid,
    heading,
    p,
    start_height,
    with_first,
)
from wtfc.export.writing import unshown
from wtfc.model.agreed_words import agreed_date_note, changed_words, done_late
from wtfc.model.compare import (
    Change,
    PreviousAction,
    ThemeChange,
    WorkshopComparison,
    compare_workshops,
)
from wtfc.model.compare_words import (
    action_fate,
    action_status_text,
    actions_tally,
    change_cell,
    changes_summary,
    count_cell,
    heard_line,
    how_we_know_line,
    people_text,
    reviewed_text,
    said_by_cards,
    share_text,
    theme_fates,
    theme_note,
    theme_now,
    was_priority_text,
)
from wtfc.model.last_time_yardsticks import (
    SUCCESS_HEAD,
    Yardsticks,
    opening_lines,
    success_lines,
    success_text,
    yardsticks,
)
from wtfc.model.unnamed_themes import shown_theme_name
from wtfc.model.workshop import ActionStatus, Theme, Workshop

MUTED_FONT = "<font color='#4A4A4A'>"
MARKS = "▲▼✚↗↘○⚠"  # the changes' and overdue's marks: left out where no font can draw them
YARDSTICK_INDENT = 16  # points: last time's success statements set in under their theme's row


def since_last_time(content: ExportContent, previous: Workshop, s: Styles) -> list[Flowable]:
    """The chapter comparing ``content``'s workshop with ``previous`` (last time's)."""
    result = compare_workshops(previous, content.workshop, today=content.today)
    out = heading("Since last time", s.h1, "since", 0)
    # last time's date only where it came before this one's, as the letter and Review's room
    # view say it: a same-day file (the morning's save) read "(12 November 2026)" beside it
    held_on = content.workshop.date
    when = f" ({format_date(previous.date)})" if previous.date and (
        held_on is None or previous.date < held_on) else ""
    title = previous.title.strip() or UNTITLED
    reviewed = reviewed_text(result)  # what "more" and "fewer" below are out of
    out.append(p(f"Compared with last time's workshop, “{title}”{when}."
                 f"{f' {reviewed}' if reviewed else ''}", s.body))
    marks = yardsticks(previous)
    for line in opening_lines(marks):  # what last time said to test this day against
        out.append(BidiParagraph(f"<b>{f.markup(line)}</b>", s.body))
    if result.no_themes_now:
        # last time's actions as the room view and the Review board say them
        out.append(p(drawn(actions_tally(result)), s.body))
        out.append(p(no_themes_note(bool(content.workshop.cards)), s.body))
        out += _success_of(previous.themes, marks, s)  # no theme now to put them beside
    else:
        # the cards not yet in a theme are the report's own count: held-back ones left out
        themes = changes_summary(result, len(content.unsorted_cards))
        out.append(p(drawn(f"Themes: {themes}. {actions_tally(result)}"), s.body))
        out += _themes(result, content, previous, s, marks)
    out += _actions(result, content, s, previous.date)
    return out


def no_themes_note(has_cards: bool) -> str:
    """In place of the themes while this workshop has none, as the Review board says it: last
    time's are not "gone" when nothing has been themed yet."""
    if has_cards:
        return ("No themes yet this time: the cards have not been themed yet, so they are not "
                "compared with last time's themes.")
    return ("No themes yet this time: the cards have not been brought in and themed yet, so "
            "they are not compared with last time's themes.")


def drawn(text: str) -> str:
    """``text`` without the marks no embedded font can draw (the words beside them say the
    same), and with "to" for an arrow that cannot be drawn: never "[symbol not shown]"."""
    for mark in MARKS:
        if mark in text and unshown(mark):
            text = text.replace(f"{mark} ", "").replace(mark, "")
    return text.replace(" → ", " to ") if "→" in text and unshown("→") else text


def _success_of(themes: list[Theme], marks: Yardsticks, s: Styles) -> list[Flowable]:
    """Last time's success statements under their themes' names, where no row of the themes'
    table carries them."""
    return [BidiParagraph(f"“{f.markup(shown_theme_name(t.name))}”: {MUTED_FONT}"
                          f"{f.markup(success_text(marks.success[t.id]))}</font>", s.body)
            for t in themes if marks.success.get(t.id)]


def _themes(result: WorkshopComparison, content: ExportContent, previous: Workshop,
            s: Styles, marks: Yardsticks) -> list[Flowable]:
    if not result.themes:
        return [p("No themes in either workshop yet.", s.body)]
    out: list[Flowable] = []
    if not previous.themes:
        out.append(p("Last time's workshop has no themes, so every theme is new this time.",
                     s.body))
    changed = [t for t in result.themes if t.change is not Change.SAME]
    same = result.with_change(Change.SAME)
    first = " Last time's priorities come first." if any(t.was_priority for t in changed) \
        else ""
    head = [*heading("Themes that changed", s.h2, "since-themes", 1),
            p(drawn(f"{_how_counted(changed, result)}{first}"), s.muted)]
    if changed:
        table = _theme_table(changed, content, s, marks)
        out += [CondPageBreak(start_height(head, table, s)), *head, table]
    else:
        out += with_first(head, [p("No theme changed: each was said about as often as last "
                                   "time.", s.body)])
    if same:
        names = ", ".join(_same_name(t) for t in same)
        out.append(Spacer(1, 6))
        out.append(p(f"About the same as last time (= "
                     f"{count_phrase(len(same), 'theme')}): {names}.", s.muted))
        ids = {t.previous_id for t in same}
        out += _success_of([t for t in previous.themes if t.id in ids], marks, s)
    return out


def _same_name(t: ThemeChange) -> str:
    """A theme about the same, with last time's rank and, renamed, last time's name, as its
    row would say them: “My carers…” (was priority 1; was “I am not treated with respect…”)."""
    notes = [n for n in (_lower(was_priority_text(t)), theme_note(t)) if n]
    return f"“{shown_theme_name(t.name)}”" + (f" ({'; '.join(notes)})" if notes else "")


def _theme_table(themes: list[ThemeChange], content: ExportContent, s: Styles,
                 marks: Yardsticks):
    ranks = {t.theme.id: t.theme.priority.rank for t in content.priority_themes}
    # "Kind" is wtfc's word: a commissioner reads what people said it as
    rows: list[list] = [[p(h, s.cell_bold) for h in ("Change", "Said as", "Theme",
                                                     drawn("People then → now"))]]
    yardstick_rows: list[int] = []
    for t in themes:
        name = f"<b>“{f.markup(shown_theme_name(t.name))}”</b>"
        notes = [was_priority_text(t), theme_note(t)]  # what the work was on since last time
        if t.current_id in ranks:  # what the room chose to work on this time
            rank = ranks[t.current_id]
            notes.insert(0, f"Priority {rank} this time" if rank else "A priority this time")
        notes = [n for n in notes if n]
        notes[1:] = [_lower(n) for n in notes[1:]]
        if notes:
            name += f"<br/>{MUTED_FONT}{f.markup('; '.join(notes))}</font>"
        rows.append([p(drawn(_change_cell(t)), s.cell_bold), p(kind_words(t.kind), s.cell),
                     BidiParagraph(name, s.cell),
                     p(drawn(_people_cell(t)), s.cell)])
        if lines := success_lines(marks.success.get(t.previous_id, [])):  # last time's test
            yardstick_rows.append(len(rows))
            rows.append([_yardsticks_cell(lines, s), "", "", ""])
    table = grid(rows, [0.25, 0.14, 0.39, 0.22], kind=SinceTable)
    for row in yardstick_rows:
        # across the table, as the Review board's italic row: in the Theme cell alone a
        # priority's ~30 statements ran over a page beside three empty cells
        table.setStyle([("SPAN", (0, row), (-1, row)), ("TOPPADDING", (0, row), (-1, row), 0),
                        ("LEFTPADDING", (0, row), (-1, row), YARDSTICK_INDENT)])
    return table


def _yardsticks_cell(lines: list[str], s: Styles) -> Flowable:
    """Under a theme's row: what last time said its success would look like, a line each
    voice."""
    return Across(BidiParagraph(f"<i>{SUCCESS_HEAD}:</i><br/>" + "<br/>".join(
        f"<i>{f.markup(line)}</i>" for line in lines), s.cell),
        TEXT_WIDTH - YARDSTICK_INDENT - CELL_PADDING)


class SinceTable(FillingTable):
    """The themes' table: a theme's row never ends a page with its yardsticks all overleaf,
    where they would read as the next theme's; the first of them come with it, or it goes
    over with them."""

    def _splitRows(self, available_height: float, doInRowSplit: int = 0):
        parts = super()._splitRows(available_height, doInRowSplit)
        if doInRowSplit or len(parts) != 2:
            return parts
        last = len(parts[0]._cellvalues) - 1  # this table's last row on this page
        rows = self._cellvalues
        if last + 1 >= len(rows) or not isinstance(_first(rows[last + 1][0]), Across):
            return parts
        split = self._in_row(available_height)
        if len(split) == 2:
            return split
        if last <= self.repeatRows:  # the theme's is the first row here: all of it overleaf
            return []
        return super()._splitRows(sum(self._rowHeights[:last]) + 0.01, 0)


def _first(cell: object) -> object:
    return cell[0] if isinstance(cell, list | tuple) and cell else cell


class Across(Flowable):
    """A cell's words laid out across the table's width, in a row spanning it: reportlab
    splits a row over a page at its first column's width, which cut a spanned cell's words
    short there and left most of the page overleaf blank under them."""

    def __init__(self, inner: Flowable, width: float) -> None:
        super().__init__()
        self.inner, self.across = inner, width

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.height = self.inner.wrap(self.across, available_height)[1]
        return available_width, self.height

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        return [Across(part, self.across)
                for part in self.inner.split(self.across, available_height)]

    def draw(self) -> None:
        self.inner.drawOn(self.canv, 0, 0)


def _change_cell(t: ThemeChange) -> str:
    """The board's change cell, and for every theme judged by its cards the cards it was
    judged on, as the room puts them beside it: "○ Not in this time's themes yet · 3 cards
    → —" (its people cell, "— → not yet in a theme", has no count of last time's)."""
    if t.by_cards and not said_by_cards(t):  # (else the cell says them already)
        return f"{change_cell(t)} · {count_cell(t)}"
    return change_cell(t)


def _how_counted(themes: list[ThemeChange], result: WorkshopComparison) -> str:
    """Over the table: what its counts are and what each change was judged on, in the words
    of the summary above it (the cards, when no person was recorded on one side)."""
    if themes and all(t.by_cards for t in themes):
        if not result.people_reviewed_before:
            why = "no person was recorded last time, so the people counted this time say"
        elif not result.people_reviewed_now:
            why = "no person was recorded this time, so the people counted last time say"
        else:
            why = "no person was recorded on these themes' cards, so their people say"
        return (f"How many cards were in each theme, last time → this time, is beside its "
                f"change: {why} nothing of the change.")
    if any(t.by_share for t in themes):
        return ("How many different people's cards were in each theme, of the people reviewed, "
                "last time → this time, and their share of them.")
    return "How many different people's cards were in each theme, last time → this time."


def _people_cell(t: ThemeChange) -> str:
    """"6 → 9", or "6 of 16 → 9 of 31" over "38% → 29%" when the people reviewed differ."""
    shares = share_text(t)
    return f"{people_text(t)}\n{shares}" if shares else people_text(t)


def _lower(words: str) -> str:
    """"Was priority 2" inside a line: "was priority 2"."""
    return words[:1].lower() + words[1:]


def _actions(result: WorkshopComparison, content: ExportContent, s: Styles,
             held_on: dt.date | None) -> list[Flowable]:
    """Last time's actions, each with its status; one nobody has checked since last time's
    workshop (``held_on``) says so, and how many are counted under the heading."""
    head = [Spacer(1, 12), *heading("Last time's actions", s.h2, "since-actions", 1)]
    if not result.actions:
        return with_first(head, [p("No actions were agreed last time.", s.body)])
    unchecked = sum(1 for a in result.actions
                    if not_checked(a.status, a.checked_on, held_on, content.today))
    head.append(p(f"{content.status_as_of}" + (
        f" ({unchecked:,} not checked since the workshop)." if unchecked else "."), s.muted))
    fates = theme_fates(result)
    rows = [[p(h, s.cell_bold) for h in ("Last time's action", "Who", "By when",
                                         "Its theme now")]]
    for a in result.actions:
        rows.append([_what(a, s), BidiParagraph(
            f"<b>{f.markup(a.role.label)}</b><br/>{f.markup(a.owner or 'To be agreed')}",
            s.cell), BidiParagraph(_when_and_status(a, not_checked(
                a.status, a.checked_on, held_on, content.today)), s.cell), _theme(a, fates, s)])
    table = grid(rows, [0.38, 0.2, 0.17, 0.25])
    return [CondPageBreak(start_height(head, table, s)), *head, table]


def _what(action: PreviousAction, s: Styles) -> BidiParagraph:
    text = f.markup(action.what)
    if changed := changed_words(action):  # the room's own words, where they were changed
        text += f"<br/>{MUTED_FONT}{f.markup(changed)}</font>"
    if evidence := how_we_know_line(action):  # what Plan said would show it worked
        text += f"<br/>{MUTED_FONT}{f.markup(evidence)}</font>"
    if heard := heard_line(action):  # and what people told us when it was checked
        text += f"<br/>{MUTED_FONT}{f.markup(heard)}</font>"
    if action.progress_note:  # what the Act stage heard when it last checked
        checked = f" ({f.markup(format_date(action.checked_on))})" if action.checked_on else ""
        text += f"<br/>{MUTED_FONT}So far{checked}: {f.markup(action.progress_note)}</font>"
    return BidiParagraph(text, s.cell)


def _when_and_status(action: PreviousAction, unchecked: bool = False) -> str:
    """The date (or "Date to be agreed") and under it the status, in bold when it is one a
    reader looks for first (overdue, done or dropped), as the report's own actions; and under
    that, ``unchecked``, "Not checked since the workshop"."""
    when = f.markup(format_date(action.by_when) if action.by_when else NO_DATE)
    if agreed := agreed_date_note(action, long=True):  # a moved date never hides its slip
        when += f"<br/>({f.markup(agreed)})"
    status = drawn(paper_status(action_status_text(action)))  # as this time's say it
    # "Done, 3 months after the date agreed" wraps between its words: kept whole in this
    # narrow column it was cut mid-word ("3 mon / ths")
    status = f.markup(status) if done_late(action) else kept_together(status)
    if action.overdue or action.status in (ActionStatus.DONE, ActionStatus.DROPPED):
        status = f"<b>{status}</b>"
    return f"{when}<br/>{status}" + (f"<br/>{NOT_CHECKED}" if unchecked else "")


def _theme(action: PreviousAction, fates: dict[str, str], s: Styles) -> BidiParagraph:
    now = theme_now(action)
    fate = action_fate(action, fates)
    text = f"“{f.markup(shown_theme_name(action.theme_name))}”<br/>" \
           f"{f.markup(drawn(fate[:1].upper() + fate[1:]))}"
    if now:
        text += f"{MUTED_FONT}, now “{f.markup(now)}”</font>"
    return BidiParagraph(text, s.cell)
