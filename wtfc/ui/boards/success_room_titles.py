"""The Identify success room view's headings: the subtitle under the theme's name, saying its
rank and whose work it is, and the heading of a page after the first."""

from __future__ import annotations

from wtfc.model.counting import rank_words
from wtfc.model.workshop import Theme
from wtfc.ui.boards.room_paint import HEADING_PX, text_height
from wtfc.ui.boards.success_causes import SMALL_WORDS

SUBTITLE = "What would success look like?"
TITLE_WORDS = 4  # a page after the first: fewer of the name's words do not say which theme


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
