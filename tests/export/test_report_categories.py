"""The report lists each why-tree's causes by category after the tree (the fishbone's bones,
as a short list), only where some cause has one."""

from __future__ import annotations

import datetime as dt

from export_checks import all_text, all_text_of, demo_report_pdf, demo_workshop, reader, squash

from wtfc.export.report import report_pdf
from wtfc.model.workshop import Workshop

TODAY = dt.date(2026, 11, 28)


def test_each_demo_tree_is_followed_by_its_causes_by_category():
    text = all_text_of(demo_report_pdf(TODAY))
    # one per why-tree (a page that carries one on says "By category (continued)"), and
    # How to read says what it is (review 34 R5 F5)
    assert text.count("Bycategory") - text.count("Bycategory(continued)") == 3 + 1
    # Team C's tree: its categories in their order, the causes not placed last
    start = text.index(squash("Why? People can't get out"))
    listed = text[text.index("Bycategory", start) : text.index("Theteams", start)]
    assert (
        listed.index("Peopleandstaff")
        < listed.index("Information")
        < listed.index("Placesandenvironment")
        < listed.index("Notsorted")
    )
    # a cause a line, with its marks as on the tree
    assert (
        squash(
            "Places and environment • People can't get out because transport has been cut. "
            "• The number 12 bus was withdrawn and community transport has a waiting list. "
            "(root cause, we will act on this)"
        )
        in listed
    )
    assert squash("Not sorted • Care visits are about tasks") in listed


def test_a_tree_with_no_category_has_no_list():
    demo = demo_workshop()
    plain = [c.model_copy(update={"category": None}) for c in demo.causes]
    workshop = Workshop.model_validate(demo.model_copy(update={"causes": plain}).model_dump())
    text = all_text(reader(report_pdf(workshop, today=TODAY)))
    assert "Bycategory" not in text and "Nocategoryyet" not in text


def _runs(pdf, page: int) -> list[tuple[float, float, float, bool, str]]:
    """(left, baseline, size, bold, text) of each piece of text on a page, top to bottom."""
    runs = []

    def visit(text, cm, tm, font, size):
        if text.strip() and font is not None:
            bold = str(font["/BaseFont"]).endswith("-Bold")
            runs.append((tm[4] + cm[4], tm[5] + cm[5], size * tm[0], bold, text.strip()))

    pdf.pages[page].extract_text(visitor_text=visit)
    return runs


def test_the_list_reads_as_the_tree_a_cause_a_bullet_with_its_lines_hung():
    pdf = reader(demo_report_pdf(TODAY))
    page = next(i for i, p in enumerate(pdf.pages) if "By category" in p.extract_text())
    runs = _runs(pdf, page)
    start = next(i for i, r in enumerate(runs) if r[4] == "By category")
    heading, label = runs[start], runs[start + 1]
    assert label[4] == "People and staff" and label[3]  # the category's name, bold, above
    assert heading[3] and heading[2] >= label[2]  # the heading no smaller than the names
    listed = runs[start + 2 : next(i for i, r in enumerate(runs) if r[4] == "The teams")]
    bullets = [r for r in listed if r[4].startswith("•")]
    assert len(bullets) == 8 and len({r[0] for r in bullets}) == 1  # a paragraph a cause
    # "…loses the provider money. (root cause," then, under the words past the bullet,
    # "we will act on this)": in bold, as the tree above prints its marks
    names = {"Process", "Policy and contracts", "Information"}
    lines = {r[1] for r in bullets} | {r[1] for r in listed if r[4] in names}
    hung = [r for r in listed if r[1] not in lines]
    assert len(hung) == 3 and all(r[0] > bullets[0][0] + 5 for r in hung)
    marks = [r for r in listed if "this)" in r[4]]
    assert marks and all(r[3] for r in marks)
