"""A tooltip shows a user's words as typed, even when they look like HTML."""

from __future__ import annotations

from tests.ui.shown_words import as_shown
from wtfc.ui.plain_tip import plain_tip


def test_words_that_look_like_html_are_shown_as_typed(qapp):
    for words in ("I get <b>no</b> help", "see <a href='x'>this</a>", "a &amp; b", "<h1>BIG</h1>"):
        assert as_shown(plain_tip(words)) == words


def test_line_breaks_are_kept_in_a_tip_that_looks_like_html(qapp):
    words = "Priority 2: <b>Staff</b>\nBecause: rushed visits"
    assert as_shown(plain_tip(words)) == words


def test_ordinary_words_are_left_alone(qapp):
    for words in ("", "<3 my carer", "Tom & Jerry", "50% of the time", "line one\nline two"):
        assert plain_tip(words) == words


def _tip_shown(qtbot, text: str, name: str) -> tuple[float, float]:
    """The tooltip Qt shows for ``text`` over a window, kept as a picture: its width and
    height in ems and lines of its font."""
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QFontMetrics
    from PySide6.QtWidgets import QApplication, QToolTip, QWidget

    from tests.ui.renders import save_render

    window = QWidget()
    qtbot.addWidget(window)
    window.resize(300, 200)
    window.show()
    QToolTip.showText(window.mapToGlobal(QPoint(10, 10)), text, window)
    [tip] = [w for w in QApplication.allWidgets()
             if w.metaObject().className() == "QTipLabel" and w.isVisible()]
    save_render(tip, name)
    metrics = QFontMetrics(tip.font())
    shown = tip.width() / metrics.horizontalAdvance("M"), tip.height() / metrics.lineSpacing()
    QToolTip.hideText()
    return shown


def test_a_tip_with_a_2000_letter_word_is_never_wider_than_60_ems(qtbot):
    """Pasted without spaces (a link, a line of keys held down), it was one 14,000 px line."""
    for letter in ("x", "W", "你"):  # narrow, the widest Latin, and a wide script's
        word = letter * 2000
        ems, lines = _tip_shown(qtbot, plain_tip(f"Card: {word}"),
                                f"tip_2000_letter_word_{ord(letter)}")
        assert ems <= 60
        assert lines > 10  # the word over many lines
        # the word is all there, only given places to break (drawn as nothing)
        assert as_shown(plain_tip(f"Card: {word}")).replace("\u200b", "") == f"Card: {word}"


def test_a_long_word_that_looks_like_html_is_shown_as_typed_and_broken(qtbot):
    words = "<b>" + "z" * 500 + "</b> & more"
    ems, _lines = _tip_shown(qtbot, plain_tip(words), "tip_long_word_as_typed")
    assert ems <= 60
    assert as_shown(plain_tip(words)).replace("\u200b", "") == words


def test_words_of_an_ordinary_length_are_not_broken(qapp):
    for words in ("x" * 40, "https://example.org/carers/lunch-club"):
        assert plain_tip(words) == words
    words = "Tom & Jerry " * 30  # wrapped (``WIDEST_EMS``), but no word given a break
    assert "\u200b" not in plain_tip(words)
    assert as_shown(plain_tip(words)) == words


def _sentence(ems: float) -> str:
    """Short words, one line about ``ems`` wide in the tooltips' font."""
    from PySide6.QtGui import QFontMetricsF
    from PySide6.QtWidgets import QToolTip

    metrics = QFontMetricsF(QToolTip.font())
    words = ["The", "carer", "came", "late", "and", "did", "not", "stay", "for", "long", "so",
             "I", "had", "no", "lunch", "that", "day"]
    sentence = words[0]
    while metrics.horizontalAdvance(sentence) < ems * metrics.horizontalAdvance("M"):
        sentence += f" {words[len(sentence.split()) % len(words)]}"
    return sentence


def test_a_tip_of_a_long_sentence_of_short_words_wraps_within_60_ems(qtbot):
    """On a wide screen Qt wraps a plain tip only at the screen's edge: a pasted paragraph
    was one line 150 ems across. Here one line ~70 ems wide (narrower than the test's
    screen, so Qt would not wrap it itself) is wrapped, every word kept."""
    sentence = _sentence(70)
    ems, lines = _tip_shown(qtbot, plain_tip(sentence), "tip_long_sentence")
    assert ems <= 60
    assert lines >= 2
    assert as_shown(plain_tip(sentence)) == sentence
    unwrapped, _one = _tip_shown(qtbot, sentence, "tip_long_sentence_unwrapped")
    assert unwrapped > 60  # (what the test guards against: as Qt shows it unwrapped)


def test_a_long_tip_keeps_its_line_breaks_and_a_short_one_is_left_alone(qtbot):
    words = f"Priority 2: Staff\n{_sentence(70)}\nBecause: rushed visits"
    assert as_shown(plain_tip(words)) == words
    ems, _lines = _tip_shown(qtbot, plain_tip(words), "tip_long_sentence_lines")
    assert ems <= 60
    short = _sentence(30)
    assert plain_tip(short) == short  # a tip that fits is as Qt shows any tip


def test_a_long_chinese_sentence_wraps_within_60_ems(qtbot):
    """Each letter of Chinese is about as wide as an "M": 60 of them (no spaces) were one
    line ~70 ems wide."""
    sentence = "我的护理人员不尊重我，" * 6
    ems, lines = _tip_shown(qtbot, plain_tip(sentence), "tip_long_chinese")
    assert ems <= 60 and lines >= 2
    assert as_shown(plain_tip(sentence)).replace("\u200b", "") == sentence  # (may break)
