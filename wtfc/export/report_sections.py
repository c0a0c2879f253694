"""The parts of the workshop report: the theme chapters, the priorities and the appendix.

Each function returns flowables for ``report.py`` to lay out on A4. Cards are always in the
people's own words, in full; held-back cards are never among them (see ``content.py``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer, Table, TableStyle

from wtfc.export import fonts as f
from wtfc.export.added_after import added_after_words
from wtfc.export.agreed_cells import agreed_when_and_status
from wtfc.export.content import (
    AGREED_MARK,
    NO_ACTIONS_AGREED,
    NO_CAUSE_MARKED,
    NO_SUCCESS_WRITTEN,
    SUCCESS_HEADING,
    ExportContent,
    ThemeContent,
    count_phrase,
    format_date,
)
from wtfc.export.continued import CarriedOn
from wtfc.export.look import (
    INK,
    MUTED,
    PAPER_TINT,
    RULE,
    KindLabel,
    kind_words,
)
from wtfc.export.look import style as make_style
from wtfc.export.paragraph import BidiParagraph
from wtfc.export.pdf import Bookmark
from wtfc.export.quote import quote
from wtfc.export.report_categories import by_category
from wtfc.export.report_flow import (
    CELL_LEADING,
    FillingContinuedTable,
    FillingTable,
    KeepsFirst,
    KeepWithStart,
)
from wtfc.export.report_people import breakdown_lines
from wtfc.export.team_words import recorded_teams, report_line
from wtfc.model.agreed_words import HEARD_AT_CHECK, changed_words
from wtfc.model.cause_kind_words import cause_words
from wtfc.model.theme_counts import cards_from_people
from wtfc.model.unnamed_themes import shown_theme_name
from wtfc.model.workshop import Action, ActionStatus, Card, Kind

PAGE = A4
NO_ACTIONS_YET = "None yet"  # a priority's actions, in the priorities table
MARGIN = 56.0
TEXT_WIDTH = PAGE[0] - 2 * MARGIN
CELL_PADDING = 4  # a table cell's, left and right
ROW_RULE = 1.0  # points: the RULE between table rows, which a laser printer keeps whole
DEEPEST_INDENT = 8  # why-tree levels indented; deeper ones are numbered (a third of the width)
FIRST_CARDS = 3  # a theme's title goes over the page with this many of its cards (or two)
AGREEMENTS = "How we agreed to work and decide"  # its heading on the title page, as on Prepare


class Styles:
    """The report's type: 12 pt body in Atkinson Hyperlegible, headings in its bold."""

    def __init__(self) -> None:
        self.h1 = make_style("h1", 24, bold=True, leading=30, space_after=10)
        self.h2 = make_style("h2", 18, bold=True, leading=23, space_before=6, space_after=4)
        self.h3 = make_style("h3", 14, bold=True, leading=18, space_before=10, space_after=4)
        self.body = make_style("body", 12, leading=16, space_after=6)
        self.muted = make_style("muted", 11, leading=15, colour=MUTED, space_after=6)
        # Tables at the body's 12 pt (were 10.5): the action tables are most of a report, and
        # an owner it names may be the chair of an older people's association.
        self.cell = make_style("cell", 12, leading=CELL_LEADING)
        self.cell_bold = make_style("cellb", 12, bold=True, leading=CELL_LEADING)
        self.cell_muted = make_style("cellm", 12, leading=CELL_LEADING, colour=MUTED)  # "None"
        self.continued = make_style("cont", 12, bold=True, leading=CELL_LEADING, space_after=6)
        self.quote = ParagraphStyle("quote", parent=self.body, leftIndent=14, firstLineIndent=0,
                                    spaceAfter=5, borderPadding=(2, 0, 2, 8))
        self.bullet = ParagraphStyle("bullet", parent=self.body, leftIndent=14,
                                     firstLineIndent=-10, spaceAfter=3)
        # Made once, not once per card or cause: a big report has 10,000 cards.
        self.quote_of = {kind: ParagraphStyle(f"q{kind}", parent=self.quote, borderColor=None,
                                              leftIndent=14) for kind in Kind}
        self._why: dict[float, ParagraphStyle] = {}

    def why(self, indent: float) -> ParagraphStyle:
        """A why-tree line's style, indented by its depth."""
        if indent not in self._why:
            self._why[indent] = ParagraphStyle(f"why{indent}", parent=self.bullet,
                                               leftIndent=indent)
        return self._why[indent]


def p(text: str, style: ParagraphStyle) -> BidiParagraph:
    return BidiParagraph(f.markup(text), style)


def heading(text: str, style: ParagraphStyle, key: str, level: int) -> list[Flowable]:
    """A heading that is also a bookmark in the PDF outline."""
    return [Bookmark(key, text, level), p(text, style)]


def quotes(cards: list[Card], s: Styles) -> list[Flowable]:
    """Cards as quotations, each with a kind-coloured bar to its left."""
    return [quote(f"“{f.markup(card.text)}”", s.quote_of[card.kind], card.kind)
            for card in cards]


def priorities_table(themes: list[ThemeContent], s: Styles) -> Table:
    rows: list[list] = [[p(h, s.cell_bold) for h in ("Rank", "Theme", "People", "Votes",
                                                     "Why it was chosen", "Actions")]]
    counts = [_action_count(t, s) for t in themes]
    for t, (count, style) in zip(themes, counts, strict=True):
        pr = t.theme.priority
        name = shown_theme_name(t.theme.name)  # as the chart and the chapter name it
        # the kind under the name, not in a column of its own: the People column took its
        # room, and a reason squeezed to three words a line ran a row to a dozen lines
        theme = [p(f"“{name}”", s.cell_bold), p(kind_words(t.theme.kind), s.cell)]
        rows.append([p(str(pr.rank or "–"), s.cell), theme, _people(t, s),
                     p(f"{pr.votes:,}", s.cell),
                     p(pr.reason, s.cell) if pr.reason.strip()
                     else p("Not recorded", s.cell_muted), p(count, style)])
    # "5 (1 dropped)" on one line, never "5 (1" over "dropped)": the Actions column is as wide
    # as its widest count, taken from the reasons beside it (a reason wraps anyway).
    widest = max((stringWidth(count, style.fontName, style.fontSize) for count, style in counts),
                 default=0.0)
    actions = min(max(0.12, (widest + 2 * CELL_PADDING + 1) / TEXT_WIDTH), 0.23)  # 12 pt counts
    # Rank, People and Votes as wide as their 12 pt headings, which were broken "Ran / k"
    # People as wide as "Not recorded" and "not shown" (12 pt), which overran at 0.1
    return grid(rows, [0.08, 0.27, 0.13, 0.09, 0.43 - actions, actions])


def _people(theme: ThemeContent, s: Styles) -> Flowable | list[Flowable]:
    """How many people the theme comes from, as the chart, the room and the feedback sheet
    count it (every card, held back or not: ``theme_counts``): never "None" beside cards
    someone said. "at least 3" where some cards have no person recorded (they may be someone
    else's), and under it how many cards' words are not shown, as the board says it."""
    counts = theme.counts
    if not counts.cards:
        return p("None", s.cell_muted)  # a priority whose cards were all deleted
    if not counts.people:
        said = p("Not recorded", s.cell_muted)
    else:
        said = p(f"{'at least ' if counts.unrecorded else ''}{counts.people:,}", s.cell)
    if not counts.not_shown:
        return said
    return [said, p(f"{count_phrase(counts.not_shown, 'card')} not shown", s.cell_muted)]


def _action_count(theme: ThemeContent, s: Styles) -> tuple[str, ParagraphStyle]:
    """How many actions a priority has, dropped ones counted and named ("5 (1 dropped)"), so
    the column adds up to the cover's total, as the data export's Themes sheet counts them;
    and its style. A priority with none yet, or only dropped ones, is said in
    bold: the room chose it, so a reader should see at once that nothing is planned for it."""
    total = theme.action_count
    dropped = sum(a.status == ActionStatus.DROPPED for r in theme.actions.values() for a in r)
    if not total:
        return NO_ACTIONS_YET, s.cell_bold
    if dropped == total:
        return (f"{total:,} (all dropped)" if total > 1 else "1 (dropped)"), s.cell_bold
    return (f"{total:,} ({dropped:,} dropped)" if dropped else f"{total:,}"), s.cell


def theme_chapter(content: ExportContent, theme: ThemeContent, number: int, s: Styles, *,
                  over: Sequence[Flowable] = (), level: int = 1) -> list[Flowable]:
    """``over``: lines kept above its title (what its kind is for); ``level``: its outline's."""
    t = theme.theme
    name = shown_theme_name(t.name)
    facts = [cards_from_people(theme.counts)]  # held back too, as the room counted them
    if t.priority.chosen:
        facts.insert(0, f"Priority {t.priority.rank}" if t.priority.rank else "Priority")
        if t.priority.votes:
            facts.append(count_phrase(t.priority.votes, "vote"))
    head: list[Flowable] = [
        *over, Bookmark(f"theme{number}", name, level),
        KindLabel(t.kind, 12, text=f"{kind_words(t.kind)}  ·  {'  ·  '.join(facts)}"),
        BidiParagraph(f"“{f.markup(name)}”", s.h2)]
    if t.priority.reason:
        head.append(p(f"Why it was chosen: {t.priority.reason}", s.muted))
    # a priority's people by locality and service: is it one area's, or one service's?
    head += [p(line, s.muted) for line in breakdown_lines(content, theme)]
    # a theme whose cards were all deleted (a person withdrew) holds none: "that can be shown"
    # would read as cards held back, as the poster found
    cards = quotes(theme.cards, s) or [p("This theme has no cards that can be shown."
                                         if theme.held_back else "This theme holds no cards.",
                                         s.muted)]
    # The title with its first few cards; a page the theme carries on to names it at its top.
    carried = [p(f"“{name}” (continued)", s.continued)]
    # two at a page's foot that three would leave part-empty (the demo's page 11, 30%)
    out = [KeepsFirst([*head, *cards[:FIRST_CARDS]], len(head) + 2, [CarriedOn(carried)]),
           *cards[FIRST_CARDS:]]
    if theme.held_back:
        out.append(p(content.held_back_note(theme.held_back, where="of this theme"), s.muted))
    for comment in t.comments:
        # whose words they are, as the wall's tooltip says: "Comment:" left the reader guessing
        out.append(p(f"The room said: {comment}", s.muted))
    why = cause_words(t.kind)  # "Why it happens", or a hope's "What stands in the way" (R3 R1)
    if theme.causes:
        # its heading with two causes at least (or the first lines of a long second one), so
        # no page ends with the heading over a lone "• Why? …" (page 10 of the demo did)
        tree = _why_tree(theme, s)
        out += [KeepWithStart([p(why.heading, s.h3), *tree[:2]]), *tree[2:]]
        out += by_category(theme, s.h3, s.cell_bold, s.bullet, carried)  # the fishbone's bones
        out += _teams(content, theme, s)
        if not theme.agreed_causes and not theme.root_causes:  # as the poster says
            out.append(p(NO_CAUSE_MARKED, s.muted))
    elif t.priority.chosen:  # a priority with no why-tree yet: as its poster says
        out.append(KeepTogether([p(why.heading, s.h3), p(NO_CAUSE_MARKED, s.muted)]))
        out += _teams(content, theme, s)  # its team named before the first cause (Theme.team)
    heading = [p(SUCCESS_HEADING, s.h3)]
    if not theme.success and t.priority.chosen:  # as its poster says
        out.append(KeepTogether([*heading, p(NO_SUCCESS_WRITTEN, s.muted)]))
    for perspective, statements in theme.success.items():
        heading.append(p(perspective.label, s.cell_bold))
        out += with_first(heading, [BidiParagraph(f"“{f.markup(x.text)}”", s.bullet)
                                    for x in statements])
        heading = []
    if theme.actions:
        heading = [p("What we will do", s.h3), p(f"{content.status_as_of}.", s.muted)]
        table = action_table(content, theme, s)
        out += [CondPageBreak(start_height(heading, table, s)), *heading,
                CarriedOn([p(f"Actions for “{name}” (continued)", s.cell_bold)]), table]
    elif t.priority.chosen:  # as the posters say: a priority with nothing agreed for it yet
        out.append(KeepTogether([p("What we will do", s.h3), p(NO_ACTIONS_AGREED, s.muted)]))
    return [*out, CarriedOn([]), Spacer(1, 18)]


def with_first(heading: list[Flowable], items: list[Flowable]) -> list[Flowable]:
    """A heading (and any label under it) kept on one page with the first of its items,
    so no page ends with a heading whose words are over the page."""
    return [KeepTogether([*heading, *items[:1]]), *items[1:]]


def start_height(heading: list[Flowable], table: Table, s: Styles) -> float:
    """The room a heading needs at the foot of a page to stay there: its own height, the
    table's column headings and its first row (up to five lines of it, or its owner and date
    whole, which a split never cuts: a longer row is split across the pages anyway)."""
    height = sum(x.wrap(TEXT_WIDTH, PAGE[1])[1] + x.getSpaceBefore() + x.getSpaceAfter()
                 for x in heading)
    table.wrap(TEXT_WIDTH, PAGE[1])
    header, first = table._rowHeights[:2]
    least = getattr(table, "least_first", lambda: 0.0)()
    return height + header + min(first, max(5 * s.cell.leading + 9, least))


def _why_tree(theme: ThemeContent, s: Styles) -> list[Flowable]:
    out: list[Flowable] = []
    lead = f.markup(cause_words(theme.theme.kind).lead)  # "Why?", a hope's "In the way:"
    for cause in theme.causes:
        depth = theme.depth[cause.id]
        # Deeper than the page can indent, a cause says its level in words instead: else
        # its text is squeezed to a letter a line and, deeper still, is lost.
        indent = 14 + 16 * min(depth, DEEPEST_INDENT)
        level = f"Level {depth + 1} · " if depth >= DEEPEST_INDENT else ""
        # the why-tree's words (a screen reader hears "(root cause, we will act on this)"),
        # as the poster heads its list of these causes "We will act on these"
        marks = [m for m, on in (("root cause", cause.root_cause),
                                 (AGREED_MARK, cause.agreed)) if on]
        tail = f" <b>({f.markup(', '.join(marks))})</b>" if marks else ""
        team = f" <font color='#4A4A4A'>— {f.markup(cause.team)}</font>" if cause.team else ""
        out.append(BidiParagraph(f"•&nbsp;{level}{lead} {f.markup(cause.text)}{tail}{team}",
                                   s.why(indent)))
    return out


def _teams(content: ExportContent, theme: ThemeContent, s: Styles) -> list[Flowable]:
    """After the why-tree, each team that worked on it and has a record: who was in it, by
    role, and what it found ("Team A (2 older people, 1 commissioner): …")."""
    out: list[Flowable] = []
    for team in recorded_teams(content.workshop, theme.theme.id):
        line = report_line(team, head=lambda head: f"<b>{f.markup(head)}</b>", words=f.markup)
        out.append(BidiParagraph(line, s.body))
    return with_first([p("The teams", s.h3)], out) if out else []  # a heading as its neighbours'


def action_table(content: ExportContent, theme: ThemeContent, s: Styles, *,
                 what: Callable[[ExportContent, Action, Styles], Flowable] | None = None,
                 ) -> Table:
    """A theme's actions by role; ``what`` makes the second cell (the chapter's, whole,
    unless given: "What was agreed" gives its short one)."""
    what = what or _what
    rows = [[p(h, s.cell_bold) for h in ("Who", "What we will do", "Owner", "By when")]]
    groups: list[str] = []  # each row's role: a page that starts mid-role says whose it is
    for role, actions in theme.actions.items():
        for i, action in enumerate(actions):
            rows.append([p(role.label if i == 0 else "", s.cell_bold),
                         what(content, action, s), p(action.owner or "To be agreed", s.cell),
                         BidiParagraph(agreed_when_and_status(content, action), s.cell)])
            groups.append(role.label)
    # At 12 pt By when holds a status kept whole ("In progress", a late "not started" in bold)
    # and Owner "Commissioning,", which were broken "In progres / s", "Commi / ssioning,"
    table = grid(rows, [0.2, 0.44, 0.2, 0.16], kind=FillingContinuedTable)
    table.groups = groups
    table.heading = lambda: []  # the page it carries on to says whose actions (``theme_chapter``)
    table.label = lambda role: p(f"{role} (continued)", s.cell_bold)
    return table


def _what(content: ExportContent, action: Action, s: Styles) -> BidiParagraph:
    text = f.markup(action.what)
    if changed := changed_words(action):  # reworded since the day: the room's words too
        text += f"<br/><font color='#4A4A4A'>{f.markup(changed)}</font>"
    if added := added_after_words(action, content.workshop):  # not the room's own
        text += f"<br/><font color='#4A4A4A'>{f.markup(added)}</font>"
    for line in content.answers(action):  # the cause and success statement it answers
        text += f"<br/><font color='#4A4A4A'>{f.markup(line)}</font>"
    if action.first_step:
        text += f"<br/><font color='#4A4A4A'>First step: {f.markup(action.first_step)}</font>"
    if action.how_we_know:
        text += (f"<br/><font color='#4A4A4A'>How we will know: "
                 f"{f.markup(action.how_we_know)}</font>")
    if heard := action.heard_at_check.strip():  # what people told us when it was checked
        text += (f"<br/><font color='#4A4A4A'>{HEARD_AT_CHECK}: "
                 f"{f.markup(heard)}</font>")
    if action.resources:  # what it needs, and who else must be brought in
        text += (f"<br/><font color='#4A4A4A'>Resources and who else is needed: "
                 f"{f.markup(action.resources)}</font>")
    if action.progress_note:  # what the Act stage heard when it last checked
        checked = f" ({f.markup(format_date(action.checked_on))})" if action.checked_on else ""
        text += (f"<br/><font color='#4A4A4A'>So far{checked}: "
                 f"{f.markup(action.progress_note)}</font>")
    return BidiParagraph(text, s.cell)


def unsorted_appendix(content: ExportContent, s: Styles) -> list[Flowable]:
    """The cards not yet in a theme (the wall's words, as the cover and "Since last time"
    say them), under their kinds; ``report.py`` leaves it out when there are none."""
    out: list[Flowable] = heading("Appendix: cards not yet in a theme", s.h1, "appendix", 0)
    cards = content.unsorted_cards
    out.append(p(f"{count_phrase(len(cards), 'card')} {'is' if len(cards) == 1 else 'are'} "
                 f"not yet in a theme. "
                 f"{'It is' if len(cards) == 1 else 'They are'} here so that nobody's words are "
                 f"lost.", s.body))
    for kind in (Kind.NOT_WORKING, Kind.WORKING, Kind.FUTURE):
        of_kind = [c for c in cards if c.kind == kind]
        if of_kind:
            label = KindLabel(kind, 13, text=f"{kind_words(kind)} ({len(of_kind)})")
            said = quotes(of_kind, s)
            # never one card alone under "… (continued)": the last two go over together, and
            # a fourth card stays with the first three
            first = FIRST_CARDS + 1 if len(said) == FIRST_CARDS + 1 else FIRST_CARDS
            rest = said[first:]
            last = [KeepTogether(rest[-2:])] if len(rest) >= 2 else rest
            out += [KeepTogether([Spacer(1, 6), label, *said[:first]]),
                    CarriedOn([KindLabel(kind, 13, text=f"{kind_words(kind)} (continued)")]),
                    *rest[:-2], *last, CarriedOn([])]
    return out


def grid(rows: list[list[Flowable]], fractions: list[float], *,
          kind: type[Table] = FillingTable) -> Table:
    # splitInRow: a row of long text (a reason or an action may be 4,000 characters) carries
    # on to the next page instead of stopping the report.
    table = kind(rows, colWidths=[TEXT_WIDTH * x for x in fractions], repeatRows=1,
                 splitInRow=1)
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), f.REGULAR),  # tables otherwise name Helvetica
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, 0), PAPER_TINT),
        ("LINEBELOW", (0, 0), (-1, 0), 1.2, INK),
        ("LINEBELOW", (0, 1), (-1, -1), ROW_RULE, RULE),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
    ]))
    return table
