"""The model's error types: each message is plain English, fit to show a facilitator as it is."""


class WorkshopFileError(Exception):
    """A workshop file could not be read or written; the message says what and where.

    ``problem`` is what went wrong; ``advice`` (part of the message) what to do about it in
    the app ("use Save As…"), which the command line replaces with its own, or with
    ``command_line`` when the error has words for it ("… with wtfc import").
    """

    def __init__(self, problem: str, advice: str = "", command_line: str = "") -> None:
        super().__init__(f"{problem} {advice}".strip())
        self.problem = problem
        self.advice = advice
        self.command_line = command_line

    def for_command_line(self) -> str:
        """The message as a command prints it: the command line's advice where there is one."""
        return f"{self.problem} {self.command_line}".strip() if self.command_line else str(self)


class EditRefused(Exception):
    """An edit that would break the workshop (a loop in a why-tree, an empty name, …)."""
