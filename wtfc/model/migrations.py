"""Bring an older file's JSON up to the current schema, one version at a time.

``MIGRATIONS[n]`` turns a version-n document into version n+1. Version 1 is the first, so there
is nothing to migrate yet; the loader still runs every file through ``migrate`` so the first
format change only has to add a step here.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from wtfc.model.workshop import SCHEMA_VERSION

MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {}


def migrate(data: dict[str, Any]) -> dict[str, Any]:
    version = data.get("schema_version", 1)
    while version < SCHEMA_VERSION:
        data = MIGRATIONS[version](data)
        version += 1
        data["schema_version"] = version
    return data
