"""The data export's "About this data" sheet (``NAME-about.csv``): which workshop the file is
from, when it was exported and with what, and a line per sheet saying what a row is, what its
less obvious columns count, and what is hidden and why.

Two exports appended (last year's and this year's) repeat the same ids (c01, t04, P01): the
workshop and its date here tell them apart, and the workbook's own Title says it too.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import wtfc
from wtfc.model.cause_kind_words import cause_words
from wtfc.model.cause_link_field import kinds_led_in
from wtfc.model.small_groups import HIDDEN, SMALL
from wtfc.model.workshop import UNTITLED, Kind, Workshop

HEADER = ["About", "What it says"]
# as the PDFs name their author (``pdf.AUTHOR``; that module needs reportlab, this one does not)
AUTHOR = "Working Together for Change workshop"

RULE = (f'"{HIDDEN}" stands where fewer than {SMALL} people share a role or tag, where a '
        f"person's role and tags together fewer than {SMALL} people share, and beside such a "
        f"cell where otherwise fewer than {SMALL} people would be hidden, so that no one is "
        f"found by subtraction. A blank (not recorded) is shown blank where at least {SMALL} "
        f"people's rows read the same; fewer, it would set their rows apart from the rest, "
        f"so it is not shown either.")

# a hope's tree answers what stands in the way of it, not why (``cause_kind_words``)
_HOPE_ASKED = cause_words(Kind.FUTURE).question.capitalize()
# one heading over every kind's actions: what the cause is to its theme, as the report says it
_TACKLES = ("Cause it tackles: the answer on its theme's tree the action is linked to, led in "
            f"by the theme's kind in the report and on the boards ({kinds_led_in()}).")
SHEETS = {
    "cards": ("Cards", "One row per card. Cards held back for possible personal details are "
              "not exported (they are counted on Counts). Person's role, Tags, Age band, "
              "Service type and Locality follow the small-group rule above. Themes names the "
              "card's themes, Theme ids gives their ids: use Card themes to count by theme."),
    "themes": ("Themes", "One row per theme. Cards counts all the theme's cards, held back "
               "ones too, as the room and the report count them (Cards held back says how many "
               "of them are not exported): a card in two themes is counted in each, so the "
               "column adds up to more than the cards in themes (Card themes has a row per "
               "exported card and theme). People counts different person codes on all those "
               "cards. Actions counts every action agreed, dropped ones too."),
    "causes": ("Causes", "One row per answer on a why-tree: to \"Why?\", or for a theme of "
               f"what is important for the future to \"{_HOPE_ASKED}\" "
               "(Themes gives each theme's kind). Level 1 answers the theme. Answers why "
               "gives the words above it (the theme's name at level 1); Parent cause id gives "
               "that cause's id (blank at level 1); Theme id joins to Themes."),
    "success": ("Success", "One row per success statement. Theme id joins to Themes."),
    "actions": ("Actions", "One row per action, dropped ones too. Overdue: past its by-when "
                "and not done, on the day of this export. Theme id, Cause id and Success "
                "statement id join to Themes, Causes and Success. Agreed at the workshop and "
                "Date agreed are blank unless the words or the date were changed after the "
                "workshop (What and By when are then the new ones). Done on: the day it was "
                "recorded done. Added after the workshop on: blank for an action added on the "
                f"workshop's day. {_TACKLES}"),
    "counts": ("Counts", "How many cards, people, themes and actions. Is total marks the "
               "\"All\" rows, so a sum leaves them out. Part of All marks the rows that add "
               "up to their All (cards by kind, people by role); the others are part of All "
               "counted again (not in any theme, overdue) or beside it (held back). As of is "
               "the day of this export. People by role are counted here even where the People "
               "sheet hides a role, as the report's cover counts them: where fewer than 5 "
               "people's roles would be hidden, the next smallest role is hidden with them, so "
               "these counts do not say whose a hidden role is, unless everyone has the same "
               "role."),
    "record": ("Workshop record", "Who was in the room, how the room agreed to work and "
               "decide, the reflection, the next review and each root-cause team. Is total "
               "marks the \"In all\" rows. The roles here are the room's (as counted on the day), "
               "not the role of a person on the cards."),
    "people": ("People", "One row per person with a card exported: a code, never a name. "
               "Role and tags follow the small-group rule above. Cards counts their cards "
               "exported."),
    "card-themes": ("Card themes", "One row per card in a theme, so a card in two themes is "
                    "two rows: join to Cards by Card id and to Themes by Theme id."),
    "about": ("About this data", "This sheet."),
}

# a note on a heading where the words alone mislead a pivot (the workbook only: CSV has none)
HEADING_NOTES = {
    ("themes", "Cards"): "The theme's cards, held back ones too (Cards held back). A card in "
                         "two themes is counted in each, so this column adds up to more than "
                         "the cards in themes: the Card themes sheet has a row per exported "
                         "card and theme.",
    ("actions", "Cause it tackles"): _TACKLES,
}


def about_table(workshop: Workshop, today: dt.date) -> tuple[list[str], list[list[Any]]]:
    """The sheet's header and rows, before any cell is made safe."""
    rows: list[list[Any]] = [
        ["Workshop", workshop.title.strip() or UNTITLED],
        ["Workshop date", workshop.date or "Not recorded"],
        ["Venue", workshop.venue.strip() or "Not recorded"],
        ["Exported on", today],
        ["Made with", f"wtfc {wtfc.__version__}"],
        ["People not shown", RULE],
    ]
    rows += [[f"Sheet: {name}", says] for name, says in SHEETS.values()]
    return HEADER, rows
