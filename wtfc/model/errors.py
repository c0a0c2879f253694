"""The model's error types: each message is plain English, fit to show a facilitator as it is."""


class WorkshopFileError(Exception):
    """A workshop file could not be read or written; the message says what and where.

    ``problem`` is what went wrong; ``advice`` (part of the message) what to do about it in
    the app ("use Save As…"), which the command line replaces with its own.
    """

    def __init__(self, problem: str, advice: str = "") -> None:
        super().__init__(f"{problem} {advice}".strip())
        self.problem = problem
        self.advice = advice


class EditRefused(Exception):
    """An edit that would break the workshop (a loop in a why-tree, an empty name, …)."""
