"""The personal-detail guard's rules for names written in Arabic script (Urdu, the language the
exports print besides English): "Mrs فاطمہ", "my daughter فاطمہ", "میری بیٹی فاطمہ کو…".

Arabic script has no capitals, so the English rules (a capitalised word after a title or a
relation) never see such a name. After an English title, or its Urdu spelling (مسز, مسٹر), the
word is taken for a name unless it is an everyday word ("Mrs کو"). After a relation word, or
an Urdu title that is also an everyday word (ڈاکٹر is "the doctor"), only a known given name
is: any other word there is far more often "hospital", "early" or "food" than a name, and
holding back an ordinary card costs more than missing an unusual name, which Names to watch
catches. A handful of the commonest given names are names anywhere."""

from __future__ import annotations

import re
from collections.abc import Iterator

from wtfc.importing.words_before import relation_before, title_before

# A word of Arabic letters (and their vowel marks), not its punctuation (، ؛ ؟ ۔) or digits.
_LETTERS = "\u0620-\u065f\u066e-\u06d3\u06d5-\u06ed\u06fa-\u06ff\u0750-\u077f"
ARABIC_WORD = re.compile(f"[{_LETTERS}]+")
_ANY_ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f]")

# The same letter typed on an Arabic keyboard and an Urdu one, and the vowel marks: "فاطمة"
# is "فاطمہ".
_FOLD = str.maketrans({"ي": "ی", "ى": "ی", "ك": "ک", "ة": "ہ", "ه": "ہ", "ۀ": "ہ", "أ": "ا",
                       "إ": "ا", "آ": "ا"})
_MARKS = re.compile("[\u064b-\u065f\u0670]")


def fold(word: str) -> str:
    """The word as the lists spell it: Urdu letters, no vowel marks."""
    return _MARKS.sub("", word).translate(_FOLD)


def _words(text: str) -> frozenset[str]:
    return frozenset(fold(w) for w in text.split())


# Mrs, Mr, Miss, Dr, Madam, Sir (as a title before a name)
URDU_TITLES = _words("مسز مسٹر مس ڈاکٹر محترمہ جناب")
# Mrs and Mr written in Urdu letters are never an everyday word, so a name follows them as it
# follows "Mrs"; the others also mean "the doctor", "Madam", "Sir" and need a known name.
URDU_TITLES_BEFORE_ANY_NAME = _words("مسز مسٹر")
# daughter, son, wife, husband, sister, brother, mother, father, grandchildren, in-laws,
# nieces and nephews, aunts and uncles, grandparents, friend, neighbour, nurse, carer, worker,
# and "name" ("اس کا نام فاطمہ ہے", her name is Fatima)
URDU_RELATIONS = _words(
    """
    بیٹی بیٹا بیٹے بیوی اہلیہ شوہر خاوند میاں بہن بھائی ماں امی اماں والدہ والد ابو ابا باپ
    نواسی نواسہ نواسے پوتی پوتا پوتے بہو داماد بھتیجی بھتیجا بھتیجے بھانجی بھانجا بھانجے
    خالہ پھوپھی پھوپھو چچا چاچا چچی ماموں ممانی تایا تائی نانی دادی نانا دادا
    دوست سہیلی پڑوسی پڑوسن ہمسایہ ہمسائی نرس کیئرر ورکر نام
    """
)
# Everyday words that follow a title or a relation: postpositions, pronouns, "is/was", the
# commonest verbs and adverbs ("بیٹی کو", "بیٹی آتی ہے", "بیٹی ہر روز…").
NOT_NAMES = _words(
    """
    کو کی کا کے نے سے میں پر تک تو بھی ہی اور یا لیکن مگر کہ جو جب تب اب کیونکہ
    ہے ہیں تھا تھی تھے تھیں ہو ہوں ہوا ہوئی ہوئے ہوتی ہوتا ہوتے گیا گئی گئے گئیں
    رہا رہی رہے رہتی رہتا رہتے کر کرتا کرتی کرتے کرنا کرنے کیا کریں کرے کرو کرکے
    نہیں نہ مت بہت بہتر ہر سب کچھ کوئی کسی کئی یہ وہ اس ان اسے انہیں انہوں ان کو
    اپنی اپنا اپنے میری میرا میرے مجھے مجھ ہم ہمیں ہماری ہمارا ہمارے آپ تم تمہاری تمہارا
    جی جان صاحب صاحبہ والی والا والے ساتھ پاس لیے لئے پھر ابھی آج کل روز روزانہ ہفتے ہفتہ
    مہینے دن رات صبح شام ہمیشہ کبھی اکثر بار وقت گھر کام بڑی بڑا بڑے چھوٹی چھوٹا چھوٹے
    دوسری دوسرا دوسرے پہلی پہلا پہلے ایک دو تین بیمار اکیلی اکیلا اکیلے بوڑھی بوڑھا
    آتی آتا آتے آئی آیا آئے آئیں آنا آنے جاتی جاتا جاتے جا جانا جانے جائے دیتی دیتا دیتے
    دی دیا دیے دینا لیتی لیتا لیتے لی لیا لے لینا ملتی ملتا ملتے ملنے ملی ملا سکتی سکتا
    سکتے چاہتی چاہتا چاہتے چاہیے کہتی کہتا کہتے کہا بولتی بولتا بولتے دیکھ دیکھتی دیکھتا
    دیکھتے دیکھنے بھال مدد فون خیال ہاتھ بات باتیں سب کچھ بالکل واقعی شاید صرف کافی زیادہ
    کم اچھی اچھا اچھے بری برا برے نئی نیا نئے پرانی پرانا خود بیگم
    """
) | URDU_TITLES | URDU_RELATIONS
# Given names common in Urdu and Arabic that are no everyday word: a name on their own.
NAMES_ANYWHERE = _words(
    """
    محمد فاطمہ عائشہ زینب مریم خدیجہ عمران طارق آصف شاہد خالد ارشد اکرم اسلم ناصر بشیر
    نذیر شازیہ پروین رضیہ ثمینہ نازیہ صائمہ عثمان بلال یوسف ابراہیم احمد علی
    """
)
# Common Urdu, Arabic and Bengali-origin given names: a name after a relation or a title
# ("میری بہن نسیم"). Some are also words ("حسین" beautiful, "حنا" henna), so only there;
# names that are as often an everyday word after "my son" ("عمر" age, "شریف" decent,
# "کریم" cream, "خوشی" happiness) are left out.
GIVEN_NAMES = NAMES_ANYWHERE | _words(
    """
    حسین حسن حسنین عباس جعفر حیدر رضا اقبال جاوید پرویز افضل اشرف اعجاز امجد انور اظہر
    بابر ثاقب جمیل حامد حمید حفیظ حنیف خورشید ذوالفقار راشد رشید رفیق ریاض زاہد زبیر
    ساجد سجاد سرفراز سعید سلیم سلمان شفیق شکیل شوکت صدیق ظفر عادل عارف عاصم عامر عرفان
    فاروق فیصل قاسم کامران مجید محمود مختار مشتاق مقصود منیر نعیم نوید ندیم وسیم وقار
    یاسر یعقوب یونس اسماعیل ادریس الیاس اسحاق داؤد طاہر نسیم اکبر اصغر منصور مسعود
    عبداللہ رحیم ہاشم مصطفی مصطفیٰ حبیب لطیف سلطان ممتاز نصرت شاہین طاہرہ جمیلہ حنا
    نسرین شمیم شبانہ یاسمین رخسانہ فرزانہ ثریا کلثوم صغریٰ زبیدہ حمیدہ رشیدہ سعیدہ
    بلقیس نجمہ عابدہ ساجدہ سائرہ سلمیٰ آمنہ حلیمہ سکینہ رقیہ حمیرا فوزیہ روبینہ شہناز
    نسیمہ بشریٰ عالیہ سمیرا ماریہ سعدیہ صدف ثنا ارم رابعہ فرحانہ ریحانہ شبنم نگہت نرگس
    کوثر مہناز زہرہ شاہانہ روکسانہ رحیمہ ہاجرہ صفیہ عظمیٰ شگفتہ انیلا
    """
)
# Words that end a name after its given name ("فاطمہ بیگم", "محمد اقبال").
SURNAMES = _words(
    "خان احمد علی حسین بیگم بی شاہ ملک چودھری چوہدری قریشی صدیقی اقبال اختر بٹ شیخ مرزا "
    "راجہ رانا اعوان نواز محمود رحمان"
) | GIVEN_NAMES

_URDU_TITLE_OR_RELATION = re.compile(
    f"(?<![{_LETTERS}])(?P<word>[{_LETTERS}]+)[ \t]*[،,]?[ \t]+$"
)


def arabic_script_names(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each word in Arabic script that the guard takes for a name."""
    if text.isascii() or not _ANY_ARABIC.search(text):
        return
    taken_until = 0
    for m in ARABIC_WORD.finditer(text):
        if m.start() < taken_until:
            continue
        word = fold(m.group())
        if (word in NOT_NAMES and word not in GIVEN_NAMES) or _an_idiom(word, text[m.end():]):
            continue
        before = text[max(0, m.start() - 30) : m.start()]
        title = title_before(before)
        said = _said_before(before)
        said_word = fold(said["word"]) if said else ""
        name_follows = title or said_word in URDU_TITLES_BEFORE_ANY_NAME
        known_after = word in GIVEN_NAMES and (said or relation_before(before))
        if not (name_follows or known_after or word in NAMES_ANYWHERE):
            continue
        # a title is part of the name ("مسز فاطمہ"); a relation word is not ("بیٹی فاطمہ")
        titled = title or (said if said_word in URDU_TITLES else None)
        start = m.start() - len(before) + titled.start() if titled else m.start()
        end = m.end()
        after = re.match(f"[ \t]+([{_LETTERS}]+)", text[end:])
        if after and fold(after.group(1)) in SURNAMES:
            end += after.end()
        taken_until = end
        yield start, end


def _said_before(before: str) -> re.Match[str] | None:
    """The Urdu title or relation word that ends the words before, if any ("مسز ", "میری
    بیٹی ")."""
    last = _URDU_TITLE_OR_RELATION.search(before)
    return last if last and fold(last["word"]) in URDU_TITLES | URDU_RELATIONS else None


def _an_idiom(word: str, after: str) -> bool:
    """A given name that is part of an everyday Arabic phrase: "علی الصبح" (early in the
    morning), "علی الاعلان" (openly)."""
    return word == "علی" and re.match(f"[ \t]+ال[{_LETTERS}]", after) is not None
