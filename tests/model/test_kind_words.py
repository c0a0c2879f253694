"""The exports' kind words come from the model's own table (review R3 R3): the export kept a
second table, so the screen's words and the exports' could drift apart unseen."""

from __future__ import annotations

from wtfc.export import look
from wtfc.model.kind_words import kind_words
from wtfc.model.workshop import Kind


def test_each_kind_is_written_as_every_export_writes_it():
    assert [kind_words(k) for k in (Kind.WORKING, Kind.NOT_WORKING, Kind.FUTURE)] == [
        "Working", "Not working", "Important for the future"]
    assert look.kind_words is kind_words  # one table: the PDFs, the data export and Copy
