"""The import's shortcuts for speed change no result: the same cards, flags, people and report
as before them, on a varied input (see pinned_imports.py; its file of results was written
before the shortcuts)."""

import json

from pinned_imports import EXPECTED, as_text, results


def test_a_varied_import_gives_exactly_the_pinned_cards_flags_people_and_report():
    expected = json.loads(EXPECTED.read_text(encoding="utf-8"))
    found = json.loads(as_text(results()))
    assert found.keys() == expected.keys()
    for name in expected:
        for part in ("report", "people", "person_codes"):
            assert found[name][part] == expected[name][part], (name, part)
        # card by card, so a failure names the first card that differs
        for card, pinned in zip(found[name]["cards"], expected[name]["cards"], strict=True):
            assert card == pinned, name
