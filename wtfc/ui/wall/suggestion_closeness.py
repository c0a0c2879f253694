"""Is a suggestion close to a theme the facilitator already has? Suggesting again after some
themes were made by hand offered "I am lonely" beside the theme "I feel lonely and isolated",
and accepting made a second loneliness theme. A suggestion close to a theme of its kind is
shown so, with "Add to that theme" beside "Make a new theme".

The list is ranked on a worker (at 2,000 cards ``rank_themes`` took about 35 ms a suggestion;
all at once, ``closest_themes``, well under a second): once the suggestions arrive, and again
after an edit changes the themes (accepting one suggestion can make a theme another is close
to).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject

from wtfc.model.document import Document
from wtfc.model.workshop import Kind
from wtfc.ui.background import BackgroundTask

if TYPE_CHECKING:
    from wtfc.ui.wall.suggested_themes import SuggestedThemesPage
    from wtfc.ui.wall.suggestion_state import ShownSuggestion

# A suggestion's cards read together against a theme's cards (rank_themes' cosine), decided by
# how far the best theme stands above the next. One bar of 0.65 almost never fired for the same
# topic (two day-centre cards scored 0.58 against the day-centre theme, the next 0.15: the room
# made a second day-centre theme) and still told mixed pairs of a theme. Measured on review
# 36's 55 social-care cards (tests/ui/wall/data), themes made of half of each topic's cards and
# pairs of the rest: at 0.65, 11 of 48 same-topic pairs were told their theme, 2 a wrong one,
# and 14 of 84 mixed pairs a theme; by this rule 15, 1 and 2. With only some topics themed (each
# choice of them), pairs told their own theme 704 → 1,208 of 3,072, a wrong one 64 → 32; pairs
# of a topic with no theme told one 96 → 212 of 3,024 (NEAR 0.45 made that 288). On the demo's
# themes, wrong or false: 16 → 8; its shipped lists are told as before. A score of 0.70 is sure
# with a smaller lead: the demo's ★ Future suggestion of garden, day-centre and outing cards
# scores 0.72 against "I want to get out…", 0.60 against "stay in my own home". With one theme
# there is no next best: a higher bar (at 0.55 the demo's mixed pairs were told their theme).
NEAR, LEAD = 0.55, 0.20  # close: at least NEAR, and LEAD above the next theme
SURE, SURE_LEAD = 0.70, 0.10
ALONE = 0.60  # the bar when the workshop has one theme of the kind

Themes = dict[str, list[str]]  # theme id -> the words of its cards


def theme_texts(doc: Document, kind: Kind) -> Themes:
    """The themes of ``kind`` as ranking reads them: their cards (not held back), the name
    only while a theme has none. The name's frame outweighed a card or two: "I never know when
    they will come" over "late calls" drew "I didn't know I could have a direct payment…"."""
    themes = {}
    for theme in doc.workshop.themes:
        if theme.kind == kind:
            texts = [doc.card(c).text for c in theme.card_ids if not doc.card(c).held_back]
            themes[theme.id] = texts or [theme.name]
    return themes


def closest_themes(groups: list[list[str]], themes: Themes) -> list[str | None]:
    """For each group of card texts, the theme it is close to, or None. On a worker: the
    clustering is imported here, never at start-up.

    The score is ``rank_themes``' (the group's words read as one card, against the centre of
    each theme's cards), worked out for every group at once: ``rank_themes`` reads every theme
    again for each group, 25 suggestions by 19 themes making 475 small readings, which took
    15 s on a busy two-core machine. Here the themes are read once, and the groups once.
    """
    import numpy as np

    from wtfc.clustering.static_embedding import default_embedder

    if not groups or not themes:
        return [None] * len(groups)
    embedder = default_embedder()
    ids = list(themes)
    sizes = [len(themes[t]) for t in ids]  # each at least 1 (theme_texts)
    starts = np.cumsum([0, *sizes[:-1]])
    centres = np.add.reduceat(embedder.embed([t for i in ids for t in themes[i]]), starts, axis=0)
    norms = np.linalg.norm(centres, axis=1, keepdims=True)
    np.divide(centres, norms, out=centres, where=norms > 0)  # no known word: scores 0
    scores = embedder.embed([" ".join(texts) for texts in groups]) @ centres.T
    found: list[str | None] = []
    for texts, row in zip(groups, scores, strict=True):
        best = close_in(row.tolist())
        found.append(ids[best] if texts and best is not None else None)
    return found


def close_in(scores: list[float]) -> int | None:
    """Which theme a group is close to, by its scores against each (in the themes' order), or
    None: the best, if it stands far enough above the next (``NEAR``/``LEAD``, ``SURE``)."""
    if not scores:
        return None
    best = max(range(len(scores)), key=lambda i: (scores[i], -i))  # the first of equals
    top = scores[best]
    if len(scores) == 1:
        return best if top >= ALONE else None
    lead = top - max(s for i, s in enumerate(scores) if i != best)
    return best if (top >= NEAR and lead >= LEAD) or (top >= SURE and lead >= SURE_LEAD) \
        else None


class CloseThemes(QObject):
    """Keeps each listed suggestion's ``close`` theme in step with the themes on the wall."""

    def __init__(self, page: SuggestedThemesPage) -> None:
        super().__init__(page)
        self.page = page
        self.doc = page.doc
        self.task: BackgroundTask | None = None
        self._ranked: tuple | None = None  # what the ranking shown was worked out from
        self._generation = 0  # a new list or file: answers still on their way are for the old
        self._again = False

    def _question(self) -> tuple[list[ShownSuggestion], tuple]:
        """The suggestions listed, and what ranking them reads: which they are (by identity:
        a rename is no new question), their cards' words, and the themes of their kind."""
        shown = list(self.page.shown)
        groups = [[card.text for c in s.suggestion.member_ids
                   if (card := self.doc.get("cards", c)) is not None and not card.held_back]
                  for s in shown]
        themes = theme_texts(self.doc, shown[0].kind) if shown else {}
        return shown, (tuple(map(id, shown)), groups, themes)

    def follow(self) -> None:
        """After a new list or an edit: rank again if the suggestions or the themes changed."""
        if self.task is not None and self.task.is_running():
            self._again = True
            return
        shown, key = self._question()
        if not shown or key == self._ranked:
            return
        # the clustering is loaded already: there are suggestions (suggest_job.load_clustering)
        groups, themes = key[1], key[2]
        task = BackgroundTask(lambda _progress: closest_themes(groups, themes))
        generation = self._generation
        task.succeeded.connect(lambda found: self._on_ranked(shown, key, found, generation))
        task.finished.connect(self._on_finished)
        self.task = task
        task.start()

    def _on_ranked(self, shown: list[ShownSuggestion], key: tuple,
                   found: list[str | None], generation: int) -> None:
        if generation != self._generation:
            return  # a new list or file since: the next ranking is for it
        if not shiboken6.isValid(self.page.list):
            return  # the wall was closed while the ranking ran: nothing left to show it on
        for suggestion, theme_id in zip(shown, found, strict=True):
            suggestion.close = theme_id  # shown only while that theme is still of its kind
        self._ranked = key
        self.page.show_close()

    def _on_finished(self) -> None:
        if self._again:
            self._again = False
            self.follow()

    def forget(self) -> None:
        """A new list or a new file: an answer on its way is for the old one."""
        self._generation += 1
        self._ranked = None
        if self.task is not None and not self.task.is_running():
            self.task = None  # its answer's lambda holds the old list's card texts and names

    def stop(self) -> None:
        """Let a ranking still running end, its answer ignored (the panel is going)."""
        if self.task is not None:
            self.task.blockSignals(True)
            self.task.wait()
