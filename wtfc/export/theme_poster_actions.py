"""A theme poster's "What we will do": the actions by role, each with the cause it tackles and
the success statement it aims at, its owner, date and status.

Every action is shown that can be. When they do not all fit, things give way least missed
first: the text gets smaller, down to 14 pt; the "Because" and "So people can say" lines go to
one line each, and an action pasted in from the minutes to 12 lines; then the "So people can
say" lines go, then the "Because" lines (the report has both, the A1 poster the cause); then
an action's words are cut shorter. Only then are actions left off, those a reader looks for
least first: done ones, then those not started, then those in progress; an overdue one last of
all. The note names the roles whose actions are. A dropped action is not something "we will
do": it is left off and counted.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass

from reportlab.platypus import Flowable

from wtfc.export.blocks import Column, height_of, largest_size
from wtfc.export.bullet_side import BulletedText
from wtfc.export.content import (
    NO_ACTIONS_AGREED,
    NO_DATE,
    ExportContent,
    ThemeContent,
    count_phrase,
    status_stands_out,
    status_words,
    whole_date,
)
from wtfc.export.text import Text
from wtfc.export.theme_poster_styles import MIN_POINTS, SIZES, PosterStyles
from wtfc.model.link_words import TACKLES
from wtfc.model.operations.actions import is_overdue
from wtfc.model.workshop import Action, ActionStatus, Kind, Role

HEADING = "What we will do"
BOTH, CAUSE, NO_LINKS = 2, 1, 0  # the lines under each action: "Because" and "So people…", …
LINES = (30, 20, 12, 9, 6, 4)  # an action's lines at most, tried largest first, when not all fit
LINKS_GO_BELOW = 12  # an action's words are cut to this many lines before its links go
# while ``actions_shown`` is open: each poster's theme id → the ids of the actions it shows
_SHOWN: ContextVar[dict[str, set[str]] | None] = ContextVar("actions_shown", default=None)


@dataclass(frozen=True)
class Setting:
    """How the actions are set: text ``size``, the ``links`` under each, and ``lines``: an
    action's words in at most that many lines, each link in one (None: all whole)."""

    size: float
    links: int = BOTH
    lines: int | None = None


# At 14 pt, best first: an action's setting is the first of these that fits every action.
AT_LEAST = (
    Setting(MIN_POINTS),
    *(
        Setting(MIN_POINTS, links, n)
        for links in (BOTH, CAUSE)
        for n in LINES
        if n >= LINKS_GO_BELOW
    ),
    *(Setting(MIN_POINTS, NO_LINKS, n) for n in LINES),
)


def actions_loss(
    content: ExportContent, theme: ThemeContent, styles: PosterStyles, width: float, room: float
) -> int | None:
    """How far down ``AT_LEAST`` every action fits in a column ``width`` wide, ``room`` tall
    (heading included): 0 with every link whole, None when some are left off even at 14 pt."""
    room -= height_of([Text(HEADING, styles.heading)], width)

    def fits(setting: Setting) -> bool:
        return height_of(_blocks(content, theme, styles, setting, width), width) <= room

    if not fits(AT_LEAST[-1]):  # asked first: a crowded theme fits at none
        return None
    return next(n for n, setting in enumerate(AT_LEAST) if fits(setting))


def draw_actions(
    column: Column, content: ExportContent, theme: ThemeContent, styles: PosterStyles
) -> None:
    column.place(Text(HEADING, styles.heading))
    planned = planned_actions(theme)
    if not planned:
        column.place_all(_blocks(content, theme, styles, Setting(MIN_POINTS), column.width))
        _shown_on(theme, [])
        return

    def fits(setting: Setting) -> bool:
        blocks = _blocks(content, theme, styles, setting, column.width)
        return height_of(blocks, column.width) <= column.room

    setting = Setting(largest_size(SIZES, lambda size: fits(Setting(size))))
    if not fits(setting):  # the first that fits, the last (actions left off) asked first
        least = AT_LEAST[-1]
        setting = next((s for s in AT_LEAST[1:] if fits(s)), least) if fits(least) else least
    total = sum(len(a) for a in planned.values())
    hidden = _make_way(content, theme, styles, setting, column) if total > 1 else set()
    blocks = _blocks(content, theme, styles, setting, column.width, hidden=hidden)

    def more(left: int) -> Text:
        """The note that closes a list cut short here (by ``place_all``, ``left`` blocks), as
        ``_left_off_note`` says it."""
        shown = blocks[: len(blocks) - left]
        on_show = {getattr(b, "action_id", "") for b in shown}
        gone = {a.id for acts in planned.values() for a in acts} - on_show
        return _left_off_note(content, theme, styles, gone, longest=not shown)

    _shown_on(theme, blocks[: column.place_all(blocks, overflow=more)])


@contextmanager
def actions_shown() -> Iterator[dict[str, set[str]]]:
    """While open, each theme poster drawn puts here, by its theme's id, the ids of the
    actions it shows (its words whole or cut short), as ``draw_actions`` placed them: not
    those it left off for room ("Not shown here: …"), nor dropped ones. What the posters warn
    of is what they print (``record_said``)."""
    shown: dict[str, set[str]] = {}
    token = _SHOWN.set(shown)
    try:
        yield shown
    finally:
        _SHOWN.reset(token)


def _shown_on(theme: ThemeContent, placed: Sequence[Flowable]) -> None:
    """Kept for ``actions_shown``, when open: the actions among the blocks ``placed``."""
    shown = _SHOWN.get()
    if shown is not None:
        shown[theme.theme.id] = {b.action_id for b in placed if hasattr(b, "action_id")}


def _make_way(
    content: ExportContent,
    theme: ThemeContent,
    styles: PosterStyles,
    setting: Setting,
    column: Column,
) -> set[str]:
    """The ids of the fewest actions to leave off so the rest, and the note naming them, fit
    the column, taken in ``_making_way`` order. Never every one: when one alone does not fit,
    ``place_all`` cuts its words short to the room there is."""
    today = content.today
    order = _making_way(planned_actions(theme), today)

    def fits(hidden: list[Action]) -> bool:
        blocks = _blocks(content, theme, styles, setting, column.width,
                         hidden={a.id for a in hidden})
        return height_of(blocks, column.width) <= column.room

    if fits([]):
        return set()
    # Fewer left off leaves more to show (the note grows by a role at most): a binary search,
    # then a step on in case that note's extra line was the one too many.
    low, high = 1, len(order) - 1
    while low < high:
        middle = (low + high) // 2
        if fits(order[:middle]):
            high = middle
        else:
            low = middle + 1
    while low < len(order) - 1 and not fits(order[:low]):
        low += 1
    # Room a long action left may take a shorter one back, kept longest first, but never one
    # a reader looks for less than one still left off (no done one for one in progress).
    hidden = order[:low]
    stuck: int | None = None
    for action in reversed(order[:low]):
        if stuck is not None and _kept(action, today) < stuck:
            break
        fewer = [a for a in hidden if a is not action]
        if fits(fewer):
            hidden = fewer
        elif stuck is None:
            stuck = _kept(action, today)
    return {a.id for a in hidden}


def _making_way(planned: dict[Role, list[Action]], today: dt.date) -> list[Action]:
    """Every action in the order they are left off: done, not started, in progress, then
    overdue (what a reader looks for first goes last); within each, the last listed first."""
    listed = [a for actions in planned.values() for a in actions]
    return sorted(reversed(listed), key=lambda action: _kept(action, today))


def _kept(action: Action, today: dt.date) -> int:
    """How long an action is kept when not all fit: 0 (done) left off first, 3 (overdue) last."""
    if is_overdue(action, today):
        return 3
    return {ActionStatus.DONE: 0, ActionStatus.NOT_STARTED: 1}.get(action.status, 2)


def _left_off_note(
    content: ExportContent,
    theme: ThemeContent,
    styles: PosterStyles,
    hidden: set[str],
    *,
    longest: bool = False,
) -> Text:
    """The note that closes a list cut short, naming the roles whose actions are left off (a
    whole lane can be), then the notes: the "as of" date goes with every "Overdue" shown.
    ``longest``: as long as it gets (every role "n of n"), to keep room for it."""
    planned = planned_actions(theme)
    if sum(len(a) for a in planned.values()) == 1:
        said = (
            "This theme's action does not fit here whole: the action poster and the "
            "report have all its words."
        )
    else:
        said = (
            # every action agreed, dropped ones too, as the report and the data count them
            f"Not all of this theme's {theme.action_count:,} actions fit here. "
            f"{_left_off(planned, hidden, longest=longest)}"
            "The action poster and the report list every one."
        )
    return Text(" ".join([said, *_action_notes(content, theme)]), styles.note)


class ActionText(BulletedText):
    """An action's lines, its bullet on the side its first line is read from (``bullet_side``)."""

    def cut_to(self, height: float) -> ActionText | None:
        cut = super().cut_to(height)
        if cut is None:
            return None
        same = ActionText(cut.text, cut.style, keep_with_next=cut.keep_with_next,
                          max_lines=cut.max_lines, may_cut=cut.may_cut)
        if hasattr(self, "action_id"):  # a list cut short names the roles it left off
            same.action_id = self.action_id  # type: ignore[attr-defined]
        return same


def _left_off(planned: dict[Role, list[Action]], hidden: set[str], *, longest: bool) -> str:
    """ "Not shown here: Providers (all 4), Commissioners (2 of 3). ", or "" when only notes
    are; ``longest``: every role as "n of n", as long as this sentence gets."""
    parts = []
    for role, actions in planned.items():
        n, left = len(actions), sum(a.id in hidden for a in actions)
        if longest or 0 < left < n:
            parts.append(f"{role.label} ({n if longest else left} of {n})")
        elif left:
            parts.append(f"{role.label} ({f'all {n}' if n > 1 else '1'})")
    return f"Not shown here: {', '.join(parts)}. " if parts else ""


def planned_actions(theme: ThemeContent) -> dict[Role, list[Action]]:
    """The theme's actions by role, less those dropped."""
    planned = {
        role: [a for a in actions if a.status != ActionStatus.DROPPED]
        for role, actions in theme.actions.items()
    }
    return {role: actions for role, actions in planned.items() if actions}


def _blocks(
    content: ExportContent,
    theme: ThemeContent,
    styles: PosterStyles,
    setting: Setting,
    width: float,
    *,
    hidden: set[str] | frozenset[str] = frozenset(),
) -> list[Flowable]:
    """Each role's actions, as ``setting`` says, but those ``hidden``, then the notes
    (``width``: the column's, to say whether words are cut short): with some hidden, the one
    note that names them."""
    size, max_lines = setting.size, setting.lines
    blocks: list[Flowable] = []
    cut = link_cut = False  # the action poster has its words whole, not all its links
    what_style = styles.body(size, bullet="•")
    what_style.space_after = size * 0.1
    detail = styles.detail(size, indent=what_style.indent)
    detail.space_after = 0  # the status follows on its own line
    plain = styles.detail(size, indent=what_style.indent)
    strong = styles.detail(size, indent=what_style.indent, strong=True)
    planned = planned_actions(theme)
    actions = [a for role_actions in planned.values() for a in role_actions]
    for role, every_action in planned.items():
        role_actions = [a for a in every_action if a.id not in hidden]
        if not role_actions:
            continue
        blocks.append(Text(role.label, styles.subheading(size), keep_with_next=True))
        for action in role_actions:
            what = ActionText(
                action.what, what_style, keep_with_next=True, max_lines=max_lines, may_cut=True
            )
            what.action_id = action.id  # a list cut short names the roles it left off
            cut = cut or what.cut_short(width)
            blocks.append(what)
            for line in _links(content, action, setting.links):
                link = ActionText(
                    line,
                    detail,
                    keep_with_next=True,
                    max_lines=1 if max_lines else None,
                    may_cut=True,
                )
                link_cut = link_cut or link.cut_short(width)
                blocks.append(link)
            who = action.owner or "Owner to be agreed"
            when = f"By\xa0{whole_date(action.by_when)}" if action.by_when else NO_DATE
            blocks.append(ActionText(f"{who} · {when}", detail, keep_with_next=True))
            # On a line of its own, as in the report's "By when" column: "In progress" is
            # never parted across two lines.
            blocks.append(
                ActionText(
                    status_words(action, content.today),
                    strong if status_stands_out(action, content.today) else plain,
                )
            )
    if hidden:
        return [*blocks, _left_off_note(content, theme, styles, set(hidden))]
    notes = _action_notes(content, theme)
    left_out = _links_left_out(content, actions, setting.links, theme.theme.kind)
    if left_out:
        notes.insert(0, left_out)
    if link_cut:
        notes.insert(0, "Words cut short (…) are whole in the report.")
    elif cut:
        notes.insert(0, "Words cut short (…) are whole on the action poster and in the report.")
    return blocks + [Text(note, styles.note) for note in notes]


def _links(content: ExportContent, action: Action, links: int) -> list[str]:
    """The lines under an action saying what it answers, as many kinds as ``links``."""
    return content.answers(action, success=links == BOTH) if links else []


def _links_left_out(content: ExportContent, actions: list[Action], links: int,
                    kind: Kind) -> str:
    """Which links the poster has no room for, when an action has one: the report has them.
    Named as the lines are led in for the theme's ``kind`` (a hope's "In the way:")."""
    tackles = links < CAUSE and any(content.tackles(a) for a in actions)
    aims = links < BOTH and any(content.aims_at(a) for a in actions)
    # the lines' own words: "What each action tackles and aims at" sat above "Because: …"
    lines = [w for w, left in ((f"“{TACKLES[kind]}:”", tackles), ("“So people can say:”", aims))
             if left]
    if not lines:
        return ""
    return f"Each action's {' and '.join(lines)} {'are' if len(lines) > 1 else 'is'} in the report."


def _action_notes(content: ExportContent, theme: ThemeContent) -> list[str]:
    """What closes the actions column: how many dropped actions are not shown (or that there
    are no actions), and the day their status is as of."""
    planned = planned_actions(theme)
    dropped = theme.action_count - sum(len(a) for a in planned.values())
    notes = []
    if dropped:
        notes.append(_dropped_note(dropped, any_left=bool(planned)))
    elif not planned:
        notes.append(NO_ACTIONS_AGREED)
    if planned:
        notes.append(f"{content.status_as_of}.")
    return notes


def _dropped_note(dropped: int, *, any_left: bool) -> str:
    if not any_left:
        return (
            f"Every action agreed for this theme has been dropped "
            f"({count_phrase(dropped, 'action')}). The report lists them."
        )
    if dropped == 1:
        return "1 action that was dropped is not shown. The report lists it."
    return f"{dropped} actions that were dropped are not shown. The report lists them."
