"""Making It Real (Think Local Act Personal, 2018): optional prompts, never categories.

The Success board offers these "I" and "We" statements in a side list so a group that is stuck
can borrow wording. They are prompts only: WTFC themes and success statements come bottom-up from
the cards, so nothing here is ever required or used to file a statement away.

Every statement is quoted from ``shared/research/wtfc-domain.md`` §5, the only source to hand; a
few were seen there in the third person and are given back in the first person here. A statement
the note gives only from the 2012 framework is kept in ``earlier`` and shown labelled "(2012)"
(the 2012 near-twin of "I have care and support that is coordinated…" is left out). A subtitle is
given only where the note saw the 2018 one in a source: it marks the others as recalled, not
verified, and the board shows nothing rather than an unchecked wording. The sixth theme,
Workforce ("The people who support me"), is left out: no statement of it was found in a
retrieved source, and a prompt must be quoted, not invented.
"""

from __future__ import annotations

from dataclasses import dataclass

CREDIT = "Prompts from Making It Real (Think Local Act Personal, 2018)"
EARLIER_YEAR = "2012"  # the framework ``earlier`` statements come from


@dataclass(frozen=True)
class MakingItRealTheme:
    """One of the Making It Real themes with its "I" and "We" prompt statements."""

    title: str
    subtitle: str  # "" where the 2018 subtitle is not verified
    i_statements: tuple[str, ...]
    we_statements: tuple[str, ...] = ()
    earlier: tuple[str, ...] = ()  # "I" statements found only in the 2012 framework


MAKING_IT_REAL: tuple[MakingItRealTheme, ...] = (
    MakingItRealTheme(
        "Wellbeing and independence",
        "",  # recalled as "Living the life I want, keeping safe and well": not verified
        (
            "I can live the life I want and do the things that are important to me as "
            "independently as possible.",
            "I can get information and advice about my health, care and support and how I can be "
            "as well as possible – physically, mentally and emotionally.",
            "I feel safe and am supported to understand and manage any risks.",
        ),
    ),
    MakingItRealTheme(
        "Information and advice",
        "",  # "Having the information I need, when I need it" was seen for 2012 only
        (),
        earlier=(
            "I can speak to people who know something about care and support and can make "
            "things happen.",
        ),
    ),
    MakingItRealTheme(
        "Active and supportive communities",
        "Keeping family, friends and connections",
        (
            "I have people who support me, such as family, friends and people in my community.",
            "I can meet people who share my interests and have the opportunity to join and "
            "participate in a range of groups.",
            "I feel welcome and safe in my local community and can join in community life and "
            "activities that are important to me.",
            "I have opportunities to learn, volunteer and work and can do things that match my "
            "interests, skills and abilities.",
            "I can keep in touch and meet up with people who are important to me, including "
            "family, friends and people who share my interests, identity and culture.",
        ),
        (
            "We make sure that people can keep in touch and meet up with their family, friends "
            "and people in the community who are important to them.",
        ),
    ),
    MakingItRealTheme(
        "Flexible and integrated care and support",
        "",  # recalled as "My support, my own way": not verified
        (
            "I have care and support that is coordinated, and everyone works well together and "
            "with me.",
            "I have care and support that enables me to live as I want to, seeing me as a unique "
            "person with skills, strengths and goals.",
        ),
    ),
    MakingItRealTheme(
        "When things need to change",
        "Staying in control",
        (
            "I am supported to plan ahead for important changes in life that I can anticipate.",
            "When I move between services, settings or areas, there is a plan for what happens "
            "next and who will do what, and all the practical arrangements are in place before "
            "change happens.",
            "I know what to do and who I can contact when I realise that things might be at risk "
            "of going wrong or my health condition may be worsening.",
        ),
    ),
)
