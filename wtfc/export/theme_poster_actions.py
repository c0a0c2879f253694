"""A theme poster's "What we will do": the actions by role, each with the cause it tackles and
the success statement it aims at, its owner, date and status.

Every action is shown that can be. When they do not all fit, things give way least missed
first: the text gets smaller, down to 14 pt; the "Tackles" and "Aims at" lines go to one line
each, and an action pasted in from the minutes to 12 lines; then the "Aims at" lines go, then
the "Tackles" lines (the report has both, the A1 poster the cause); then an action's words are
cut shorter. Only then are actions left off, and the note names the roles whose actions are. A
dropped action is not something "we will do": it is left off and counted.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.platypus import Flowable

from wtfc.export.blocks import Column, height_of, largest_size
from wtfc.export.content import (
    NO_ACTIONS_AGREED,
    NO_DATE,
    ExportContent,
    ThemeContent,
    count_phrase,
    format_date,
    status_stands_out,
    status_words,
)
from wtfc.export.text import Text
from wtfc.export.theme_poster_styles import MIN_POINTS, SIZES, PosterStyles
from wtfc.model.workshop import Action, ActionStatus, Role

HEADING = "What we will do"
BOTH, CAUSE, NO_LINKS = 2, 1, 0  # the lines under each action: "Tackles" and "Aims at", …
LINES = (30, 20, 12, 9, 6, 4)  # an action's lines at most, tried largest first, when not all fit
LINKS_GO_BELOW = 12  # an action's words are cut to this many lines before its links go


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
    planned = _planned(theme)
    if not planned:
        column.place_all(_blocks(content, theme, styles, Setting(MIN_POINTS), column.width))
        return

    def fits(setting: Setting) -> bool:
        blocks = _blocks(content, theme, styles, setting, column.width)
        return height_of(blocks, column.width) <= column.room

    setting = Setting(largest_size(SIZES, lambda size: fits(Setting(size))))
    if not fits(setting):  # the first that fits, the last (actions left off) asked first
        least = AT_LEAST[-1]
        setting = next((s for s in AT_LEAST[1:] if fits(s)), least) if fits(least) else least
    blocks = _blocks(content, theme, styles, setting, column.width)
    total = sum(len(a) for a in planned.values())

    def more(left: int) -> Text:
        """The note that closes a list cut short, naming the roles whose actions are left off
        (a whole lane can be). The notes follow: the "as of" date goes with every "Overdue"
        shown. Asked first for every block left, the room place_all keeps for it, it is then
        as long as it can be."""
        if total == 1:
            said = (
                "This theme's action does not fit here whole: the action poster and the "
                "report have all its words."
            )
        else:
            hidden = {getattr(b, "action_id", "") for b in blocks[len(blocks) - left :]}
            said = (
                f"Not all of this theme's {total:,} actions fit here. "
                f"{_left_off(planned, hidden, longest=left == len(blocks))}"
                "The action poster and the report list every one."
            )
        return Text(" ".join([said, *_action_notes(content, theme)]), styles.note)

    column.place_all(blocks, overflow=more)


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


def _planned(theme: ThemeContent) -> dict[Role, list[Action]]:
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
) -> list[Flowable]:
    """Each role's actions, as ``setting`` says, then the notes (``width``: the column's, to
    say whether words are cut short)."""
    size, max_lines = setting.size, setting.lines
    blocks: list[Flowable] = []
    cut = link_cut = False  # the action poster has its words whole, not all its links
    what_style = styles.body(size, bullet="•")
    what_style.space_after = size * 0.1
    detail = styles.detail(size, indent=what_style.indent)
    detail.space_after = 0  # the status follows on its own line
    plain = styles.detail(size, indent=what_style.indent)
    strong = styles.detail(size, indent=what_style.indent, strong=True)
    planned = _planned(theme)
    actions = [a for role_actions in planned.values() for a in role_actions]
    for role, role_actions in planned.items():
        blocks.append(Text(role.label, styles.subheading(size), keep_with_next=True))
        for action in role_actions:
            what = Text(
                action.what, what_style, keep_with_next=True, max_lines=max_lines, may_cut=True
            )
            what.action_id = action.id  # a list cut short names the roles it left off
            cut = cut or what.cut_short(width)
            blocks.append(what)
            for line in _links(content, action, setting.links):
                link = Text(
                    line,
                    detail,
                    keep_with_next=True,
                    max_lines=1 if max_lines else None,
                    may_cut=True,
                )
                link_cut = link_cut or link.cut_short(width)
                blocks.append(link)
            who = action.owner or "Owner to be agreed"
            when = f"By {format_date(action.by_when)}" if action.by_when else NO_DATE
            blocks.append(Text(f"{who} · {when}", detail, keep_with_next=True))
            # On a line of its own, as in the report's "By when" column: "In progress" is
            # never parted across two lines.
            blocks.append(
                Text(
                    status_words(action, content.today),
                    strong if status_stands_out(action, content.today) else plain,
                )
            )
    notes = _action_notes(content, theme)
    left_out = _links_left_out(content, actions, setting.links)
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


def _links_left_out(content: ExportContent, actions: list[Action], links: int) -> str:
    """Which links the poster has no room for, when an action has one: the report has them."""
    tackles = links < CAUSE and any(content.tackles(a) for a in actions)
    aims = links < BOTH and any(content.aims_at(a) for a in actions)
    what = " and ".join(w for w, left in (("tackles", tackles), ("aims at", aims)) if left)
    return f"What each action {what} is in the report." if what else ""


def _action_notes(content: ExportContent, theme: ThemeContent) -> list[str]:
    """What closes the actions column: how many dropped actions are not shown (or that there
    are no actions), and the day their status is as of."""
    planned = _planned(theme)
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
