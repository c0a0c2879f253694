"""A2 (session 36): the A3 theme poster prints the team's name since 53ef5ccd ("Team:
Zebulon's group"), but the export's question still skips team names for posters
(typed_details.py: "if report or data:  # the posters print no team"). A team named after a
person pasted to watch for goes onto the printed poster without the question the report asks.
"""

from __future__ import annotations

import datetime as dt

from export_checks import demo_workshop, reader, squash

from wtfc.export.theme_poster import theme_posters_pdf
from wtfc.importing.typed_details import typed_details

TODAY = dt.date(2025, 1, 1)


def _zebulon_team():
    ws = demo_workshop()
    causes = [c.model_copy(update={"team": "Zebulon's group"}) if c.theme_id == "t06" else c
              for c in ws.causes]
    return ws.model_copy(update={"causes": causes})


def test_the_poster_prints_the_team_name():  # passes: the name is printed
    ws = _zebulon_team()
    text = squash(reader(theme_posters_pdf(ws, theme_ids=["t06"], today=TODAY))
                  .pages[0].extract_text())
    assert squash("Team: Zebulon's group") in text


def test_the_posters_export_asks_about_a_team_named_after_a_watched_name():  # fails at HEAD
    ws = _zebulon_team()
    asked = [d.where for d in typed_details(ws, "posters", ("Zebulon Quarrie",))]
    assert any("[name]'s group" in where for where in asked), asked
    # the report already asks, in these words (control)
    assert any("[name]'s group" in d.where
               for d in typed_details(ws, "report", ("Zebulon Quarrie",)))
