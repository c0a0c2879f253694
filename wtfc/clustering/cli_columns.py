"""Which columns ``wtfc suggest`` reads, and the check that every statement has an id of its own.

Named or not, a column is found the same way: the heading exactly as given, else the one heading
that is the same in another case (two such headings are a question, not a guess). Unnamed, the
defaults come first exactly ("text", "id", "kind"), then the headings wtfc's own data export
writes ("Text", "Card id", "Kind"). An id heading in another case ("ID", "Card ID") is read only
when its values are all filled in and all different: a facilitator's "ID" is often the person's
code, and read as card ids it would write the same id against several statements, which cannot
be matched back. Whatever column the ids come from, a repeated or blank id stops the run (exit 1)
and names the column."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

_SHOWN_COLUMNS = 12  # enough to choose from; a sheet with hundreds says how many more
_SHOWN_IDS = 3  # repeated ids named in a message; more are counted
_SHOWN_ROWS = 4  # rows named for each; more are counted

# Unnamed: (headings taken exactly, in this order; headings taken in another case when unique)
_DEFAULTS = {"text": (("text", "Text"), ("text",)),
             "id": (("id", "Card id"), ("id", "card id")),
             "kind": (("kind", "Kind"), ("kind",))}
_OPTIONS = {"text": "--text-column", "id": "--id-column", "kind": "--kind-column"}
_WHAT = {"text": "the statements", "id": "each statement's id", "kind": "the kinds"}


class InputProblem(Exception):
    """Something about the user's files, said in words they can act on (exit code 1)."""


class WrongArgument(InputProblem):
    """An argument given in a form wtfc cannot use: exit code 2, as argparse gives its own."""


Row = Mapping[str | None, str | list[str] | None]


class Columns:
    """The columns the user named (``None`` where they named none); ``choose`` finds the ones
    to read in a CSV's headings."""

    def __init__(self, text: str | None, ident: str | None, kind: str | None = None) -> None:
        self.named = {"text": text, "id": ident, "kind": kind}

    def choose(self, name: str, columns: Sequence[str],
               rows: Sequence[tuple[int, Row]]) -> tuple[str, str, str | None]:
        """The text, id and kind headings to read (kind ``None``: group all together), given
        the rows with their numbers as a spreadsheet shows them (the headings are row 1).
        A named column that is not there is a wrong argument (2); a default one missing is
        the file's problem (1), text and id said at once with the options that name them."""
        listed = _listed(columns)
        found: dict[str, str | None] = {}
        missing: list[str] = []
        doubt = ""  # why an "ID" that was there was not read as the ids
        for role in ("text", "id", "kind"):
            given = self.named[role]
            if given is not None:
                found[role] = _named(name, columns, listed, _OPTIONS[role], given)
                continue
            exact, loose = _DEFAULTS[role]
            heading = next((h for h in exact if h in columns), None)
            if heading is None:
                heading = _one_in_any_case(name, columns, listed, role, loose)
                if heading is not None and role == "id":
                    doubt = _id_problem(heading, [(n, _cell(r, heading)) for n, r in rows])
                    if doubt:
                        heading = None
            if heading is None and role != "kind":
                missing.append(role)
            found[role] = heading
        if missing:
            called = " or ".join(f"'{role}'" for role in missing)
            say = " and ".join(f"{_OPTIONS[role]} COLUMN ({_WHAT[role]})" for role in missing)
            why = f" {doubt[0].upper()}{doubt[1:]}, so it was not read as the ids." if doubt \
                else ""
            raise InputProblem(f"{name} has no column called {called} (its columns: {listed})."
                               f"{why} Say which to read with {say}.")
        text, ident = found["text"], found["id"]
        assert text is not None and ident is not None  # missing ones were raised above
        problem = _id_problem(ident, [(n, _cell(r, ident)) for n, r in rows])
        if problem:
            raise InputProblem(
                f"In {name}, {problem}. Each statement needs an id of its own, or its theme "
                f"cannot be matched back to it: give each row its own, or say which column holds "
                f"them with --id-column COLUMN (its columns: {listed}).")
        return text, ident, found["kind"]


def _named(name: str, columns: Sequence[str], listed: str, option: str, given: str) -> str:
    """The column the user named: as written, else the one heading that differs only in case."""
    if given in columns:
        return given
    key = given.strip().casefold()
    near = [c for c in columns if c.strip().casefold() == key]
    if len(near) == 1:
        return near[0]
    if near:
        raise WrongArgument(f"{option} {given}: {name} has {len(near)} columns called that in "
                            f"other cases ({_quoted(near)}). Give {option} one of them exactly "
                            f"as written.")
    raise WrongArgument(f"{option} {given}: {name} has no column called '{given}' "
                        f"(its columns: {listed}). Give {option} one of them.")


def _one_in_any_case(name: str, columns: Sequence[str], listed: str, role: str,
                     loose: Sequence[str]) -> str | None:
    near = [c for c in columns if c.strip().casefold() in loose]
    if len(near) > 1:
        raise InputProblem(f"{name} has {len(near)} columns that could hold {_WHAT[role]} "
                           f"({_quoted(near)}). Say which to read with {_OPTIONS[role]} COLUMN.")
    return near[0] if near else None


def _id_problem(heading: str, ids: Sequence[tuple[int, str]]) -> str:
    """'' when every id is filled in and different; else what is wrong, naming the column and
    the rows."""
    rows_of: dict[str, list[int]] = {}
    for number, ident in ids:
        rows_of.setdefault(ident.strip(), []).append(number)
    said = []
    repeated = [(i, r) for i, r in rows_of.items() if i and len(r) > 1]
    if repeated:
        shown = "; ".join(f"'{i}' is in {_rows(r)}" for i, r in repeated[:_SHOWN_IDS])
        more = f"; and {len(repeated) - _SHOWN_IDS:,} more ids repeat" \
            if len(repeated) > _SHOWN_IDS else ""
        said.append(f"column '{heading}' gives the same id to more than one statement "
                    f"({shown}{more})")
    if "" in rows_of:
        said.append(f"column '{heading}' is blank in {_rows(rows_of[''])}" if not said
                    else f"it is blank in {_rows(rows_of[''])}")
    return ", and ".join(said)


def _rows(numbers: Sequence[int]) -> str:
    shown = [str(n) for n in numbers[:_SHOWN_ROWS]]
    if len(numbers) > _SHOWN_ROWS:
        return f"rows {', '.join(shown)} and {len(numbers) - _SHOWN_ROWS:,} more"
    if len(shown) == 1:
        return f"row {shown[0]}"
    return f"rows {', '.join(shown[:-1])} and {shown[-1]}"


def _cell(row: Row, heading: str) -> str:
    value = row.get(heading)
    return value if isinstance(value, str) else ""


def _quoted(headings: Sequence[str]) -> str:
    return ", ".join(f"'{h}'" for h in headings)


def _listed(columns: Sequence[str]) -> str:
    listed = ", ".join(columns[:_SHOWN_COLUMNS]) if columns else "none"
    if len(columns) > _SHOWN_COLUMNS:
        listed += f" and {len(columns) - _SHOWN_COLUMNS:,} more"
    return listed
