"""What ``test_forget_words.py`` does and reads in wtfc's own process as well as in the test's:
the marks in the first workshop's words, the rest of a day that fills the caches, and the scan
of all of memory for a mark. Apart from the test so that wtfc's process, running its script,
does not load pytest (~0.13 CPU-s a run)."""

from __future__ import annotations

import gc
import linecache

from wtfc.export.action_poster import export_action_poster
from wtfc.export.report import export_report
from wtfc.importing.known_names import name_matcher
from wtfc.importing.pasted_names import parse_names
from wtfc.importing.personal_details import find_personal_details
from wtfc.importing.watch_guard import watched_redacted
from wtfc.model.compare import compare_workshops
from wtfc.model.demo import demo_path
from wtfc.model.search_key import search_key
from wtfc.model.storage import load_workshop
from wtfc.model.workshop import Stage
from wtfc.ui.card_guard import details_in
from wtfc.ui.wall.suggestion_state import name_check

MARK = "quokka"  # in every word of the first workshop, and nowhere in the second
INDIC_MARK = "क्वोक्का"  # in Devanagari, on one card: the exports shape it

ROOM_VIEWS = ("room", "causes", "fishbone", "plan")


def _everything_else(window, tmp_path) -> None:
    """What fills the other caches: the Plan and Act boards, finding a card, comparing with
    last time, watching for the names pasted, the exports."""
    for stage in (Stage.PLAN, Stage.ACT):
        window.go_to_stage(stage)
        window.grab()
    workshop = window.doc.workshop
    for card in workshop.cards:
        search_key(card.text)  # as the cards table's filter and the wall's Find read them
    now = load_workshop(demo_path()).workshop
    compare_workshops(workshop, now.model_copy(update={"themes": now.themes[:-1]}))  # one went
    for card in workshop.cards[:3]:  # the names the facilitator pasted, as the guard reads them
        find_personal_details(card.text, known_names=(f"Ann {MARK.title()}",))
    # and as the card checks read them (Check all cards again, Add card, Import)
    details_in(f"{MARK.title()} came on Tuesday", name_matcher((f"Ann {MARK.title()}",)),
               pasted_rule=True)
    # and as the letter and the room views read notes with them (a surname that is a word)
    watched_redacted("Hall came on Tuesday", (f"Ann {MARK.title()}", "Pat Hall"))
    # and as the theme-name checks read a name with names held back on cards (Accept, History)
    name_check([f"Ann {MARK.title()}", "Pat Hall"], ("Pat Hall",))("Trips with Hall")
    # names pasted with a note under one, and a relative's name in a note (session 33)
    parse_names(f"Ann Lee\nrings {MARK} after 5 pm")
    details_in("Frank died last year", name_matcher((f"Ann {MARK} husband frank",)),
               pasted_rule=True)
    # a pasted word-name in a card typed in lower case; a name with an initial (whole_names
    # asks whether the card is in English)
    find_personal_details("jack came late again", known_names=(f"Jack {MARK.title()}",))
    find_personal_details(f"Hope J Green came about the {MARK}")
    # a pasted word-name in a card typed in capitals (read as the word: "I HOPE TO …")
    details_in("I HOPE TO STAY INDEPENDENT", name_matcher((f"Hope {MARK}",)), pasted_rule=True)
    export_report(workshop, tmp_path / "report.pdf")
    export_action_poster(workshop, tmp_path / "actions.pdf")


def held_anywhere() -> list[str]:
    """Whatever in memory still holds a marked text, read from every container the garbage
    collector knows (not this test's own words, nor source lines kept for tracebacks)."""
    gc.collect()
    sources = {id(entry[2]) for entry in linecache.cache.values() if len(entry) > 2}
    found = []
    for held in gc.get_objects():
        if type(held) not in (tuple, list, dict, set, frozenset) or id(held) in sources or (
                isinstance(held, dict) and "__name__" in held):  # (a module's own)
            continue
        parts = [*held, *held.values()] if isinstance(held, dict) else held
        found += [p for p in parts if isinstance(p, str) and (MARK in p or INDIC_MARK in p)]
    return found
