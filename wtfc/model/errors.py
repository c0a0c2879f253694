"""The model's error types: each message is plain English, fit to show a facilitator as it is."""


class WorkshopFileError(Exception):
    """A workshop file could not be read or written; the message says what and where."""


class EditRefused(Exception):
    """An edit that would break the workshop (a loop in a why-tree, an empty name, …)."""
