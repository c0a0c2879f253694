"""Which columns an import leaves out hold people's names, and the names in them.

A care system's export has "Client name", "Worker", "Completed by", "Last updated by" beside the
answers. The import rightly leaves them out, but the answers name the very same people
("Zebulon likes the lunch club", "Fenella (SW) arranged the rails"): their names are watched
for on this import's cards, as the person column's are, and never kept (read through
``person_name``, whose cache an import lets go of when it is over: ``ImportedNames``).

A column counts when its heading says a person or a member of staff and its cells mostly read
as names, or, under any heading but a thing's, when its cells mostly read as names with a title,
"Surname, Forename" or a known given name in them. A cell of a team or a service ("Duty team",
"Riverside Home Care", "Unallocated") is never watched for: "Care" and "Team" would hold back
half the cards.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence

from wtfc.importing.mapping import ColumnMapping, Field
from wtfc.importing.name_words import AMBIGUOUS_GIVEN_NAMES, GIVEN_NAMES
from wtfc.importing.person_names import has_title, is_code, person_name
from wtfc.importing.table import SourceTable

# How many rows below the headings are read to tell a column of names: enough to see, quick
# enough for the preview to ask at every correction
_SAMPLE_ROWS = 1_000

# A heading saying a person or staff: "Client name", "Service user name", "Worker", "Allocated
# worker", "Assessor", "Author", "Completed by", "Last updated by"; headings come as typed
_PERSON_HEADING = re.compile(
    r"\b(names?|surname|forenames?|first ?name|last ?name|full ?name|known as|workers?|"
    r"key ?worker|carers?|assessor|author|reviewer|practitioner|officer|staff|nurse|"
    r"therapist|clinician|co-?ordinator|manager|advocate|client|service users?|resident|"
    r"patient|tenant|customer|person|next of kin|nok|allocated|owner|enw)\b|\bby$")
# A heading naming a thing, a place, a code or a detail of the person: not a name column
# ("Team name", "Provider name", "Worker ID", "Carer's phone", "Client relationship")
_THING_HEADING = re.compile(
    r"\b(teams?|services?|provider|organi[sz]ation|org|agency|company|firm|forms?|file|"
    r"sheet|question|step|workflow|site|location|place|establishment|practice|surgery|scheme|"
    r"project|event|group|home|ward|hospital|school|setting|venue|id|identifier|number|no|"
    r"num|ref|reference|code|date|time|type|status|role|relationship|e-?mail|phone|"
    r"telephone|tel|mobile|address|postcode)\b")
# Words of a cell that is a team, a service, a place or "no one": never a person's name
_NOT_A_PERSON = frozenset((
    "team", "teams", "duty", "unallocated", "allocated", "service", "services", "care",
    "council", "agency", "ltd", "limited", "plc", "nhs", "trust", "department", "dept", "office",
    "unit", "hospital", "surgery", "practice", "centre", "center", "hub", "ward", "system",
    "admin", "administrator", "vacant", "pending", "tbc", "tba", "none", "unknown", "home",
    "homes", "discharge", "reablement", "community", "support", "living", "health", "social",
    "adult", "adults", "mental", "learning", "disability", "disabilities", "people", "older",
    "house", "lodge", "court", "road", "street", "avenue", "lane", "group", "partnership",
    "provider", "solutions", "charity", "foundation", "association", "network", "project",
    "scheme", "the", "yes", "no", "review", "reviews", "assessment", "referral", "intake",
    "locality", "north", "south", "east", "west", "central", "county", "city", "borough",
))
# Lower-case words inside a surname ("van der Berg", "de Souza", "bin Rashid")
_PARTICLES = frozenset(("van", "von", "der", "den", "de", "da", "di", "du", "la", "le", "bin",
                        "binti", "bint", "al", "el", "ap", "ab", "ibn", "del", "dos", "das"))
_GIVEN = GIVEN_NAMES | AMBIGUOUS_GIVEN_NAMES
_LETTER = re.compile(r"[^\W\d_]")


def as_name(cell: str) -> str:
    """The name in a cell of a name column ("Mr Zebulon Quarrie": "Zebulon Quarrie"), "" when
    it is no one's: a code, a team or service, a sentence, nothing."""
    name = person_name(cell) if _LETTER.search(cell) and not is_code(cell.strip()) else ""
    words = name.split()
    if not words or len(words) > 5:
        return ""
    for word in words:
        low = word.casefold()
        if low in _PARTICLES:
            continue
        if not word[0].isupper() or low.strip(".") in _NOT_A_PERSON:
            return ""
    return name


def _surely_a_name(cell: str) -> bool:
    """A cell that reads as a person's name under any heading: a name with a title, written
    "Surname, Forename", or of two words or more with a given name the guard knows."""
    name = as_name(cell)
    if not name:
        return False
    words = name.split()
    return (has_title(cell) or ("," in cell and len(words) >= 2)
            or (len(words) >= 2 and any(w.casefold() in _GIVEN for w in words)))


def reads_as_names(heading: str, cells: Sequence[str]) -> bool:
    """Whether a left-out column under ``heading`` (as typed; "" for none) holding ``cells``
    (its cells with words, each once) holds people's names."""
    if not cells:
        return False
    low = re.sub(r"\bservice users?\b", "client", heading.casefold().replace("_", " "))
    if _THING_HEADING.search(low):
        return False
    if _PERSON_HEADING.search(low.strip()):
        return sum(1 for c in cells if as_name(c)) >= 0.5 * len(cells)
    return sum(1 for c in cells if _surely_a_name(c)) >= 0.6 * len(cells)


def holds_names(table: SourceTable, mapping: ColumnMapping, column: int) -> bool:
    """Whether ``column`` holds people's names, read from its heading and its first cells."""
    first = mapping.first_data_row
    cells = (row[column] for row in table.rows[first : first + _SAMPLE_ROWS]
             if column < len(row))
    headings = table.rows[mapping.header_row] if mapping.header_row is not None else ()
    heading = headings[column] if column < len(headings) else ""  # "" says nothing
    return reads_as_names(heading, list(dict.fromkeys(c.strip() for c in cells
                                                      if _LETTER.search(c))))


def left_out_name_columns(table: SourceTable, mapping: ColumnMapping) -> list[int]:
    """The columns the mapping leaves out that hold people's names (the preview reads the
    names in the rows it shows, as ``left_out_columns`` tells the import's)."""
    return [column for column in range(table.width)
            if (mapping.fields[column] if column < len(mapping.fields) else Field.IGNORE)
            == Field.IGNORE and holds_names(table, mapping, column)]


def names_in_columns(rows: Iterable[Sequence[str]], columns: Sequence[int]) -> Iterator[str]:
    """The names in ``columns`` of ``rows``, each cell read once (a worker's name is on every
    row of their people)."""
    seen: set[str] = set()
    for row in rows:
        for column in columns:
            cell = row[column] if column < len(row) else ""
            if cell and cell not in seen:
                seen.add(cell)
                if name := as_name(cell):
                    yield name
