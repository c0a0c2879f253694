"""A file saved between the pasted-line-break fix and the one-line fields' flattening keeps a
plain newline in a one-line box (no control character): it opens on one line too, so the posters
and the report print "Town Hall Room 2", not "Town Hall / Room 2"."""

from __future__ import annotations

import json

from wtfc.model.storage import save_workshop, workshop_from_bytes
from wtfc.model.workshop import Workshop


def test_a_plain_newline_in_the_venue_opens_as_a_space(tmp_path):
    path = tmp_path / "old.wtfc"
    save_workshop(Workshop(title="Spring review"), path)
    raw = json.loads(path.read_bytes())
    raw["venue"] = "Town Hall\nRoom 2"
    raw["purpose"] = "First line\nSecond line"  # a box of many lines keeps its break
    loaded = workshop_from_bytes(json.dumps(raw).encode())
    assert loaded.workshop.venue == "Town Hall Room 2"
    assert loaded.workshop.purpose == "First line\nSecond line"
