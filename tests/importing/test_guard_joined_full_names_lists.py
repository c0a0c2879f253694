"""Other shapes of two full names joined, where the guard found only one and the letter and the
export's question printed the first whole: a list with a comma, "with", a given name alone as
the second, capitals (review 33 A9 R2). Read as the exports read a text: ``watched_redacted``,
no names pasted (``wtfc export``)."""

from __future__ import annotations

import pytest

from wtfc.importing.watch_guard import watched_redacted


@pytest.mark.parametrize(("text", "shown"), [
    ("Grace Long, Ann Lee and Mary Shaw met the provider",
     "[name], [name] and [name] met the provider"),
    ("Grace Long, Ann Lee met the provider", "[name], [name] met the provider"),
    ("Grace Long with Ann Lee met the provider", "[name] with [name] met the provider"),
    ("Grace Long and Ann met the provider", "[name] and [name] met the provider"),
    ("GRACE LONG AND ANN LEE MET THE PROVIDER", "[name] AND [name] MET THE PROVIDER"),
])
def test_the_first_full_name_is_hidden_too(text: str, shown: str) -> None:
    assert watched_redacted(text) == shown


@pytest.mark.parametrize(("text", "shown"), [
    ("ROSE COURT AND ANN LEE MET", "ROSE COURT AND [name] MET"),
    ("MAY DAY AND ANN LEE", "MAY DAY AND [name]"),
    ("GRACE LONG AND AGE CONCERN HELPED", "GRACE LONG AND AGE CONCERN HELPED"),
    ("I live in Rose Court with Ann Lee", "I live in Rose Court with [name]"),
    ("Hope Street, Ann Lee came", "Hope Street, [name] came"),
])
def test_a_place_or_a_service_beside_a_name_stays(text: str, shown: str) -> None:
    assert watched_redacted(text) == shown
