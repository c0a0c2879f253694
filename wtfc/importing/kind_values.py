"""Which cell values mean which kind of card: the table and its reading live in
``wtfc.model.kind_values``, so that ``wtfc suggest`` (clustering, which may not import
importing) reads a kind column with the very words Import does."""

from __future__ import annotations

from wtfc.model.kind_values import KindValues, loose_value, normalise_value

__all__ = ["KindValues", "loose_value", "normalise_value"]
