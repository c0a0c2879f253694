"""The one error the importing layer raises: its message is plain English, fit to show as is."""


class ImportFailed(Exception):
    """Nothing could be read or imported; the message says why and what to do."""
