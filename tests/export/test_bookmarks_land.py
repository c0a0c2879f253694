"""Each bookmark opens the page its heading is on: on a council's 600-page report the outline
is the only way around it. The report's page-numbering canvas (it holds every page back until
it knows the count) had every bookmark open the cover."""

from __future__ import annotations

from collections.abc import Mapping

import pytest
from every_pdf import demo_pdfs
from export_checks import reader, squash


def _landings(pdf: bytes) -> list[tuple[str, int, str]]:
    """(title, page number, that page's text) per outline entry."""
    doc = reader(pdf)
    out: list[tuple[str, int, str]] = []

    def walk(items) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item)
            else:
                n = doc.get_destination_page_number(item)
                out.append((item.title, n + 1, squash(doc.pages[n].extract_text())))

    walk(doc.outline)
    return out


@pytest.fixture(scope="module")
def pdfs() -> Mapping[str, bytes]:
    return demo_pdfs(previous=True)


@pytest.mark.parametrize("which", ["report", "posters", "action poster", "feedback sheet"])
def test_every_bookmark_opens_the_page_its_heading_is_on(pdfs, which):
    landings = _landings(pdfs[which])
    for title, page, text in landings:
        assert squash(title) in text, (which, title, page)
    if which == "report":
        # the chapters and themes are spread over the report, not all on the cover
        pages = [page for _, page, _ in landings]
        assert len(landings) > 10 and min(pages) > 1 and len(set(pages)) > 5
        assert pages == sorted(pages)
