"""A new workshop that starts from this one: the next cycle of the same review.

WTFC runs in cycles (TLAP step 8 leads into the next step 1): the same facilitator, venue, purpose
and way of working, and many of the same people's reviews. What the room *made* last time
(cards, themes, why-trees, success, actions, the record of the day) is not carried: the new
cycle's Review compares with last time's file instead, and carrying them would show last time's
themes as this time's. Who was in the room is part of that record: how many older people,
carers and commissioners came on last time's day. Carried, it would go on this time's Welcome and
report as this day's, numbers that look right and are the hardest to notice as stale, and
Prepare's "invite more older people" would judge last time's room; counting this time's is a
few boxes. People come as codes with their role and coarse tags only, which is all a workshop
ever holds of them; those are last time's, so this cycle's first import that tags a person with
no card here yet replaces them, as it does a role typed on People for a person with no card
yet (``importing/person_tags``: no saved field marks them carried, and the note says so); one
given cards by a sheet with no value for a tag keeps last time's, and the report names them to
check. A sheet that names people cannot be matched to the codes (wtfc keeps no names): its people
get new codes, and that first import points to People → Take off people with no cards
(``operations/cardless_people``), which clears last time's rows without recording a withdrawal.
"""

from __future__ import annotations

from wtfc.model.untitled_workshop import has_no_title
from wtfc.model.workshop import Person, StagePlan, Workshop


def next_cycle(source: Workshop) -> Workshop:
    """A new workshop with ``source``'s Prepare details, day's plan and people's codes.

    Kept: title (the facilitator retitles it; no words are made up for it), venue,
    facilitator, purpose, scope, how the room agreed to work and decide, the day's plan's
    minutes, breaks and start time, and each person's code, former codes, role and coarse
    tags. Left behind: the date and next review date, who was in the room, cards, themes,
    causes, success statements, actions, teams, Looking back, and the facilitator's notes on
    the plan (they were about last time's day). Prepare says which words came from last
    time's file, to be checked.
    """
    return Workshop(
        # an older wtfc's "Untitled workshop" is no title: the box starts blank, with its example
        title="" if has_no_title(source) else source.title,
        venue=source.venue,
        facilitator=source.facilitator,
        purpose=source.purpose,
        scope=source.scope,
        agreements=source.agreements,
        # the day's shape: its minutes, breaks and start time (day_times.py), not the notes
        agenda=[StagePlan(stage=plan.stage, minutes=plan.minutes, break_after=plan.break_after)
                for plan in source.agenda if plan.minutes is not None],
        starts_at=source.starts_at,
        people=[Person(id=p.id, former_codes=list(p.former_codes), voice=p.voice,
                       age_band=p.age_band, service_type=p.service_type, locality=p.locality)
                for p in source.people],
        withdrawn_codes=list(source.withdrawn_codes),  # last cycle's P05 is still them
    )
