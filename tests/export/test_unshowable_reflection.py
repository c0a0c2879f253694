"""The report's "Looking back" section is drawn with the same fonts as the rest: a reflection in
writing they cannot draw is warned about, its details shown as their kind, as the teams' are."""

from __future__ import annotations

import pytest
from export_workshop import make_workshop

from wtfc.app import main as run_app
from wtfc.export.unshowable import unshowable_parts, warning
from wtfc.importing.typed_details import quote_as_kinds
from wtfc.model.storage import save_workshop
from wtfc.model.workshop import Reflection, Workshop

# the reviewer's reflection: printed as "[… not shown]" in the PDF, with no warning
WENT_WELL = "Mrs Patel's daughter rang on 07700 900123. 我想回家 🙂"
DIFFERENTLY = "Bring tea 我"


def _reflecting() -> Workshop:
    reflection = Reflection(went_well=WENT_WELL, do_differently=DIFFERENTLY)
    return make_workshop().model_copy(update={"reflection": reflection})


def test_a_reflection_in_chinese_is_warned_about_in_the_report():
    text = warning(unshowable_parts(_reflecting(), "report", quote=quote_as_kinds))
    assert (
        "• The reflection's answer to “What went well”: “[name] daughter rang on [phone]. "
        "我想回家 🙂” (Chinese or Japanese text)" in text
    ), text
    assert (
        "• The reflection's answer to “What we would do differently next time”: "
        "“Bring tea 我” (Chinese or Japanese text)" in text
    )
    assert "changed on the Review board (Looking back on this workshop)" in text
    assert "Patel" not in text and "07700" not in text  # as the question before it hid them


@pytest.mark.parametrize("what", ["posters", "action-poster", "feedback"])
def test_the_exports_that_print_no_reflection_do_not_warn_of_it(what):
    parts = unshowable_parts(_reflecting(), what, quote=quote_as_kinds)
    assert not any(p.where.startswith("The reflection's") for p in parts)


def test_wtfc_export_report_warns_of_the_reflection(tmp_path, capsys):
    source = tmp_path / "w.wtfc"
    save_workshop(_reflecting(), source, backup=False)
    assert run_app(["export", "report", str(source), "-o", str(tmp_path / "r.pdf")]) == 0
    err = capsys.readouterr().err
    assert "“Bring tea 我” (Chinese or Japanese text)" in err
    assert "Patel" not in err and "07700" not in err
