"""Who does an action, as the feedback letter says it: in everyday words, and a role that needs
it explained the first time ("Commissioners (the people who decide which services the council
pays for)"); later mentions are the short words. Moved out of ``feedback_sheet_words``.
"""

from __future__ import annotations

from wtfc.model.workshop import Role

# Who does an action, in everyday words; a role that needs it is explained the first time.
ROLE_WORDS = {
    Role.COMMISSIONERS: (
        "Commissioners",
        "the people who decide which services the council pays for",
    ),
    Role.PROVIDERS: ("Care providers", "the organisations that give care and support"),
    Role.CARE_MANAGERS: ("Care managers", ""),
    Role.OLDER_PEOPLES_ORGANISATIONS: ("Older people's groups", ""),
    Role.PEOPLE_AND_CARERS: ("People who use services, and their carers", ""),
    Role.HEALTH: ("Health services", "such as GPs and hospitals"),
    Role.OTHER: ("Other organisations", ""),
}


def who_does(role: Role, explained: set[Role]) -> str:
    words, meaning = ROLE_WORDS[role]
    if meaning and role not in explained:
        explained.add(role)
        return f"{words} ({meaning})"
    return words
