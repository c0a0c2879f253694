"""The Identify success room view's headings: the subtitle under the theme's name, saying its
rank and whose work it is, where the kind's badge goes beside them, and the heading of a page
after the first."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetricsF, QTextLayout, QTextOption

from wtfc.export.isolates import FSI, PDI
from wtfc.export.team_heading import short_teams, teams_heading
from wtfc.model.counting import rank_words
from wtfc.model.workshop import Theme
from wtfc.ui.boards.room_paint import HEADING_PX, SMALL_PX, text_height
from wtfc.ui.boards.success_causes import SMALL_WORDS
from wtfc.ui.style import pixel_font

SUBTITLE = "What would success look like?"
TITLE_WORDS = 4  # a page after the first: fewer of the name's words do not say which theme
TITLE_LINES = 4  # a long theme name whole across an 800x600 projector
BADGE, SHORT_BADGE = 260.0, 64.0  # the kind's badge; its symbol alone (as the priorities')
BADGE_GAP = 24.0  # between the words and the badge


def subtitle(theme: Theme, team: str = "") -> str:
    """ "Priority 1 · What would success look like?", the rank as the room's why-tree and plan
    say it; the question alone for a theme that is not (or no longer) a ranked priority. Then
    ``team``, whose work it is, as the why-tree's room view says it ("· Team: Team C"): the
    team that found the causes says what success would look like."""
    ranked = theme.priority.chosen and theme.priority.rank
    said = f"{rank_words(theme.priority.rank)} · {SUBTITLE}" if ranked else SUBTITLE
    return f"{said} · {team}" if team else said


def continued_title(name: str, wide: float) -> str:
    """A page after the first: the theme in one heading line, cut at a whole word, and
    "(continued)" (three lines of name, the subtitle and the agreed causes on every page left
    2-3 statements a page at 1024x768; page 1 has them whole). Two lines where one would keep
    fewer than ``TITLE_WORDS`` of the name ("I am not… (continued)" at 800x600)."""
    words = name.split()
    for lines in (1, 2):
        for kept in range(len(words), 0, -1):
            said = words[:kept]
            while 1 < len(said) < len(words) and said[-1].lower() in SMALL_WORDS:
                said = said[:-1]  # "I am not treated…", not "… treated with…"
            line = " ".join(said).rstrip(",;:–-") + ("" if kept == len(words) else "…")
            line += " (continued)"
            if text_height(line, wide - 120, HEADING_PX, bold=True) \
                    <= lines * text_height("Ag", wide - 120, HEADING_PX, bold=True) + 1:
                if len(said) >= min(TITLE_WORDS, len(words)) or lines == 2:
                    return line
                break
    return "(continued)"


def cut_line(line: str, room: float, px: int = SMALL_PX) -> str:
    """``line`` on one line ``room`` wide: cut after a whole word with "…" where it is longer
    (by letters where its first word is); a name's isolating mark closed after the cut."""
    metrics = QFontMetricsF(pixel_font(px))
    if metrics.horizontalAdvance(line) <= room:
        return line
    words = line.split(" ")
    cut = ""
    while len(words) > 1:
        words.pop()
        cut = " ".join(words).rstrip(",;:–-") + "…"
        if metrics.horizontalAdvance(cut) <= room:
            break
    else:
        cut = metrics.elidedText(line, Qt.TextElideMode.ElideRight, room)
    return cut + PDI * max(0, cut.count(FSI) - cut.count(PDI))


def badge_by_title(title: str, wide: float) -> float | None:
    """The middle's y of the kind's badge beside the theme's name's last line, where that line
    leaves the whole badge room (a short name, or a long one's short last line); else None."""
    layout = QTextLayout(title, pixel_font(HEADING_PX, bold=True))
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)  # as ``draw_heading`` wraps it
    layout.setTextOption(option)
    layout.beginLayout()
    lines: list[tuple[float, float, float]] = []
    while (line := layout.createLine()).isValid():
        line.setLineWidth(wide - 120)
        top = sum(height for *_, height in lines)
        lines.append((line.naturalTextWidth(), top, line.height()))
    layout.endLayout()
    if not lines or len(lines) > TITLE_LINES:  # (cut short: its end is not where measured)
        return None
    width, top, height = lines[-1]
    return 34 + top + height / 2 if 60 + width + BADGE_GAP <= wide - 60 - BADGE else None


def beside_badge(line: str, wide: float, badge: float = BADGE) -> bool:
    """Whether ``line`` of the subtitle leaves the whole badge (or ``badge`` px) room."""
    return 60 + _advance(line) + BADGE_GAP <= wide - 60 - badge


def team_subtitle(theme: Theme, names: Sequence[str], wide: float) -> str:
    """The subtitle with whose work it is (``names``: the teams): the team on a line of its
    own where, beside the question, it would leave the kind's badge its symbol alone ("Team:
    Team B" at 1024x768 left "✗", no word) and the name's last line has no room for the
    badge either; on that line cut short ("…") where it would wrap onto more (a 74-letter
    name took an 800x600 projector a page more)."""
    team = teams_heading(names)
    said = subtitle(theme, team)
    by_title = badge_by_title(theme.name, wide) is not None
    room = wide - 120 if by_title else wide - 120 - BADGE - BADGE_GAP  # the team's line
    if not team or beside_badge(said, wide) or (by_title and _advance(said) <= room):
        return said
    if _advance(team) > room:  # (of several, each name cut: "+ 1 more" kept)
        team = cut_line(team if len(names) == 1 else short_teams(names), room)
    return f"{subtitle(theme)}\n{team}"


def _advance(text: str, px: int = SMALL_PX) -> float:
    return QFontMetricsF(pixel_font(px)).horizontalAdvance(text)
