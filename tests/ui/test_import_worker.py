"""The import's background job: answers come back on the window's thread, and a bug of ours
is said in plain English, never with the exception's own words."""

from __future__ import annotations

from wtfc.importing.errors import ImportFailed
from wtfc.ui.import_worker import BackgroundJob


def run(qtbot, work):
    job = BackgroundJob()
    answers: list[tuple[str, object]] = []
    job.finished.connect(lambda result: answers.append(("finished", result)))
    job.failed.connect(lambda message: answers.append(("failed", message)))
    job.start(work, what="reading reviews.xlsx")
    qtbot.waitUntil(lambda: bool(answers), timeout=10_000)
    return answers[0]


def test_an_answer_comes_back(qtbot):
    assert run(qtbot, lambda: 42) == ("finished", 42)


def test_a_refusal_is_said_as_written(qtbot):
    def refuse():
        raise ImportFailed("reviews.xlsx is empty: there is nothing to import.")

    assert run(qtbot, refuse) == ("failed", "reviews.xlsx is empty: there is nothing to import.")


def test_a_bug_is_said_plainly_without_the_exceptions_words(qtbot, capsys):
    def broken():
        raise KeyError("Mrs Patricia Jones")  # a cell's words, in a message of its own

    kind, message = run(qtbot, broken)
    assert kind == "failed"
    assert message.startswith("Something went wrong while reading reviews.xlsx, and nothing "
                              "was changed")
    assert "KeyError" not in message and "Patricia" not in message
    assert "KeyError" in capsys.readouterr().err  # kept for whoever looks into it
