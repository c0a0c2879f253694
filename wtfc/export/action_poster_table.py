"""The A1 action poster's table of one theme's actions: who, what (with the cause it tackles
muted below), the owner, and by when with the status.

The cause is given whole where the sheet holds it; cut to one line ("Because: Bills are
written in council…") only where whole causes would take a smaller size or another sheet
(``action_poster.action_poster_pdf`` decides, with ``causes_cut``): the demo's thirteen
actions need the cut, a plan of six does not.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, TableStyle

from wtfc.export import fonts as f
from wtfc.export.added_after import added_after_words
from wtfc.export.agreed_cells import agreed_when_and_status
from wtfc.export.content import ExportContent, ThemeContent
from wtfc.export.continued import ContinuedTable
from wtfc.export.look import INK, KIND_TINTS, MUTED, PAPER_TINT, RULE, style
from wtfc.export.paragraph import BidiParagraph
from wtfc.export.text import Text, TextStyle
from wtfc.model.agreed_words import changed_words
from wtfc.model.link_words import late_status
from wtfc.model.workshop import Action, ActionStatus, Role

# Points on A1: 1 pt printed on A3 (the poster at half size), 0.7 pt even on A4, where the
# 0.75 pt it was came out a 2–3-dot line of grey that printed dotted or not at all.
ROW_RULE = 2.0
ROLE_RULE = 3.0  # over a new role: heavier than the rows' rule as well as darker
CACHED = 7  # the poster's sizes tried (``action_poster.SIZES``)
_PARTS = re.compile(r"[^-]*-|[^-]+")  # a word's parts, each up to a hyphen it ends with


def para(text: str, paragraph_style: ParagraphStyle) -> BidiParagraph:
    return BidiParagraph(f.markup(text), paragraph_style)


@functools.lru_cache(maxsize=CACHED)  # asked for every theme at every size tried
def cell_styles(size: float) -> tuple[ParagraphStyle, ParagraphStyle, ParagraphStyle]:
    cell = style(f"cell{size}", size, leading=size * 1.25)
    bold = style(f"cellb{size}", size, bold=True, leading=size * 1.25)
    return cell, bold, ParagraphStyle(f"cellm{size}", parent=cell, textColor=MUTED)


def action_rows(content: ExportContent, theme: ThemeContent, size: float, *,
                whole: bool) -> tuple[list[list[Flowable]], list[str]]:
    """The header and a row per action, and the role (group) of each action's row; with
    ``whole``, each cause tackled in full, else in one line."""
    cell, bold, muted = cell_styles(size)
    rows: list[list[Flowable]] = [[para(h, bold) for h in
                                   ("Who", "What we will do", "Owner", "By when")]]
    groups: list[str] = []
    for role, actions in theme.actions.items():
        for i, action in enumerate(actions):
            rows.append([para(role.label if i == 0 else "", bold),
                         _what(content, action, size, whole=whole),
                         para(action.owner or "To be agreed",
                              _owner_style(size) if action.owner else muted),
                         BidiParagraph(agreed_when_and_status(content, action, long=False),
                                       cell)])
            groups.append(role.label)
    return rows, groups


def _what(content: ExportContent, action: Action, size: float, *,
          whole: bool) -> Flowable | list[Flowable]:
    """The action's words and, muted below them, the cause it tackles. The report and the
    theme poster give the success statement the action aims at too."""
    cell, _, _ = cell_styles(size)
    words = para(action.what, cell)
    # reworded since the day: the room's own words too, whole, as Act says it (A3 R2)
    changed = [Text(said, _tackles_style(size)) for said in [changed_words(action)] if said]
    # typed in weeks after the day: not the room's own (``added_after``)
    changed += [Text(said, _tackles_style(size))
                for said in [added_after_words(action, content.workshop)] if said]
    tackles = content.answers(action, success=False)
    tackled = [Text(line, _tackles_style(size), max_lines=None if whole else 1)
               for line in tackles[:1]]
    return [words, *changed, *tackled] if changed or tackled else words


def causes_cut(content: ExportContent, themes: list[ThemeContent], size: float,
               width: float) -> bool:
    """Whether any cause tackled takes more than the one line it is cut to at ``size`` on a
    sheet ``width`` wide: only then is a layout with whole causes worth measuring."""
    pad = size * 0.35
    room = _widths(size, width, owner_parts(content))[1] - 2 * pad
    return any(Text(line, _tackles_style(size), max_lines=1).cut_short(room)
               for theme in themes for actions in theme.actions.values()
               for action in actions for line in content.answers(action, success=False)[:1])


@functools.lru_cache(maxsize=CACHED)
def _tackles_style(size: float) -> TextStyle:
    return TextStyle(size, leading=size * 1.25, colour=MUTED)


@functools.lru_cache(maxsize=CACHED)
def _owner_style(size: float) -> ParagraphStyle:
    """An owner's name breaks between words or after a hyphen ("Adebayo-" / "Okonkwo"), where
    reportlab filled the line and cut the rest mid-word ("Ad" / "ebayo-Okonkw" / "o")."""
    cell, _, _ = cell_styles(size)
    return ParagraphStyle(f"owner{size}", parent=cell, embeddedHyphenation=2)


def owner_parts(content: ExportContent) -> tuple[str, ...]:
    """Every owner's words, each parted after its hyphens: the Owner column is widened to the
    widest, the same for every theme's table so they line up."""
    return tuple(sorted({part for action in content.workshop.actions
                         for word in action.owner.split() for part in _PARTS.findall(word)}))


def _widths(size: float, width: float, owners: tuple[str, ...]) -> list[float]:
    pad = size * 0.35
    who, when = _who_width(size, width, pad), _when_width(size, width, pad)
    owner = _owner_width(size, width, pad, owners, room=width * 0.60 - who - when)
    return [who, width - who - owner - when, owner, when]


def action_table(theme: ThemeContent, rows: list[list[Flowable]], groups: list[str],
                 size: float, width: float, heading: Callable[[], list[Flowable]], *,
                 owners: tuple[str, ...] = ()) -> ContinuedTable:
    """The table; ``heading`` makes what stands above it on a sheet that carries it on;
    ``owners``: ``owner_parts``, which the Owner column holds whole."""
    pad = size * 0.35
    table = ContinuedTable(rows, colWidths=_widths(size, width, owners), repeatRows=1,
                           splitInRow=1)
    _, bold, _ = cell_styles(size)
    table.groups = groups
    table.heading = heading
    table.label = lambda role: para(f"{role} (continued)", bold)
    commands = [
        ("FONTNAME", (0, 0), (-1, -1), f.REGULAR),  # tables otherwise name Helvetica
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), pad), ("RIGHTPADDING", (0, 0), (-1, -1), pad),
        ("TOPPADDING", (0, 0), (-1, -1), pad), ("BOTTOMPADDING", (0, 0), (-1, -1), pad),
        ("BACKGROUND", (0, 0), (-1, 0), KIND_TINTS[theme.theme.kind]),
        ("LINEBELOW", (0, 0), (-1, 0), 2, INK),
        ("LINEBELOW", (0, 1), (-1, -1), ROW_RULE, RULE),
    ]
    starts = [i + 1 for i, g in enumerate(groups) if i == 0 or groups[i - 1] != g]
    for start in starts[1:]:
        commands.append(("LINEABOVE", (0, start), (-1, start), ROLE_RULE, MUTED))
    for i, start in enumerate(starts):
        if i % 2:
            end = starts[i + 1] - 1 if i + 1 < len(starts) else len(rows) - 1
            commands.append(("BACKGROUND", (0, start), (-1, end), PAPER_TINT))
    table.setStyle(TableStyle(commands))
    return table


@functools.lru_cache(maxsize=CACHED)
def _who_width(size: float, width: float, pad: float) -> float:
    """The "Who" column: its share of the sheet, widened (from "What we will do") so the
    longest word of any role's name fits whole at this size; reportlab would otherwise split
    it mid-word ("Commission" / "ers"). The same for every theme, so the tables line up."""
    f.fonts()
    widest = max(stringWidth(word, f.BOLD, size) for role in Role for word in role.label.split())
    return min(max(width * 0.18, widest + 2 * pad + size * 0.2), width * 0.3)


@functools.lru_cache(maxsize=CACHED)
def _when_width(size: float, width: float, pad: float) -> float:
    """The "By when" column: its share, widened (from "What we will do") so each status's
    unbroken words ("In progress", "not started", ``look.kept_together``) and the longest
    month's name fit on one line in bold; at 40 pt they split mid-word ("In progres" / "s")."""
    f.fonts()
    kept = [late_status(status).rpartition(": ")[2] for status in ActionStatus]
    kept += [status.label for status in ActionStatus] + ["Late:", "September"]
    widest = max(stringWidth(words, f.BOLD, size) for words in kept)
    return min(max(width * 0.15, widest + 2 * pad + size * 0.2), width * 0.25)


@functools.lru_cache(maxsize=CACHED)
def _owner_width(size: float, width: float, pad: float, owners: tuple[str, ...], *,
                 room: float) -> float:
    """The "Owner" column: its fifth of the sheet, widened (from "What we will do", which
    keeps ``room`` at most, 40% of the sheet) so the widest part of an owner's name fits
    whole: at 40 pt "Commissioning," was cut "Commi" / "ssioning,"."""
    f.fonts()
    widest = max((stringWidth(part, f.REGULAR, size) for part in owners), default=0.0)
    return max(width * 0.20, min(widest + 2 * pad + size * 0.2, width * 0.28, room))
