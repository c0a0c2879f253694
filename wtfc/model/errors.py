"""The model's error types: each message is plain English, fit to show a facilitator as it is."""


class WorkshopFileError(Exception):
    """A workshop file could not be read or written; the message says what and where.

    ``problem`` is what went wrong; ``advice`` (part of the message) what to do about it in
    the app ("use Save As…"), which the command line replaces with its own, or with
    ``command_line`` when the error has words for it ("… with wtfc import"). ``technical`` is
    the problem with what only a technical reader needs (the line and column, the file's own
    field names, the format number), said by the command line (``wtfc check``) in its place.
    """

    def __init__(self, problem: str, advice: str = "", command_line: str = "", *,
                 technical: str = "") -> None:
        super().__init__(f"{problem} {advice}".strip())
        self.problem = problem
        self.advice = advice
        self.command_line = command_line
        self.technical = technical

    def for_command_line(self) -> str:
        """The message as a command prints it: the command line's advice where there is one."""
        problem = self.technical or self.problem
        return f"{problem} {self.command_line or self.advice}".strip()


class EditRefused(Exception):
    """An edit that would break the workshop (a loop in a why-tree, an empty name, …)."""
