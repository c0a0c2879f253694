"""A card with several emoji wraps between their names, never inside a word: since the whole
bracket was one unbreakable run, the theme poster's narrow quote column and the report's card
list cut it at any letter ("re / d heart", "party popp / er")."""

from __future__ import annotations

import datetime as dt
import re
import subprocess

from export_checks import demo_workshop
from writing_samples import needs_poppler

from wtfc.export import writing
from wtfc.export.report import report_pdf
from wtfc.export.theme_poster import theme_posters_pdf

TODAY = dt.date(2026, 11, 29)
CARD = "The carers are lovely 😀🙏❤️👍🎉 every day"
NAMES = ["grinning face", "folded hands", "red heart", "thumbs up", "party popper"]


def test_the_line_may_break_after_each_comma_but_not_inside_a_name():
    drawn = writing.drawable(CARD)
    assert "[" + ", ".join(name.replace(" ", "\xa0") for name in NAMES) + "]" in drawn


def _workshop():
    workshop = demo_workshop()
    theme = next(t for t in workshop.themes if t.name.startswith("I am not treated"))
    cards = {card.id: card for card in workshop.cards}
    for card_id in theme.card_ids:
        cards[card_id].text = CARD
    return workshop


def _lines(tmp_path, pdf: bytes) -> list[str]:
    path = tmp_path / "out.pdf"
    path.write_bytes(pdf)
    out = subprocess.run(["pdftotext", str(path), "-"], check=True, capture_output=True,
                         text=True, timeout=60).stdout
    return out.splitlines()


def _bracket_text(lines: list[str]) -> list[str]:
    """The lines from each "[grinning" to its "]", each a part a reader sees on one line."""
    out, inside = [], False
    for line in lines:
        inside = inside or "[grinning" in line
        if inside:
            out.append(line[line.find("[") + 1 if "[" in line else 0:].split("]")[0])
            inside = "]" not in line
    return out


@needs_poppler
def test_five_emoji_on_a_poster_and_in_the_report_break_only_between_names(tmp_path):
    workshop = _workshop()
    for pdf in (theme_posters_pdf(workshop, today=TODAY), report_pdf(workshop, today=TODAY)):
        parts = _bracket_text(_lines(tmp_path, pdf))
        assert parts, "the card is printed"
        for part in parts:  # every line holds whole names, a comma after all but the last
            for piece in filter(None, re.split(r",\s*", part.strip())):
                assert piece in NAMES, (piece, parts)
