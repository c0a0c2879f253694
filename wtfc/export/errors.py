"""The export layer's error: its message is plain English, fit to show a facilitator as it is."""


class ExportError(Exception):
    """An export could not be made (nothing to export, a file that cannot be written, …)."""
