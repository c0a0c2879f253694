"""What the storage tests share: the sample workshop as JSON, and the checks that a file is
refused with only ``WorkshopFileError`` and a message a facilitator can read."""

from __future__ import annotations

import json

import pytest
from workshop_builders import sample_workshop

from wtfc.model.errors import WorkshopFileError
from wtfc.model.storage import COPY_ADVICE, workshop_from_bytes, workshop_to_bytes


def sample_json() -> dict:
    return json.loads(workshop_to_bytes(sample_workshop()))


def json_bytes(raw) -> bytes:
    return json.dumps(raw).encode()


def problem(raw_or_bytes, name: str = "spring.wtfc") -> str:
    data = raw_or_bytes if isinstance(raw_or_bytes, bytes) else json_bytes(raw_or_bytes)
    with pytest.raises(WorkshopFileError) as caught:
        workshop_from_bytes(data, name=name)
    # a damaged file's "If you have a copy…" is tested on its own (test_storage_messages)
    return str(caught.value).removesuffix(f" {COPY_ADVICE}")


def only_our_error(data: bytes) -> None:
    try:
        workshop_from_bytes(data, name="x.wtfc")
    except WorkshopFileError as exc:
        message = str(exc)
        assert message.startswith("'x.wtfc'"), message
        assert "Traceback" not in message and "pydantic" not in message.lower()
