"""On a narrow room plan card a hope's not-agreed cause fell back to "⚠ Cause not agreed: …"
at widths where a problem's card kept "Because (cause not agreed): …": "In the way (cause not
agreed): " is longer, so the card lost what the cause is to the action first (A25 M1). A hope's
and a working theme's cards now shorten to their own "⚠ In the way, not agreed: " and "⚠ Builds
on, not agreed: " before the last "⚠ Cause not agreed: "."""

from __future__ import annotations

from tests.export.test_hope_action_links import linked
from wtfc.model.document import Document
from wtfc.ui.boards.plan_card_words import link_lines

SAID = "No transport after the number 12 bus stopped running in the evenings."


def _lines(width: float) -> dict[str, list[str]]:
    ws = linked()
    causes = [c.model_copy(update={"agreed": False, "text": SAID}) for c in ws.causes]
    doc = Document(ws.model_copy(update={"causes": causes}))
    return {a.id: link_lines(doc, a, width, 1) for a in doc.workshop.actions
            if a.id in ("a1", "a3", "a4")}


def test_each_kind_keeps_its_lead_in_where_a_problem_does(qtbot):
    lines = _lines(700)
    assert lines["a1"][0].startswith("Because (cause not agreed): No transport"), lines
    assert lines["a3"][0].startswith("⚠ In the way, not agreed: No transport"), lines
    assert lines["a4"][0].startswith("⚠ Builds on, not agreed: No transport"), lines
