"""Rules a loaded workshop must keep, and how saved files look on disk."""

import os
import stat

import pytest

from wtfc.model.errors import WorkshopFileError
from wtfc.model.storage import save_workshop, workshop_from_bytes
from wtfc.model.workshop import Card, Kind, PersonalDetail, Theme, Workshop


def test_a_theme_holding_a_card_of_another_kind_is_refused_in_plain_english():
    ws = Workshop(cards=[Card(id="c1", kind=Kind.WORKING, text="Lovely carers")])
    data = ws.model_dump_json().replace('"themes":[]', '"themes":[{"id":"t1","kind":'
                                        '"not_working","name":"I feel rushed",'
                                        '"card_ids":["c1"]}]')
    with pytest.raises(WorkshopFileError, match="'I feel rushed' is a not working theme but "
                                                 "holds a working card"):
        workshop_from_bytes(data.encode())
    assert Theme(kind=Kind.WORKING, name="ok", card_ids=["c1"])  # the part alone is fine


def test_saved_files_are_readable_by_colleagues_like_any_document(tmp_path):
    path = tmp_path / "shared.wtfc"
    old = os.umask(0o022)
    try:
        save_workshop(Workshop(), path)
    finally:
        os.umask(old)
    assert stat.S_IMODE(path.stat().st_mode) == 0o644


def test_saving_again_keeps_the_files_permissions(tmp_path):
    path = tmp_path / "private.wtfc"
    save_workshop(Workshop(), path)
    path.chmod(0o600)
    save_workshop(Workshop(title="Again"), path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_redaction_placeholders_read_as_words():
    detail = PersonalDetail(start=0, end=3, category="nhs_number", text="943")
    assert detail.placeholder == "[NHS number]"
