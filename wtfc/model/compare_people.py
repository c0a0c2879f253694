"""How the Review step judges a theme's change: by the share of the people reviewed.

Twice as many reviews bring in about twice as many cards on every theme, so a raw count "grew"
whenever more people were reviewed (16 in spring, 31 in autumn: "I have family … who look out
for me" went 6 → 9 people, a fall from 38% to 29% of the people reviewed). A theme is said
more often when more of the people reviewed said it than the same share of them would: at least
one person more than last time's share of this time's people (fewer: one person fewer). With
as many people reviewed both times, that is simply more or fewer people; with the same people,
more cards from them is "said more often". Where no person is recorded on either side, the
cards are all there is to go by.

With a different number reviewed each time the shares are printed beside the mark, in whole
percents, so a change must also be one they show: at 300 people a person is a third of a point,
and "22 of 295 → 20 of 299" read "▼ A smaller share of people said this" beside "7% → 7%". At 16
or 31 people a person moves the printed share by 3 points or more, so the person rule decides.
A theme that no one says now, or no one said last time, changed whatever the shares: the
priority whose one person withdrew (1 of 59 → 0 of 58) is never "about the same".

Also the counts a comparison carries about each workshop: the people reviewed (as the report's
cover counts them) and the cards not in any theme yet, while the group is still sorting.
"""

from __future__ import annotations

from wtfc.model.operations.people import people_with_cards
from wtfc.model.workshop import Workshop


def judge(cards: tuple[int, int], people: tuple[int, int], reviewed: tuple[int, int]) -> int:
    """+1 (said more often), -1 (less often) or 0 (about the same), from a theme's
    ``cards`` and ``people`` then and now and the ``reviewed`` people in each workshop."""
    (was, now), (n_was, n_now) = people, reviewed
    if n_was and n_now and (was or now):
        if not (was and now):  # said by no one now, or by no one last time: a change at any
            return 1 if now else -1  # share (1 of 59 → 0 of 58 had read "about the same")
        if n_was != n_now:
            # now against was * n_now / n_was, in whole numbers: a person either way is a
            # change, when the shares as printed beside it moved the same way
            moved = percent(now, n_now) - percent(was, n_was)
            if moved > 0 and now * n_was >= was * n_now + n_was:
                return 1
            if moved < 0 and now * n_was <= was * n_now - n_was:
                return -1
            return 0  # about the same share of more (or fewer) people
        if was != now:  # as many reviewed: the people counts printed are the shares
            return 1 if now > was else -1
    before, after = cards  # the same people: how often they said it
    return (after > before) - (after < before)


def people_reviewed(workshop: Workshop) -> int:
    """The people whose reviews are on the workshop's cards (the report's cover's count)."""
    return len(people_with_cards(workshop))


def unsorted_cards(workshop: Workshop) -> int:
    """The cards in no theme yet."""
    placed = {card_id for theme in workshop.themes for card_id in theme.card_ids}
    return sum(1 for card in workshop.cards if card.id not in placed)


def percent(people: int, reviewed: int) -> int:
    """The whole percent of the people reviewed that ``share`` prints (``reviewed`` > 0)."""
    return int(100 * people / reviewed + 0.5)  # 62.5 is 63


def share(people: int, reviewed: int) -> str:
    """"38%" of the people reviewed ("" when nobody is recorded); "<1%" for someone, never
    the "0%" of no one (1 of 300 → 0 of 299 is "<1% → 0%" beside its ▼)."""
    if not reviewed:
        return ""
    return "<1%" if people and not percent(people, reviewed) else f"{percent(people, reviewed)}%"
