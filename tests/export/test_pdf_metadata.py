"""What every PDF carries unseen: its Author names no one, and every font it uses is in it.

The Author was the facilitator as typed on Prepare ("Margaret Jones"), so the posters, which
never print a name, carried one in File → Properties, in search indexes and SharePoint columns.
A table cell's default Helvetica, never drawn with, was named but not embedded in the feedback
sheet: print shops' preflight and accessibility checkers flag "font not embedded"."""

from __future__ import annotations

import pytest
from every_pdf import every_pdf
from export_checks import demo_workshop, fonts, reader

from wtfc.export.pdf import AUTHOR
from wtfc.model.demo import demo_previous_path
from wtfc.model.storage import load_workshop


@pytest.fixture(scope="module")
def pdfs() -> dict[str, bytes]:
    ws = demo_workshop().model_copy(update={"facilitator": "Margaret Jones"})
    return every_pdf(ws, previous=load_workshop(demo_previous_path()).workshop)


@pytest.mark.parametrize("which", ["posters", "action poster", "report", "feedback sheet"])
def test_no_pdf_names_the_facilitator_as_its_author(pdfs, which):
    meta = reader(pdfs[which]).metadata
    assert meta.author == AUTHOR == "Working Together for Change workshop"
    assert "Margaret" not in str(dict(meta))
    assert "Older people's services" in meta.title  # the workshop, as its pages print it


@pytest.mark.parametrize("which", ["posters", "action poster", "report", "feedback sheet"])
def test_every_font_a_pdf_uses_is_embedded_in_it(pdfs, which):
    used = fonts(reader(pdfs[which]))
    assert used and all(used.values()), used
    assert not any("Helvetica" in name for name in used)
