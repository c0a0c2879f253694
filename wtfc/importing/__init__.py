"""Bringing review statements in: spreadsheet and paste readers, column mapping, the import
report and the personal-detail guard. No Qt here; the mapping dialog lives in wtfc/ui."""
