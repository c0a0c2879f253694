"""The report lists each why-tree's causes by category after the tree (the fishbone's bones,
as a short list), only where some cause has one."""

from __future__ import annotations

import datetime as dt

from export_checks import all_text, demo_workshop, reader, squash

from wtfc.export.report import report_pdf
from wtfc.model.workshop import Workshop

TODAY = dt.date(2026, 11, 28)


def test_each_demo_tree_is_followed_by_its_causes_by_category():
    text = all_text(reader(report_pdf(demo_workshop(), today=TODAY)))
    assert text.count("Bycategory") == 3  # one per why-tree
    # Team C's tree: its categories in their order, the causes not placed last
    start = text.index(squash("Why? People can't get out"))
    listed = text[text.index("Bycategory", start) : text.index("Theteams", start)]
    assert (
        listed.index("Peopleandstaff")
        < listed.index("Information")
        < listed.index("Placesandenvironment")
        < listed.index("Nocategoryyet")
    )
    # a cause a line, with its marks as on the tree
    assert (
        squash(
            "Places and environment • People can't get out because transport has been cut. "
            "• The number 12 bus was withdrawn and community transport has a waiting list. "
            "(root cause, agreed to address)"
        )
        in listed
    )
    assert squash("No category yet • Care visits are about tasks") in listed


def test_a_tree_with_no_category_has_no_list():
    demo = demo_workshop()
    plain = [c.model_copy(update={"category": None}) for c in demo.causes]
    workshop = Workshop.model_validate(demo.model_copy(update={"causes": plain}).model_dump())
    text = all_text(reader(report_pdf(workshop, today=TODAY)))
    assert "Bycategory" not in text and "Nocategoryyet" not in text
