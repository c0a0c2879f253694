"""Each PDF asks the print dialog for the sides it is meant for (its /Duplex viewer preference).

An office printer set to double-sided put theme poster 2 on the back of poster 1: only every
other poster could go on the wall. The posters ask for one side; the report and the letter,
read as booklets, for both sides turned on the long edge. Acrobat and Reader preset their print
dialog from this; other viewers ignore it."""

from __future__ import annotations

from collections.abc import Mapping

import pytest
from every_pdf import demo_pdfs
from export_checks import reader


@pytest.fixture(scope="module")
def pdfs() -> Mapping[str, bytes]:
    return demo_pdfs(previous=True)


@pytest.mark.parametrize(("which", "sides"), [
    ("posters", "/Simplex"),
    ("action poster", "/Simplex"),
    ("report", "/DuplexFlipLongEdge"),
    ("feedback sheet", "/DuplexFlipLongEdge"),
])
def test_each_pdf_asks_to_be_printed_on_the_sides_it_is_for(pdfs, which, sides):
    preferences = reader(pdfs[which]).trailer["/Root"]["/ViewerPreferences"].get_object()
    assert preferences["/Duplex"] == sides
    assert preferences["/DisplayDocTitle"]  # the title still shows, not the file's name
